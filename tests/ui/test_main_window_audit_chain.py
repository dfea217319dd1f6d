"""Arkiv → Verifiera checks the audit chain too, and names its first broken link."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text


def run_verification(window, qtbot) -> list[str]:
    """The main window's verification runs in a worker; the problems it found."""
    with qtbot.waitSignal(window.verification_done, timeout=20000) as done:
        window.verify_approvals()
    return done.args[0]


def test_verify_names_a_broken_audit_chain(main_window, register, engine, monkeypatch, qtbot):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    assert run_verification(main_window, qtbot) == []
    with engine.begin() as connection:
        event = connection.execute(text("SELECT id FROM audit_event ORDER BY id LIMIT 1 OFFSET 2")).scalar()
        connection.execute(text("DROP TRIGGER audit_event_no_update"))
        connection.execute(text("UPDATE audit_event SET actor = 'någon annan' WHERE id = :id"), {"id": event})
    [problem] = run_verification(main_window, qtbot)
    assert problem.startswith(f"Granskningsloggen är bruten vid händelse {event} (")
    assert shown[-1] == problem

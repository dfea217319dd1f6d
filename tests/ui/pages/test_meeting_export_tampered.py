"""The meeting editor's Export menu on approved minutes changed outside the app (a note edited with SQL): Word and
PDF are written as UTKAST saying that the approval no longer holds and what changed, and the report is a
warning that says so. The PDF converter is replaced: the decision is taken before the conversion."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from test_meeting_export import approved_meeting, document_text, open_editor, save_to

from samverkan_desktop.export import pdf

LAPSED = "Godkännandet av Anna Berg"
WHAT = "gäller inte längre: anteckningarna har ändrats efter godkännandet (punkterna, § 1 (anteckningar))"


@pytest.fixture
def reports(monkeypatch) -> list[dict]:
    from PySide6.QtWidgets import QMessageBox

    shown: list[dict] = []

    def exec_(box):
        shown.append({"title": box.windowTitle(), "text": box.text(), "icon": box.icon()})
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def tamper(engine, meeting_id: int) -> None:
    with engine.begin() as connection:
        connection.execute(text("UPDATE agenda_item SET notes = 'Regionen drar sig ur.' WHERE meeting_id = :m"),
                           {"m": meeting_id})


def assert_lapsed_draft(document: str) -> None:
    assert "Minnesanteckningar (UTKAST)" in document and LAPSED in document and WHAT in document
    assert "Godkända av" not in document


def test_word_export_of_tampered_minutes_is_a_draft_and_a_warning(qtbot, uow, engine, register, tmp_path,
                                                                  monkeypatch, reports) -> None:
    from PySide6.QtWidgets import QMessageBox

    meeting_id = approved_meeting(uow, register)
    tamper(engine, meeting_id)
    editor = open_editor(qtbot, uow, meeting_id)
    target = tmp_path / "anteckningar.docx"
    save_to(monkeypatch, target)
    editor.exports.minutes_action.trigger()
    qtbot.waitUntil(lambda: bool(reports), timeout=5000)
    assert_lapsed_draft(document_text(target))
    [report] = reports
    assert report["icon"] is QMessageBox.Icon.Warning
    assert LAPSED in report["text"] and WHAT in report["text"]
    assert "Anteckningarna är inte godkända" not in report["text"]


def test_pdf_export_of_tampered_minutes_is_a_draft_before_conversion(qtbot, uow, engine, register, tmp_path,
                                                                     monkeypatch, reports) -> None:
    monkeypatch.setattr("samverkan_desktop.ui.pages.meeting_export.pdf_unavailable_reason", lambda: None)
    converted: list[str] = []

    def fake_convert(source: Path, target: Path, **_kwargs) -> Path:
        converted.append(document_text(source))
        target.write_bytes(b"%PDF-1.7 test")
        return target

    monkeypatch.setattr(pdf, "convert_to_pdf", fake_convert)
    meeting_id = approved_meeting(uow, register)
    tamper(engine, meeting_id)
    editor = open_editor(qtbot, uow, meeting_id)
    target = tmp_path / "anteckningar.pdf"
    save_to(monkeypatch, target)
    assert editor.exports.pdf_action.isEnabled()
    editor.exports.pdf_action.trigger()
    qtbot.waitUntil(lambda: bool(reports), timeout=5000)
    [text_given] = converted
    assert_lapsed_draft(text_given)
    assert target.is_file() and WHAT in reports[0]["text"]


def test_untouched_approved_minutes_export_as_approved_without_a_warning(qtbot, uow, register, tmp_path,
                                                                          monkeypatch, reports) -> None:
    from PySide6.QtWidgets import QMessageBox

    editor = open_editor(qtbot, uow, approved_meeting(uow, register))
    target = tmp_path / "anteckningar.docx"
    save_to(monkeypatch, target)
    editor.exports.minutes_action.trigger()
    qtbot.waitUntil(lambda: bool(reports), timeout=5000)
    document = document_text(target)
    assert "UTKAST" not in document and "Godkända av ordförande Anna Berg" in document
    assert reports[0]["icon"] is QMessageBox.Icon.Information


def test_the_editor_does_not_present_tampered_minutes_as_approved(qtbot, uow, engine, register) -> None:
    """The trust model: the hash computed at opening is checked against the approval, not only shown."""
    meeting_id = approved_meeting(uow, register)
    bar = open_editor(qtbot, uow, meeting_id).approval_bar
    assert "Anna Berg" in bar.label.text() and "gäller inte längre" not in bar.label.text()
    tamper(engine, meeting_id)
    bar = open_editor(qtbot, uow, meeting_id).approval_bar
    assert "Anna Berg" not in bar.label.text() and "gäller inte längre" in bar.label.text()
    assert not bar.signature_label.isVisibleTo(bar) and "c62828" in bar.label.styleSheet()

"""The approval bar without an attendance list: "Skicka för godkännande" asks to record it (and shows the
Attendance tab) or to send without one and say why; and the client that loses a race (another client approved
the minutes meanwhile) is told in words while the text typed stays in the editor and in a recovery file."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import text

from samverkan_desktop.domain.enums import ApprovalMethod, MinutesStatus, Role
from samverkan_desktop.infra.recovery import RecoveryStore
from samverkan_desktop.services import agenda, approval, documents, meetings, memberships, verification
from samverkan_desktop.services.dto import MembershipData
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.ui.pages.meeting_editor import MeetingEditor
from samverkan_desktop.ui.widgets.minutes_pane import MinutesPane

REASON = "Digitalt möte utan deltagarlista"


def held_meeting(uow, register) -> int:
    memberships.save_membership(uow, MembershipData(register["anna"].id, register["lgs"].id, Role.CHAIR,
                                                    register["kommun"].id, date(2025, 1, 1)))
    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    agenda.add_item(uow, meeting.value.id, AgendaItemData("Information från regionen"))
    meetings.mark_held(uow, meeting.value.id)
    return meeting.value.id


@pytest.fixture
def editor_without_attendance(qtbot, uow, engine, register) -> MeetingEditor:
    meeting_id = held_meeting(uow, register)
    editor = MeetingEditor(uow, meeting_id)  # opening it fills the list from the members ...
    qtbot.addWidget(editor)
    with engine.begin() as connection:  # ... which is then gone (a group without members has none at all)
        connection.execute(text("DELETE FROM attendance WHERE meeting_id = :m"), {"m": meeting_id})
    return editor


def answer(monkeypatch, button_text: str | None, asked: list[str]) -> None:
    """The question box answered with the button named ``button_text`` (None: Cancel)."""
    def exec_(box):
        asked.append(box.text())
        wanted = next((b for b in box.buttons() if b.text() == button_text), None) if button_text else \
            box.button(QMessageBox.StandardButton.Cancel)
        wanted.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)


def test_record_attendance_shows_the_attendance_tab_and_sends_nothing(uow, editor_without_attendance, monkeypatch):
    editor, asked = editor_without_attendance, []
    answer(monkeypatch, "Anteckna närvaro", asked)
    editor.send_button.click()
    assert asked == ["Ingen närvaro är antecknad för mötet."]
    assert editor.tabs.currentWidget() is editor.attendance_tab
    assert approval.minutes_state(uow, editor.meeting.id).status is MinutesStatus.DRAFT


def test_cancel_sends_nothing(uow, editor_without_attendance, monkeypatch):
    editor, asked = editor_without_attendance, []
    answer(monkeypatch, None, asked)
    editor.send_button.click()
    assert asked and approval.minutes_state(uow, editor.meeting.id).status is MinutesStatus.DRAFT


def test_no_attendance_with_a_reason_sends_and_the_minutes_say_why(uow, editor_without_attendance, monkeypatch):
    editor, asked = editor_without_attendance, []
    answer(monkeypatch, "Ingen närvaro antecknad…", asked)
    prompts: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda _parent, _title, label, *a, **k: prompts.append(label) or (
        f" {REASON} ", True))
    editor.send_button.click()
    assert prompts == ["Varför antecknas ingen närvaro? Anteckningarna kommer att säga:"]
    assert approval.minutes_state(uow, editor.meeting.id).status is MinutesStatus.FOR_APPROVAL
    assert documents.minutes_document(uow, editor.meeting.id).no_attendance_reason == REASON


def test_an_empty_reason_sends_nothing(uow, editor_without_attendance, monkeypatch):
    editor, asked = editor_without_attendance, []
    answer(monkeypatch, "Ingen närvaro antecknad…", asked)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("   ", True))
    editor.send_button.click()
    assert approval.minutes_state(uow, editor.meeting.id).status is MinutesStatus.DRAFT


def test_the_loser_of_a_race_is_told_and_keeps_the_text_typed(qtbot, uow, register, tmp_path):
    """Another client approved the minutes while this one was typing: the autosave is refused in words, the text
    stays in the editor and in a recovery file, and the approval covers the text from before."""
    meeting_id = held_meeting(uow, register)
    item = agenda.list_items(uow, meeting_id)[0]
    store = RecoveryStore(tmp_path / "återställning")
    pane = MinutesPane(uow, recovery=store)
    qtbot.addWidget(pane)
    pane.show_item(item)
    approval.approve(uow, meeting_id, register["anna"].id, ApprovalMethod.EMAIL)  # the other client
    with qtbot.waitSignal(pane.failed) as failure:
        pane.notes_edit.setPlainText("Regionen informerade om vårdplatserna.")
    assert "Anteckningarna är godkända och låsta" in failure.args[0]
    assert "Anteckningarna är godkända och låsta" in pane.error_label.text()
    assert pane.notes_edit.toPlainText() == "Regionen informerade om vårdplatserna."
    [kept] = store.pending()
    assert kept.notes == "Regionen informerade om vårdplatserna."
    assert agenda.get_item(uow, item.id).notes is None and verification.verify_all(uow) == []

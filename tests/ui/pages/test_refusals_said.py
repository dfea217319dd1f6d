"""Issue 18 point 1: every refusal is said where the user looks - at the action, in a tooltip, in the status bar."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from samverkan_desktop.domain.enums import ItemKind, Outcome
from samverkan_desktop.services import agenda, meetings
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.ui.pages.meeting_editor import MeetingEditor


def _editor(qtbot, uow, register):
    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    agenda.apply_template(uow, meeting.value.id)
    # A decision item with no "att …" yet (the standard items now carry their wording, issue 18 point 3).
    agenda.add_item(uow, meeting.value.id, AgendaItemData(ITEM, ItemKind.DECISION))
    editor = MeetingEditor(uow, meeting.value.id)
    qtbot.addWidget(editor)
    return editor


ITEM = "Beslut om rutin för samordnad planering"


def _refuse_outcome_on_agenda_approval(editor):
    row = next(r for r, item in enumerate(editor.agenda_model.items()) if item.title == ITEM)
    editor.agenda_view.selectRow(row)
    pane = editor.minutes_pane
    pane.outcome_combo.set_value(Outcome.DECIDED)
    pane.outcome_button.click()  # refused inline, next to the button: there is no "att …"
    assert not pane.error_label.isHidden() and pane.error_label.text()
    return pane.error_label.text()


def test_held_and_export_after_a_refused_outcome_say_why(qtbot, uow, register, monkeypatch):
    editor = _editor(qtbot, uow, register)
    reason = _refuse_outcome_on_agenda_approval(editor)
    shown: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *args: shown.append(args[2]))
    editor.held_button.click()
    assert len(shown) == 1 and ITEM in shown[0] and reason in shown[0]
    assert ITEM in editor.statusBar().currentMessage()
    asked: list[object] = []
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    editor.exports.minutes_action.trigger()
    assert len(shown) == 2 and reason in shown[1]
    assert not asked  # nothing exported, and it said so
    assert editor.save_label.text() == "Utfallet är inte sparat"
    _clear_outcome(editor)


def _clear_outcome(editor):
    editor.minutes_pane.outcome_combo.set_value(None)
    editor.minutes_pane.outcome_button.click()
    assert not editor.isWindowModified()


def test_the_outcome_button_itself_refuses_inline_only(qtbot, uow, register, monkeypatch):
    editor = _editor(qtbot, uow, register)
    shown: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *args: shown.append(args[2]))
    _refuse_outcome_on_agenda_approval(editor)
    assert shown == []
    _clear_outcome(editor)


def test_a_disabled_send_button_says_why_in_tooltip_and_status_bar(qtbot, uow, register):
    editor = _editor(qtbot, uow, register)
    editor.show()
    send = editor.send_button
    assert not send.isEnabled()
    assert "genomfört" in send.toolTip()
    QApplication.sendEvent(send, QEvent(QEvent.Type.Enter))
    assert editor.statusBar().currentMessage() == send.toolTip()
    assert "genomfört" in editor.approve_button.toolTip()

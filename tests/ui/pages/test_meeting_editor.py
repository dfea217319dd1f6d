"""The meeting editor as a desktop program: keyboard, undo/redo, autosave."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from samverkan_desktop.services import agenda, meetings
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.ui.pages.meeting_editor import MeetingEditor


def make_meeting(uow, register) -> int:
    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    for title in ("Första", "Andra", "Tredje"):
        agenda.add_item(uow, meeting.value.id, AgendaItemData(title), position=99)
    return meeting.value.id


def titles(editor) -> list[str]:
    return [i.title for i in editor.agenda_model.items()]


def test_keyboard_move_and_undo_redo(qtbot, uow, register):
    editor = MeetingEditor(uow, make_meeting(uow, register))
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)  # shortcuts only reach the active window
    editor.agenda_view.selectRow(0)
    editor.agenda_view.setFocus()
    QTest.keyClick(editor.agenda_view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(editor) == ["Andra", "Första", "Tredje"]
    assert editor.current_item().title == "Första"
    assert [i.paragraph for i in editor.agenda_model.items()] == [1, 2, 3]
    editor.undo_action.trigger()
    assert titles(editor) == ["Första", "Andra", "Tredje"]
    editor.redo_action.trigger()
    assert titles(editor) == ["Andra", "Första", "Tredje"]
    editor.agenda_view.selectRow(2)
    editor.delete_action.trigger()
    assert titles(editor) == ["Andra", "Första"]
    editor.undo_action.trigger()
    assert titles(editor) == ["Andra", "Första", "Tredje"]
    assert titles(editor) == [i.title for i in agenda.list_items(uow, editor.meeting.id)]


def test_text_typed_then_closed_at_once_is_still_there(qtbot, uow, register):
    meeting_id = make_meeting(uow, register)
    editor = MeetingEditor(uow, meeting_id)
    qtbot.addWidget(editor)
    editor.show()
    editor.agenda_view.selectRow(1)
    editor.minutes_pane.notes_edit.setFocus()
    qtbot.keyClicks(editor.minutes_pane.notes_edit, "Alla var overens")
    assert editor.isWindowModified()
    assert editor.minutes_pane.timer.isActive()  # not yet saved by the timer
    editor.close()
    reopened = MeetingEditor(uow, meeting_id)
    qtbot.addWidget(reopened)
    reopened.agenda_view.selectRow(1)
    assert reopened.minutes_pane.notes_edit.toPlainText() == "Alla var overens"
    assert agenda.list_items(uow, meeting_id)[1].notes == "Alla var overens"


def test_autosave_runs_by_itself_while_typing(qtbot, uow, register):
    meeting_id = make_meeting(uow, register)
    editor = MeetingEditor(uow, meeting_id)
    qtbot.addWidget(editor)
    editor.agenda_view.selectRow(0)
    qtbot.keyClicks(editor.minutes_pane.decision_edit, "att anta planen")
    qtbot.waitUntil(lambda: not editor.isWindowModified(), timeout=3000)
    assert editor.save_label.text() == "Alla ändringar sparade"
    assert agenda.list_items(uow, meeting_id)[0].decision_text == "att anta planen"

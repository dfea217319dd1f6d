"""The meeting editor as a desktop program: keyboard, undo/redo, autosave."""

from __future__ import annotations

import threading
from datetime import date, time

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from samverkan_desktop.services import agenda, meetings
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.ui.pages.group_page import GroupPage
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
    editor = MeetingEditor(uow, meeting_id)  # closed below, it deletes itself: not qtbot's to close
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


def test_undoing_a_delete_brings_back_the_autosaved_notes(qtbot, uow, register):
    meeting_id = make_meeting(uow, register)
    editor = MeetingEditor(uow, meeting_id)
    qtbot.addWidget(editor)
    editor.agenda_view.selectRow(1)
    editor.minutes_pane.notes_edit.setPlainText("Viktig anteckning")
    qtbot.waitUntil(lambda: not editor.isWindowModified(), timeout=3000)
    editor.delete_action.trigger()
    assert titles(editor) == ["Första", "Tredje"]
    editor.undo_action.trigger()
    restored = agenda.list_items(uow, meeting_id)[1]
    assert (restored.title, restored.notes) == ("Andra", "Viktig anteckning")


def test_continuous_typing_is_saved_without_a_pause(qtbot, uow, register):
    meeting_id = make_meeting(uow, register)
    editor = MeetingEditor(uow, meeting_id)
    qtbot.addWidget(editor)
    editor.agenda_view.selectRow(0)
    edit = editor.minutes_pane.notes_edit
    for word in ("Gruppen ", "diskuterade ", "läget ", "och ", "beslöt ", "att ", "vänta "):
        edit.insertPlainText(word)  # one word every 0.3 s, never a pause as long as the autosave delay
        qtbot.wait(300)
    stored = agenda.list_items(uow, meeting_id)[0].notes or ""
    assert stored.startswith("Gruppen diskuterade")


def test_a_refused_outcome_is_not_put_on_the_undo_stack(qtbot, uow, register):
    from samverkan_desktop.domain.enums import Outcome

    editor = MeetingEditor(uow, make_meeting(uow, register))
    qtbot.addWidget(editor)
    editor.agenda_view.selectRow(0)
    pane = editor.minutes_pane
    pane.outcome_combo.set_value(Outcome.REFERRED_BACK)
    pane.outcome_button.click()
    assert "Ange vad som ska beredas" in pane.error_label.text()
    assert editor.undo_stack.count() == 0
    pane.reason_edit.setText("Underlag från kommunerna")
    pane.outcome_button.click()
    assert editor.undo_stack.count() == 1 and editor.current_item().outcome is Outcome.REFERRED_BACK


def test_a_changed_reason_is_recorded_when_leaving_the_item(qtbot, uow, register):
    from samverkan_desktop.domain.enums import Outcome
    from samverkan_desktop.services import minutes
    from samverkan_desktop.services.meeting_dto import OutcomeData

    meeting_id = make_meeting(uow, register)
    first = agenda.list_items(uow, meeting_id)[0]
    minutes.set_outcome(uow, first.id, OutcomeData(Outcome.REFERRED_BACK, "Gammal anledning"))
    editor = MeetingEditor(uow, meeting_id)
    qtbot.addWidget(editor)
    editor.agenda_view.selectRow(0)
    editor.minutes_pane.reason_edit.setText("Ny anledning")
    assert editor.isWindowModified()
    editor.agenda_view.selectRow(1)
    assert agenda.get_item(uow, first.id).outcome_reason == "Ny anledning"
    assert not editor.isWindowModified()


def test_when_saving_fails_the_editor_stays_on_the_item_and_keeps_the_text(qtbot, uow, register, monkeypatch):
    from samverkan_desktop.domain.errors import StorageError
    from samverkan_desktop.services import minutes

    editor = MeetingEditor(uow, make_meeting(uow, register))
    qtbot.addWidget(editor)
    editor.agenda_view.selectRow(0)
    warnings: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *args: warnings.append(args[2]))

    def locked(*_args, **_kwargs):
        raise StorageError("Databasen används av ett annat program just nu.")

    monkeypatch.setattr(minutes, "save_text", locked)
    editor.minutes_pane.notes_edit.setPlainText("Text som inte får försvinna")
    editor.agenda_view.selectRow(2)
    assert warnings and "annat program" in warnings[0]
    assert editor.current_item().title == "Första"
    assert editor.minutes_pane.notes_edit.toPlainText() == "Text som inte får försvinna"
    monkeypatch.undo()
    editor.agenda_view.selectRow(2)
    assert agenda.list_items(uow, editor.meeting.id)[0].notes == "Text som inte får försvinna"


def test_a_closed_editor_is_deleted_and_forgotten_by_the_group_page(qtbot, uow, register):
    """Each editor holds megabytes of widgets and rows: a day of opening meetings must not keep them all."""
    page = GroupPage(uow)
    qtbot.addWidget(page)
    page.show_group(register["lgs"].id)
    meeting_id = make_meeting(uow, register)
    editor = page.open_meeting(meeting_id)
    assert page.open_meeting(meeting_id) is editor and page.editors == {meeting_id: editor}  # open: raised
    editor.close()
    assert page.editors == {}
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor))
    again = page.open_meeting(meeting_id)
    assert again is not editor and page.editors == {meeting_id: again}
    assert titles(again) == ["Första", "Andra", "Tredje"]
    again.close()


def test_an_editor_closed_while_its_worker_runs_is_not_deleted_under_it(qtbot, uow, register):
    """Work of the editor's (an export) runs on ServiceOp's worker path until released: the closed editor stays
    (hidden) for its outcome."""
    from samverkan_desktop.ui.operations import ServiceOp

    editor = MeetingEditor(uow, make_meeting(uow, register))
    qtbot.addWidget(editor)
    editor.show()
    release = threading.Event()
    work = ServiceOp(editor, lambda: release.wait(10))
    work.run_in_background()
    try:
        with qtbot.waitSignal(editor.closed):
            editor.close()
        qtbot.wait(10)  # any deferred deletion would happen here
        assert shiboken6.isValid(editor) and not editor.isVisible()
    finally:
        release.set()
        work.wait(10)


def test_a_new_item_never_goes_above_the_opening_standard_items(qtbot, uow, register, monkeypatch):
    """Issue 18 point 6: with "Mötets öppnande" selected, "Ny punkt…" put the item above "Godkännande av
    dagordningen"; it goes after the opening standard items, and undo and redo keep that place."""
    from samverkan_desktop.ui.dialogs.agenda_item_dialog import AgendaItemDialog

    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    editor = MeetingEditor(uow, meeting.value.id)
    qtbot.addWidget(editor)
    editor.template_button.click()
    editor.agenda_view.selectRow(0)
    assert editor.current_item().title == "Mötets öppnande"

    def fill(dialog):
        dialog.title_edit.setText("Väntetider BUP")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AgendaItemDialog, "exec", fill)
    editor.add_button.click()
    expected = ["Mötets öppnande", "Godkännande av dagordningen", "Föregående minnesanteckningar", "Väntetider BUP",
                "Övriga frågor", "Nästa möte", "Mötets avslutande"]
    assert titles(editor) == expected
    editor.undo_action.trigger()
    editor.redo_action.trigger()
    assert titles(editor) == expected == [i.title for i in agenda.list_items(uow, meeting.value.id)]


def test_a_long_agenda_title_is_never_cut_and_its_tooltip_is_whole(qtbot, uow, register):
    """Issue 18 point 6: agenda titles were cut at 1366 px. The title wraps (rows fitted), and says itself whole
    in the tooltip."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from samverkan_desktop.ui.models.agenda_model import AgendaTableModel

    long_title = ("Samordnad vårdplanering vid utskrivning till hemmet: uppföljning av Västbus-överenskommelsen "
                  "och läkemedelsgenomgångarna på korttidsboendena")
    meeting_id = make_meeting(uow, register)
    agenda.add_item(uow, meeting_id, AgendaItemData(long_title), position=1)
    editor = MeetingEditor(uow, meeting_id)
    qtbot.addWidget(editor)
    editor.resize(1366, 740)
    editor.show()
    qtbot.waitExposed(editor)
    view, model = editor.agenda_view, editor.agenda_model
    index = model.index(0, AgendaTableModel.TITLE)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == long_title
    for width in (view.columnWidth(AgendaTableModel.TITLE), 160):
        view.setColumnWidth(AgendaTableModel.TITLE, width)
        qtbot.waitUntil(lambda: not editor._rows_timer.isActive())
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect.setWidth(view.columnWidth(AgendaTableModel.TITLE))
        needed = view.itemDelegateForColumn(AgendaTableModel.TITLE).sizeHint(option, index).height()
        assert needed > 2 * view.fontMetrics().height()  # more than the two lines a default row holds
        assert view.rowHeight(0) >= needed

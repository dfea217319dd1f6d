"""An agenda item's title, kind, presenter, planned minutes and confidentiality: returned as data for the editor to
store (as an undoable command), a title required, a new item 15 minutes of information, an edit keeping its case."""

from __future__ import annotations

from datetime import date, time

from samverkan_desktop.domain.enums import ItemKind
from samverkan_desktop.services import agenda, meetings
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.ui.dialogs.agenda_item_dialog import AgendaItemDialog


def test_a_new_item_defaults_and_needs_a_title(qtbot):
    dialog = AgendaItemDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Ny punkt"
    assert (dialog.kind_combo.value(), dialog.minutes_spin.value()) == (ItemKind.INFORMATION, 15)
    dialog.title_edit.setText("   ")
    dialog.accept()
    assert dialog.error_text("title") and dialog.result_value is None
    dialog.title_edit.setText("  Budget 2027 ")
    dialog.kind_combo.set_value(ItemKind.DECISION)
    dialog.minutes_spin.setValue(0)  # no planned time
    dialog.confidential_check.setChecked(True)
    dialog.accept()
    assert dialog.result_value == AgendaItemData("Budget 2027", ItemKind.DECISION, "", None, True, None)


def test_an_edit_shows_the_item_and_keeps_its_case(qtbot, uow, register):
    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    item = agenda.add_item(uow, meeting.value.id, AgendaItemData("Rutin", ItemKind.DISCUSSION, "Anna Berg", 30,
                                                                 True))
    dialog = AgendaItemDialog(existing=item)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Redigera punkt"
    assert (dialog.title_edit.text(), dialog.kind_combo.value(), dialog.presenter_edit.text(),
            dialog.minutes_spin.value(), dialog.confidential_check.isChecked()) == (
        "Rutin", ItemKind.DISCUSSION, "Anna Berg", 30, True)
    dialog.accept()
    assert dialog.result_value.case_id == item.case_id and dialog.result_value.title == "Rutin"

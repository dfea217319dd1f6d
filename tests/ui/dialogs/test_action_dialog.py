"""An action on an agenda item: what, who (a person and/or an organisation), by when, status; a new one opens, an
edit shows what is stored and changes it in place."""

from __future__ import annotations

from datetime import date, time

import pytest

from samverkan_desktop.domain.enums import ActionStatus, ItemKind
from samverkan_desktop.services import agenda, meetings
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.ui.dialogs.action_dialog import ActionDialog


@pytest.fixture
def item(uow, register) -> int:
    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    return agenda.add_item(uow, meeting.value.id, AgendaItemData("Rutin", ItemKind.DECISION)).id


def test_a_new_action_is_open_and_stored_with_whom_and_when(qtbot, uow, register, item):
    dialog = ActionDialog(uow, item)
    qtbot.addWidget(dialog)
    assert dialog.status_combo.value() is ActionStatus.OPEN
    dialog.what_edit.setText("Sprida rutinen")
    dialog.person_combo.set_value(register["bo"].id)
    dialog.organisation_combo.set_value(register["region"].id)
    dialog.due_edit.set_value(date(2026, 6, 1))
    dialog.accept()
    action = dialog.result_value
    assert (action.agenda_item_id, action.what, action.responsible_person_name, action.responsible_organisation_name,
            action.due_on, action.status) == (item, "Sprida rutinen", "Bo Ek", "Västra Götalandsregionen",
                                              date(2026, 6, 1), ActionStatus.OPEN)
    assert [a.id for a in agenda.get_item(uow, item).actions] == [action.id]


def test_an_action_without_words_is_refused_at_its_field(qtbot, uow, item):
    dialog = ActionDialog(uow, item)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.error_text("what") and agenda.get_item(uow, item).actions == ()


def test_an_edit_shows_the_stored_action_and_changes_it_in_place(qtbot, uow, register, item):
    first = ActionDialog(uow, item)
    qtbot.addWidget(first)
    first.what_edit.setText("Sprida rutinen")
    first.organisation_combo.set_value(register["kommun"].id)
    first.accept()
    assert first.result_value is not None, first.error_text()
    dialog = ActionDialog(uow, item, first.result_value)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Ändra åtgärd" and dialog.what_edit.text() == "Sprida rutinen"
    dialog.status_combo.set_value(ActionStatus.DONE)
    dialog.done_edit.set_value(date(2026, 5, 20))
    dialog.accept()
    [stored] = agenda.get_item(uow, item).actions
    assert (stored.id, stored.status, stored.done_on) == (first.result_value.id, ActionStatus.DONE, date(2026, 5, 20))

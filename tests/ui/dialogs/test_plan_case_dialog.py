"""Putting a waiting case on a coming meeting: only the group's meetings after the case's last handling are offered,
the first preselected; with none to offer the choice is asked for at its field."""

from __future__ import annotations

from datetime import date, time

from samverkan_desktop.domain.enums import ItemKind
from samverkan_desktop.services import agenda, cases, meetings
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.ui.dialogs.plan_case_dialog import PlanCaseDialog


def meeting(uow, group_id: int, day: date) -> int:
    return meetings.create_meeting(uow, MeetingData(group_id, day, time(13), time(15))).value.id


def test_the_coming_meetings_after_the_last_handling_are_offered_and_the_case_is_put_on_one(qtbot, uow, register):
    lgs = register["lgs"].id
    first = meeting(uow, lgs, date(2026, 3, 10))
    item = agenda.add_item(uow, first, AgendaItemData("Samordnad vårdplanering", ItemKind.DECISION))
    case = cases.open_case(uow, item.id)
    meeting(uow, lgs, date(2026, 2, 10))  # before the case's last handling: not offered
    later = meeting(uow, lgs, date(2026, 5, 12))
    meeting(uow, register["tema"].id, date(2026, 4, 14))  # another group's: not offered
    dialog = PlanCaseDialog(uow, case)
    qtbot.addWidget(dialog)
    assert dialog.meeting_combo.values() == [None, later] and dialog.meeting_combo.value() == later
    dialog.accept()
    assert dialog.result_value.meeting_id == later and dialog.result_value.case_id == case.id
    assert [i.title for i in agenda.list_items(uow, later)] == ["Samordnad vårdplanering"]


def test_without_a_coming_meeting_the_choice_is_asked_for(qtbot, uow, register):
    first = meeting(uow, register["lgs"].id, date(2026, 3, 10))
    case = cases.open_case(uow, agenda.add_item(uow, first, AgendaItemData("Budget", ItemKind.DECISION)).id)
    dialog = PlanCaseDialog(uow, case)
    qtbot.addWidget(dialog)
    assert dialog.meeting_combo.values() == [None] and dialog.meeting_combo.value() is None
    dialog.accept()
    assert "Välj ett kommande möte" in dialog.error_text("meeting_id") and dialog.result_value is None

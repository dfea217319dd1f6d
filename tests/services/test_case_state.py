"""A case's state follows its history: corrections, cancellations and removals (review findings)."""

from __future__ import annotations

from datetime import date, time

import pytest

from samverkan_desktop.domain.enums import CaseStatus, ItemKind, MeetingStatus, Outcome
from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.services import agenda, cases, groups, meetings, minutes
from samverkan_desktop.services.dto import GroupData
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData, OutcomeData


@pytest.fixture
def group(uow):
    from samverkan_desktop.domain.enums import GroupKind

    return groups.create_group(uow, GroupData("Temagrupp Äldre", GroupKind.THEME_GROUP)).id


def plan(uow, group, *days):
    return [meetings.create_meeting(uow, MeetingData(group, d, time(13), time(15))).value.id for d in days]


def referred(uow, meeting_id, reason="Mer underlag"):
    item = agenda.add_item(uow, meeting_id, AgendaItemData("Utskrivning", ItemKind.DECISION))
    minutes.set_outcome(uow, item.id, OutcomeData(Outcome.REFERRED_BACK, reason))
    return agenda.get_item(uow, item.id)


def test_cancelling_the_meeting_a_case_was_put_on_returns_it_to_att_planera(uow, group):
    march, may = plan(uow, group, date(2026, 3, 10), date(2026, 5, 12))
    case_id = referred(uow, march).case_id
    cases.put_on_agenda(uow, case_id, may)
    assert cases.to_plan(uow, group) == []
    meetings.cancel_meeting(uow, may, "Ordföranden sjuk")
    assert [c.id for c in cases.to_plan(uow, group)] == [case_id]


def test_removing_the_item_returns_the_case_to_att_planera(uow, group):
    march, may = plan(uow, group, date(2026, 3, 10), date(2026, 5, 12))
    case_id = referred(uow, march).case_id
    item = cases.put_on_agenda(uow, case_id, may)
    agenda.delete_item(uow, item.id)
    assert cases.get_case(uow, case_id).status is CaseStatus.REFERRED_BACK


def test_correcting_an_older_outcome_leaves_a_later_decision_alone(uow, group):
    march, may = plan(uow, group, date(2026, 3, 10), date(2026, 5, 12))
    first = referred(uow, march)
    later = cases.put_on_agenda(uow, first.case_id, may)
    minutes.save_text(uow, later.id, None, "att anta rutinen")
    minutes.set_outcome(uow, later.id, OutcomeData(Outcome.DECIDED))
    minutes.set_outcome(uow, first.id, OutcomeData(Outcome.REFERRED_BACK, "Mer underlag (rättat stavfel)"))
    assert cases.get_case(uow, first.case_id).status is CaseStatus.DECIDED
    assert cases.to_plan(uow, group) == []


def test_a_case_goes_only_on_a_meeting_after_its_last_handling(uow, group):
    march, may = plan(uow, group, date(2026, 3, 10), date(2026, 5, 12))
    case_id = referred(uow, march).case_id
    assert [m.id for m in cases.meetings_for(uow, case_id)] == [may]
    with pytest.raises(ValidationError, match="efter det där ärendet senast behandlades"):
        cases.put_on_agenda(uow, case_id, march)


def test_information_noted_closes_the_case(uow, group):
    march, may = plan(uow, group, date(2026, 3, 10), date(2026, 5, 12))
    case_id = referred(uow, march).case_id
    item = cases.put_on_agenda(uow, case_id, may)
    minutes.set_outcome(uow, item.id, OutcomeData(Outcome.NOTED))
    case = cases.get_case(uow, case_id)
    assert case.status is CaseStatus.CLOSED


def test_held_meetings_keep_their_paragraphs_when_an_earlier_agenda_changes(uow, group):
    january, may = plan(uow, group, date(2026, 1, 20), date(2026, 5, 12))
    for title in ("Öppnande", "Avslut"):
        agenda.add_item(uow, may, AgendaItemData(title), position=99)
    meetings.mark_held(uow, may)
    assert [i.paragraph for i in agenda.list_items(uow, may)] == [1, 2]
    agenda.add_item(uow, january, AgendaItemData("Sent tillagd punkt"))
    assert [i.paragraph for i in agenda.list_items(uow, may)] == [1, 2]
    assert agenda.list_items(uow, january)[0].paragraph == 3  # unique, after the frozen numbers
    assert meetings.get_meeting(uow, may).status is MeetingStatus.HELD

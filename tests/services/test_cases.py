from __future__ import annotations

from datetime import date

import pytest
from meeting_fixtures import item, meeting

from samverkan_desktop.db.models import AgendaItem, Case
from samverkan_desktop.domain.enums import CaseStatus, ItemKind, Outcome
from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.services.agenda import get_item, list_items
from samverkan_desktop.services.cases import get_case, history, list_cases, open_case, put_on_agenda, to_plan
from samverkan_desktop.services.meeting_dto import CaseHistoryEntry, OutcomeData
from samverkan_desktop.services.meetings import mark_held
from samverkan_desktop.services.minutes import save_text, set_outcome

D = date
NOSAM = "NOSAM Falkenberg"
TEMA = "Temagrupp psykisk hälsa"


def test_escalated_referred_back_and_decided(uow, meeting_world) -> None:
    w = meeting_world
    # Created out of date order: history and numbering follow the dates.
    tema_may = meeting(uow, w.tema, D(2026, 5, 12))
    nosam_march = meeting(uow, w.nosam, D(2026, 3, 10))
    tema_april = meeting(uow, w.tema, D(2026, 4, 14))

    item(uow, nosam_march.id, "Mötets öppnande")
    raised = item(uow, nosam_march.id, "Väntetider BUP", ItemKind.DISCUSSION)
    escalated = set_outcome(uow, raised.id, OutcomeData(Outcome.ESCALATED, target_group_id=w.tema))
    case_id = escalated.case_id
    assert case_id is not None
    case = get_case(uow, case_id)
    assert (case.status, case.group_name, case.raised_by_group_name) == (CaseStatus.ESCALATED, TEMA, NOSAM)
    assert [c.id for c in to_plan(uow, w.tema)] == [case_id]
    assert to_plan(uow, w.nosam) == []

    first = put_on_agenda(uow, case_id, tema_april.id)
    assert (first.case_id, first.title, first.kind, first.paragraph) == (
        case_id, "Väntetider BUP", ItemKind.DECISION, 1)
    assert get_case(uow, case_id).status is CaseStatus.ON_AGENDA
    assert to_plan(uow, w.tema) == []
    set_outcome(uow, first.id, OutcomeData(Outcome.REFERRED_BACK, reason="Regionen tar fram statistik"))
    case = get_case(uow, case_id)
    assert (case.status, case.group_id) == (CaseStatus.REFERRED_BACK, w.tema)
    assert [c.id for c in to_plan(uow, w.tema)] == [case_id]
    mark_held(uow, tema_april.id)

    item(uow, tema_may.id, "Mötets öppnande")
    second = put_on_agenda(uow, case_id, tema_may.id)
    assert second.paragraph == 3  # § runs on from the April meeting
    assert to_plan(uow, w.tema) == []
    save_text(uow, second.id, "Statistiken redovisades.", "att införa gemensam ingång för BUP-remisser")
    set_outcome(uow, second.id, OutcomeData(Outcome.DECIDED))
    case = get_case(uow, case_id)
    assert (case.status, case.group_name, case.last_meeting_on) == (CaseStatus.DECIDED, TEMA, D(2026, 5, 12))
    assert to_plan(uow, w.tema) == [] and to_plan(uow, w.nosam) == []

    assert history(uow, case_id) == [
        CaseHistoryEntry(nosam_march.id, NOSAM, D(2026, 3, 10), 2, "Väntetider BUP", Outcome.ESCALATED, None, TEMA),
        CaseHistoryEntry(tema_april.id, TEMA, D(2026, 4, 14), 1, "Väntetider BUP", Outcome.REFERRED_BACK,
                         "Regionen tar fram statistik", TEMA),
        CaseHistoryEntry(tema_may.id, TEMA, D(2026, 5, 12), 3, "Väntetider BUP", Outcome.DECIDED, None, None),
    ]
    assert case_id in [c.id for c in list_cases(uow, w.nosam)]  # the NOSAM discussed it
    assert [c.id for c in list_cases(uow, w.tema)] == [case_id]


def test_put_on_agenda_refuses_another_groups_meeting(uow, meeting_world, count) -> None:
    w = meeting_world
    raised = item(uow, meeting(uow, w.nosam, D(2026, 3, 10)).id, "Väntetider BUP")
    case_id = set_outcome(uow, raised.id, OutcomeData(Outcome.ESCALATED, target_group_id=w.tema)).case_id
    later_nosam = meeting(uow, w.nosam, D(2026, 4, 14))
    with pytest.raises(ValidationError) as info:
        put_on_agenda(uow, case_id, later_nosam.id)  # the temagrupp holds it now
    assert info.value.field == "meeting_id"
    assert list_items(uow, later_nosam.id) == []
    assert count(AgendaItem) == 1
    assert get_case(uow, case_id).status is CaseStatus.ESCALATED


def test_put_on_agenda_refuses_a_held_meeting(uow, meeting_world) -> None:
    w = meeting_world
    held = meeting(uow, w.nosam, D(2026, 3, 10))
    deferred = item(uow, held.id, "Lokalfrågan")
    case_id = set_outcome(uow, deferred.id, OutcomeData(Outcome.DEFERRED)).case_id
    mark_held(uow, held.id)
    with pytest.raises(ValidationError) as info:
        put_on_agenda(uow, case_id, held.id)
    assert info.value.field == "meeting_id"
    assert len(list_items(uow, held.id)) == 1


def test_open_case_on_an_item(uow, meeting_world, audit_trail) -> None:
    w = meeting_world
    m = meeting(uow, w.nosam, D(2026, 3, 10))
    raised = item(uow, m.id, "Samordnad individuell plan")
    case = open_case(uow, raised.id, reference=" NOSAM 2026/3 ")
    assert (case.title, case.reference, case.status, case.group_name, case.raised_by_group_name,
            case.last_meeting_on) == ("Samordnad individuell plan", "NOSAM 2026/3", CaseStatus.ON_AGENDA, NOSAM,
                                      NOSAM, D(2026, 3, 10))
    assert get_item(uow, raised.id).case_id == case.id
    assert get_item(uow, raised.id).case_title == "Samordnad individuell plan"
    assert [c.id for c in list_cases(uow, w.nosam)] == [case.id]
    assert to_plan(uow, w.nosam) == []  # on an agenda, not waiting
    with pytest.raises(ValidationError) as info:
        open_case(uow, raised.id, "Ett till")
    assert info.value.field == "case_id"
    assert ("ärende", case.id, "öppnat", "testare") in audit_trail("ärende")


def test_deferred_item_without_a_case_opens_one(uow, meeting_world, count) -> None:
    w = meeting_world
    deferred = item(uow, meeting(uow, w.nosam, D(2026, 3, 10)).id, "Lokalfrågan", ItemKind.DECISION)
    assert count(Case) == 0
    result = set_outcome(uow, deferred.id, OutcomeData(Outcome.DEFERRED))
    case = get_case(uow, result.case_id)
    assert (case.title, case.status, case.group_id) == ("Lokalfrågan", CaseStatus.DEFERRED, w.nosam)
    assert [c.id for c in to_plan(uow, w.nosam)] == [case.id]
    set_outcome(uow, deferred.id, OutcomeData(Outcome.DEFERRED))  # again: the same case
    assert count(Case) == 1


def test_noted_item_opens_no_case(uow, meeting_world, count) -> None:
    noted = item(uow, meeting(uow, meeting_world.nosam, D(2026, 3, 10)).id, "Information från regionen")
    assert set_outcome(uow, noted.id, OutcomeData(Outcome.NOTED)).case_id is None
    assert count(Case) == 0


def test_correcting_a_mistaken_escalation_brings_the_case_back(uow, meeting_world) -> None:
    w = meeting_world
    raised = item(uow, meeting(uow, w.nosam, D(2026, 3, 10)).id, "Väntetider BUP", ItemKind.DECISION)
    case_id = set_outcome(uow, raised.id, OutcomeData(Outcome.ESCALATED, target_group_id=w.tema)).case_id
    assert [c.id for c in to_plan(uow, w.tema)] == [case_id]
    set_outcome(uow, raised.id, OutcomeData(Outcome.DEFERRED))  # the secretary picked the wrong outcome
    case = get_case(uow, case_id)
    assert (case.status, case.group_id) == (CaseStatus.DEFERRED, w.nosam)
    assert to_plan(uow, w.tema) == []
    assert [c.id for c in to_plan(uow, w.nosam)] == [case_id]
    assert list_cases(uow, w.tema) == []

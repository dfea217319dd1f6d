"""Reporting deadlines computed from the duties, never stored ahead: a changed duty moves what is not yet submitted,
a submitted report keeps its date; a group owes nothing outside its active years. (How the deadlines show in the
year's overview: tests/services/test_overview.py.)"""

from __future__ import annotations

from datetime import date

import pytest

from samverkan_desktop.domain.enums import GroupKind, Recurrence
from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.services.dto import GroupData, MandateData, ReportingDutyData
from samverkan_desktop.services.groups import create_group
from samverkan_desktop.services.mandates import reporting_duties, save_mandate
from samverkan_desktop.services.reporting import DeadlineDTO, mark_report_done, reporting_deadlines

D = date


def duties(uow, group_id: int, *duties: ReportingDutyData) -> dict[str, int]:
    save_mandate(uow, group_id, MandateData(meetings_min=None, meetings_max=None, substitutes_allowed=False,
                                            reporting_duties=duties), new_version=False)
    return {d.name: d.id for d in reporting_duties(uow, group_id)}


def annual(month: int, day: int) -> ReportingDutyData:
    return ReportingDutyData("Årsrapport", Recurrence.YEARLY, month, day, "LGS")


def test_a_submitted_report_keeps_its_date_when_the_duty_moves_and_the_rest_move_with_it(uow, meeting_world):
    group = meeting_world.nosam
    duty = duties(uow, group, annual(2, 15))["Årsrapport"]
    mark_report_done(uow, duty, D(2026, 2, 15), D(2026, 2, 10))
    duties(uow, group, annual(3, 31))  # the same duty, due later from now on
    assert [(d.due_on, d.done_on) for d in reporting_deadlines(uow, 2026, group)] == [
        (D(2026, 2, 15), D(2026, 2, 10)), (D(2026, 3, 31), None)]
    assert [(d.due_on, d.done_on) for d in reporting_deadlines(uow, 2027, group)] == [(D(2027, 3, 31), None)]


def test_taking_the_mark_back_leaves_a_moved_duty_with_its_old_date_only_while_it_was_submitted(uow, meeting_world):
    group = meeting_world.nosam
    duty = duties(uow, group, annual(2, 15))["Årsrapport"]
    mark_report_done(uow, duty, D(2026, 2, 15), D(2026, 2, 10))
    duties(uow, group, annual(3, 31))
    mark_report_done(uow, duty, D(2026, 2, 15), None)  # the stored row stays, with no date of submission
    assert [(d.due_on, d.done_on) for d in reporting_deadlines(uow, 2026, group)] == [
        (D(2026, 2, 15), None), (D(2026, 3, 31), None)]
    with pytest.raises(ValidationError, match="ska inte lämnas 2026-02-16"):
        mark_report_done(uow, duty, D(2026, 2, 16), D(2026, 2, 16))


def test_no_report_is_owed_after_the_group_ended(uow, meeting_world):
    ended = create_group(uow, GroupData("Arbetsgrupp utskrivning", GroupKind.WORKING_GROUP,
                                        active_to=D(2026, 5, 31)))
    duties(uow, ended.id, ReportingDutyData("Kvartalsrapport", Recurrence.QUARTERLY, 1, 15))
    assert [d.due_on for d in reporting_deadlines(uow, 2026, ended.id)] == [D(2026, 1, 15), D(2026, 4, 15)]
    assert reporting_deadlines(uow, 2027, ended.id) == []


def test_every_groups_deadlines_by_date_then_group_in_swedish_order(uow, meeting_world):
    w = meeting_world
    nosam = duties(uow, w.nosam, annual(2, 15))["Årsrapport"]
    tema = duties(uow, w.tema, annual(2, 15), ReportingDutyData("Delårsrapport", Recurrence.YEARLY, 1, 31))
    found = [(d.due_on, d.group_id, d.name) for d in reporting_deadlines(uow, 2026)]
    assert found == [(D(2026, 1, 31), w.tema, "Delårsrapport"), (D(2026, 2, 15), w.nosam, "Årsrapport"),
                     (D(2026, 2, 15), w.tema, "Årsrapport")]
    assert {d.duty_id for d in reporting_deadlines(uow, 2026, w.tema)} == set(tema.values())
    assert nosam not in set(tema.values())


def test_marking_the_same_day_twice_records_one_event(uow, meeting_world, audit_trail):
    duty = duties(uow, meeting_world.nosam, annual(2, 15))["Årsrapport"]
    first = mark_report_done(uow, duty, D(2026, 2, 15), D(2026, 2, 10))
    again = mark_report_done(uow, duty, D(2026, 2, 15), D(2026, 2, 10))
    assert first == again == DeadlineDTO(duty, meeting_world.nosam, "NOSAM Falkenberg", "Årsrapport", "LGS",
                                         D(2026, 2, 15), D(2026, 2, 10))
    assert len(audit_trail("rapport")) == 1


def test_overdue_means_not_submitted_and_past_its_day():
    deadline = DeadlineDTO(1, 1, "G", "Årsrapport", None, D(2026, 2, 15), None)
    assert not deadline.overdue(D(2026, 2, 15))
    assert deadline.overdue(D(2026, 2, 16))
    assert not DeadlineDTO(1, 1, "G", "Årsrapport", None, D(2026, 2, 15), D(2026, 3, 1)).overdue(D(2026, 4, 1))


@pytest.mark.parametrize("year", [0, 20266])
def test_a_mistyped_year_is_refused(uow, year):
    with pytest.raises(ValidationError):
        reporting_deadlines(uow, year)

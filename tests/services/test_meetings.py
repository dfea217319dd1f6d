from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from meeting_fixtures import item, meeting
from sqlalchemy import event

from samverkan_desktop.db.models import Meeting
from samverkan_desktop.domain.calendar import STOCKHOLM
from samverkan_desktop.domain.enums import ItemKind, MeetingKind, MeetingStatus, MinutesStatus, Outcome
from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.services.agenda import list_items
from samverkan_desktop.services.meeting_dto import MeetingData, OutcomeData
from samverkan_desktop.services.meetings import (
    cancel_meeting,
    create_meeting,
    get_meeting,
    list_meetings,
    mark_called,
    mark_held,
    next_meeting_after,
    plan_year,
    planning_warnings,
    update_meeting,
    year_count_warning,
)
from samverkan_desktop.services.minutes import save_text, set_outcome

D = date
TUESDAY = D(2026, 9, 15)


def data(w, day: date, start: time = time(13), end: time = time(15), group: int | None = None,
         **extra) -> MeetingData:
    return MeetingData(w.nosam if group is None else group, day, start, end, **extra)


# -- create ------------------------------------------------------------------------------------
def test_create_keeps_stockholm_local_time(uow, meeting_world, audit_trail) -> None:
    result = create_meeting(uow, data(meeting_world, D(2026, 6, 18), place="Stadshuset"))
    created = result.value
    assert result.warnings == ()
    assert created.starts_at == datetime(2026, 6, 18, 11, 0, tzinfo=UTC)  # summer time: UTC+2
    assert created.ends_at == datetime(2026, 6, 18, 13, 0, tzinfo=UTC)
    stored = get_meeting(uow, created.id)  # read back from the database
    assert stored.starts_at.tzinfo is not None
    assert stored.starts_at == datetime(2026, 6, 18, 11, 0, tzinfo=UTC)
    assert stored.starts_at.astimezone(STOCKHOLM).time() == time(13, 0)
    assert (stored.group_name, stored.place, stored.kind) == ("NOSAM Falkenberg", "Stadshuset", MeetingKind.ORDINARY)
    assert (stored.status, stored.minutes_status, stored.ical_sequence) == (
        MeetingStatus.PLANNED, MinutesStatus.DRAFT, 0)
    assert stored.ical_uid
    assert ("möte", created.id, "planerat", "testare") in audit_trail("möte")


def test_winter_time_is_one_hour_from_utc(uow, meeting_world) -> None:
    created = meeting(uow, meeting_world.nosam, D(2026, 1, 13))
    assert get_meeting(uow, created.id).starts_at == datetime(2026, 1, 13, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize("end", [time(12, 0), time(13, 0)])
def test_end_not_after_start_is_refused(uow, meeting_world, count, audit_trail, end) -> None:
    before = audit_trail()
    with pytest.raises(ValidationError) as info:
        create_meeting(uow, data(meeting_world, D(2026, 6, 18), time(13), end))
    assert info.value.field == "end"
    assert count(Meeting) == 0
    assert audit_trail() == before


# -- planning warnings -------------------------------------------------------------------------
def test_midsummer_eve_is_named(uow, meeting_world) -> None:
    assert planning_warnings(uow, data(meeting_world, D(2026, 6, 19))) == ["2026-06-19 är midsommarafton."]


def test_saturday_warns_as_weekend(uow, meeting_world) -> None:
    assert planning_warnings(uow, data(meeting_world, D(2026, 9, 19))) == ["2026-09-19 är en lördag."]


def test_ordinary_tuesday_has_no_warning(uow, meeting_world, count) -> None:
    assert planning_warnings(uow, data(meeting_world, TUESDAY)) == []
    assert count(Meeting) == 0  # only a question: nothing saved


def test_clash_with_the_groups_own_meeting(uow, meeting_world) -> None:
    w = meeting_world
    meeting(uow, w.nosam, TUESDAY)
    assert planning_warnings(uow, data(w, TUESDAY, time(14), time(16))) == [
        "Gruppen har redan ett möte som krockar: 2026-09-15 13:00–15:00."]
    assert planning_warnings(uow, data(w, TUESDAY, time(15), time(16))) == []  # back to back is fine
    result = create_meeting(uow, data(w, TUESDAY, time(14), time(16)))
    assert len(result.warnings) == 1  # create reports the same warnings, but saves


def test_clash_with_another_group_sharing_a_member(uow, meeting_world) -> None:
    w = meeting_world
    meeting(uow, w.tema, TUESDAY, time(14), time(16))  # Bertil Berg sits in both
    meeting(uow, w.other, TUESDAY, time(13), time(14))  # nobody in common
    warnings = planning_warnings(uow, data(w, TUESDAY))
    assert warnings == ["Krockar med Temagrupp psykisk hälsa 2026-09-15 14:00–16:00 "
                        "(gemensamma ledamöter: Bertil Berg)."]
    assert "Referensgruppen" not in " ".join(warnings)


def test_cancelled_meeting_does_not_clash(uow, meeting_world) -> None:
    w = meeting_world
    other = meeting(uow, w.nosam, TUESDAY)
    cancel_meeting(uow, other.id, "Sjukdom")
    assert planning_warnings(uow, data(w, TUESDAY)) == []


def test_a_meeting_does_not_clash_with_itself(uow, meeting_world) -> None:
    w = meeting_world
    own = meeting(uow, w.nosam, TUESDAY)
    assert planning_warnings(uow, data(w, TUESDAY), meeting_id=own.id) == []
    assert update_meeting(uow, own.id, data(w, TUESDAY, place="Rådhuset")).warnings == ()


def test_above_the_mandates_maximum_warns(uow, meeting_world) -> None:
    w = meeting_world  # mandate: at most 6 a year
    for month in range(1, 7):
        meeting(uow, w.nosam, D(2026, month, 10))
    assert planning_warnings(uow, data(w, TUESDAY)) == ["2026 har 7 möten, men uppdragshandlingen säger högst 6."]
    assert planning_warnings(uow, data(w, D(2027, 9, 14))) == []  # another year
    assert planning_warnings(uow, data(w, TUESDAY, group=w.tema)) == []  # no mandate, no limit


def test_year_count_warning_below_minimum(uow, meeting_world) -> None:
    w = meeting_world  # mandate: at least 4 a year
    for day in (D(2026, 2, 10), D(2026, 4, 14), D(2026, 9, 15)):
        meeting(uow, w.nosam, day)
    meeting(uow, w.nosam, D(2027, 2, 9))
    assert year_count_warning(uow, w.nosam, 2026) == "2026 har 3 möten, men uppdragshandlingen säger minst 4."
    fourth = meeting(uow, w.nosam, D(2026, 11, 17))
    assert year_count_warning(uow, w.nosam, 2026) is None
    cancel_meeting(uow, fourth.id, "Inga ärenden")
    assert year_count_warning(uow, w.nosam, 2026) is not None  # cancelled meetings do not count
    assert year_count_warning(uow, w.tema, 2026) is None  # no mandate


# -- plan a year -------------------------------------------------------------------------------
def test_plan_year_in_one_transaction_with_dated_warnings(uow, meeting_world, engine, count) -> None:
    w = meeting_world
    meeting(uow, w.nosam, TUESDAY, time(14), time(16))
    commits: list[object] = []
    event.listen(engine, "commit", commits.append)
    result = plan_year(uow, w.nosam, [D(2026, 3, 10), D(2026, 6, 19), TUESDAY], time(13), time(15), "Rådhuset")
    assert len(commits) == 1
    assert [m.starts_at.astimezone(STOCKHOLM).date() for m in result.value] == [
        D(2026, 3, 10), D(2026, 6, 19), TUESDAY]
    assert {m.place for m in result.value} == {"Rådhuset"}
    assert result.warnings == (
        "2026-06-19 är midsommarafton.",
        "2026-09-15: Gruppen har redan ett möte som krockar: 2026-09-15 14:00–16:00.",
    )
    assert count(Meeting) == 4


def test_plan_year_warns_below_the_minimum(uow, meeting_world) -> None:
    result = plan_year(uow, meeting_world.nosam, [D(2026, 3, 10), TUESDAY], time(13), time(15))
    assert result.warnings == ("2026 har 2 möten, men uppdragshandlingen säger minst 4.",)


def test_plan_year_saves_nothing_when_a_date_fails(uow, meeting_world, count) -> None:
    with pytest.raises(ValidationError) as info:
        plan_year(uow, meeting_world.nosam, [D(2026, 3, 10), None, TUESDAY], time(13), time(15))  # type: ignore[list-item]
    assert info.value.field == "day"
    assert count(Meeting) == 0
    with pytest.raises(ValidationError):
        plan_year(uow, meeting_world.nosam, [], time(13), time(15))


# -- edit and cancel ---------------------------------------------------------------------------
def test_update_raises_sequence_only_when_time_or_place_changes(uow, meeting_world, audit_trail) -> None:
    w = meeting_world
    m = meeting(uow, w.nosam, TUESDAY, place="Rådhuset")
    same = update_meeting(uow, m.id, data(w, TUESDAY, place="Rådhuset", kind=MeetingKind.EXTRA)).value
    assert (same.kind, same.ical_sequence) == (MeetingKind.EXTRA, 0)
    moved = update_meeting(uow, m.id, data(w, TUESDAY, place="Stadshuset", kind=MeetingKind.EXTRA)).value
    assert moved.ical_sequence == 1
    later = update_meeting(uow, m.id, data(w, TUESDAY, time(14), time(16), place="Stadshuset",
                                           kind=MeetingKind.EXTRA)).value
    assert later.ical_sequence == 2
    stored = get_meeting(uow, m.id)
    assert (stored.ical_sequence, stored.ical_uid) == (2, m.ical_uid)
    assert stored.starts_at == datetime(2026, 9, 15, 12, 0, tzinfo=UTC)
    assert [e[2] for e in audit_trail("möte")].count("ändrat") == 3


def test_cancel_requires_a_reason(uow, meeting_world, audit_trail) -> None:
    m = meeting(uow, meeting_world.nosam, TUESDAY)
    before = audit_trail()
    with pytest.raises(ValidationError) as info:
        cancel_meeting(uow, m.id, "   ")
    assert info.value.field == "cancel_reason"
    assert get_meeting(uow, m.id).status is MeetingStatus.PLANNED
    assert audit_trail() == before
    cancelled = cancel_meeting(uow, m.id, " För få anmälda ")
    assert (cancelled.status, cancelled.cancel_reason, cancelled.ical_sequence) == (
        MeetingStatus.CANCELLED, "För få anmälda", 1)
    assert ("möte", m.id, "inställt", "testare") in audit_trail("möte")


def test_cancel_only_from_planned_or_called(uow, meeting_world) -> None:
    w = meeting_world
    called = meeting(uow, w.nosam, D(2026, 3, 10))
    mark_called(uow, called.id)
    assert cancel_meeting(uow, called.id, "Sjukdom").status is MeetingStatus.CANCELLED
    with pytest.raises(ValidationError):
        cancel_meeting(uow, called.id, "Igen")
    held = meeting(uow, w.nosam, D(2026, 4, 14))
    mark_held(uow, held.id)
    with pytest.raises(ValidationError):
        cancel_meeting(uow, held.id, "För sent")
    assert get_meeting(uow, held.id).status is MeetingStatus.HELD
    with pytest.raises(ValidationError):
        update_meeting(uow, called.id, data(w, D(2026, 3, 11)))  # a cancelled meeting is not edited


def test_cancelling_removes_paragraphs_and_renumbers_later_meetings(uow, meeting_world) -> None:
    w = meeting_world
    first, second, third = (meeting(uow, w.nosam, day) for day in (D(2026, 3, 10), D(2026, 5, 12), TUESDAY))
    for m, titles in ((first, "AB"), (second, "CD"), (third, "E")):
        for title in titles:
            item(uow, m.id, title)
    assert [i.paragraph for i in list_items(uow, third.id)] == [5]
    cancel_meeting(uow, second.id, "Krock med budgetdagen")
    assert [i.paragraph for i in list_items(uow, first.id)] == [1, 2]
    assert [i.paragraph for i in list_items(uow, second.id)] == [None, None]
    assert [i.paragraph for i in list_items(uow, third.id)] == [3]


# -- status ------------------------------------------------------------------------------------
def test_called_then_held(uow, meeting_world, audit_trail) -> None:
    m = meeting(uow, meeting_world.nosam, TUESDAY)
    assert mark_called(uow, m.id).status is MeetingStatus.CALLED
    with pytest.raises(ValidationError):
        mark_called(uow, m.id)
    assert mark_held(uow, m.id).status is MeetingStatus.HELD
    with pytest.raises(ValidationError):
        mark_held(uow, m.id)
    with pytest.raises(ValidationError):
        mark_called(uow, m.id)
    assert get_meeting(uow, m.id).status is MeetingStatus.HELD
    assert [e[2] for e in audit_trail("möte")] == ["planerat", "kallat", "genomfört"]


def test_held_straight_from_planned_but_not_from_cancelled(uow, meeting_world) -> None:
    w = meeting_world
    assert mark_held(uow, meeting(uow, w.nosam, D(2026, 3, 10)).id).status is MeetingStatus.HELD
    cancelled = meeting(uow, w.nosam, TUESDAY)
    cancel_meeting(uow, cancelled.id, "Sjukdom")
    for transition in (mark_held, mark_called):
        with pytest.raises(ValidationError):
            transition(uow, cancelled.id)
    assert get_meeting(uow, cancelled.id).status is MeetingStatus.CANCELLED


def test_held_refused_while_a_decision_item_has_no_outcome(uow, meeting_world) -> None:
    m = meeting(uow, meeting_world.nosam, TUESDAY)
    item(uow, m.id, "Mötets öppnande")  # information without an outcome is fine
    budget = item(uow, m.id, "Budget 2027", ItemKind.DECISION)
    with pytest.raises(ValidationError) as info:
        mark_held(uow, m.id)
    assert "§ 2 Budget 2027" in info.value.message
    assert "Mötets öppnande" not in info.value.message
    assert get_meeting(uow, m.id).status is MeetingStatus.PLANNED
    save_text(uow, budget.id, None, "att fastställa budgeten")
    set_outcome(uow, budget.id, OutcomeData(Outcome.DECIDED))
    assert mark_held(uow, m.id).status is MeetingStatus.HELD


def test_next_meeting_after(uow, meeting_world) -> None:
    w = meeting_world
    last = meeting(uow, w.nosam, D(2026, 11, 17))
    first = meeting(uow, w.nosam, D(2026, 3, 10))
    cancelled = meeting(uow, w.nosam, D(2026, 4, 14))
    cancel_meeting(uow, cancelled.id, "Sjukdom")
    meeting(uow, w.tema, D(2026, 5, 12))  # another group's
    middle = meeting(uow, w.nosam, TUESDAY)
    assert next_meeting_after(uow, first.id).id == middle.id
    assert next_meeting_after(uow, middle.id).id == last.id
    assert next_meeting_after(uow, last.id) is None


def test_list_meetings_by_year_in_local_time(uow, meeting_world) -> None:
    w = meeting_world
    new_year = meeting(uow, w.nosam, D(2027, 1, 1), time(0, 30), time(1, 30))  # 2026-12-31 23:30 UTC
    meeting(uow, w.nosam, TUESDAY)
    assert [m.id for m in list_meetings(uow, w.nosam, 2027)] == [new_year.id]
    assert len(list_meetings(uow, w.nosam)) == 2
    assert [m.item_count for m in list_meetings(uow, w.nosam, 2026)] == [0]

"""Åtgärder and Förankring: actions across groups (filters, overdue, mark done after approval) and each party's
anchoring of consensus decisions."""

from __future__ import annotations

from datetime import date, time

import pytest
from held_minutes import TUESDAY, Held
from meeting_fixtures import item, meeting
from sqlalchemy import event

from samverkan_desktop.domain.enums import ActionStatus, AnchoringStatus, ItemKind, MinutesStatus, Outcome
from samverkan_desktop.domain.errors import NotFoundError, ValidationError
from samverkan_desktop.services import meetings, minutes
from samverkan_desktop.services.approval import minutes_state
from samverkan_desktop.services.follow_up import (
    ActionFilter,
    ActionRow,
    action_order,
    action_rows,
    anchoring_for,
    anchoring_order,
    anchoring_rows,
    list_actions,
    mark_action_done,
    set_action_status,
    set_anchoring,
)
from samverkan_desktop.services.meeting_dto import ActionData, OutcomeData
from samverkan_desktop.services.verification import verify_all

D = date
TODAY = D(2026, 6, 1)
OPEN, DONE = ActionStatus.OPEN, ActionStatus.DONE


def add(uow, item_id: int, what: str, person: int | None = None, org: int | None = None, due: date | None = None,
        status: ActionStatus = OPEN, done: date | None = None) -> int:
    return minutes.add_action(uow, item_id, ActionData(what, person, org, due, status, done)).id


@pytest.fixture
def actions(uow, meeting_world):
    """Actions in the NOSAM (March), its temagrupp (April), the Referensgruppen (May) and a cancelled meeting."""
    w, p = meeting_world, meeting_world.people
    nosam = meeting(uow, w.nosam, D(2026, 3, 10)).id
    tema = meeting(uow, w.tema, D(2026, 4, 14)).id
    other = meeting(uow, w.other, D(2026, 5, 12)).id
    cancelled = meeting(uow, w.nosam, D(2026, 5, 19)).id
    first = item(uow, nosam, "Gemensam rutin för SIP").id
    second = item(uow, nosam, "Trygg hemgång").id
    tema_item = item(uow, tema, "Väntetider BUP").id
    other_item = item(uow, other, "Brukarråd").id
    ids = {
        "sprida": add(uow, first, "Sprida rutinen", p["Bertil Berg"], w.falkenberg, D(2026, 5, 1)),
        "utbilda": add(uow, second, "Utbilda personalen", p["Bertil Berg"], None, D(2026, 6, 1)),  # due today
        "statistik": add(uow, tema_item, "Ta fram statistik", None, w.region, D(2026, 4, 30)),
        "klar": add(uow, first, "Skicka ut minnesanteckningar", p["Anna Andersson"], w.region, D(2026, 3, 20),
                    DONE, D(2026, 3, 18)),
        "brukare": add(uow, other_item, "Bjuda in brukarrådet", p["Hans Ek"], None, None),
        "pagar": add(uow, tema_item, "Kartlägga remissflöden", p["Gun Holm"], w.falkenberg, D(2026, 5, 20),
                     ActionStatus.IN_PROGRESS),
        "avbruten": add(uow, second, "Ny lokal", None, w.varberg, D(2026, 4, 1), ActionStatus.CANCELLED),
    }
    add(uow, item(uow, cancelled, "Inställt").id, "Syns inte", None, w.region, D(2026, 5, 1))
    meetings.cancel_meeting(uow, cancelled, "Sjukdom")
    return ids, nosam, tema, first


def ids_of(rows: list[ActionRow], ids: dict[str, int]) -> list[str]:
    names = {v: k for k, v in ids.items()}
    return [names[r.id] for r in rows]


def test_all_actions_overdue_first_then_by_due_date(uow, meeting_world, actions) -> None:
    ids, nosam, _tema, first = actions
    rows = list_actions(uow, ActionFilter(), TODAY)
    # Overdue (open or in progress, due before today) first; due today is not yet overdue; no due date last.
    assert ids_of(rows, ids) == ["statistik", "sprida", "pagar", "klar", "avbruten", "utbilda", "brukare"]
    assert [r.overdue for r in rows] == [True, True, True, False, False, False, False]
    sprida = rows[1]
    assert sprida == ActionRow(
        id=ids["sprida"], item_id=first, meeting_id=nosam, group_id=meeting_world.nosam,
        group_name="NOSAM Falkenberg", meeting_on=D(2026, 3, 10), paragraph=1, item_title="Gemensam rutin för SIP",
        what="Sprida rutinen", person_id=meeting_world.people["Bertil Berg"], person_name="Bertil Berg",
        organisation_id=meeting_world.falkenberg, organisation_name="Falkenbergs kommun", due_on=D(2026, 5, 1),
        status=OPEN, done_on=None, overdue=True)
    assert "Syns inte" not in [r.what for r in rows]  # the cancelled meeting's action never came into being


def test_filters(uow, meeting_world, actions) -> None:
    ids, *_ = actions
    w, p = meeting_world, meeting_world.people

    def names(**criteria) -> set[str]:
        return set(ids_of(list_actions(uow, ActionFilter(**criteria), TODAY), ids))

    assert names(group_id=w.nosam) == {"sprida", "utbilda", "klar", "avbruten", "statistik", "pagar"}  # + temagrupp
    assert names(group_id=w.nosam, include_subgroups=False) == {"sprida", "utbilda", "klar", "avbruten"}
    assert names(group_id=w.tema) == {"statistik", "pagar"}
    assert names(person_id=p["Bertil Berg"]) == {"sprida", "utbilda"}
    # The organisation's own actions, and those given only to a person it employs (Bertil: Falkenberg).
    assert names(organisation_id=w.falkenberg) == {"sprida", "utbilda", "pagar"}
    assert names(organisation_id=w.region) == {"statistik", "klar"}
    assert names(status=ActionStatus.IN_PROGRESS) == {"pagar"}
    assert names(status=DONE) == {"klar"}
    assert names(open_only=True) == {"sprida", "utbilda", "statistik", "brukare", "pagar"}
    assert names(overdue_only=True) == {"sprida", "statistik", "pagar"}
    assert names(overdue_only=True, organisation_id=w.falkenberg, group_id=w.nosam) == {"sprida", "pagar"}


def test_overdue_across_the_new_year(uow, meeting_world) -> None:
    m = meeting(uow, meeting_world.nosam, D(2026, 12, 8)).id
    action = add(uow, item(uow, m, "Årsskifte").id, "Före nyår", None, meeting_world.region, D(2026, 12, 31))
    assert [r.overdue for r in list_actions(uow, ActionFilter(), D(2026, 12, 31))] == [False]
    assert [r.overdue for r in list_actions(uow, ActionFilter(), D(2027, 1, 1))] == [True]
    assert [r.id for r in list_actions(uow, ActionFilter(overdue_only=True), D(2027, 1, 1))] == [action]


def test_mark_done_on_approved_minutes_is_allowed_and_audited(uow, approved: Held, audit_trail) -> None:
    assert minutes_state(uow, approved.meeting).status is MinutesStatus.APPROVED
    [before] = list_actions(uow, ActionFilter(overdue_only=True), D(2026, 10, 2))
    assert before.id == approved.action

    row = mark_action_done(uow, approved.action, D(2026, 10, 5))
    assert (row.status, row.done_on, row.overdue) == (DONE, D(2026, 10, 5), False)
    assert list_actions(uow, ActionFilter(overdue_only=True), D(2026, 10, 6)) == []
    assert audit_trail("åtgärd")[-1][:3] == ("åtgärd", approved.action, "ändrad")
    # Status is follow-up: the approval still holds and the content hash still matches.
    assert minutes_state(uow, approved.meeting).status is MinutesStatus.APPROVED
    assert verify_all(uow) == []

    reopened = set_action_status(uow, approved.action, ActionStatus.OPEN, D(2026, 10, 5), D(2026, 10, 6))
    assert (reopened.status, reopened.done_on, reopened.overdue) == (OPEN, None, True)  # no day without "klar"


def test_mark_done_refused_for_a_missing_action(uow, held) -> None:
    with pytest.raises(NotFoundError):
        mark_action_done(uow, 99999, D(2026, 10, 5))


def test_list_actions_runs_a_constant_number_of_statements(uow, engine, meeting_world) -> None:
    """No N+1: the number of statements does not grow with the number of actions, meetings or groups."""
    w, p = meeting_world, meeting_world.people
    statements: list[str] = []

    def record(conn, cursor, statement, *rest) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)

    def add_round(day: date) -> None:
        for group in (w.nosam, w.tema, w.other):
            m = meeting(uow, group, day).id
            for n in range(3):
                add(uow, item(uow, m, f"Punkt {n}").id, f"Åtgärd {n}", p["Bertil Berg"], w.falkenberg, day)

    def statements_for_list(criteria: ActionFilter) -> tuple[int, int]:
        statements.clear()
        rows = list_actions(uow, criteria, TODAY)
        return len(statements), len(rows)

    add_round(D(2026, 2, 3))
    small = [statements_for_list(ActionFilter()), statements_for_list(ActionFilter(group_id=w.nosam))]
    for month in (3, 4, 5):
        add_round(D(2026, month, 3))
    large = [statements_for_list(ActionFilter()), statements_for_list(ActionFilter(group_id=w.nosam))]
    assert [rows for _, rows in small] == [9, 6] and [rows for _, rows in large] == [36, 24]
    event.remove(engine, "before_cursor_execute", record)
    # One select for the list; the group filter adds one to find the subgroups. Nothing per row.
    assert [n for n, _ in small] == [n for n, _ in large] == [1, 2]


# -- anchoring -----------------------------------------------------------------------------------
def test_anchoring_rows_per_party(uow, held: Held) -> None:
    w = held.world
    rows = anchoring_for(uow)
    # Parties represented in the NOSAM on the meeting day: Region Halland and Falkenberg (Varberg's seat ended).
    assert [(r.organisation_name, r.status) for r in rows] == [
        ("Falkenbergs kommun", AnchoringStatus.NOT_STARTED), ("Region Halland", AnchoringStatus.NOT_STARTED)]
    falkenberg = rows[0]
    assert (falkenberg.item_id, falkenberg.meeting_id, falkenberg.group_id, falkenberg.group_name) == (
        held.decision, held.meeting, w.nosam, "NOSAM Falkenberg")
    assert (falkenberg.meeting_on, falkenberg.paragraph, falkenberg.item_title, falkenberg.decision_text) == (
        TUESDAY, 2, "Gemensam rutin för SIP", "att anta rutinen\natt följa upp i december")
    assert (falkenberg.organisation_id, falkenberg.on_date, falkenberg.note) == (w.falkenberg, None, None)
    assert [r.organisation_id for r in anchoring_for(uow, w.falkenberg)] == [w.falkenberg]
    assert anchoring_for(uow, w.varberg) == []
    assert anchoring_for(uow, group_id=w.tema) == []


def test_set_anchoring_validates_and_leaves_the_pending_list(uow, held: Held, audit_trail) -> None:
    w = held.world
    [row] = anchoring_for(uow, w.falkenberg)
    with pytest.raises(ValidationError) as error:
        set_anchoring(uow, row.id, AnchoringStatus.ANCHORED, None, None)
    assert error.value.field == "on_date" and "förankrades" in error.value.message
    with pytest.raises(ValidationError, match="genomfördes"):
        set_anchoring(uow, row.id, AnchoringStatus.IMPLEMENTED, None, None)
    with pytest.raises(ValidationError, match="före mötet"):
        set_anchoring(uow, row.id, AnchoringStatus.ANCHORED, D(2026, 9, 14), None)

    anchored = set_anchoring(uow, row.id, AnchoringStatus.ANCHORED, D(2026, 10, 1), "  Socialnämnden 1 okt  ")
    assert (anchored.status, anchored.on_date, anchored.note) == (
        AnchoringStatus.ANCHORED, D(2026, 10, 1), "Socialnämnden 1 okt")
    assert anchoring_for(uow, w.falkenberg) == [anchored]  # anchored, not yet implemented: still pending
    set_anchoring(uow, row.id, AnchoringStatus.IMPLEMENTED, D(2026, 11, 2), anchored.note)
    assert anchoring_for(uow, w.falkenberg) == []
    assert [r.status for r in anchoring_for(uow, w.falkenberg, pending_only=False)] == [AnchoringStatus.IMPLEMENTED]

    # Ej påbörjad has no day: one given is dropped. Ej aktuell may have one, or none.
    assert set_anchoring(uow, row.id, AnchoringStatus.NOT_STARTED, D(2026, 11, 2), None).on_date is None
    assert set_anchoring(uow, row.id, AnchoringStatus.NOT_APPLICABLE, None, "Gäller inte oss").on_date is None
    unchanged = len(audit_trail("förankring"))
    set_anchoring(uow, row.id, AnchoringStatus.NOT_APPLICABLE, None, "Gäller inte oss")
    assert len(audit_trail("förankring")) == unchanged == 4  # no event for a save that changes nothing
    assert {e[1] for e in audit_trail("förankring")} == {row.id}
    with pytest.raises(NotFoundError):
        set_anchoring(uow, 99999, AnchoringStatus.NOT_STARTED, None, None)


def test_anchoring_after_approval_is_allowed(uow, approved: Held) -> None:
    [row] = anchoring_for(uow, approved.world.region)
    set_anchoring(uow, row.id, AnchoringStatus.IMPLEMENTED, D(2026, 10, 20), None)
    assert minutes_state(uow, approved.meeting).status is MinutesStatus.APPROVED
    assert verify_all(uow) == []  # anchoring is not part of the approved content


def test_decisions_of_a_meeting_not_yet_held_are_not_listed(uow, meeting_world) -> None:
    m = meeting(uow, meeting_world.nosam, D(2026, 11, 10), start=time(9, 0), end=time(11, 0)).id
    decision = item(uow, m, "Budget", ItemKind.DECISION).id
    minutes.save_text(uow, decision, None, "att anta budgeten")
    minutes.set_outcome(uow, decision, OutcomeData(Outcome.DECIDED))
    assert anchoring_for(uow) == []
    meetings.mark_held(uow, m)
    assert {r.organisation_id for r in anchoring_for(uow)} == {meeting_world.region, meeting_world.falkenberg}


# -- long lists a page at a time: ids in the list's order, rows for a slice --------------------
@pytest.fixture
def same_day(uow, meeting_world):
    """Two groups meet on one day: the NOSAM at 09:00 (§ 1–3) and its temagrupp at 13:00 (§ 1). Every item is a
    consensus decision with an action due the same day, so the lists' orders (by day, then §) interleave the
    meetings: what ordering by the meeting's start would get wrong."""
    w, p = meeting_world, meeting_world.people
    day = D(2026, 3, 10)
    early = meeting(uow, w.nosam, day, start=time(9, 0), end=time(11, 0)).id
    late = meeting(uow, w.tema, day).id
    for m, titles in ((early, ("Rutin", "Budget", "Lokaler")), (late, ("Väntetider",))):
        for title in titles:
            decision = item(uow, m, title, ItemKind.DECISION).id
            minutes.save_text(uow, decision, None, f"att anta {title.lower()}")
            minutes.set_outcome(uow, decision, OutcomeData(Outcome.DECIDED))
            add(uow, decision, f"Följa upp {title.lower()}", p["Bertil Berg"], w.falkenberg, D(2026, 4, 1))
        meetings.mark_held(uow, m)
    return early, late


def test_anchoring_in_order_and_by_page_is_the_list(uow, meeting_world, same_day) -> None:
    w = meeting_world
    early, late = same_day
    rows = anchoring_for(uow, w.falkenberg)
    assert [(r.meeting_id, r.paragraph) for r in rows] == [(early, 1), (late, 1), (early, 2), (early, 3)]
    for criteria in ((None, True, None), (w.falkenberg, True, None), (None, False, w.tema), (w.varberg, True, None)):
        order = anchoring_order(uow, *criteria)
        assert anchoring_rows(uow, order) == anchoring_for(uow, *criteria)
        assert [r for start in range(0, len(order), 3) for r in anchoring_rows(uow, order[start:start + 3])] == \
            anchoring_for(uow, *criteria)
    order = anchoring_order(uow)
    assert anchoring_rows(uow, order[::-1]) == anchoring_for(uow)[::-1]  # the order asked for, not the table's
    assert anchoring_rows(uow, [order[0], 99999, -1, 2**70]) == anchoring_for(uow)[:1]  # gone or impossible: left out


def test_actions_in_order_and_by_page_are_the_list(uow, meeting_world, same_day) -> None:
    w = meeting_world
    early, late = same_day
    rows = list_actions(uow, ActionFilter(), TODAY)
    assert [(r.meeting_id, r.paragraph) for r in rows] == [(early, 1), (late, 1), (early, 2), (early, 3)]
    for criteria in (ActionFilter(), ActionFilter(group_id=w.tema), ActionFilter(overdue_only=True),
                     ActionFilter(status=DONE), ActionFilter(organisation_id=w.falkenberg)):
        for today in (D(2026, 3, 31), TODAY):
            order = action_order(uow, criteria, today)
            listed = list_actions(uow, criteria, today)
            assert action_rows(uow, order.ids, today) == listed
            assert order.overdue == sum(r.overdue for r in listed)
    assert action_order(uow, ActionFilter(), TODAY).overdue == 4
    assert action_order(uow, ActionFilter(), D(2026, 4, 1)).overdue == 0  # due today is not yet overdue
    assert action_rows(uow, [99999, rows[2].id, 2**70], TODAY) == [rows[2]]


def test_the_order_of_a_long_list_reads_no_rows_and_a_page_reads_only_its_own(uow, engine, meeting_world,
                                                                               same_day) -> None:
    statements: list[str] = []

    def record(conn, cursor, statement, *rest) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        order = action_order(uow, ActionFilter(), TODAY)
        assert len(statements) == 1 and "what" not in statements[0]  # ids and sort keys only, not the texts
        statements.clear()
        assert len(action_rows(uow, order.ids[:2], TODAY)) == 2
        assert len(statements) == 1
        statements.clear()
        assert len(anchoring_rows(uow, anchoring_order(uow)[:2])) == 2
        assert len(statements) == 3  # the parties' names (for their order), the order, one page
    finally:
        event.remove(engine, "before_cursor_execute", record)

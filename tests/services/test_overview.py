"""Uppföljning: every kind of finding found when due and absent when not, with a fixed "today" (year boundaries
included), each pointing at where it is fixed; and the årshjul."""

from __future__ import annotations

import hashlib
from datetime import date, time

import pytest
from held_minutes import TUESDAY, Held
from meeting_fixtures import item, meeting

from samverkan_desktop.domain.documents import WrittenFile
from samverkan_desktop.domain.enums import AnchoringStatus, GroupKind, ItemKind, MeetingKind, Outcome, Recurrence, Role
from samverkan_desktop.domain.errors import NotFoundError, ValidationError
from samverkan_desktop.services import meetings, minutes, publication
from samverkan_desktop.services.cases import put_on_agenda
from samverkan_desktop.services.dto import GroupData, MandateData, MembershipData, ReportingDutyData
from samverkan_desktop.services.follow_up import anchoring_for, mark_action_done, set_anchoring
from samverkan_desktop.services.groups import create_group
from samverkan_desktop.services.mandates import reporting_duties, save_mandate
from samverkan_desktop.services.meeting_dto import MeetingData, OutcomeData
from samverkan_desktop.services.memberships import end_membership, list_memberships, save_membership
from samverkan_desktop.services.overview import (
    FindingKind,
    FollowUpTarget,
    OverviewFinding,
    Severity,
    TargetKind,
    WheelEntry,
    overview,
    year_wheel,
)
from samverkan_desktop.services.reporting import mark_report_done, reporting_deadlines

D = date
NOSAM = "NOSAM Falkenberg"
K = FindingKind
BASE = MandateData(meetings_min=4, meetings_max=6, substitutes_allowed=False)
ANNUAL = ReportingDutyData("Årsrapport", Recurrence.YEARLY, 2, 15, "LGS")
QUARTERLY = ReportingDutyData("Kvartalsrapport brister i samverkan", Recurrence.QUARTERLY, 1, 15)


def mandate(uow, group_id: int, **changes) -> None:
    save_mandate(uow, group_id, MandateData(**{**BASE.__dict__, **changes}), new_version=False)


def of_kind(findings: list[OverviewFinding], *kinds: FindingKind) -> list[OverviewFinding]:
    return [f for f in findings if f.kind in kinds]


def texts(findings: list[OverviewFinding], kind: FindingKind) -> list[str]:
    return [f.text for f in of_kind(findings, kind)]


def chair_of(uow, group_id: int):
    return next(m for m in list_memberships(uow, group_id) if m.role is Role.CHAIR)


# -- meetings against the mandate's min–max ------------------------------------------------------
def test_meeting_count_against_the_mandate_counted_in_stockholm_time(uow, meeting_world) -> None:
    w = meeting_world
    for day in (D(2026, 2, 10), D(2026, 5, 12), D(2026, 9, 8)):
        meeting(uow, w.nosam, day)
    meetings.mark_held(uow, meeting(uow, w.nosam, D(2025, 11, 11)).id)  # another year
    meetings.cancel_meeting(uow, meeting(uow, w.nosam, D(2026, 10, 13)).id, "Få anmälda")  # not counted
    # 00:30 on New Year's Day in Stockholm is still 2026 in UTC (23:30): it belongs to 2027.
    meeting(uow, w.nosam, D(2027, 1, 1), start=time(0, 30), end=time(1, 30))
    found = overview(uow, 2026, D(2026, 6, 1))
    assert of_kind(found, K.MEETINGS_COUNT) == [OverviewFinding(
        w.nosam, NOSAM, K.MEETINGS_COUNT, Severity.WARNING, "3 av minst 4 möten hållna eller planerade 2026",
        FollowUpTarget(TargetKind.GROUP, w.nosam))]  # the temagrupp and Referensgruppen have no mandate

    # 23:30 on New Year's Eve in Stockholm is 2026 (22:30 UTC): the fourth meeting of the year.
    late = meeting(uow, w.nosam, D(2026, 12, 31), start=time(23, 30), end=time(23, 59))
    assert late.starts_at.year == 2026
    assert of_kind(overview(uow, 2026, D(2026, 6, 1)), K.MEETINGS_COUNT) == []
    assert texts(overview(uow, 2027, D(2026, 6, 1)), K.MEETINGS_COUNT) == [
        "1 av minst 4 möten hållna eller planerade 2027"]

    for day in (D(2026, 3, 10), D(2026, 4, 14), D(2026, 11, 10)):
        meeting(uow, w.nosam, day)
    assert texts(overview(uow, 2026, D(2026, 6, 1)), K.MEETINGS_COUNT) == [
        "7 möten hållna eller planerade 2026, men uppdragshandlingen säger högst 6"]


# -- minutes: late approval, not published -------------------------------------------------------
def test_late_approval_after_the_mandates_days(uow, held: Held) -> None:
    w = held.world
    mandate(uow, w.nosam, approval_days=14)
    assert of_kind(overview(uow, 2026, D(2026, 9, 29)), K.LATE_APPROVAL) == []  # 14 days: still in time
    [late] = of_kind(overview(uow, 2026, D(2026, 9, 30)), K.LATE_APPROVAL)
    assert late == OverviewFinding(
        w.nosam, NOSAM, K.LATE_APPROVAL, Severity.WARNING,
        "Anteckningarna från 2026-09-15 har väntat 15 dagar på godkännande; uppdragshandlingen ger ordföranden "
        "14 dagar", FollowUpTarget(TargetKind.MEETING, held.meeting), TUESDAY)
    # Seen after the new year, the 2026 meeting is still late in 2027's overview; not in 2025's.
    assert len(of_kind(overview(uow, 2027, D(2027, 1, 10)), K.LATE_APPROVAL)) == 1
    assert of_kind(overview(uow, 2025, D(2027, 1, 10)), K.LATE_APPROVAL) == []


class FakeRender:
    def __init__(self, folder) -> None:
        self.folder = folder

    def __call__(self, document, template):
        path = self.folder / "anteckningar.docx"
        path.write_bytes(b"docx")
        return [WrittenFile("docx", path, hashlib.sha256(b"docx").hexdigest())]


def test_approved_minutes_not_yet_published(uow, approved: Held, tmp_path) -> None:
    w = approved.world
    mandate(uow, w.nosam, approval_days=14)
    found = overview(uow, 2026, D(2026, 10, 20))
    assert of_kind(found, K.LATE_APPROVAL) == []  # approved: no longer waiting
    assert of_kind(found, K.UNPUBLISHED) == [OverviewFinding(
        w.nosam, NOSAM, K.UNPUBLISHED, Severity.INFO, "De godkända anteckningarna från 2026-09-15 är inte publicerade",
        FollowUpTarget(TargetKind.MEETING, approved.meeting), TUESDAY)]
    assert of_kind(overview(uow, 2025, D(2026, 10, 20)), K.UNPUBLISHED) == []
    publication.publish(uow, approved.meeting, FakeRender(tmp_path))
    assert of_kind(overview(uow, 2026, D(2026, 10, 20)), K.UNPUBLISHED) == []


def test_draft_minutes_are_neither_late_without_a_limit_nor_unpublished(uow, held: Held) -> None:
    found = overview(uow, 2026, D(2026, 12, 1))  # the world's mandate gives no approval days
    assert of_kind(found, K.LATE_APPROVAL, K.UNPUBLISHED) == []


# -- the chair's term ---------------------------------------------------------------------------
def test_chair_term_ending_across_the_new_year_and_the_rotation(uow, meeting_world) -> None:
    w = meeting_world
    chair = chair_of(uow, w.nosam)  # Anna Andersson, Region Halland, open-ended
    mandate(uow, w.nosam, chair_term_months=18, chair_rotates=True)
    # Chair since 2024-01-01 with an 18-month term: it ran out on 2025-06-30 and nobody has been appointed.
    [expired] = of_kind(overview(uow, 2026, D(2026, 12, 1)), K.CHAIR_TERM_ENDING)
    assert (expired.severity, expired.on) == (Severity.WARNING, D(2025, 6, 30))
    assert expired.text.startswith("Ordförandens mandatperiod (Anna Andersson) gick ut 2025-06-30;")
    save_membership(uow, MembershipData(chair.person_id, w.nosam, Role.CHAIR, w.region, D(2025, 7, 16)), chair.id)

    # 18 months from 2025-07-16 ends 2027-01-15: 45 days after 2026-12-01, 91 after 2026-10-16.
    assert of_kind(overview(uow, 2026, D(2026, 10, 16)), K.CHAIR_TERM_ENDING) == []
    [ending] = of_kind(overview(uow, 2026, D(2026, 12, 1)), K.CHAIR_TERM_ENDING)
    assert ending == OverviewFinding(
        w.nosam, NOSAM, K.CHAIR_TERM_ENDING, Severity.INFO,
        "Ordförandens mandatperiod (Anna Andersson) slutar 2027-01-15; enligt rotationen ska nästa ordförande "
        "komma från kommunsidan", FollowUpTarget(TargetKind.MEMBERSHIP, chair.id), D(2027, 1, 15))
    assert len(of_kind(overview(uow, 2026, D(2026, 10, 17)), K.CHAIR_TERM_ENDING)) == 1  # 90 days: in view
    [passed] = of_kind(overview(uow, 2027, D(2027, 1, 20)), K.CHAIR_TERM_ENDING)
    assert passed.severity is Severity.WARNING and "gick ut 2027-01-15" in passed.text

    mandate(uow, w.nosam, chair_term_months=18, chair_rotates=False)
    assert texts(overview(uow, 2026, D(2026, 12, 1)), K.CHAIR_TERM_ENDING) == [
        "Ordförandens mandatperiod (Anna Andersson) slutar 2027-01-15; utse nästa ordförande"]

    # Once the next chair is appointed there is nothing left to prepare.
    end_membership(uow, chair.id, D(2027, 1, 15))
    save_membership(uow, MembershipData(w.people["Bertil Berg"], w.nosam, Role.CHAIR, w.falkenberg, D(2027, 1, 16)))
    assert of_kind(overview(uow, 2026, D(2026, 12, 1)), K.CHAIR_TERM_ENDING) == []


def test_chair_term_from_the_membership_end_alone(uow, meeting_world) -> None:
    w = meeting_world
    chair = chair_of(uow, w.tema)  # Bertil Berg, Falkenberg; the temagrupp has no mandate
    assert of_kind(overview(uow, 2026, D(2026, 12, 1)), K.CHAIR_TERM_ENDING) == []
    end_membership(uow, chair.id, D(2027, 2, 28))
    found = of_kind(overview(uow, 2026, D(2026, 12, 1)), K.CHAIR_TERM_ENDING)
    assert [(f.group_id, f.target, f.on) for f in found] == [
        (w.tema, FollowUpTarget(TargetKind.MEMBERSHIP, chair.id), D(2027, 2, 28))]


# -- reporting duties ---------------------------------------------------------------------------
def test_reporting_deadlines_due_and_overdue_across_the_new_year(uow, meeting_world, audit_trail) -> None:
    w = meeting_world
    mandate(uow, w.nosam, reporting_duties=(ANNUAL, QUARTERLY))
    duties = {d.name: d.id for d in reporting_duties(uow, w.nosam)}
    annual, quarterly = duties["Årsrapport"], duties["Kvartalsrapport brister i samverkan"]
    assert [d.due_on for d in reporting_deadlines(uow, 2026, w.nosam) if d.duty_id == quarterly] == [
        D(2026, 1, 15), D(2026, 4, 15), D(2026, 7, 15), D(2026, 10, 15)]
    for duty, day in ((annual, D(2026, 2, 15)), (quarterly, D(2026, 1, 15)), (quarterly, D(2026, 4, 15)),
                      (quarterly, D(2026, 7, 15))):
        mark_report_done(uow, duty, day, day)

    def reporting(year: int, today: date) -> list[tuple[FindingKind, Severity, str, FollowUpTarget, date]]:
        return [(f.kind, f.severity, f.text, f.target, f.on)
                for f in of_kind(overview(uow, year, today), K.REPORTING_DUE, K.REPORTING_OVERDUE)]

    q_target, a_target = FollowUpTarget(TargetKind.REPORTING, quarterly), FollowUpTarget(TargetKind.REPORTING, annual)
    assert reporting(2026, D(2026, 9, 14)) == []  # the next one is 31 days away
    assert reporting(2026, D(2026, 9, 15)) == [(K.REPORTING_DUE, Severity.INFO,
                                                "Kvartalsrapport brister i samverkan ska lämnas senast 2026-10-15",
                                                q_target, D(2026, 10, 15))]
    # In late December the January report of the new year is already in view; October's is overdue.
    assert reporting(2026, D(2026, 12, 20)) == [
        (K.REPORTING_OVERDUE, Severity.WARNING, "Kvartalsrapport brister i samverkan skulle ha lämnats senast "
         "2026-10-15", q_target, D(2026, 10, 15)),
        (K.REPORTING_DUE, Severity.INFO, "Kvartalsrapport brister i samverkan ska lämnas senast 2027-01-15",
         q_target, D(2027, 1, 15)),
    ]
    # After the new year: 2026's view keeps October's; 2027's has January's overdue and the årsrapport coming.
    assert [(k, on) for k, _, _, _, on in reporting(2026, D(2027, 1, 20))] == [(K.REPORTING_OVERDUE, D(2026, 10, 15))]
    assert [(k, t, on) for k, _, _, t, on in reporting(2027, D(2027, 1, 20))] == [
        (K.REPORTING_OVERDUE, q_target, D(2027, 1, 15)), (K.REPORTING_DUE, a_target, D(2027, 2, 15))]
    assert texts(overview(uow, 2027, D(2027, 1, 20)), K.REPORTING_DUE) == ["Årsrapport ska lämnas till LGS senast "
                                                                           "2027-02-15"]

    mark_report_done(uow, quarterly, D(2026, 10, 15), D(2026, 12, 21))
    assert [k for k, *_ in reporting(2026, D(2026, 12, 21))] == [K.REPORTING_DUE]
    undone = mark_report_done(uow, quarterly, D(2026, 10, 15), None)
    assert undone.done_on is None and undone.overdue(D(2026, 12, 21))
    assert [e[2] for e in audit_trail("rapport")] == ["lämnad"] * 5 + ["ångrad"]
    with pytest.raises(ValidationError, match="ska inte lämnas 2026-10-16"):
        mark_report_done(uow, quarterly, D(2026, 10, 16), D(2026, 10, 16))
    with pytest.raises(NotFoundError):
        mark_report_done(uow, 99999, D(2026, 10, 15), None)


def test_no_reports_owed_before_the_group_was_active(uow, meeting_world) -> None:
    group = create_group(uow, GroupData("Arbetsgrupp hemgång", GroupKind.WORKING_GROUP, active_from=D(2026, 6, 1)))
    mandate(uow, group.id, meetings_min=None, meetings_max=None, reporting_duties=(QUARTERLY,))
    found = of_kind(overview(uow, 2026, D(2026, 12, 1), group.id), K.REPORTING_OVERDUE)
    assert [f.on for f in found] == [D(2026, 7, 15), D(2026, 10, 15)]  # not January's or April's


# -- actions, anchoring, waiting cases ----------------------------------------------------------
def test_overdue_actions(uow, held: Held) -> None:
    w = held.world  # the action is due 2026-10-01
    assert of_kind(overview(uow, 2026, D(2026, 10, 1)), K.OVERDUE_ACTIONS) == []
    assert of_kind(overview(uow, 2026, D(2026, 10, 2)), K.OVERDUE_ACTIONS) == [OverviewFinding(
        w.nosam, NOSAM, K.OVERDUE_ACTIONS, Severity.WARNING,
        "1 åtgärd är försenad: ”Sprida rutinen i verksamheterna” skulle vara klar 2026-10-01",
        FollowUpTarget(TargetKind.ACTIONS, w.nosam), D(2026, 10, 1))]
    assert len(of_kind(overview(uow, 2027, D(2027, 1, 5)), K.OVERDUE_ACTIONS)) == 1  # carried into the new year
    assert of_kind(overview(uow, 2025, D(2026, 10, 2)), K.OVERDUE_ACTIONS) == []
    mark_action_done(uow, held.action, D(2026, 10, 5))
    assert of_kind(overview(uow, 2026, D(2026, 10, 6)), K.OVERDUE_ACTIONS) == []


def test_pending_anchoring(uow, held: Held) -> None:
    w = held.world
    target = FollowUpTarget(TargetKind.ANCHORING, w.nosam)
    [finding] = of_kind(overview(uow, 2026, D(2026, 10, 1)), K.PENDING_ANCHORING)
    assert (finding.group_id, finding.severity, finding.target, finding.on) == (w.nosam, Severity.INFO, target,
                                                                               TUESDAY)
    assert finding.text == "1 beslut väntar på förankring eller genomförande hos parterna (2 ej påbörjade)"
    falkenberg, region = anchoring_for(uow)
    set_anchoring(uow, falkenberg.id, AnchoringStatus.ANCHORED, D(2026, 10, 1), None)
    set_anchoring(uow, region.id, AnchoringStatus.IMPLEMENTED, D(2026, 10, 1), None)
    assert texts(overview(uow, 2026, D(2026, 10, 2)), K.PENDING_ANCHORING) == [
        "1 beslut väntar på förankring eller genomförande hos parterna (1 förankrade men inte genomförda)"]
    set_anchoring(uow, falkenberg.id, AnchoringStatus.NOT_APPLICABLE, None, "Gäller inte kommunen")
    assert of_kind(overview(uow, 2026, D(2026, 10, 2)), K.PENDING_ANCHORING) == []


def test_pending_anchoring_is_counted_per_group_by_the_year_in_stockholm(uow, held: Held) -> None:
    """Counted by the database: decisions (not rows: one a party), not started and anchored, the oldest day."""
    w = held.world
    # 00:30 on New Year's Day in Stockholm is still 2026 in UTC (23:30): its decisions are 2027's.
    new_year = meeting(uow, w.nosam, D(2027, 1, 1), start=time(0, 30), end=time(1, 30)).id
    for title in ("Budget", "Lokaler"):
        decision = item(uow, new_year, title, ItemKind.DECISION).id
        minutes.save_text(uow, decision, None, f"att anta {title.lower()}")
        minutes.set_outcome(uow, decision, OutcomeData(Outcome.DECIDED))
    meetings.mark_held(uow, new_year)
    assert texts(overview(uow, 2026, D(2027, 1, 2)), K.PENDING_ANCHORING) == [
        "1 beslut väntar på förankring eller genomförande hos parterna (2 ej påbörjade)"]
    set_anchoring(uow, anchoring_for(uow)[0].id, AnchoringStatus.ANCHORED, D(2027, 1, 1), None)
    [finding] = of_kind(overview(uow, 2027, D(2027, 1, 2)), K.PENDING_ANCHORING)
    assert finding.text == ("3 beslut väntar på förankring eller genomförande hos parterna "
                            "(5 ej påbörjade, 1 förankrade men inte genomförda)")
    assert (finding.on, finding.group_name) == (TUESDAY, NOSAM)
    assert of_kind(overview(uow, 2027, D(2027, 1, 2), w.tema), K.PENDING_ANCHORING) == []


def test_case_waiting_longer_than_two_meetings(uow, held: Held) -> None:
    """Referred back to the temagrupp on 2026-09-15; flagged once it has held a third meeting without it."""
    w = held.world
    for day in (D(2026, 10, 6), D(2026, 11, 3)):
        meetings.mark_held(uow, meeting(uow, w.tema, day).id)
    assert of_kind(overview(uow, 2026, D(2026, 12, 20)), K.WAITING_CASES) == []
    third = meeting(uow, w.tema, D(2027, 1, 12)).id
    meetings.mark_held(uow, third)
    assert of_kind(overview(uow, 2026, D(2027, 1, 11)), K.WAITING_CASES) == []  # held on a later day: not yet
    expected = OverviewFinding(
        w.tema, "Temagrupp psykisk hälsa", K.WAITING_CASES, Severity.WARNING,
        "Ärendet ”Samordnad vårdplanering” har väntat i Att planera sedan 2026-09-15; 3 möten har hållits sedan "
        "dess", FollowUpTarget(TargetKind.CASE, held.case), TUESDAY)
    assert of_kind(overview(uow, 2026, D(2027, 1, 20)), K.WAITING_CASES) == [expected]
    assert of_kind(overview(uow, 2027, D(2027, 1, 20), w.tema), K.WAITING_CASES) == [expected]
    assert of_kind(overview(uow, 2027, D(2027, 1, 20), w.nosam), K.WAITING_CASES) == []
    # Put on the next agenda, it no longer waits.
    put_on_agenda(uow, held.case, meeting(uow, w.tema, D(2027, 2, 9)).id)
    assert of_kind(overview(uow, 2027, D(2027, 1, 20)), K.WAITING_CASES) == []


# -- the whole overview -------------------------------------------------------------------------
def test_sorted_by_group_in_swedish_order_then_severity(uow, held: Held) -> None:
    w = held.world
    for name in ("Älvgruppen", "Ånge samverkan"):  # Swedish: Å before Ä (code points say the opposite)
        group = create_group(uow, GroupData(name, GroupKind.WORKING_GROUP))
        mandate(uow, group.id)
    found = overview(uow, 2026, D(2026, 10, 2))
    order = list(dict.fromkeys(f.group_name for f in found))
    assert order == [NOSAM, "Ånge samverkan", "Älvgruppen"]
    nosam = [f for f in found if f.group_id == w.nosam]
    assert [(f.severity, f.kind) for f in nosam] == [
        (Severity.WARNING, K.MEETINGS_COUNT), (Severity.WARNING, K.OVERDUE_ACTIONS),
        (Severity.INFO, K.PENDING_ANCHORING)]
    assert {f.group_id for f in overview(uow, 2026, D(2026, 10, 2), w.nosam)} == {w.nosam}
    with pytest.raises(NotFoundError):
        overview(uow, 2026, D(2026, 10, 2), 99999)


# -- årshjulet ----------------------------------------------------------------------------------
def test_year_wheel(uow, meeting_world) -> None:
    w = meeting_world
    mandate(uow, w.nosam, reporting_duties=(ANNUAL, QUARTERLY))
    quarterly = next(d.id for d in reporting_duties(uow, w.nosam) if d.recurrence is Recurrence.QUARTERLY)
    held = meeting(uow, w.nosam, D(2026, 3, 10))
    meetings.mark_held(uow, held.id)
    extra = meetings.create_meeting(uow, MeetingData(w.tema, D(2026, 12, 31), time(23, 30), time(23, 59),
                                                     kind=MeetingKind.EXTRA)).value
    meetings.cancel_meeting(uow, meeting(uow, w.nosam, D(2026, 5, 5)).id, "Få anmälda")
    meeting(uow, w.nosam, D(2027, 1, 1), start=time(0, 30), end=time(1, 30))  # next year in Stockholm
    mark_report_done(uow, quarterly, D(2026, 4, 15), D(2026, 4, 10))

    wheel = year_wheel(uow, 2026)
    assert [(e.on, e.kind, e.label, e.done) for e in wheel] == [
        (D(2026, 1, 15), "rapport", "Kvartalsrapport brister i samverkan", False),
        (D(2026, 2, 15), "rapport", "Årsrapport till LGS", False),
        (D(2026, 3, 10), "möte", "Möte 13:00", True),
        (D(2026, 4, 15), "rapport", "Kvartalsrapport brister i samverkan", True),
        (D(2026, 7, 15), "rapport", "Kvartalsrapport brister i samverkan", False),
        (D(2026, 10, 15), "rapport", "Kvartalsrapport brister i samverkan", False),
        (D(2026, 12, 31), "möte", "Extra möte 23:30", False),
    ]
    assert wheel[2] == WheelEntry(3, D(2026, 3, 10), w.nosam, NOSAM, "möte", "Möte 13:00", held.id, True)
    assert (wheel[3].month, wheel[3].duty_id, wheel[3].meeting_id) == (4, quarterly, None)
    assert (wheel[-1].month, wheel[-1].group_id, wheel[-1].meeting_id) == (12, w.tema, extra.id)
    assert [e.on for e in year_wheel(uow, 2026, w.tema)] == [D(2026, 12, 31)]
    assert [(e.on, e.kind) for e in year_wheel(uow, 2027, w.nosam)][:2] == [
        (D(2027, 1, 1), "möte"), (D(2027, 1, 15), "rapport")]


def test_nothing_found_in_a_quiet_group(uow, meeting_world) -> None:
    w = meeting_world
    for day in (D(2026, 2, 10), D(2026, 5, 12), D(2026, 9, 8), D(2026, 11, 10)):
        m = meeting(uow, w.nosam, day).id
        decision = item(uow, m, "Beslut", ItemKind.DECISION).id
        minutes.save_text(uow, decision, None, "att göra det")
        minutes.set_outcome(uow, decision, OutcomeData(Outcome.DECIDED))
    assert overview(uow, 2026, D(2026, 1, 10)) == []  # decisions of meetings not held yet are not pending


def test_the_overdue_finding_and_the_actions_list_share_one_definition(uow, held: Held) -> None:
    """Issue 18 point 6: the overview's count and the Åtgärder list disagreed (sub-groups, the year)."""
    from samverkan_desktop.services.follow_up import action_order, overdue_filter

    w = held.world
    for year, today in ((2026, D(2026, 10, 2)), (2027, D(2027, 1, 5)), (2025, D(2026, 10, 2))):
        counted = {f.group_id: int(f.text.split(" ")[0]) for f in of_kind(overview(uow, year, today),
                                                                           K.OVERDUE_ACTIONS)}
        listed = action_order(uow, overdue_filter(w.nosam, year), today)
        assert counted.get(w.nosam, 0) == len(listed.ids) == listed.overdue


def test_year_wheel_entries_carry_the_groups_short_name(uow, meeting_world) -> None:
    """A wheel cell is a twelfth of the screen wide: it names the group by its short name where there is one."""
    lgs = create_group(uow, GroupData("Ledningsgrupp för samverkan", GroupKind.MANAGEMENT_GROUP, "LGS"))
    meeting(uow, lgs.id, D(2026, 3, 10))
    meeting(uow, meeting_world.nosam, D(2026, 3, 17))
    assert [(e.group_name, e.group_short) for e in year_wheel(uow, 2026) if e.kind == "möte"] == [
        ("Ledningsgrupp för samverkan", "LGS"), (NOSAM, None)]

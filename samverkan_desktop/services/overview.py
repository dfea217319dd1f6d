"""Uppföljning: what a group's secretary has to see to for a chosen year, each finding pointing at the place where
it is fixed, and the årshjul (the year's meetings and reporting deadlines).

Two kinds of finding, two time rules:
- The year's own: meetings held and planned against the mandate's min–max (counted by the calendar year in
  Stockholm time), and the year's reporting deadlines (plus, while the year is still running, those due in the
  next few weeks of the new one: the quarterly report for Q4 falls in January).
- What is still open today: late approval, unpublished minutes, overdue actions, pending anchoring and
  cases waiting to be planned. These come from meetings of the chosen year or earlier, so an earlier year's
  leftovers stay in view after the new year; the chair's term is judged from today alone.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import distinct, func, select

from ..db.models import AgendaItem, Anchoring, Case, Group, Mandate, Meeting, Membership, Organisation, Person
from ..domain.calendar import STOCKHOLM, check_year
from ..domain.codes import OverviewKind
from ..domain.enums import AnchoringStatus, MeetingKind, MeetingStatus, MinutesStatus, OrganisationKind, Role
from ..domain.messages import msg
from ..domain.rules import chair_term_end, next_chair_kind, swedish_sort_key
from . import UnitOfWork
from ._common import get_or_raise
from .approval import late_approvals
from .cases import WAITING
from .follow_up import PENDING_ANCHORING, list_actions, overdue_filter
from .meetings import local_year_bounds
from .reporting import deadlines_between

#: A chair's term ending within this many days is worth preparing for (nomination, rotation).
CHAIR_NOTICE_DAYS = 90
#: A report due within this many days is shown as coming up.
REPORT_NOTICE_DAYS = 30
#: Approved minutes read at a time: a region has tens of thousands waiting, and each becomes one finding.
UNPUBLISHED_BATCH = 2000
#: A case in "Att planera" is flagged once more meetings than this have been held without it.
WAITING_MEETINGS = 2


class FindingKind(StrEnum):
    MEETINGS_COUNT = "meetings_count"
    LATE_APPROVAL = "late_approval"
    UNPUBLISHED = "unpublished"
    CHAIR_TERM_ENDING = "chair_term_ending"
    REPORTING_DUE = "reporting_due"
    REPORTING_OVERDUE = "reporting_overdue"
    OVERDUE_ACTIONS = "overdue_actions"
    PENDING_ANCHORING = "pending_anchoring"
    WAITING_CASES = "waiting_cases"


class Severity(StrEnum):
    WARNING = "varning"
    INFO = "info"


class TargetKind(StrEnum):
    """Where a finding is fixed. The id is of: meeting, group, mandate, membership, the group (actions and
    anchoring lists filtered by group), case, and the reporting duty (with the finding's ``on`` as due date)."""

    MEETING = "meeting"
    GROUP = "group"
    MANDATE = "mandate"
    MEMBERSHIP = "membership"
    ACTIONS = "actions"
    ANCHORING = "anchoring"
    CASE = "case"
    REPORTING = "reporting"


@dataclass(frozen=True, slots=True)
class FollowUpTarget:
    kind: TargetKind
    id: int | None


@dataclass(frozen=True, slots=True)
class OverviewFinding:
    group_id: int
    group_name: str
    kind: FindingKind
    severity: Severity
    text: str
    target: FollowUpTarget
    on: date | None = None  # the day it is about: meeting, deadline, term end, oldest due date …


@dataclass(frozen=True)
class WheelEntry:
    month: int
    on: date
    group_id: int
    group_name: str
    kind: OverviewKind
    label: str
    meeting_id: int | None
    done: bool
    duty_id: int | None = None  # for a report: mark it submitted with reporting.mark_report_done(duty_id, on, …)
    group_short: str | None = None  # the group's short name (LGS), for a cell a twelfth of the screen wide


_KIND_ORDER = {kind: index for index, kind in enumerate(FindingKind)}
_ACTIVE = (MeetingStatus.PLANNED, MeetingStatus.CALLED, MeetingStatus.HELD)


def _local_day(moment) -> date:
    return moment.astimezone(STOCKHOLM).date()


def overview(uow: UnitOfWork, year: int, today: date, group_id: int | None = None) -> list[OverviewFinding]:
    """Every finding for ``year`` as of ``today``, by group (Swedish order), warnings first."""
    check_year(year)
    check_year(today.year, field="today")  # deadlines are looked for some weeks past today
    with uow:
        session = uow.session
        if group_id is not None:
            groups = {group_id: get_or_raise(session, Group, group_id, "services.gone.group")}
        else:
            groups = {g.id: g for g in session.scalars(select(Group))}
        mandates: dict[int, Mandate] = {}
        query = select(Mandate).order_by(Mandate.version)
        if group_id is not None:
            query = query.where(Mandate.group_id == group_id)
        for mandate in session.scalars(query):
            mandates[mandate.group_id] = mandate  # the highest version wins
        names = {ident: g.name for ident, g in groups.items()}
        findings = [
            *_meeting_counts(session, year, groups, mandates),
            *_late_approvals(uow, year, today, group_id, names),
            *_unpublished(session, year, group_id, names),
            *_chairs(session, today, names, mandates),
            *_reporting(session, year, today, group_id),
            *_overdue_actions(uow, year, today, group_id),
            *_pending_anchoring(uow, year, group_id),
            *_waiting_cases(session, year, today, names),
        ]
    sort_names = {name: swedish_sort_key(name) for name in {f.group_name for f in findings}}  # one per group
    return sorted(findings, key=lambda f: (sort_names[f.group_name], f.group_id,
                                           f.severity is not Severity.WARNING, _KIND_ORDER[f.kind],
                                           f.on or date.min, f.text))


def _meeting_counts(session, year: int, groups: dict[int, Group], mandates: dict[int, Mandate]):
    start, end = local_year_bounds(year)
    counts = dict(session.execute(
        select(Meeting.group_id, func.count()).where(Meeting.status.in_(_ACTIVE), Meeting.starts_at >= start,
                                                     Meeting.starts_at < end).group_by(Meeting.group_id)).all())
    first, last = date(year, 1, 1), date(year, 12, 31)
    for ident, group in groups.items():
        mandate = mandates.get(ident)
        if mandate is None or (group.active_from and group.active_from > last) or (
                group.active_to and group.active_to < first):
            continue
        count = counts.get(ident, 0)
        if mandate.meetings_min is not None and count < mandate.meetings_min:
            text = msg("overview.meetings_below", count=count, minimum=mandate.meetings_min, year=year)
        elif mandate.meetings_max is not None and count > mandate.meetings_max:
            text = msg("overview.meetings_above", count=count, year=year, maximum=mandate.meetings_max)
        else:
            continue
        yield OverviewFinding(ident, group.name, FindingKind.MEETINGS_COUNT, Severity.WARNING, text,
                              FollowUpTarget(TargetKind.GROUP, ident))


def _late_approvals(uow, year: int, today: date, group_id: int | None, names: dict[int, str]):
    for late in late_approvals(uow, today, group_id):
        day = date.fromisoformat(late.meeting_on)
        if day.year > year or late.group_id not in names:
            continue
        yield OverviewFinding(
            late.group_id, late.group_name, FindingKind.LATE_APPROVAL, Severity.WARNING,
            msg("overview.late_approval", day=late.meeting_on, days=late.days_waiting, allowed=late.allowed_days),
            FollowUpTarget(TargetKind.MEETING, late.meeting_id), day)


def _unpublished(session, year: int, group_id: int | None, names: dict[int, str]):
    # What publication.awaiting_publication finds, as plain columns: a region has tens of thousands of approved
    # minutes, and whole meetings (with their item counts) would all be held in the session at once. The group's
    # name is the one string of ``names``, not a copy per finding.
    query = (select(Meeting.id, Meeting.group_id, Meeting.starts_at)
             .where(Meeting.minutes_status == MinutesStatus.APPROVED, Meeting.starts_at < local_year_bounds(year)[1])
             .order_by(Meeting.starts_at, Meeting.id))
    if group_id is not None:
        query = query.where(Meeting.group_id == group_id)
    for ident, group, starts in session.execute(query.execution_options(yield_per=UNPUBLISHED_BATCH)):
        day = _local_day(starts)
        yield OverviewFinding(group, names[group], FindingKind.UNPUBLISHED, Severity.INFO,
                              msg("overview.unpublished", day=day.isoformat()),
                              FollowUpTarget(TargetKind.MEETING, ident), day)


def _chairs(session, today: date, names: dict[int, str], mandates: dict[int, Mandate]):
    rows = session.execute(
        select(Membership, Person.name, Organisation.kind).join(Person, Membership.person_id == Person.id)
        .outerjoin(Organisation, Membership.represents_id == Organisation.id)
        .where(Membership.role == Role.CHAIR, Membership.group_id.in_(list(names))))
    chairs: dict[int, list[tuple[Membership, str, OrganisationKind | None]]] = defaultdict(list)
    for membership, person, kind in rows:
        chairs[membership.group_id].append((membership, person, kind))
    for ident, seats in chairs.items():
        current = next(((m, p, k) for m, p, k in seats if (m.valid_from is None or m.valid_from <= today)
                        and (m.valid_to is None or today <= m.valid_to)), None)
        if current is None:
            continue
        chair, person, kind = current
        mandate = mandates.get(ident)
        end = chair_term_end(chair.valid_from, chair.valid_to, mandate.chair_term_months if mandate else None)
        if end is None or (end - today).days > CHAIR_NOTICE_DAYS:
            continue
        if any(m.id != chair.id and m.valid_from is not None and m.valid_from > today for m, _, _ in seats):
            continue  # the next chair is already appointed
        text = msg("overview.chair_term_ended" if end < today else "overview.chair_term_ends", person=person,
                   day=end.isoformat())
        following = next_chair_kind(kind, chair_rotates=bool(mandate and mandate.chair_rotates))
        if following is OrganisationKind.KOMMUN:
            text += msg("overview.next_chair_kommun")
        elif following is OrganisationKind.REGION:
            text += msg("overview.next_chair_region")
        else:
            text += msg("overview.next_chair_any")
        yield OverviewFinding(ident, names[ident], FindingKind.CHAIR_TERM_ENDING,
                              Severity.WARNING if end < today else Severity.INFO, text,
                              FollowUpTarget(TargetKind.MEMBERSHIP, chair.id), end)


def _reporting(session, year: int, today: date, group_id: int | None):
    last = date(year, 12, 31)
    if today <= last:  # while the year runs, the first weeks of the next one are in view too
        last = max(last, today + timedelta(days=REPORT_NOTICE_DAYS))
    for deadline in deadlines_between(session, date(year, 1, 1), last, group_id):
        if deadline.done_on is not None:
            continue
        to = msg("overview.report_to", recipient=deadline.recipient) if deadline.recipient else ""
        if deadline.due_on < today:
            kind, severity = FindingKind.REPORTING_OVERDUE, Severity.WARNING
            text = msg("overview.report_overdue", name=deadline.name, to=to, day=deadline.due_on.isoformat())
        elif (deadline.due_on - today).days <= REPORT_NOTICE_DAYS:
            kind, severity = FindingKind.REPORTING_DUE, Severity.INFO
            text = msg("overview.report_due", name=deadline.name, to=to, day=deadline.due_on.isoformat())
        else:
            continue
        yield OverviewFinding(deadline.group_id, deadline.group_name, kind, severity, text,
                              FollowUpTarget(TargetKind.REPORTING, deadline.duty_id), deadline.due_on)


def _overdue_actions(uow, year: int, today: date, group_id: int | None):
    by_group = defaultdict(list)
    for row in list_actions(uow, overdue_filter(group_id, year), today):  # one definition with the Åtgärder list
        by_group[row.group_id].append(row)
    for ident, rows in by_group.items():
        oldest = min(rows, key=lambda r: r.due_on or date.max)
        assert oldest.due_on is not None  # overdue: it has a due date
        if len(rows) == 1:
            text = msg("overview.one_action_overdue", what=oldest.what, day=oldest.due_on.isoformat())
        else:
            text = msg("overview.actions_overdue", count=len(rows), day=oldest.due_on.isoformat())
        yield OverviewFinding(ident, oldest.group_name, FindingKind.OVERDUE_ACTIONS, Severity.WARNING, text,
                              FollowUpTarget(TargetKind.ACTIONS, ident), oldest.due_on)


def _pending_anchoring(uow, year: int, group_id: int | None):
    # Counted by the database, per group: what follow_up.anchoring_for lists (held meetings, pending), which in a
    # region is tens of thousands of rows that only the counts of are shown here.
    query = (
        select(Meeting.group_id, Group.name, func.count(distinct(Anchoring.agenda_item_id)), func.count(),
               func.count().filter(Anchoring.status == AnchoringStatus.NOT_STARTED), func.min(Meeting.starts_at))
        .select_from(Anchoring)
        .join(AgendaItem, Anchoring.agenda_item_id == AgendaItem.id)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .join(Group, Meeting.group_id == Group.id)
        .join(Organisation, Anchoring.organisation_id == Organisation.id)
        .where(Meeting.status == MeetingStatus.HELD, Anchoring.status.in_(PENDING_ANCHORING),
               Meeting.starts_at < local_year_bounds(year)[1])
        .group_by(Meeting.group_id, Group.name)
    )
    if group_id is not None:
        query = query.where(Meeting.group_id == group_id)
    for ident, name, decisions, pending, not_started, first in uow.session.execute(query):
        anchored = pending - not_started
        parts = [msg("overview.anchoring_not_started", count=not_started)] if not_started else []
        parts += [msg("overview.anchoring_not_done", count=anchored)] if anchored else []
        text = msg("overview.anchoring_pending", decisions=decisions, parts=", ".join(parts))
        yield OverviewFinding(ident, name, FindingKind.PENDING_ANCHORING, Severity.INFO, text,
                              FollowUpTarget(TargetKind.ANCHORING, ident), _local_day(first))


def _waiting_cases(session, year: int, today: date, names: dict[int, str]):
    cases = list(session.scalars(select(Case).where(Case.status.in_(WAITING), Case.group_id.in_(list(names)))))
    if not cases:
        return
    # Since when each case waits: the latest meeting that handled it (referred back, deferred, escalated).
    since = dict(session.execute(
        select(AgendaItem.case_id, func.max(Meeting.starts_at)).join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .where(AgendaItem.case_id.in_([c.id for c in cases]), Meeting.status != MeetingStatus.CANCELLED)
        .group_by(AgendaItem.case_id)).all())
    held: dict[int, list] = defaultdict(list)
    for ident, starts in session.execute(
            select(Meeting.group_id, Meeting.starts_at).where(
                Meeting.status == MeetingStatus.HELD, Meeting.group_id.in_(sorted({c.group_id for c in cases})))
            .order_by(Meeting.starts_at)):
        if _local_day(starts) <= today:
            held[ident].append(starts)
    for case in cases:
        waiting_since = since.get(case.id) or case.created_at
        day = _local_day(waiting_since)
        meetings = held[case.group_id]
        passed = len(meetings) - bisect_right(meetings, waiting_since)
        if day.year > year or passed <= WAITING_MEETINGS:
            continue
        yield OverviewFinding(
            case.group_id, names[case.group_id], FindingKind.WAITING_CASES, Severity.WARNING,
            msg("overview.waiting_case", title=case.title, day=day.isoformat(), passed=passed),
            FollowUpTarget(TargetKind.CASE, case.id), day)


def year_wheel(uow: UnitOfWork, year: int, group_id: int | None = None) -> list[WheelEntry]:
    """Årshjulet: the year's meetings (not cancelled) and reporting deadlines, by date."""
    start, end = local_year_bounds(year)
    with uow:
        session = uow.session
        query = (select(Meeting.id, Meeting.group_id, Group.name, Meeting.starts_at, Meeting.kind, Meeting.status)
                 .join(Group, Meeting.group_id == Group.id)
                 .where(Meeting.status.in_(_ACTIVE), Meeting.starts_at >= start, Meeting.starts_at < end))
        if group_id is not None:
            query = query.where(Meeting.group_id == group_id)
        entries = []
        for ident, group, name, starts, kind, status in session.execute(query):
            local = starts.astimezone(STOCKHOLM)
            label = msg("overview.wheel_extra_meeting" if kind is MeetingKind.EXTRA else "overview.wheel_meeting",
                        time=f"{local:%H:%M}")
            entries.append(WheelEntry(local.month, local.date(), group, name, OverviewKind.MEETING, label, ident,
                                      status is MeetingStatus.HELD))
        for deadline in deadlines_between(session, date(year, 1, 1), date(year, 12, 31), group_id):
            to = msg("overview.report_to", recipient=deadline.recipient) if deadline.recipient else ""
            entries.append(WheelEntry(deadline.due_on.month, deadline.due_on, deadline.group_id, deadline.group_name,
                                      OverviewKind.REPORT, f"{deadline.name}{to}", None, deadline.done_on is not None,
                                      deadline.duty_id))
        shorts: dict[int, str | None] = {ident: short for ident, short in session.execute(
            select(Group.id, Group.short_name).where(Group.id.in_(sorted({e.group_id for e in entries})),
                                                     Group.short_name.is_not(None))).all()}
    entries = [replace(e, group_short=shorts.get(e.group_id)) for e in entries]
    return sorted(entries, key=lambda e: (e.on, e.kind is not OverviewKind.MEETING, swedish_sort_key(e.group_name),
                                          e.label))

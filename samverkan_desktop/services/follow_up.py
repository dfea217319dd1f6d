"""Follow-up of what the meetings decided: action items across groups (Åtgärder) and each party's anchoring
and implementation of consensus decisions (Förankring).

Both are follow-up, not minutes: the approval's content covers what an action is and who does it, but not its
status, and not the anchoring at all (see approval.minutes_content), so both may change after approval.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, select

from ..db.models import ActionItem, AgendaItem, Anchoring, Group, Meeting, Organisation, Person
from ..domain.calendar import STOCKHOLM
from ..domain.codes import AuditAction, AuditEntity
from ..domain.enums import ActionStatus, AnchoringStatus, MeetingStatus
from ..domain.errors import NotFoundError, ValidationError
from ..domain.messages import msg
from ..domain.rules import optional_text, swedish_sort_key
from . import UnitOfWork
from ._common import ID_MAX, ID_MIN, PRELOAD_CHUNK, audit, get_or_raise
from .meeting_dto import ActionData
from .meetings import local_year_bounds
from .minutes import update_action

#: Statuses of an action that still has to be done.
OPEN_ACTION = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
#: Anchoring that is not finished: not yet anchored, or anchored but not yet implemented.
PENDING_ANCHORING = (AnchoringStatus.NOT_STARTED, AnchoringStatus.ANCHORED)
#: Statuses that say something happened on a day, which must then be given.
DATED_ANCHORING = (AnchoringStatus.ANCHORED, AnchoringStatus.IMPLEMENTED)
ACTION_NOT_FOUND = "services.gone.action"
#: Rows read at a time when only the order of a long list is worked out (action_order, anchoring_order).
ORDER_BATCH = 2000


# -- action items ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ActionFilter:
    """Which actions the list shows. ``organisation_id`` matches the responsible organisation, or, for an action
    given to a person only, the person's employer: either way it is that party's to do."""

    group_id: int | None = None
    include_subgroups: bool = True
    person_id: int | None = None
    organisation_id: int | None = None
    status: ActionStatus | None = None
    overdue_only: bool = False
    open_only: bool = False  # open or in progress
    until_year: int | None = None  # actions of meetings in this year or earlier (Stockholm time)


def overdue_filter(group_id: int | None, year: int | None = None) -> ActionFilter:
    """The overdue actions of one group (not its sub-groups), from meetings of ``year`` or earlier: what the
    overview counts as "N åtgärder är försenade" and what the Åtgärder list shows when the finding is followed."""
    return ActionFilter(group_id, include_subgroups=False, overdue_only=True, open_only=True, until_year=year)


@dataclass(frozen=True)
class ActionRow:
    id: int
    item_id: int
    meeting_id: int
    group_id: int
    group_name: str
    meeting_on: date
    paragraph: int | None
    item_title: str
    what: str
    person_id: int | None
    person_name: str | None
    organisation_id: int | None
    organisation_name: str | None
    due_on: date | None
    status: ActionStatus
    done_on: date | None
    overdue: bool


def is_overdue(status: ActionStatus, due_on: date | None, today: date) -> bool:
    """Overdue: due before today and not done (nor cancelled). Due today is not yet overdue."""
    return status in OPEN_ACTION and due_on is not None and due_on < today


def _action_joins(query: Select) -> Select:
    """``query`` over the action with its item, meeting, group, person and organisation."""
    return (
        query.select_from(ActionItem)
        .join(AgendaItem, ActionItem.agenda_item_id == AgendaItem.id)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .join(Group, Meeting.group_id == Group.id)
        .outerjoin(Person, ActionItem.responsible_person_id == Person.id)
        .outerjoin(Organisation, ActionItem.responsible_organisation_id == Organisation.id)
        # An action of a cancelled meeting never came into being.
        .where(Meeting.status != MeetingStatus.CANCELLED)
    )


def _action_query() -> Select:
    """One statement for the whole list: the action with its item, meeting, group, person and organisation."""
    return _action_joins(
        select(ActionItem.id, ActionItem.agenda_item_id, AgendaItem.meeting_id, Meeting.group_id, Group.name,
               Meeting.starts_at, AgendaItem.paragraph, AgendaItem.title, ActionItem.what,
               ActionItem.responsible_person_id, Person.name, ActionItem.responsible_organisation_id,
               Organisation.name, ActionItem.due_on, ActionItem.status, ActionItem.done_on))


def _action_sort_key(overdue: bool, due_on: date | None, meeting_on: date, paragraph: int | None,
                     ident: int) -> tuple:
    """Overdue first, then by due date (none last), meeting and §."""
    return not overdue, due_on is None, due_on or date.max, meeting_on, paragraph or 0, ident


def _local_day(days: dict[datetime, date], starts_at: datetime) -> date:
    """The meeting's day in Stockholm, remembered in ``days``: many rows of a long list share a meeting."""
    day = days.get(starts_at)
    if day is None:
        day = days[starts_at] = starts_at.astimezone(STOCKHOLM).date()
    return day


def _action_row(row, today: date) -> ActionRow:
    (ident, item_id, meeting_id, group_id, group_name, starts_at, paragraph, title, what, person_id, person_name,
     organisation_id, organisation_name, due_on, status, done_on) = row
    return ActionRow(ident, item_id, meeting_id, group_id, group_name, starts_at.astimezone(STOCKHOLM).date(),
                     paragraph, title, what, person_id, person_name, organisation_id, organisation_name, due_on,
                     status, done_on, is_overdue(status, due_on, today))


def with_subgroups(session, group_id: int) -> set[int]:
    """The group and every group that reports to it, at any depth (one query, walked in Python)."""
    children: dict[int | None, list[int]] = {}
    for ident, parent in session.execute(select(Group.id, Group.parent_id)):
        children.setdefault(parent, []).append(ident)
    found, waiting = set(), [group_id]
    while waiting:
        current = waiting.pop()
        if current not in found:
            found.add(current)
            waiting.extend(children.get(current, ()))
    return found


def _filtered_actions(session, query: Select, filter: ActionFilter, today: date) -> Select:
    if filter.group_id is not None:
        groups = with_subgroups(session, filter.group_id) if filter.include_subgroups else {filter.group_id}
        query = query.where(Meeting.group_id.in_(groups))
    if filter.person_id is not None:
        query = query.where(ActionItem.responsible_person_id == filter.person_id)
    if filter.organisation_id is not None:
        query = query.where(
            (ActionItem.responsible_organisation_id == filter.organisation_id)
            | (ActionItem.responsible_organisation_id.is_(None) & (Person.employer_id == filter.organisation_id)))
    if filter.status is not None:
        query = query.where(ActionItem.status == filter.status)
    if filter.open_only or filter.overdue_only:
        query = query.where(ActionItem.status.in_(OPEN_ACTION))
    if filter.overdue_only:
        query = query.where(ActionItem.due_on < today)
    if filter.until_year is not None:
        query = query.where(Meeting.starts_at < local_year_bounds(filter.until_year)[1])
    return query


def list_actions(uow: UnitOfWork, filter: ActionFilter, today: date) -> list[ActionRow]:
    """Actions across groups, overdue first, then by due date (none last), meeting and §."""
    with uow:
        query = _filtered_actions(uow.session, _action_query(), filter, today)
        rows = [_action_row(r, today) for r in uow.session.execute(query)]
    return sorted(rows, key=lambda r: _action_sort_key(r.overdue, r.due_on, r.meeting_on, r.paragraph, r.id))


@dataclass(frozen=True)
class ActionOrder:
    """What list_actions lists, as ids in its order: the list's length, and the key to load it a page at a time
    (action_rows), without holding tens of thousands of rows."""

    ids: tuple[int, ...]
    overdue: int  # how many of them are overdue


def action_order(uow: UnitOfWork, filter: ActionFilter, today: date) -> ActionOrder:
    """The ids of ``list_actions(uow, filter, today)``, in the same order, and how many are overdue."""
    with uow:
        columns = select(ActionItem.id, ActionItem.status, ActionItem.due_on, Meeting.starts_at, AgendaItem.paragraph)
        query = _filtered_actions(uow.session, _action_joins(columns), filter, today)
        days: dict[datetime, date] = {}
        keys = []
        for ident, status, due_on, starts_at, paragraph in uow.session.execute(
                query.execution_options(yield_per=ORDER_BATCH)):
            keys.append(_action_sort_key(is_overdue(status, due_on, today), due_on, _local_day(days, starts_at),
                                         paragraph, ident))
    keys.sort()
    return ActionOrder(tuple(key[-1] for key in keys), sum(not key[0] for key in keys))


def _usable_ids(ids: Sequence[int]) -> list[int]:
    return [ident for ident in ids if ID_MIN <= ident <= ID_MAX]  # beyond a column's range: cannot exist


def action_rows(uow: UnitOfWork, ids: Sequence[int], today: date) -> list[ActionRow]:
    """The actions ``ids`` name (a page of an ActionOrder), in that order; any since removed are left out."""
    wanted = _usable_ids(ids)
    found: dict[int, ActionRow] = {}
    with uow:
        for start in range(0, len(wanted), PRELOAD_CHUNK):
            query = _action_query().where(ActionItem.id.in_(wanted[start:start + PRELOAD_CHUNK]))
            found.update((row.id, row) for row in (_action_row(r, today) for r in uow.session.execute(query)))
    return [found[ident] for ident in wanted if ident in found]


def _one_action(uow: UnitOfWork, action_id: int, today: date) -> ActionRow:
    with uow:
        row = uow.session.execute(_action_query().where(ActionItem.id == action_id)).one_or_none()
        if row is None:
            raise NotFoundError(msg(ACTION_NOT_FOUND))
        return _action_row(row, today)


def set_action_status(uow: UnitOfWork, action_id: int, status: ActionStatus, done_on: date | None,
                      today: date) -> ActionRow:
    """Change only the follow-up of an action (status, done on): allowed on approved and published minutes too.
    Goes through minutes.update_action, which holds that rule and writes the audit event."""
    with uow:
        action = get_or_raise(uow.session, ActionItem, action_id, ACTION_NOT_FOUND)
        if status is not ActionStatus.DONE:
            done_on = None  # "klar" is the only status with a day
        update_action(uow, action_id, ActionData(
            what=action.what, responsible_person_id=action.responsible_person_id,
            responsible_organisation_id=action.responsible_organisation_id, due_on=action.due_on,
            status=status, done_on=done_on))
        uow.commit()
    return _one_action(uow, action_id, today)


def mark_action_done(uow: UnitOfWork, action_id: int, on: date) -> ActionRow:
    """Klar ``on``: from the list of actions, also when the minutes are approved or published."""
    return set_action_status(uow, action_id, ActionStatus.DONE, on, on)


# -- anchoring ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class AnchoringRow:
    id: int
    item_id: int
    meeting_id: int
    group_id: int
    group_name: str
    meeting_on: date
    paragraph: int | None
    item_title: str
    decision_text: str | None
    organisation_id: int
    organisation_name: str
    status: AnchoringStatus
    on_date: date | None
    note: str | None


def _anchoring_joins(query: Select) -> Select:
    return (
        query.select_from(Anchoring)
        .join(AgendaItem, Anchoring.agenda_item_id == AgendaItem.id)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .join(Group, Meeting.group_id == Group.id)
        .join(Organisation, Anchoring.organisation_id == Organisation.id)
    )


def _anchoring_query() -> Select:
    return _anchoring_joins(
        select(Anchoring.id, Anchoring.agenda_item_id, AgendaItem.meeting_id, Meeting.group_id, Group.name,
               Meeting.starts_at, AgendaItem.paragraph, AgendaItem.title, AgendaItem.decision_text,
               Anchoring.organisation_id, Organisation.name, Anchoring.status, Anchoring.on_date, Anchoring.note))


def _anchoring_row(row) -> AnchoringRow:
    values = list(row)  # in the order of the dataclass's fields; only the meeting's moment becomes its day
    values[5] = values[5].astimezone(STOCKHOLM).date()
    return AnchoringRow(*values)


def _filtered_anchoring(query: Select, organisation_id: int | None, pending_only: bool,
                        group_id: int | None) -> Select:
    # Held meetings only: an outcome written on a meeting not yet held is not a decision yet.
    query = query.where(Meeting.status == MeetingStatus.HELD)
    if organisation_id is not None:
        query = query.where(Anchoring.organisation_id == organisation_id)
    if group_id is not None:
        query = query.where(Meeting.group_id == group_id)
    if pending_only:
        query = query.where(Anchoring.status.in_(PENDING_ANCHORING))
    return query


def _anchoring_sort_key(party: str, meeting_on: date, paragraph: int | None, ident: int) -> tuple:
    """By party (Swedish order of the name: ``party`` is its swedish_sort_key), then oldest decision first."""
    return party, meeting_on, paragraph or 0, ident


def anchoring_for(uow: UnitOfWork, organisation_id: int | None = None, pending_only: bool = True,
                  group_id: int | None = None) -> list[AnchoringRow]:
    """The decisions of held meetings a party is to anchor and implement (every party's, if none is given),
    by party and then oldest decision first. ``pending_only``: not yet genomförd or ej aktuell."""
    with uow:
        query = _filtered_anchoring(_anchoring_query(), organisation_id, pending_only, group_id)
        rows = [_anchoring_row(r) for r in uow.session.execute(query)]
    return sorted(rows, key=lambda r: _anchoring_sort_key(swedish_sort_key(r.organisation_name), r.meeting_on,
                                                          r.paragraph, r.id))


def anchoring_order(uow: UnitOfWork, organisation_id: int | None = None, pending_only: bool = True,
                    group_id: int | None = None) -> tuple[int, ...]:
    """The ids of what ``anchoring_for`` lists, in the same order: the list's length, and the key to load it a
    page at a time (anchoring_rows). A region's pending anchoring is tens of thousands of rows."""
    with uow:
        session = uow.session
        parties = {ident: swedish_sort_key(name) for ident, name in session.execute(
            select(Organisation.id, Organisation.name))}
        columns = select(Anchoring.id, Anchoring.organisation_id, Meeting.starts_at, AgendaItem.paragraph)
        query = _filtered_anchoring(_anchoring_joins(columns), organisation_id, pending_only, group_id)
        days: dict[datetime, date] = {}
        keys = []
        for ident, party, starts_at, paragraph in session.execute(query.execution_options(yield_per=ORDER_BATCH)):
            keys.append(_anchoring_sort_key(parties[party], _local_day(days, starts_at), paragraph, ident))
    keys.sort()
    return tuple(key[-1] for key in keys)


def anchoring_rows(uow: UnitOfWork, ids: Sequence[int]) -> list[AnchoringRow]:
    """The anchoring rows ``ids`` name (a page of anchoring_order), in that order; any since removed are left out."""
    wanted = _usable_ids(ids)
    found: dict[int, AnchoringRow] = {}
    with uow:
        for start in range(0, len(wanted), PRELOAD_CHUNK):
            query = _anchoring_query().where(Anchoring.id.in_(wanted[start:start + PRELOAD_CHUNK]))
            found.update((row.id, row) for row in (_anchoring_row(r) for r in uow.session.execute(query)))
    return [found[ident] for ident in wanted if ident in found]


def set_anchoring(uow: UnitOfWork, anchoring_id: int, status: AnchoringStatus, on_date: date | None,
                  note: str | None) -> AnchoringRow:
    """A party's anchoring of a decision. Förankrad and genomförd need the day it happened (not before the
    meeting); ej påbörjad has no day (one given is dropped); ej aktuell may have one."""
    with uow:
        row = get_or_raise(uow.session, Anchoring, anchoring_id, "services.gone.anchoring")
        meeting = row.item.meeting
        if status in DATED_ANCHORING and on_date is None:
            anchored = status is AnchoringStatus.ANCHORED
            message_id = "services.follow_up.date_anchored" if anchored else "services.follow_up.date_done"
            raise ValidationError(msg(message_id), field="on_date")
        if status is AnchoringStatus.NOT_STARTED:
            on_date = None
        meeting_on = meeting.starts_at.astimezone(STOCKHOLM).date()
        if on_date is not None and on_date < meeting_on:
            raise ValidationError(
                msg("services.follow_up.datumet_ligga_fore_motet", isoformat=meeting_on.isoformat()), field="on_date")
        note = optional_text(note)
        if (row.status, row.on_date, row.note) != (status, on_date, note):
            row.status, row.on_date, row.note = status, on_date, note
            party = uow.session.get(Organisation, row.organisation_id)
            when = f" {on_date.isoformat()}" if on_date else ""
            audit(uow, AuditEntity.ANCHORING, row.id, AuditAction.CHANGED,
                  f"{party.name if party else '?'}: {row.item.title}: {status.value}{when}", meeting.id)
            uow.commit()
        return _anchoring_row(uow.session.execute(_anchoring_query().where(Anchoring.id == row.id)).one())

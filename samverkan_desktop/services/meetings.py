"""Planning meetings: create, edit, cancel, plan a year, and the meeting's status."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import AgendaItem, Group, Mandate, Meeting, Membership
from ..domain.calendar import STOCKHOLM, check_year, day_warnings, local_datetime, meeting_year_count_warning
from ..domain.codes import AuditAction, AuditEntity
from ..domain.enums import ItemKind, MeetingStatus, MinutesStatus
from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..domain.rules import optional_text, require_text
from . import UnitOfWork, access
from ._common import ID_MAX, ID_MIN, PRELOAD_CHUNK, audit, get_or_raise, lock_meeting, preload
from .agenda import check_minutes_open
from .case_state import settle_cases_of
from .dto import SaveResult
from .meeting_dto import MeetingData, MeetingDTO
from .numbering import local_year, renumber_for_meeting

NOT_FOUND = "services.gone.meeting"
ACTIVE = (MeetingStatus.PLANNED, MeetingStatus.CALLED, MeetingStatus.HELD)


def to_dto(m: Meeting, item_count: int | None = None) -> MeetingDTO:
    return MeetingDTO(
        id=m.id, group_id=m.group_id, group_name=m.group.name, starts_at=m.starts_at, ends_at=m.ends_at,
        place=m.place, online_link=m.online_link, kind=m.kind, status=m.status, cancel_reason=m.cancel_reason,
        minutes_status=m.minutes_status, ical_uid=m.ical_uid, ical_sequence=m.ical_sequence,
        item_count=len(m.items) if item_count is None else item_count,
    )


def to_dtos(session: Session, meetings: Iterable[Meeting]) -> list[MeetingDTO]:
    """DTOs of a list of meetings with the item counts and group names in one query each, not per meeting."""
    meetings = list(meetings)
    ids = [m.id for m in meetings]
    counts: dict[int, int] = {}
    for start in range(0, len(ids), PRELOAD_CHUNK):
        chunk = ids[start:start + PRELOAD_CHUNK]
        counts.update(session.execute(select(AgendaItem.meeting_id, func.count())
                                      .where(AgendaItem.meeting_id.in_(chunk)).group_by(AgendaItem.meeting_id)).tuples().all())
    preload(session, Group, (m.group_id for m in meetings))
    return [to_dto(m, counts.get(m.id, 0)) for m in meetings]


def local_year_bounds(year: int) -> tuple[datetime, datetime]:
    check_year(year)
    start = datetime(year, 1, 1, tzinfo=STOCKHOLM).astimezone(UTC)
    end = datetime(year + 1, 1, 1, tzinfo=STOCKHOLM).astimezone(UTC)
    return start, end


def list_meetings(uow: UnitOfWork, group_id: int, year: int | None = None) -> list[MeetingDTO]:
    with uow:
        query = select(Meeting).where(Meeting.group_id == group_id).order_by(Meeting.starts_at)
        if year is not None:
            start, end = local_year_bounds(year)
            query = query.where(Meeting.starts_at >= start, Meeting.starts_at < end)
        return to_dtos(uow.session, uow.session.scalars(query))


def get_meeting(uow: UnitOfWork, meeting_id: int) -> MeetingDTO:
    with uow:
        return to_dtos(uow.session, [get_or_raise(uow.session, Meeting, meeting_id, NOT_FOUND)])[0]


def _span(data: MeetingData) -> tuple[datetime, datetime]:
    if data.day is None:
        raise ValidationError(msg("services.meetings.ange_motets_datum"), field="day")
    check_year(data.day.year, field="day")
    # Compared as the instants stored: wall-clock times with any zone dropped, moved out of the DST gap.
    starts, ends = local_datetime(data.day, data.start), local_datetime(data.day, data.end)
    if ends <= starts:
        raise ValidationError(msg("services.meetings.motet_sluta_fore_samtidigt"), field="end")
    return starts, ends


def planning_warnings(uow: UnitOfWork, data: MeetingData, meeting_id: int | None = None) -> list[str]:
    """Warnings that do not block: holiday, weekend, clashes, and the year's count against the mandate."""
    starts, ends = _span(data)
    with uow:
        return _warnings(uow, data.group_id, starts, ends, meeting_id)


def _warnings(uow: UnitOfWork, group_id: int, starts: datetime, ends: datetime,
              meeting_id: int | None) -> list[str]:
    session = uow.session
    day = starts.astimezone(STOCKHOLM).date()
    warnings = [w.message for w in day_warnings(day)]
    overlapping = select(Meeting).where(
        Meeting.starts_at < ends, Meeting.ends_at > starts, Meeting.status.in_(ACTIVE),
    )
    if meeting_id is not None:
        overlapping = overlapping.where(Meeting.id != meeting_id)
    others = list(session.scalars(overlapping))
    for other in others:
        if other.group_id == group_id:
            warnings.append(msg("services.meetings.gruppen_mote_krockar", when=_when(other)))
    members = _members_on(session, group_id, day)
    for other in others:
        if other.group_id == group_id:
            continue
        shared = sorted(members & set(_members_on(session, other.group_id, day)))
        if shared:
            names = ", ".join(name for _, name in shared[:3]) + (msg("meetings.and_others") if len(shared) > 3 else "")
            warnings.append(msg("services.meetings.krockar_gemensamma_ledamoter", group_name=other.group.name,
                                when=_when(other), names=names))
    mandate = session.scalar(
        select(Mandate).where(Mandate.group_id == group_id).order_by(Mandate.version.desc()).limit(1)
    )
    if mandate is not None:
        start, end = local_year_bounds(day.year)
        query = select(func.count()).where(Meeting.group_id == group_id, Meeting.status.in_(ACTIVE),
                                           Meeting.starts_at >= start, Meeting.starts_at < end)
        if meeting_id is not None:
            query = query.where(Meeting.id != meeting_id)
        count = (session.scalar(query) or 0) + 1
        # Below the minimum is only worth saying once the year is planned; above the maximum always.
        if mandate.meetings_max is not None and count > mandate.meetings_max:
            message = meeting_year_count_warning(count, None, mandate.meetings_max, day.year)
            if message:
                warnings.append(message)
    return warnings


def year_count_warning(uow: UnitOfWork, group_id: int, year: int) -> str | None:
    """The mandate's min–max against the meetings planned for ``year`` (not cancelled)."""
    with uow:
        mandate = uow.session.scalar(
            select(Mandate).where(Mandate.group_id == group_id).order_by(Mandate.version.desc()).limit(1)
        )
        if mandate is None:
            return None
        start, end = local_year_bounds(year)
        count = uow.session.scalar(select(func.count()).where(
            Meeting.group_id == group_id, Meeting.status.in_(ACTIVE),
            Meeting.starts_at >= start, Meeting.starts_at < end)) or 0
        return meeting_year_count_warning(count, mandate.meetings_min, mandate.meetings_max, year)


def series_count_warnings(uow: UnitOfWork, group_id: int, days: Sequence[date]) -> list[str]:
    """Before a series is saved: each year's meetings (those planned already and the series' new ones) against
    the mandate's min–max, e.g. "2027 har 8 möten, men uppdragshandlingen säger högst 6."."""
    with uow:
        mandate = uow.session.scalar(
            select(Mandate).where(Mandate.group_id == group_id).order_by(Mandate.version.desc()).limit(1)
        )
        if mandate is None:
            return []
        warnings = []
        for year in sorted({d.year for d in days}):
            start, end = local_year_bounds(year)
            count = uow.session.scalar(select(func.count()).where(
                Meeting.group_id == group_id, Meeting.status.in_(ACTIVE),
                Meeting.starts_at >= start, Meeting.starts_at < end)) or 0
            count += sum(1 for d in days if d.year == year)
            message = meeting_year_count_warning(count, mandate.meetings_min, mandate.meetings_max, year)
            if message:
                warnings.append(message)
        return warnings


def _members_on(session, group_id: int, day: date) -> set[tuple[int, str]]:
    rows = session.scalars(select(Membership).where(
        Membership.group_id == group_id,
        (Membership.valid_from.is_(None)) | (Membership.valid_from <= day),
        (Membership.valid_to.is_(None)) | (Membership.valid_to >= day),
    ))
    return {(m.person_id, m.person.name) for m in rows}


def _when(m: Meeting) -> str:
    local = m.starts_at.astimezone(STOCKHOLM)
    end = m.ends_at.astimezone(STOCKHOLM)
    return f"{local:%Y-%m-%d} {local:%H:%M}–{end:%H:%M}"


def _apply(m: Meeting, data: MeetingData, starts: datetime, ends: datetime) -> bool:
    """Set the fields; True if time or place changed (calendar invitations must be re-sent)."""
    place = optional_text(data.place)
    link = optional_text(data.online_link)
    changed = m.id is not None and (m.starts_at != starts or m.ends_at != ends or m.place != place
                                    or m.online_link != link)
    m.starts_at, m.ends_at, m.place, m.online_link, m.kind = starts, ends, place, link, data.kind
    return changed


def create_meeting(uow: UnitOfWork, data: MeetingData) -> SaveResult[MeetingDTO]:
    starts, ends = _span(data)
    with uow:
        access.require(uow, access.EDIT, data.group_id)
        group = get_or_raise(uow.session, Group, data.group_id, "services.gone.group")
        warnings = _warnings(uow, group.id, starts, ends, None)
        meeting = Meeting(group_id=group.id, status=MeetingStatus.PLANNED, minutes_status=MinutesStatus.DRAFT,
                          ical_uid=f"{uuid.uuid4()}@samverkan-desktop", ical_sequence=0)
        _apply(meeting, data, starts, ends)
        uow.session.add(meeting)
        uow.session.flush()
        uow.session.refresh(meeting, ["group", "items"])
        audit(uow, AuditEntity.MEETING, meeting.id, AuditAction.MEETING_PLANNED,
              f"{group.name} {_when(meeting)}", meeting.id)
        uow.commit()
        return SaveResult(to_dto(meeting, 0), tuple(warnings))


def _require_edit(uow: UnitOfWork, meeting_id: int) -> None:
    """On a shared database: the login is the group's secretary, said in words before the row is locked (a
    reader's lock would find no row: row-level security)."""
    if not isinstance(meeting_id, int) or not ID_MIN <= meeting_id <= ID_MAX:
        return  # lock_meeting says "not found"
    group_id = uow.session.scalar(select(Meeting.group_id).where(Meeting.id == meeting_id))
    if group_id is not None:
        access.require(uow, access.EDIT, group_id)


def update_meeting(uow: UnitOfWork, meeting_id: int, data: MeetingData) -> SaveResult[MeetingDTO]:
    starts, ends = _span(data)
    with uow:
        _require_edit(uow, meeting_id)
        meeting = lock_meeting(uow.session, meeting_id, numbering=True, message=NOT_FOUND)
        if meeting.status is MeetingStatus.CANCELLED:
            raise ValidationError(msg("services.meetings.motet_ar_installt_andras"))
        check_minutes_open(uow, meeting)
        warnings = _warnings(uow, meeting.group_id, starts, ends, meeting.id)
        before = _when(meeting)
        previous_year = local_year(meeting)
        if _apply(meeting, data, starts, ends):
            meeting.ical_sequence += 1
        renumber_for_meeting(uow.session, meeting, previous_year)
        audit(uow, AuditEntity.MEETING, meeting.id, AuditAction.MEETING_CHANGED,
              f"{before} -> {_when(meeting)}", meeting.id)
        uow.commit()
        return SaveResult(to_dto(meeting), tuple(warnings))


def plan_year(uow: UnitOfWork, group_id: int, days: Sequence[date], start: time, end: time,
              place: str | None = None, online_link: str | None = None) -> SaveResult[list[MeetingDTO]]:
    """Create a series of meetings in one transaction; warnings are collected per date."""
    if not days:
        raise ValidationError(msg("services.meetings.serien_innehaller_inga_datum"), field="count")
    created: list[MeetingDTO] = []
    warnings: list[str] = []
    with uow:
        for day in days:
            result = create_meeting(uow, MeetingData(group_id, day, start, end, place, online_link))
            created.append(result.value)
            warnings += [w if w.startswith(day.isoformat()) else f"{day.isoformat()}: {w}" for w in result.warnings]
        count_warning = year_count_warning(uow, group_id, days[0].year)
        if count_warning:
            warnings.append(count_warning)
        uow.commit()
    return SaveResult(created, tuple(dict.fromkeys(warnings)))


def cancel_meeting(uow: UnitOfWork, meeting_id: int, reason: str) -> MeetingDTO:
    text = require_text(reason, "cancel_reason", msg("services.meetings.ange_varfor_motet_stalls"))
    with uow:
        _require_edit(uow, meeting_id)
        meeting = lock_meeting(uow.session, meeting_id, numbering=True, message=NOT_FOUND)
        if meeting.status not in (MeetingStatus.PLANNED, MeetingStatus.CALLED):
            raise ValidationError(msg("services.meetings.bara_planerade_kallade_moten"))
        meeting.status = MeetingStatus.CANCELLED
        meeting.cancel_reason = text
        meeting.ical_sequence += 1
        renumber_for_meeting(uow.session, meeting)
        settle_cases_of(uow.session, {i.case_id for i in meeting.items})  # back to "Att planera"
        audit(uow, AuditEntity.MEETING, meeting.id, AuditAction.MEETING_CANCELLED, text, meeting.id)
        uow.commit()
        return to_dto(meeting)


def mark_called(uow: UnitOfWork, meeting_id: int) -> MeetingDTO:
    with uow:
        _require_edit(uow, meeting_id)
        meeting = lock_meeting(uow.session, meeting_id, message=NOT_FOUND)
        if meeting.status is not MeetingStatus.PLANNED:
            raise ValidationError(msg("services.meetings.bara_planerat_mote_kallas"))
        meeting.status = MeetingStatus.CALLED
        audit(uow, AuditEntity.MEETING, meeting.id, AuditAction.MEETING_CALLED, _when(meeting), meeting.id)
        uow.commit()
        return to_dto(meeting)


def mark_held(uow: UnitOfWork, meeting_id: int) -> MeetingDTO:
    """Planerat or kallat -> genomfört; refused while a decision item has no outcome (named)."""
    with uow:
        _require_edit(uow, meeting_id)
        meeting = lock_meeting(uow.session, meeting_id, message=NOT_FOUND)
        if meeting.status not in (MeetingStatus.PLANNED, MeetingStatus.CALLED):
            raise ValidationError(msg("services.meetings.motet_ar_genomfort_installt"))
        open_items = [i for i in meeting.items if i.kind is ItemKind.DECISION and i.outcome is None]
        if open_items:
            named = "; ".join(f"§ {i.paragraph} {i.title}" if i.paragraph else i.title for i in open_items)
            raise ValidationError(msg("services.meetings.motet_markeras_genomfort_beslutspunkter", named=named),
                                  field="outcome")
        meeting.status = MeetingStatus.HELD
        audit(uow, AuditEntity.MEETING, meeting.id, AuditAction.MEETING_HELD, _when(meeting), meeting.id)
        uow.commit()
        return to_dto(meeting)


def next_meeting_after(uow: UnitOfWork, meeting_id: int) -> MeetingDTO | None:
    with uow:
        meeting = get_or_raise(uow.session, Meeting, meeting_id, NOT_FOUND)
        following = uow.session.scalar(
            select(Meeting).where(Meeting.group_id == meeting.group_id, Meeting.starts_at > meeting.starts_at,
                                  Meeting.status.in_((MeetingStatus.PLANNED, MeetingStatus.CALLED)))
            .order_by(Meeting.starts_at).limit(1)
        )
        return to_dto(following) if following else None



"""What the meeting editor shows when it opens or reloads, read in one unit of work (the first time a draft's
attendance is filled, in three): the meeting, its agenda, the minutes' state and checksum, the chair's comments on
the items, and the planned-time warning."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, defaultload, selectinload

from ..db.models import AgendaItem, Group, Meeting, Organisation, Person
from ..domain.errors import NotFoundError, StorageError
from ..domain.messages import msg
from . import UnitOfWork, access
from ._common import ID_MAX, ID_MIN, preload
from .agenda import item_to_dto, time_warning
from .approval import MinutesState, state_of
from .meeting_dto import AgendaItemDTO, MeetingDTO
from .meetings import NOT_FOUND, to_dto
from .minutes import attendance_to_fill, fill_attendance
from .review import CommentDTO, comments

#: What item_to_dto and the checksum read of the items, loaded with them. (The items and the attendance are read
#: when first touched, in _read: cheaper than loading them with the meeting by selectinload.)
_ITEM_CONTENT = defaultload(Meeting.items).options(selectinload(AgendaItem.case), selectinload(AgendaItem.attachments),
                                                   selectinload(AgendaItem.actions))


@dataclass(frozen=True)
class MeetingView:
    meeting: MeetingDTO
    items: tuple[AgendaItemDTO, ...]  # in agenda order
    minutes: MinutesState
    comments: dict[int, list[CommentDTO]]  # the chair's comments from review receipts, per item id
    time_warning: str | None
    attendance_error: str | None  # why an empty attendance list could not be filled (a read-only database)
    #: Why this login may not change the meeting (a shared PostgreSQL database: not the group's secretary);
    #: None: it may (services/access).
    read_only_reason: str | None = None


def meeting_view(uow: UnitOfWork, meeting_id: int) -> MeetingView:
    """What meetings.get_meeting, agenda.list_items, approval.minutes_state, review.comments and
    agenda.planned_time_warning give, with the meeting, its items and its attendance read once.

    An empty attendance list of a draft is filled first, as its first reading (minutes.attendance) does: the
    checksum covers the attendance. That is a write of its own; if the database refuses it, the rest is still
    read and the reason is in ``attendance_error``."""
    with uow:
        meeting = _read(uow.session, meeting_id)
        if not attendance_to_fill(meeting) or access.read_only_reason(uow, meeting.group_id) is not None:
            return _view(uow, meeting, None)
    attendance_error = None
    try:
        fill_attendance(uow, meeting_id)
    except StorageError as error:
        attendance_error = error.message
    with uow:
        return _view(uow, _read(uow.session, meeting_id), attendance_error)


def _read(session: Session, meeting_id: int) -> Meeting:
    """The meeting and everything the view shows of it, in a fixed number of queries."""
    meeting = session.get(Meeting, meeting_id, options=[_ITEM_CONTENT]) if ID_MIN <= meeting_id <= ID_MAX else None
    if meeting is None:
        raise NotFoundError(msg(NOT_FOUND))
    actions = [a for i in meeting.items for a in i.actions]
    rows = meeting.attendance
    preload(session, Group, [meeting.group_id, *(i.target_group_id for i in meeting.items)])
    preload(session, Person, [*(a.person_id for a in rows), *(a.substitute_for_id for a in rows),
                              *(a.responsible_person_id for a in actions)])
    preload(session, Organisation, [*(a.represents_id for a in rows),
                                    *(a.responsible_organisation_id for a in actions)])
    return meeting


def _view(uow: UnitOfWork, meeting: Meeting, attendance_error: str | None) -> MeetingView:
    items = sorted(meeting.items, key=lambda i: i.position)
    planned = sum(i.planned_minutes for i in items if i.planned_minutes is not None)
    return MeetingView(to_dto(meeting, len(items)), tuple(item_to_dto(i) for i in items),
                       state_of(uow.session, meeting), comments(uow, meeting.id), time_warning(meeting, planned),
                       attendance_error, access.read_only_reason(uow, meeting.group_id))

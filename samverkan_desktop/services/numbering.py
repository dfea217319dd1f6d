"""Paragraph numbers (§): consecutive per group and calendar year, in meeting and agenda order."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..db.models import Meeting
from ..domain.calendar import STOCKHOLM
from ..domain.enums import MeetingStatus


def local_year(meeting: Meeting) -> int:
    return meeting.starts_at.astimezone(STOCKHOLM).year


def renumber_group_year(session: Session, group_id: int, year: int) -> None:
    """Give every item of the group's meetings in ``year`` its §; items of cancelled meetings get none."""
    session.flush()
    meetings = session.scalars(
        select(Meeting).where(Meeting.group_id == group_id).order_by(Meeting.starts_at, Meeting.id)
        .options(selectinload(Meeting.items))
    )
    paragraph = 0
    for meeting in meetings:
        if local_year(meeting) != year:
            continue
        for item in sorted(meeting.items, key=lambda i: i.position):
            if meeting.status is MeetingStatus.CANCELLED:
                item.paragraph = None
            else:
                paragraph += 1
                item.paragraph = paragraph


def renumber_for_meeting(session: Session, meeting: Meeting, previous_year: int | None = None) -> None:
    renumber_group_year(session, meeting.group_id, local_year(meeting))
    if previous_year is not None and previous_year != local_year(meeting):
        renumber_group_year(session, meeting.group_id, previous_year)

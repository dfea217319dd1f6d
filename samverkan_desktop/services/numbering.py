"""Paragraph numbers (§): consecutive per group and calendar year, in meeting and agenda order.

The § of a meeting that has been held are frozen: they are cited in its minutes (and their approval covers them),
so changing another meeting's agenda must not renumber them. Meetings not yet held continue after them.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..db.models import AgendaItem, Group, Meeting
from ..domain.calendar import STOCKHOLM
from ..domain.enums import MeetingStatus
from ._common import lock_row


def local_year(meeting: Meeting) -> int:
    return meeting.starts_at.astimezone(STOCKHOLM).year


def _frozen(meeting: Meeting) -> bool:
    return meeting.status is MeetingStatus.HELD and all(i.paragraph is not None for i in meeting.items)


def renumber_group_year(session: Session, group_id: int, year: int) -> None:
    """Give every item of the group's meetings in ``year`` its §; items of cancelled meetings get none.

    The database holds one § per group and year (the unique index uq_agenda_item_paragraph over the item's
    ``paragraph_group_id``, ``paragraph_year`` and ``paragraph``, set here beside the §). The group's row is
    locked first, so two clients numbering the same group never both read the old numbers (on PostgreSQL the
    second waits, then reads what the first committed). Items whose § changes are cleared and flushed before the
    new numbers are written, so no moment of the renumbering holds a § twice."""
    session.flush()
    lock_row(session, Group, group_id)
    meetings = [m for m in session.scalars(
        select(Meeting).where(Meeting.group_id == group_id).order_by(Meeting.starts_at, Meeting.id)
        .options(selectinload(Meeting.items)).execution_options(populate_existing=True)
    ) if local_year(m) == year]
    # The highest frozen § at or after each meeting: an open meeting placed before a held one continues after
    # the held one's numbers instead of colliding with them.
    later_frozen = [0] * (len(meetings) + 1)
    for index in range(len(meetings) - 1, -1, -1):
        meeting = meetings[index]
        here = max((i.paragraph or 0 for i in meeting.items), default=0) if _frozen(meeting) else 0
        later_frozen[index] = max(here, later_frozen[index + 1])
    wanted: dict[AgendaItem, tuple[int | None, int | None, int | None]] = {}
    paragraph = 0
    for index, meeting in enumerate(meetings):
        items = sorted(meeting.items, key=lambda i: i.position)
        if meeting.status is MeetingStatus.CANCELLED:
            wanted.update(dict.fromkeys(items, (None, None, None)))
        elif _frozen(meeting):  # cited in its minutes: § and key stay as they are (see migration 0010)
            paragraph = max([paragraph, *(i.paragraph or 0 for i in items)])
        else:
            paragraph = max(paragraph, later_frozen[index + 1])
            for item in items:
                paragraph += 1
                wanted[item] = (group_id, year, paragraph)
    _write(session, wanted)


def _write(session: Session, wanted: dict[AgendaItem, tuple[int | None, int | None, int | None]]) -> None:
    changing = {item: key for item, key in wanted.items()
                if (item.paragraph_group_id, item.paragraph_year, item.paragraph) != key}
    if not changing:
        return
    for item in changing:
        item.paragraph_group_id = item.paragraph_year = item.paragraph = None
    session.flush()
    for item, (group, year, number) in changing.items():
        item.paragraph_group_id, item.paragraph_year, item.paragraph = group, year, number


def renumber_for_meeting(session: Session, meeting: Meeting, previous_year: int | None = None) -> None:
    renumber_group_year(session, meeting.group_id, local_year(meeting))
    if previous_year is not None and previous_year != local_year(meeting):
        renumber_group_year(session, meeting.group_id, previous_year)

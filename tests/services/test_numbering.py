"""The numbering rules of services/numbering.py, tested directly on rows: § consecutive per group and calendar year
(Stockholm's), in meeting and agenda order; none for a cancelled meeting; a held meeting's § frozen, and a meeting
not yet held continuing after the frozen numbers of any held meeting later in the year."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.db.models import AgendaItem, Group, Meeting
from samverkan_desktop.domain.enums import GroupKind, ItemKind, MeetingKind, MeetingStatus, MinutesStatus
from samverkan_desktop.services.numbering import local_year, renumber_for_meeting, renumber_group_year

_uids = itertools.count(1)


@pytest.fixture
def session(engine):
    with Session(engine) as session:
        yield session


def _group(session: Session, name: str = "NOSAM") -> Group:
    group = Group(name=name, kind=GroupKind.NOSAM)
    session.add(group)
    session.flush()
    return group


def _meeting(session: Session, group: Group, starts: datetime, items: int,
             status: MeetingStatus = MeetingStatus.PLANNED) -> Meeting:
    meeting = Meeting(group_id=group.id, starts_at=starts, ends_at=starts + timedelta(hours=2),
                      kind=MeetingKind.ORDINARY, status=status, minutes_status=MinutesStatus.DRAFT,
                      ical_uid=f"numbering-{next(_uids)}@test")
    session.add(meeting)
    session.flush()
    for position in range(1, items + 1):
        session.add(AgendaItem(meeting_id=meeting.id, position=position, title=f"Punkt {position}",
                               kind=ItemKind.INFORMATION))
    session.flush()
    session.expire(meeting)
    return meeting


def _paragraphs(session: Session, meeting: Meeting) -> list[int | None]:
    session.flush()
    return list(session.scalars(
        select(AgendaItem.paragraph).where(AgendaItem.meeting_id == meeting.id).order_by(AgendaItem.position)))


def _at(month: int, day: int, year: int = 2026) -> datetime:
    return datetime(year, month, day, 11, tzinfo=UTC)


def _hold(session: Session, meeting: Meeting) -> None:
    """Marks the meeting held after it was numbered (what mark_held leaves: every item has its §)."""
    meeting.status = MeetingStatus.HELD
    session.flush()


def test_consecutive_over_the_meetings_of_a_year_in_agenda_order(session) -> None:
    group = _group(session)
    spring = _meeting(session, group, _at(3, 10), 3)
    autumn = _meeting(session, group, _at(9, 15), 2)
    session.execute(AgendaItem.__table__.update().where(AgendaItem.meeting_id == spring.id)
                    .values(position=AgendaItem.position * -1))  # reversed agenda order
    session.expire_all()
    renumber_group_year(session, group.id, 2026)
    assert _paragraphs(session, autumn) == [4, 5]
    by_title = dict(session.execute(select(AgendaItem.title, AgendaItem.paragraph)
                                    .where(AgendaItem.meeting_id == spring.id)).tuples().all())
    assert by_title == {"Punkt 3": 1, "Punkt 2": 2, "Punkt 1": 3}
    stored = session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == autumn.id)).all()
    assert {(i.paragraph_group_id, i.paragraph_year) for i in stored} == {(group.id, 2026)}


def test_each_group_and_each_year_starts_at_one(session) -> None:
    nosam, tema = _group(session, "NOSAM"), _group(session, "Tema")
    first = _meeting(session, nosam, _at(11, 1, 2025), 2)
    second = _meeting(session, nosam, _at(2, 1, 2026), 2)
    other = _meeting(session, tema, _at(2, 2, 2026), 1)
    for group, year in ((nosam, 2025), (nosam, 2026), (tema, 2026)):
        renumber_group_year(session, group.id, year)
    assert (_paragraphs(session, first), _paragraphs(session, second), _paragraphs(session, other)) == (
        [1, 2], [1, 2], [1])


def test_the_year_is_stockholms(session) -> None:
    group = _group(session)
    new_year = _meeting(session, group, datetime(2025, 12, 31, 23, 30, tzinfo=UTC), 1)  # 00:30 on 1 January
    assert local_year(new_year) == 2026
    renumber_group_year(session, group.id, 2025)
    assert _paragraphs(session, new_year) == [None]
    renumber_group_year(session, group.id, 2026)
    assert _paragraphs(session, new_year) == [1]


def test_cancelled_meeting_loses_its_paragraphs_and_later_ones_close_the_gap(session) -> None:
    group = _group(session)
    first = _meeting(session, group, _at(2, 1), 2)
    cancelled = _meeting(session, group, _at(3, 1), 2)
    last = _meeting(session, group, _at(4, 1), 2)
    renumber_group_year(session, group.id, 2026)
    assert _paragraphs(session, last) == [5, 6]
    cancelled.status = MeetingStatus.CANCELLED
    renumber_group_year(session, group.id, 2026)
    assert (_paragraphs(session, first), _paragraphs(session, cancelled), _paragraphs(session, last)) == (
        [1, 2], [None, None], [3, 4])
    stored = session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == cancelled.id)).all()
    assert {(i.paragraph_group_id, i.paragraph_year) for i in stored} == {(None, None)}


def test_held_meeting_keeps_its_paragraphs_when_an_earlier_agenda_grows(session) -> None:
    group = _group(session)
    early = _meeting(session, group, _at(2, 1), 2)
    held = _meeting(session, group, _at(3, 1), 2)
    later = _meeting(session, group, _at(4, 1), 1)
    renumber_group_year(session, group.id, 2026)
    _hold(session, held)
    session.add(AgendaItem(meeting_id=early.id, position=3, title="Tillagd", kind=ItemKind.INFORMATION))
    session.expire_all()
    renumber_group_year(session, group.id, 2026)
    assert _paragraphs(session, held) == [3, 4]  # cited in its minutes: unchanged
    # Before the held meeting but not held: continues after its numbers instead of colliding with them.
    assert _paragraphs(session, early) == [5, 6, 7]
    assert _paragraphs(session, later) == [8]


def test_open_meeting_before_a_held_one_continues_after_its_numbers(session) -> None:
    """The later_frozen rule: a meeting not yet held, placed before a held one, must not reuse the held § ."""
    group = _group(session)
    held = _meeting(session, group, _at(5, 1), 3)
    renumber_group_year(session, group.id, 2026)
    _hold(session, held)
    inserted = _meeting(session, group, _at(4, 1), 2)  # planned afterwards, dated before
    renumber_group_year(session, group.id, 2026)
    assert _paragraphs(session, held) == [1, 2, 3]
    assert _paragraphs(session, inserted) == [4, 5]


def test_open_meetings_between_held_ones_take_the_highest_frozen_number_after_them(session) -> None:
    group = _group(session)
    january = _meeting(session, group, _at(1, 20), 2)
    june = _meeting(session, group, _at(6, 1), 2)
    renumber_group_year(session, group.id, 2026)
    _hold(session, january)
    _hold(session, june)
    march = _meeting(session, group, _at(3, 1), 1)
    december = _meeting(session, group, _at(12, 1), 1)
    renumber_group_year(session, group.id, 2026)
    assert [_paragraphs(session, m) for m in (january, march, june, december)] == [[1, 2], [5], [3, 4], [6]]


def test_held_meeting_with_an_unnumbered_item_is_not_frozen(session) -> None:
    group = _group(session)
    held = _meeting(session, group, _at(3, 1), 2, status=MeetingStatus.HELD)  # never numbered: nothing cited
    renumber_group_year(session, group.id, 2026)
    assert _paragraphs(session, held) == [1, 2]


def test_moving_a_meeting_to_another_year_renumbers_both(session) -> None:
    group = _group(session)
    moving = _meeting(session, group, _at(12, 1, 2025), 1)
    stays = _meeting(session, group, _at(12, 10, 2025), 1)
    renumber_group_year(session, group.id, 2025)
    assert _paragraphs(session, stays) == [2]
    moving.starts_at = _at(1, 15, 2026)
    moving.ends_at = moving.starts_at + timedelta(hours=2)
    renumber_for_meeting(session, moving, previous_year=2025)
    assert _paragraphs(session, moving) == [1]
    assert _paragraphs(session, stays) == [1]
    stored = session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == moving.id)).one()
    assert stored.paragraph_year == 2026

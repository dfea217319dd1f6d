"""Who takes a meeting's minutes ("Vid anteckningarna") and who checks them with the chair (justerare).

The secretary defaults to the group's secretary on the meeting day; a meeting may name someone else (the
secretary is away, a member takes the minutes). A justerare is only asked for by groups whose minutes end with
justering lines (a group setting). Both are part of what the minutes say, so they follow the minutes' lock:
approved minutes must be reopened to change them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ..db.models import Meeting, Membership, Person
from ..domain.calendar import STOCKHOLM
from ..domain.codes import AuditAction, AuditEntity
from ..domain.enums import Role
from . import UnitOfWork
from ._common import audit, get_or_raise
from .agenda import editable_meeting

NOT_FOUND = "services.gone.meeting"


@dataclass(frozen=True)
class MinutesPeople:
    secretary_id: int | None  # chosen for this meeting; None: the group's secretary
    justerare_id: int | None
    group_secretary: str | None  # the group's secretary on the day, the default
    justering_lines: bool  # the group's minutes end with lines to sign
    candidates: tuple[tuple[int, str], ...]  # members on the day and everyone in the attendance, by name


def _group_secretary(session, meeting: Meeting) -> Person | None:
    day = meeting.starts_at.astimezone(STOCKHOLM).date()
    return session.scalar(select(Person).join(Membership, Membership.person_id == Person.id).where(
        Membership.group_id == meeting.group_id, Membership.role == Role.SECRETARY,
        (Membership.valid_from.is_(None)) | (Membership.valid_from <= day),
        (Membership.valid_to.is_(None)) | (Membership.valid_to >= day)).order_by(Person.name).limit(1))


def minutes_people(uow: UnitOfWork, meeting_id: int) -> MinutesPeople:
    with uow:
        session = uow.session
        meeting = get_or_raise(session, Meeting, meeting_id, NOT_FOUND)
        day = meeting.starts_at.astimezone(STOCKHOLM).date()
        members = session.scalars(select(Membership).where(
            Membership.group_id == meeting.group_id,
            (Membership.valid_from.is_(None)) | (Membership.valid_from <= day),
            (Membership.valid_to.is_(None)) | (Membership.valid_to >= day)))
        people = {m.person_id: m.person.name for m in members}
        people.update((a.person_id, a.person.name) for a in meeting.attendance)
        for chosen in (meeting.secretary, meeting.justerare):
            if chosen is not None:
                people[chosen.id] = chosen.name
        secretary = _group_secretary(session, meeting)
        return MinutesPeople(meeting.secretary_id, meeting.justerare_id, secretary.name if secretary else None,
                             meeting.group.justering_lines,
                             tuple(sorted(people.items(), key=lambda p: (p[1].casefold(), p[0]))))


def set_minutes_people(uow: UnitOfWork, meeting_id: int, secretary_id: int | None,
                       justerare_id: int | None) -> MinutesPeople:
    """Name who took the minutes (None: the group's secretary) and the justerare (None: none yet)."""
    with uow:
        session = uow.session
        meeting = editable_meeting(uow, meeting_id)
        names = []
        for person_id, word in ((secretary_id, "antecknare"), (justerare_id, "justerare")):
            if person_id is not None:
                person = get_or_raise(session, Person, person_id, "services.gone.person")
                names.append(f"{word}: {person.name}")
        if (meeting.secretary_id, meeting.justerare_id) != (secretary_id, justerare_id):
            meeting.secretary_id, meeting.justerare_id = secretary_id, justerare_id
            audit(uow, AuditEntity.MEETING, meeting.id, AuditAction.SECRETARY_AND_JUSTERARE,
                  "; ".join(names) or "gruppens sekreterare, ingen justerare", meeting.id)
            uow.commit()
    return minutes_people(uow, meeting_id)

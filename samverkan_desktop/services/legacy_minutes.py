"""Old minutes from Word into a new meeting: first a plan the user sees, then the meeting in one unit of work.

The meeting is held (it is history) and its minutes are an utkast, to be read through and approved as any other.
§ numbers given in the document are kept when none of them is already used in the group that calendar year;
otherwise the import is refused with the numbers named (renumbering a past year's minutes would make citations
of them wrong). Items without a § get theirs from the group's numbering (services/numbering.py). Attendance is
matched by name against the group's members; names that match no member, or more than one, are listed and left
out. The original file is kept as an attachment of the first item.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select

from ..db.models import AgendaItem, Attendance, Group, Meeting, Membership, Person
from ..domain.calendar import STOCKHOLM, check_year, local_datetime
from ..domain.codes import AuditAction, AuditEntity
from ..domain.enums import AttendanceStatus, ItemKind, MeetingKind, MeetingStatus, MinutesStatus, Outcome
from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..domain.parsed_minutes import ParsedMinutes
from ..domain.rules import optional_text
from . import UnitOfWork
from ._common import audit, get_or_raise
from .attachments import attach_content
from .numbering import renumber_for_meeting

DEFAULT_START = time(9, 0)
DEFAULT_END = time(12, 0)
GROUP_GONE = "services.gone.group"
MAX_PARAGRAPH = 9999
UNTITLED = "(utan rubrik)"  # stored as the item's title: the minutes' own (Swedish) text
#: The attendance lists in words (message ids), for the plan a person checks before importing.
STATUS_WORDS = {"present": "legacy.status.present", "excused": "legacy.status.excused",
                "guests": "legacy.status.guests"}


@dataclass(frozen=True)
class AttendanceMatch:
    name: str  # as the document writes it
    status: str  # "present", "excused", "guests"
    person_id: int | None
    person_name: str | None  # as the register writes it
    why_not: str | None = None  # "ingen medlem med det namnet", "flera medlemmar med det namnet"


@dataclass(frozen=True)
class MinutesImportPlan:
    minutes: ParsedMinutes
    group_id: int
    group_name: str
    starts_at: datetime
    ends_at: datetime
    attendance: tuple[AttendanceMatch, ...]
    keeps_paragraphs: bool

    @property
    def unmatched(self) -> tuple[AttendanceMatch, ...]:
        return tuple(a for a in self.attendance if a.person_id is None)


@dataclass(frozen=True)
class MinutesImportResult:
    meeting_id: int
    items: int
    attendance: int
    unmatched: tuple[str, ...]
    paragraphs: tuple[int | None, ...]
    attachment: str


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def plan_minutes_import(uow: UnitOfWork, minutes: ParsedMinutes, group_id: int, *, day: date | None = None,
                        start: time | None = None, end: time | None = None) -> MinutesImportPlan:
    """What the import would do, checked: raises ValidationError (nothing saved) when it cannot be done."""
    day = day or minutes.day
    if day is None:
        raise ValidationError(msg("services.legacy_minutes.dokumentet_anger_inget_datum",
                                  minutes_file_name=minutes.file_name), field="date")
    check_year(day.year, field="date")
    start = (start or minutes.starts or DEFAULT_START).replace(tzinfo=None)  # wall-clock time in Stockholm
    end = (end or minutes.ends or (DEFAULT_END if start < DEFAULT_END else time(23, 59))).replace(tzinfo=None)
    if end <= start:
        raise ValidationError(msg("services.legacy_minutes.motet_slutar_fore_nar", end=end, start=start), field="time")
    with uow:
        session = uow.session
        group = get_or_raise(session, Group, group_id, GROUP_GONE)
        starts_at, ends_at = local_datetime(day, start), local_datetime(day, end)
        if not minutes.items:
            raise ValidationError(msg("services.legacy_minutes.dokumentet_inga_punkter_importera",
                                      minutes_file_name=minutes.file_name), field="items")
        numbers = [i.paragraph for i in minutes.items if i.paragraph is not None]
        wrong = [n for n in numbers if not 1 <= n <= MAX_PARAGRAPH]
        if wrong:
            raise ValidationError(msg("services.legacy_minutes.nummer_maste_vara_mellan", max_paragraph=MAX_PARAGRAPH,
                                      wrong=len(wrong)), field="paragraph")
        keeps = minutes.paragraphs_given
        if keeps:
            _refuse_taken(session, group, day.year, numbers)
        members: dict[str, list[Person]] = {}
        for membership in session.scalars(select(Membership).where(Membership.group_id == group.id)):
            if (membership.valid_from and membership.valid_from > day) or \
                    (membership.valid_to and membership.valid_to < day):
                continue
            people = members.setdefault(_key(membership.person.name), [])
            if membership.person not in people:
                people.append(membership.person)
        matches = []
        for status in ("present", "excused", "guests"):
            for parsed in getattr(minutes, status):
                found = members.get(_key(parsed.name), [])
                if len(found) == 1:
                    matches.append(AttendanceMatch(parsed.name, status, found[0].id, found[0].name))
                else:
                    matches.append(AttendanceMatch(parsed.name, status, None, None,
                                                   msg("legacy.several_members") if found else
                                                   msg("legacy.no_member", group_name=group.name)))
        return MinutesImportPlan(minutes, group.id, group.name, starts_at, ends_at, tuple(matches), keeps)


def _refuse_taken(session, group: Group, year: int, numbers: list[int]) -> None:
    if len(set(numbers)) != len(numbers):
        twice = sorted({n for n in numbers if numbers.count(n) > 1})
        raise ValidationError(msg("services.legacy_minutes.same_number_twice",
                                  numbers=", ".join(f"§ {n}" for n in twice)), field="paragraph")
    start, end = local_datetime(date(year, 1, 1), time(0)), local_datetime(date(year + 1, 1, 1), time(0))
    taken = session.execute(
        select(AgendaItem.paragraph, Meeting.starts_at).join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .where(Meeting.group_id == group.id, Meeting.starts_at >= start, Meeting.starts_at < end,
               AgendaItem.paragraph.in_(numbers)).order_by(AgendaItem.paragraph)).all()
    if taken:
        listed = ", ".join(f"§ {n} ({at.astimezone(STOCKHOLM):%Y-%m-%d})" for n, at in taken[:10])
        more = msg("legacy.and_more", count=len(taken) - 10) if len(taken) > 10 else ""
        raise ValidationError(
            msg("services.legacy_minutes.numren_dokumentet_finns_numren", group_name=group.name, year=year,
                listed=listed, more=more), field="paragraph")


def import_minutes(uow: UnitOfWork, plan: MinutesImportPlan, original: bytes) -> MinutesImportResult:
    """Create the meeting of ``plan`` (checked again: the database may have changed since) in one transaction."""
    minutes = plan.minutes
    with uow:
        session = uow.session
        again = plan_minutes_import(uow, minutes, plan.group_id, day=plan.starts_at.astimezone(STOCKHOLM).date(),
                                    start=plan.starts_at.astimezone(STOCKHOLM).time(),
                                    end=plan.ends_at.astimezone(STOCKHOLM).time())
        place = optional_text(minutes.place)
        meeting = Meeting(group_id=plan.group_id, starts_at=again.starts_at, ends_at=again.ends_at,
                          place=place[:300] if place else None, kind=MeetingKind.ORDINARY,
                          status=MeetingStatus.HELD, minutes_status=MinutesStatus.DRAFT,
                          ical_uid=f"{uuid.uuid4()}@samverkan-desktop", ical_sequence=0)
        session.add(meeting)
        for position, parsed in enumerate(minutes.items, start=1):
            presenter, decision = optional_text(parsed.presenter), optional_text(parsed.decision)
            meeting.items.append(AgendaItem(
                position=position, paragraph=parsed.paragraph if again.keeps_paragraphs else None,
                title=(optional_text(parsed.title) or UNTITLED)[:500],
                kind=ItemKind.DECISION if decision else ItemKind.INFORMATION,
                presenter=presenter[:300] if presenter else None, confidential=bool(parsed.confidential),
                notes=optional_text(parsed.notes), decision_text=decision,
                outcome=parsed.outcome, outcome_reason=optional_text(parsed.outcome_reason),
                # what set_outcome does: a referral without a named group goes back to the group itself
                target_group_id=plan.group_id if parsed.outcome is Outcome.REFERRED_BACK else None))
        roles = {m.person_id: m for m in session.scalars(select(Membership).where(
            Membership.group_id == plan.group_id))}
        seen: set[int] = set()
        for match in again.attendance:
            if match.person_id is None or match.person_id in seen:
                continue
            seen.add(match.person_id)
            membership = roles.get(match.person_id)
            meeting.attendance.append(Attendance(
                person_id=match.person_id,
                status=AttendanceStatus.EXCUSED if match.status == "excused" else AttendanceStatus.PRESENT,
                role=membership.role if membership else None,
                represents_id=membership.represents_id if membership else None,
                is_adjunct=match.status == "guests"))
        session.flush()
        renumber_for_meeting(session, meeting)
        session.flush()
        first_item = min(meeting.items, key=lambda i: i.position)
        attachment = attach_content(uow, first_item.id, minutes.file_name, original)
        audit(uow, AuditEntity.MEETING, meeting.id, AuditAction.IMPORTED,
              f"{again.group_name} {again.starts_at.astimezone(STOCKHOLM):%Y-%m-%d}: anteckningar från "
              f"{minutes.file_name} ({len(minutes.items)} punkter)", meeting.id)
        paragraphs = tuple(i.paragraph for i in sorted(meeting.items, key=lambda i: i.position))
        uow.commit()
        return MinutesImportResult(meeting.id, len(minutes.items), len(seen),
                                   tuple(m.name for m in again.unmatched), paragraphs, attachment.file_name)

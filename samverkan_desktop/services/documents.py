"""What the exported documents say, read from the database: minutes, notice and calendar invitation.

Every document is built under the publication rules, whoever reads it: confidential items keep only their §,
and e-mail addresses, phone numbers and personal identity numbers are scrubbed from free text (the document
says what was removed, so the user can be told)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from ..db.models import AgendaItem, Attendance, Group, Meeting, Membership, Organisation, Person
from ..domain.calendar import STOCKHOLM
from ..domain.documents import (
    ActionLine,
    ApprovalLine,
    CalendarInvite,
    CalendarPerson,
    MinutesDocument,
    MinutesSection,
    NextMeeting,
    NoticeDocument,
    NoticeItem,
    Participant,
    Signatory,
)
from ..domain.enums import AttendanceStatus, MeetingStatus, MinutesStatus, Role
from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..domain.minutes_hash import short_hash
from ..domain.scrub import describe_removed, scrub
from ..domain.wording import KIND_WORDS, ROLE_WORDS, outcome_sentence, time_span
from . import UnitOfWork
from ._common import get_or_raise, preload
from .approval_check import approval_lapse, valid_approval

NOT_FOUND = "services.gone.meeting"
CONFIDENTIAL_LINE = "Punkten är konfidentiell och publiceras inte."


class _Scrubber:
    """Scrubs free text and remembers, per place in the document, what it took out."""

    def __init__(self) -> None:
        self.report: list[str] = []

    def __call__(self, where: str, *texts: str | None) -> list[str | None]:
        results: list[str | None] = []
        removed: list[str] = []
        for text in texts:
            cleaned = scrub(text)
            results.append(cleaned.text)
            removed.extend(cleaned.removed)
        line = describe_removed(where, removed)
        if line:
            self.report.append(line)
        return results


def _where(paragraph: int | None, title: str) -> str:
    return f"§ {paragraph}" if paragraph else title[:40]


def _participant(a) -> Participant:
    role = ROLE_WORDS.get(a.role) if a.role else None
    extra = []
    if a.substitute_for is not None:
        extra.append(f"ersättare för {a.substitute_for.name}")
    first, last = a.present_from_paragraph, a.present_to_paragraph
    if first and last:
        extra.append(f"närvarande § {first}–{last}")
    elif first or last:
        extra.append(f"närvarande från § {first}" if first else f"närvarande till och med § {last}")
    words = ", ".join(w for w in (role, *extra) if w) or None
    organisation = a.represents.name if a.represents else (a.person.employer.name if a.person.employer else None)
    return Participant(a.person.name, organisation, words)


def _approval_line(session: Session, meeting: Meeting) -> ApprovalLine | None:
    approval = valid_approval(session, meeting)
    if approval is None:
        return None
    person = session.get(Person, approval.approved_by_id)
    return ApprovalLine(person.name if person else "?", ROLE_WORDS[approval.role],
                        approval.approved_at.astimezone(STOCKHOLM).date(), short_hash(approval.content_hash),
                        approval.key_fingerprint)


def _next_meeting(session: Session, meeting: Meeting) -> NextMeeting | None:
    following = session.scalar(
        # The meeting that followed, held or not: the minutes say what was planned when they were written.
        select(Meeting).where(Meeting.group_id == meeting.group_id, Meeting.starts_at > meeting.starts_at,
                              Meeting.status != MeetingStatus.CANCELLED)
        .order_by(Meeting.starts_at).limit(1))
    return NextMeeting(following.starts_at, following.ends_at, following.place) if following else None


#: Everything a document reads of a meeting, in a fixed number of queries instead of a few per item and per
#: attendance row (tests/services/test_statement_counts.py).
_DOCUMENT_CONTENT = (
    joinedload(Meeting.group),
    selectinload(Meeting.items).selectinload(AgendaItem.actions),
    selectinload(Meeting.items).selectinload(AgendaItem.attachments),
    selectinload(Meeting.attendance).options(
        joinedload(Attendance.person).joinedload(Person.employer), joinedload(Attendance.substitute_for),
        joinedload(Attendance.represents)),
)


def _meeting_for_document(session: Session, meeting_id: int) -> Meeting:
    meeting = get_or_raise(session, Meeting, meeting_id, NOT_FOUND)
    if meeting.status is MeetingStatus.CANCELLED:
        raise ValidationError(msg("services.documents.motet_ar_installt_finns"))
    session.scalars(select(Meeting).where(Meeting.id == meeting.id).options(*_DOCUMENT_CONTENT)).unique().all()
    actions = [a for i in meeting.items for a in i.actions]
    preload(session, Group, (i.target_group_id for i in meeting.items))
    preload(session, Person, (a.responsible_person_id for a in actions))
    preload(session, Organisation, (a.responsible_organisation_id for a in actions))
    return meeting


def minutes_document(uow: UnitOfWork, meeting_id: int) -> MinutesDocument:
    """The minutes as they may be published; a draft unless approved. Approved minutes whose content no longer
    matches their approval are a draft too, saying so (``approval_lapsed``): every export path (Word, PDF,
    GUI, CLI, publishing) builds its document here, so none can present them as approved."""
    with uow:
        session = uow.session
        meeting = _meeting_for_document(session, meeting_id)
        lapsed = approval_lapse(session, meeting)
        scrubbed = _Scrubber()
        present: list[Participant] = []
        excused: list[Participant] = []
        adjuncts: list[Participant] = []
        guests: list[Participant] = []
        for a in sorted(meeting.attendance, key=lambda a: (_seat(a.role), a.person.name.casefold())):
            person = _participant(a)
            if a.status is AttendanceStatus.EXCUSED:
                excused.append(person)
            elif a.status is AttendanceStatus.PRESENT:
                (guests if a.is_guest else adjuncts if a.is_adjunct else present).append(person)
        sections = []
        for item in sorted(meeting.items, key=lambda i: i.position):
            if item.confidential:
                sections.append(MinutesSection(item.paragraph, CONFIDENTIAL_LINE, confidential=True))
                continue
            where = _where(item.paragraph, item.title)
            title, presenter, notes, decision, reason = scrubbed(
                where, item.title, item.presenter, item.notes, item.decision_text, item.outcome_reason)
            target = session.get(Group, item.target_group_id) if item.target_group_id else None
            actions = []
            for action in sorted(item.actions, key=lambda a: (a.due_on is None, a.due_on, a.id)):
                (what,) = scrubbed(where, action.what)
                who = [session.get(Person, action.responsible_person_id) if action.responsible_person_id else None,
                       session.get(Organisation, action.responsible_organisation_id)
                       if action.responsible_organisation_id else None]
                actions.append(ActionLine(what or "", ", ".join(w.name for w in who if w) or None, action.due_on))
            sections.append(MinutesSection(
                item.paragraph, title or "", presenter=presenter, notes=notes, decision=decision,
                outcome=outcome_sentence(item.outcome, reason, target.name if target else None, meeting.group.name),
                actions=tuple(actions), outcome_kind=item.outcome))
        approved = meeting.minutes_status in (MinutesStatus.APPROVED, MinutesStatus.PUBLISHED) and lapsed is None
        (no_attendance,) = scrubbed("Närvaro", meeting.no_attendance_reason)
        return MinutesDocument(
            group_name=meeting.group.name, starts_at=meeting.starts_at.astimezone(STOCKHOLM),
            ends_at=meeting.ends_at.astimezone(STOCKHOLM), place=meeting.place, online_link=meeting.online_link,
            draft=not approved, present=tuple(present), excused=tuple(excused), adjuncts=tuple(adjuncts),
            guests=tuple(guests), sections=tuple(sections),
            approval=_approval_line(session, meeting) if approved else None,
            next_meeting=_next_meeting(session, meeting), secretary=_secretary(session, meeting),
            signatories=_signatories(session, meeting), removed=tuple(scrubbed.report), approval_lapsed=lapsed,
            no_attendance_reason=None if meeting.attendance else no_attendance)


def _secretary(session: Session, meeting: Meeting) -> str | None:
    """Who took the minutes: the one chosen for the meeting, else the group's secretary on the day."""
    if meeting.secretary is not None:
        return meeting.secretary.name
    return next((m.person.name for m in _members_on(session, meeting) if m.role is Role.SECRETARY), None)


def _signatories(session: Session, meeting: Meeting) -> tuple[Signatory, ...]:
    """The justering lines of a group that wants them: the chair who led the meeting (present as chair, else
    the group's chair on the day) and the meeting's justerare; a name not known leaves a line to fill in."""
    if not meeting.group.justering_lines:
        return ()
    chair = next((a.person.name for a in meeting.attendance
                  if a.role is Role.CHAIR and a.status is AttendanceStatus.PRESENT), None)
    if chair is None:
        chair = next((m.person.name for m in _members_on(session, meeting) if m.role is Role.CHAIR), "")
    return (Signatory("Ordförande", chair),
            Signatory("Justerare", meeting.justerare.name if meeting.justerare is not None else ""))


def _seat(role: Role | None) -> int:
    order = (Role.CHAIR, Role.VICE_CHAIR, Role.MEMBER, Role.PROCESS_LEADER, Role.COORDINATOR, Role.ADJUNCT,
             Role.SECRETARY)
    return order.index(role) if role in order else len(order)


def _members_on(session: Session, meeting: Meeting) -> list[Membership]:
    day = meeting.starts_at.astimezone(STOCKHOLM).date()
    rows = session.scalars(select(Membership).where(
        Membership.group_id == meeting.group_id,
        (Membership.valid_from.is_(None)) | (Membership.valid_from <= day),
        (Membership.valid_to.is_(None)) | (Membership.valid_to >= day))
        .options(joinedload(Membership.person), joinedload(Membership.represents)))
    return sorted(rows, key=lambda m: (_seat(m.role), m.person.name.casefold()))


def notice_document(uow: UnitOfWork, meeting_id: int) -> NoticeDocument:
    """The notice of the meeting with its agenda: planned times from the items' planned minutes."""
    with uow:
        session = uow.session
        meeting = _meeting_for_document(session, meeting_id)
        scrubbed = _Scrubber()
        items = []
        clock_at: datetime | None = meeting.starts_at.astimezone(STOCKHOLM)
        for item in sorted(meeting.items, key=lambda i: i.position):
            starts = clock_at
            if clock_at is not None and item.planned_minutes is not None:  # 0 minutes: the next starts as well
                clock_at = clock_at + timedelta(minutes=item.planned_minutes)
            else:
                clock_at = None  # unknown length: later items get no planned time rather than a wrong one
            if item.confidential:
                items.append(NoticeItem(item.paragraph, "Konfidentiell punkt", KIND_WORDS[item.kind], None, starts,
                                        item.planned_minutes, confidential=True))
                continue
            title, presenter = scrubbed(_where(item.paragraph, item.title), item.title, item.presenter)
            items.append(NoticeItem(item.paragraph, title or "", KIND_WORDS[item.kind], presenter, starts,
                                    item.planned_minutes, tuple(a.file_name for a in item.attachments)))
        members = _members_on(session, meeting)
        invited = tuple(
            Participant(m.person.name, m.represents.name if m.represents else None, ROLE_WORDS[m.role])
            for m in members if m.role is not Role.SECRETARY)
        secretary = next((m.person.name for m in members if m.role is Role.SECRETARY), None)
        secretary = meeting.secretary.name if meeting.secretary is not None else secretary
        return NoticeDocument(meeting.group.name, meeting.starts_at.astimezone(STOCKHOLM),
                              meeting.ends_at.astimezone(STOCKHOLM), meeting.place, meeting.online_link,
                              tuple(items), invited, secretary, tuple(scrubbed.report),
                              substitutes_allowed=_substitutes_allowed(meeting))


def _substitutes_allowed(meeting: Meeting) -> bool:
    """What the mandate in force on the meeting day says (the latest decided by then); no mandate: allowed."""
    day = meeting.starts_at.astimezone(STOCKHOLM).date()
    in_force = [m for m in meeting.group.mandates if m.decided_on is None or m.decided_on <= day]
    mandate = (in_force or list(meeting.group.mandates))[-1:]
    return mandate[0].substitutes_allowed if mandate else True


def calendar_invite(uow: UnitOfWork, meeting_id: int) -> CalendarInvite:
    """The invitation for the members' calendars: organised by the group's secretary, sent to every member
    with an e-mail address. A cancelled meeting gives the cancellation."""
    with uow:
        session = uow.session
        meeting = get_or_raise(session, Meeting, meeting_id, NOT_FOUND)
        members = _members_on(session, meeting)
        secretary = next(((m.person_id, CalendarPerson(m.person.name, email)) for m in members
                          if m.role is Role.SECRETARY and (email := m.person.email)), None)
        if secretary is None:
            raise ValidationError(
                msg("services.documents.ingen_sekreterare_e_postadress",
                    group_name=meeting.group.name), field="organizer")
        (secretary_id, organizer), attendees = secretary, []
        seen = {secretary_id}
        for m in members:
            if m.person.email and m.person_id not in seen:
                seen.add(m.person_id)
                attendees.append(CalendarPerson(m.person.name, m.person.email))
        where = ", ".join(part for part in (meeting.place, meeting.online_link) if part) or None
        agenda = "\n".join(f"{f'§ {i.paragraph} ' if i.paragraph else ''}"
                           f"{'Konfidentiell punkt' if i.confidential else i.title}"
                           for i in sorted(meeting.items, key=lambda i: i.position))
        description = f"{meeting.group.name}, {time_span(meeting.starts_at, meeting.ends_at)}" + \
            (f"\n\nDagordning:\n{agenda}" if agenda else "")
        return CalendarInvite(
            uid=meeting.ical_uid, sequence=meeting.ical_sequence, summary=f"{meeting.group.name}: möte",
            starts_at=meeting.starts_at.astimezone(STOCKHOLM), ends_at=meeting.ends_at.astimezone(STOCKHOLM),
            location=where, description=description, organizer=organizer,
            attendees=tuple(attendees), cancelled=meeting.status is MeetingStatus.CANCELLED,
            cancel_reason=meeting.cancel_reason)

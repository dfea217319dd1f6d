"""Who gets an e-mail draft and what it says: the notice to the members, minutes to the chair for approval, and
the published minutes to the members. The files are attached by the caller (``sending``); nothing is sent.

Recipients of a group mailing are the members on the meeting day with an e-mail address (not the secretary, who
sends it), and the substitutes recorded on the meeting's attendance only where the group's current mandate allows
substitutes. They go in Bcc; the secretary's own address is the sender and the To."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Mandate, Meeting, Person
from ..domain.calendar import STOCKHOLM
from ..domain.enums import MeetingStatus, MinutesStatus, Role
from ..domain.errors import ValidationError
from ..domain.mail import MailAddress, MailDraft
from ..domain.messages import msg
from ..domain.wording import long_date, time_span
from . import UnitOfWork
from ._common import get_or_raise
from .approval import approvers_on
from .documents import NOT_FOUND
from .documents import _members_on as members_on


def _mandate(session: Session, group_id: int) -> Mandate | None:
    return session.scalar(select(Mandate).where(Mandate.group_id == group_id).order_by(Mandate.version.desc())
                          .limit(1))


def _secretary(session: Session, meeting: Meeting) -> MailAddress | None:
    return next((MailAddress(m.person.name, email) for m in members_on(session, meeting)
                 if m.role is Role.SECRETARY and (email := m.person.email)), None)


def group_recipients(session: Session, meeting: Meeting) -> tuple[MailAddress, ...]:
    """Members with an e-mail address, then allowed substitutes; each address once, the secretary left out."""
    mandate = _mandate(session, meeting.group_id)
    substitutes_allowed = mandate is None or mandate.substitutes_allowed
    people = [m.person for m in members_on(session, meeting) if m.role is not Role.SECRETARY]
    if substitutes_allowed:
        people += [a.person for a in sorted(meeting.attendance, key=lambda a: a.person.name.casefold())
                   if a.substitute_for_id is not None]
    secretary = _secretary(session, meeting)
    seen = {secretary.email.casefold()} if secretary else set()
    found = []
    for person in people:
        if person.email and person.email.casefold() not in seen:
            seen.add(person.email.casefold())
            found.append(MailAddress(person.name, person.email))
    if not found:
        raise ValidationError(msg("services.mailing.ingen_e_postadress_pa", group_name=meeting.group.name))
    return tuple(found)


def _when(meeting: Meeting) -> str:
    return long_date(meeting.starts_at)


def _facts(meeting: Meeting) -> list[str]:
    lines = [f"Tid: {_when(meeting)}, {time_span(meeting.starts_at, meeting.ends_at)}"]
    if meeting.place:
        lines.append(f"Plats: {meeting.place}")
    if meeting.online_link:
        lines.append(f"Digitalt: {meeting.online_link}")
    return lines


def _signature(sender: MailAddress | None, group: str) -> list[str]:
    return ["", "Med vänlig hälsning", *([sender.name] if sender else []), f"Sekreterare, {group}"]


def _to_group(session: Session, meeting: Meeting, subject: str, body: list[str]) -> MailDraft:
    sender = _secretary(session, meeting)
    return MailDraft(subject, "\n".join(body) + "\n", sender, (sender,) if sender else (),
                     bcc=group_recipients(session, meeting))


#: What the notice's draft carries when everything could be attached.
NOTICE_ATTACHMENTS = ("kallelsen med dagordning", "en kalenderinbjudan", "möteshandlingarna")


def _listed(parts: tuple[str, ...]) -> str:
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} och {parts[-1]}"


def invitation_mail(uow: UnitOfWork, meeting_id: int, attached: tuple[str, ...] = NOTICE_ATTACHMENTS) -> MailDraft:
    """The notice to the members: subject and body with group, date, time, place and online link; ``attached``
    names what the caller attaches, in words."""
    with uow:
        session = uow.session
        meeting = get_or_raise(session, Meeting, meeting_id, NOT_FOUND)
        if meeting.status is MeetingStatus.CANCELLED:
            raise ValidationError(msg("services.mailing.motet_ar_installt_finns"))
        group = meeting.group.name
        sender = _secretary(session, meeting)
        body = ["Hej,", "", f"Välkommen till möte i {group}.", "", *_facts(meeting), "",
                *([f"Bifogat finns {_listed(attached)}."] if attached else []),
                f"Meddela förhinder till {sender.name if sender else 'sekreteraren'} så snart som möjligt.",
                *_signature(sender, group)]
        return _to_group(session, meeting, f"Kallelse: {group} {_when(meeting)}", body)


def minutes_mail(uow: UnitOfWork, meeting_id: int) -> MailDraft:
    """The published minutes to the members."""
    with uow:
        session = uow.session
        meeting = get_or_raise(session, Meeting, meeting_id, NOT_FOUND)
        if meeting.minutes_status is not MinutesStatus.PUBLISHED:
            raise ValidationError(msg("services.mailing.anteckningarna_ar_publicerade_annu"))
        group = meeting.group.name
        body = ["Hej,", "", f"Här kommer de godkända minnesanteckningarna från mötet i {group} {_when(meeting)}.",
                *_signature(_secretary(session, meeting), group)]
        return _to_group(session, meeting, f"Minnesanteckningar: {group} {_when(meeting)}", body)


def review_mail(uow: UnitOfWork, meeting_id: int, review_file_name: str) -> MailDraft:
    """Minutes to the chair (To) and vice chair (Cc) in office on the meeting day, with how to approve them."""
    with uow:
        session = uow.session
        meeting = get_or_raise(session, Meeting, meeting_id, NOT_FOUND)
        if meeting.minutes_status not in (MinutesStatus.DRAFT, MinutesStatus.FOR_APPROVAL):
            raise ValidationError(msg("services.mailing.anteckningarna_ar_godkanda_behover"))
        people = {role: session.get(Person, pid)
                  for pid, _name, role in approvers_on(session, meeting)}
        addresses = {role: MailAddress(p.name, p.email) for role, p in people.items() if p is not None and p.email}
        if not addresses:
            raise ValidationError(msg("services.mailing.varken_ordforanden_vice_ordforanden",
                                      group_name=meeting.group.name))
        chair, vice = addresses.get(Role.CHAIR), addresses.get(Role.VICE_CHAIR)
        to, cc = ((chair,), (vice,) if vice else ()) if chair else ((vice,) if vice else (), ())
        group, sender = meeting.group.name, _secretary(session, meeting)
        mandate = _mandate(session, meeting.group_id)
        deadline = ""
        if mandate is not None and mandate.approval_days:
            due = meeting.starts_at.astimezone(STOCKHOLM).date() + timedelta(days=mandate.approval_days)
            deadline = f" Enligt uppdragshandlingen ska anteckningarna vara godkända senast {long_date(due)}."
        body = ["Hej,", "", f"Här är minnesanteckningarna från mötet i {group} {_when(meeting)} för granskning och "
                f"godkännande.{deadline}", "",
                f"Öppna den bifogade granskningsfilen ({review_file_name}) i Samverkan (samverkan-desktop --review "
                "FIL). Där kan du kommentera varje punkt eller godkänna anteckningarna och spara ett kvitto.",
                "Skicka kvittot tillbaka som svar på det här meddelandet.", *_signature(sender, group)]
        return MailDraft(f"För godkännande: minnesanteckningar {group} {_when(meeting)}", "\n".join(body) + "\n",
                         sender, to, cc)

"""Meeting invitations as iCalendar (RFC 5545/5546) files that Outlook, Thunderbird and phones can open.

A request (METHOD:REQUEST) or a cancellation (METHOD:CANCEL) of one meeting, with a stable UID and a SEQUENCE
that the services raise on every change, so a calendar updates the meeting it already has instead of adding a
second one. Times are written as Stockholm wall time with a TZID and the matching VTIMEZONE, never as UTC, so
the meeting stays at 09:00 for everyone, also across a change to or from summer time.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from icalendar import Calendar, Event, Timezone, vCalAddress

from ..domain.calendar import STOCKHOLM
from ..domain.documents import CalendarInvite, CalendarPerson
from ..domain.errors import ValidationError
from ..domain.messages import msg
from .files import write_atomically

PRODID = "-//Samverkan Desktop//SV"


def calendar_bytes(invite: CalendarInvite, *, now: datetime | None = None) -> bytes:
    """The invitation (or its cancellation) as the bytes of an .ics file; ``now`` becomes DTSTAMP."""
    starts_at = _aware(invite.starts_at, msg("export.ics.start"))
    ends_at = _aware(invite.ends_at, msg("export.ics.end"))
    stamp = _aware(now, msg("export.ics.stamp")) if now is not None else datetime.now(UTC)
    if ends_at <= starts_at:
        raise ValidationError(msg("export.ics.motet_maste_sluta_efter"), field="ends_at")
    if invite.sequence < 0:
        raise ValidationError(msg("export.ics.kalenderinbjudans_versionsnummer_vara_negativt"), field="sequence")
    if not invite.uid.strip():
        raise ValidationError(msg("export.ics.kalenderinbjudan_saknar_id_uid"), field="uid")
    starts_local = starts_at.astimezone(STOCKHOLM)
    ends_local = ends_at.astimezone(STOCKHOLM)

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "CANCEL" if invite.cancelled else "REQUEST")
    # VTIMEZONE before VEVENT: older Outlook versions only resolve a TZID they have already seen. The window is
    # kept to the years around the meeting; the library's default (1970-2038) lists every transition since 1980.
    calendar.add_component(
        Timezone.from_tzid(
            STOCKHOLM.key,
            first_date=date(starts_local.year - 1, 1, 1),
            last_date=date(ends_local.year + 2, 1, 1),
        )
    )

    event = Event()
    event.add("uid", invite.uid)
    event.add("sequence", invite.sequence)
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("dtstart", starts_local)  # a zoneinfo datetime is written with ;TZID=Europe/Stockholm
    event.add("dtend", ends_local)
    event.add("summary", invite.summary)
    if invite.location:
        event.add("location", invite.location)
    description = _description(invite)
    if description:
        event.add("description", description)
    event.add("status", "CANCELLED" if invite.cancelled else "CONFIRMED")
    event.add("transp", "OPAQUE")  # the meeting shows as busy time
    event.add("organizer", _address(invite.organizer, msg("export.ics.organizer")))
    seen: set[str] = set()
    for person in invite.attendees:
        attendee = _address(person, person.name or msg("export.ics.attendee"))
        key = str(attendee).lower()
        if key in seen:  # the same address twice would make some calendars ask twice
            continue
        seen.add(key)
        attendee.params["ROLE"] = "REQ-PARTICIPANT"
        attendee.params["PARTSTAT"] = "NEEDS-ACTION"
        attendee.params["RSVP"] = "TRUE"
        attendee.params["CUTYPE"] = "INDIVIDUAL"
        event.add("attendee", attendee, encode=0)
    calendar.add_component(event)
    if calendar.get_missing_tzids():  # cannot happen with one zone, but a VTIMEZONE must never be missing
        calendar.add_missing_timezones()
    return calendar.to_ical()


def write_calendar(invite: CalendarInvite, target: Path) -> Path:
    """Write the invitation to ``target`` (an .ics file): the whole file or nothing."""
    return write_atomically(Path(target), calendar_bytes(invite))


def _aware(moment: datetime, what: str) -> datetime:
    # A naive time would be guessed as the computer's local time by some calendars and as UTC by others.
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValidationError(msg("export.ics.saknar_tidszon_kalenderfilen_skapas", what=what))
    return moment


def _address(person: CalendarPerson, who: str) -> vCalAddress:
    email = person.email.strip().removeprefix("mailto:").removeprefix("MAILTO:")
    if "@" not in email or any(c.isspace() for c in email):
        raise ValidationError(msg("export.ics.saknar_giltig_e_postadress", who=who), field="email")
    address = vCalAddress(f"mailto:{email}")
    if person.name.strip():
        address.params["CN"] = person.name.strip()
    return address


def _description(invite: CalendarInvite) -> str:
    parts = [invite.description.strip()] if invite.description and invite.description.strip() else []
    if invite.cancelled:
        reason = (invite.cancel_reason or "").strip()
        parts.append(f"Mötet är inställt. Orsak: {reason}" if reason else "Mötet är inställt.")
    return "\n\n".join(parts)

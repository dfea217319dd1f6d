"""Rules of the group register that need no database: periods, chairs, mandates."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from .enums import OrganisationKind, Recurrence, Role
from .errors import ValidationError
from .messages import msg

#: Parties between which a chair rotates ("roterar mellan kommun och region").
ROTATING_KINDS = (OrganisationKind.KOMMUN, OrganisationKind.REGION)
#: Roles of which a group has at most one at any time.
SINGLE_SEAT_ROLES = (Role.CHAIR, Role.VICE_CHAIR)


#: Word's manual line break and page break, which arrive by copy and paste: kept as the line breaks they are.
_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})
#: Characters no XML document (DOCX, XLSX) may hold and PostgreSQL refuses (NUL). Invisible and never part of
#: what a person means (a bell from a pasted e-mail): dropped, so that autosave never refuses a pasted note.
_UNSTORABLE = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff]")


def _clean(value: str | None) -> str:
    return _UNSTORABLE.sub("", (value or "").translate(_BREAKS)).strip()


def require_text(value: str | None, field: str, message: str) -> str:
    """Return the stripped text without unstorable control characters, or raise with ``message`` if nothing is
    left."""
    text = _clean(value)
    if not text:
        raise ValidationError(message, field=field)
    return text


def optional_text(value: str | None) -> str | None:
    return _clean(value) or None


def validate_period(start: date | None, end: date | None, *, field: str = "valid_to") -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError(msg("domain.rules.datum_ligga_fore_fran"), field=field)


def periods_overlap(a_start: date | None, a_end: date | None, b_start: date | None, b_end: date | None) -> bool:
    """True if two closed date intervals share a day; ``None`` means open-ended."""
    a_lo, a_hi = a_start or date.min, a_end or date.max
    b_lo, b_hi = b_start or date.min, b_end or date.max
    return a_lo <= b_hi and b_lo <= a_hi


def validate_meeting_range(minimum: int | None, maximum: int | None) -> None:
    for value, field in ((minimum, "meetings_min"), (maximum, "meetings_max")):
        if value is not None and not 0 <= value <= 52:
            raise ValidationError(msg("domain.rules.antal_moten_per_ar"), field=field)
    if minimum is not None and maximum is not None and minimum > maximum:
        raise ValidationError(
            msg("domain.rules.minsta_antal_moten_per"), field="meetings_min"
        )


@dataclass(frozen=True)
class Seat:
    """A membership as far as the seat rules care: who, which role, when, for which kind of party."""

    membership_id: int | None
    person_name: str
    role: Role
    valid_from: date | None
    valid_to: date | None
    party_kind: OrganisationKind | None


def role_title(role: Role) -> str:
    """The role in words for a sentence, in the chosen language."""
    return msg({Role.CHAIR: "domain.role.chair", Role.VICE_CHAIR: "domain.role.vice_chair"}[role]) \
        if role in (Role.CHAIR, Role.VICE_CHAIR) else role.value


def check_single_seat(new: Seat, existing: Iterable[Seat]) -> None:
    """Raise if ``new`` would give the group a second chair (or vice chair) at the same time."""
    if new.role not in SINGLE_SEAT_ROLES:
        return
    for seat in existing:
        if seat.membership_id is not None and seat.membership_id == new.membership_id:
            continue
        if seat.role is new.role and periods_overlap(
            seat.valid_from, seat.valid_to, new.valid_from, new.valid_to
        ):
            raise ValidationError(
                msg("domain.rules.gruppen_under_perioden_avsluta", role_title=role_title(new.role),
                    seat_person_name=seat.person_name),
                field="role",
            )


def rotation_warnings(new: Seat, existing: Iterable[Seat], *, chair_rotates: bool) -> list[str]:
    """Warnings (not errors) when a chair or vice chair breaks the rotation between kommun and region."""
    if not chair_rotates or new.role not in SINGLE_SEAT_ROLES or new.party_kind not in ROTATING_KINDS:
        return []
    others = [s for s in existing if s.membership_id is None or s.membership_id != new.membership_id]
    warnings: list[str] = []
    if new.role is Role.CHAIR:
        earlier = [
            s for s in others
            if s.role is Role.CHAIR and s.valid_from is not None and new.valid_from is not None
            and s.valid_from < new.valid_from
        ]
        if earlier:
            previous = max(earlier, key=lambda s: s.valid_from or date.min)
            if previous.party_kind is new.party_kind:
                warnings.append(
                    msg("domain.rules.ordforandeskapet_rotera_mellan_kommun", previous_person_name=previous.person_name,
                        kind_label=kind_label(new.party_kind))
                )
    else:
        for chair in others:
            if chair.role is Role.CHAIR and chair.party_kind is new.party_kind and periods_overlap(
                chair.valid_from, chair.valid_to, new.valid_from, new.valid_to
            ):
                warnings.append(
                    msg("domain.rules.vice_ordforande_bor_komma", chair_person_name=chair.person_name,
                        kind_label=kind_label(new.party_kind))
                )
                break
    return warnings


def kind_label(kind: OrganisationKind | None) -> str:
    """The kind of party in words for a sentence, in the chosen language."""
    return msg({
        OrganisationKind.REGION: "domain.party.region",
        OrganisationKind.KOMMUN: "domain.party.kommun",
        OrganisationKind.PRIVATE_PROVIDER: "domain.party.private_provider",
        OrganisationKind.MUNICIPAL_ASSOCIATION: "domain.party.municipal_association",
        OrganisationKind.OTHER: "domain.party.other",
    }.get(kind, "domain.party.unknown") if kind else "domain.party.unknown")


def add_months(day: date, months: int) -> date:
    """``day`` moved ``months`` calendar months on, clamped to the month's end (2026-08-31 + 6 = 2027-02-28)."""
    return day + relativedelta(months=months)


def chair_term_end(valid_from: date | None, valid_to: date | None, term_months: int | None) -> date | None:
    """The last day of a chair's term: the membership's end, or the mandate's term counted from its start
    (18 months from 2025-07-16 ends 2027-01-15), whichever comes first; None when neither is known."""
    ends = [valid_to] if valid_to is not None else []
    if valid_from is not None and term_months:
        ends.append(add_months(valid_from, term_months) - timedelta(days=1))
    return min(ends, default=None)


def next_chair_kind(current: OrganisationKind | None, *, chair_rotates: bool) -> OrganisationKind | None:
    """The kind of party the next chair should come from when the chair rotates between kommun and region;
    None when the mandate does not rotate the chair or the current chair represents neither."""
    if not chair_rotates or current not in ROTATING_KINDS:
        return None
    return OrganisationKind.REGION if current is OrganisationKind.KOMMUN else OrganisationKind.KOMMUN


def due_dates(recurrence: Recurrence, due_month: int, due_day: int, year: int) -> list[date]:
    """The deadlines a reporting duty gives in ``year``. A quarterly duty's month is its first deadline of the
    year, then every third month (15/1 -> 15/1, 15/4, 15/7, 15/10); days past a month's end (31/3 quarterly,
    29/2 in a common year) fall on its last day."""
    months = [due_month] if recurrence is Recurrence.YEARLY else [(due_month - 1) % 3 + 1 + 3 * q for q in range(4)]
    return [date(year, m, 1) + relativedelta(day=due_day) for m in months]  # relativedelta clamps the day


_SWEDISH_TAIL = str.maketrans({"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}", "ü": "y", "é": "e", "è": "e"})


def swedish_sort_key(text: str) -> str:
    """Order as a Swedish reader expects: case-insensitive, with å, ä, ö after z (not after a and o)."""
    return text.casefold().translate(_SWEDISH_TAIL)

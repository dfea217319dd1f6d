"""Removal of e-mail addresses, phone numbers and personnummer from text that is published on the web.

Minutes are published as DOCX; contact details and personal identity numbers must never reach a publication.
``scrub`` replaces each one with a short Swedish placeholder and reports what it removed, so the export can tell
the user. The patterns lean towards removing too much: a leaked personnummer is worse than a lost digit group.

Matching runs in three passes over the text, each masking what it found before the next: e-mail first (its local
part may hold digits), then personnummer, then phone numbers (so "0701234567", which is also a valid
personnummer shape, is reported as a personnummer; either way it is removed).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

EMAIL = "e-postadress"
PHONE = "telefonnummer"
PERSONNUMMER = "personnummer"
KINDS = (EMAIL, PHONE, PERSONNUMMER)

PLACEHOLDERS = {
    EMAIL: "[e-postadress borttagen]",
    PHONE: "[telefonnummer borttaget]",
    PERSONNUMMER: "[personnummer borttaget]",
}

# (singular, plural, participle for exactly one); the participle follows the noun's gender: en e-postadress
# borttagen, ett telefonnummer borttaget.
_FORMS = {
    EMAIL: ("e-postadress", "e-postadresser", "borttagen"),
    PHONE: ("telefonnummer", "telefonnummer", "borttaget"),
    PERSONNUMMER: ("personnummer", "personnummer", "borttaget"),
}

# Written between the digit groups of a phone number. Word turns spaces into no-break spaces
# and " - " into " – ", so both count.
_SPACE = "[ \u00a0\u202f]"
_SEP = rf"(?:{_SPACE}?[-–]{_SPACE}?|{_SPACE})"

# RFC 5322 atext plus dots, and any letter (åäö and other non-ASCII letters in internationalised addresses).
_LOCAL_CHAR = r"[\w!#$%&'*+/=?^`{|}~.-]"
_LABEL = r"[^\W_][\w-]*"
_EMAIL = re.compile(
    # Start only where a run of local-part characters starts: the whole run is the local part, and the search
    # stays linear on long words without an '@'.
    rf"(?<!{_LOCAL_CHAR}){_LOCAL_CHAR}+@(?:{_LABEL}\.)+{_LABEL}"
)

_MONTH = r"(?:0[1-9]|1[0-2])"
# 61-91 is a samordningsnummer (day + 60). The checksum is not checked: a mistyped number is still personal.
_DAY = r"(?:0[1-9]|[12][0-9]|3[01]|6[1-9]|[78][0-9]|9[01])"
_PERSONNUMMER = re.compile(
    rf"(?<![0-9+])(?:[0-9]{{2}})?[0-9]{{2}}{_MONTH}{_DAY}(?:[-+]|{_SPACE})?[0-9]{{4}}(?![0-9])"
)



def _digits(low: int, high: int) -> str:
    """Between ``low`` and ``high`` digits, each pair optionally separated once."""
    return rf"[0-9](?:{_SEP}?[0-9]){{{low - 1},{high - 1}}}"


_PHONE = re.compile(
    # Not inside a longer number, and not the middle of a date or a diarienummer (2026-03-10, RS 2025-01234,
    # HSN 2024/0456). A letter before it does not protect it: "Tel070-123 45 67" is a phone number glued to a word.
    rf"(?<![0-9])(?<![0-9][-/.])"
    r"(?:"
    # International: +46, 0046, +44, ... with an optional "(0)" before the national number.
    rf"(?:\+|00)[1-9][0-9]{{0,2}}(?:{_SEP}?\(0\))?{_SEP}?{_digits(7, 13)}"
    # Area code in parentheses: (08) 123 45 67.
    rf"|\(0[1-9][0-9]{{0,3}}\){_SEP}?{_digits(5, 12)}"
    # National: a Swedish area code or mobile prefix never starts with 0 after the trunk 0.
    rf"|0(?=[1-9]){_digits(7, 13)}"
    r")"
    r"(?![0-9])"
)
# Digit groups still hanging on to a phone number (two numbers separated by a single space would otherwise
# leave the tail of the second one).
_PHONE_TAIL = re.compile(rf"(?:{_SEP}[0-9]+)+")
# Thousands groups after a number: the "050 000 000" of "12 050 000 000 kr".
_MONEY_GROUPS = re.compile(rf"[0-9]{{3}}(?:{_SPACE}[0-9]{{3}})*")
_AFTER_NUMBER = re.compile(rf"[0-9]{_SPACE}")
# A time range without a dot, 0900-1200: no Swedish subscriber number has only four digits.
_TIME_RANGE = re.compile(rf"(?:[01][0-9]|2[0-3])[0-5][0-9]{_SPACE}?[-–]{_SPACE}?(?:[01][0-9]|2[0-3])[0-5][0-9]")

# What a found span is replaced with while the later passes run: neither a digit, a letter nor a separator, so
# they see the same boundaries as they will around the final placeholder.
_MASK = "\u2588"


@dataclass(frozen=True)
class Scrubbed:
    text: str | None
    #: Kinds removed, one entry per occurrence, in the order they appear in the text.
    removed: tuple[str, ...]


Span = tuple[int, int, str]


def _find_emails(text: str) -> list[Span]:
    return [(m.start(), m.end(), EMAIL) for m in _EMAIL.finditer(text)]


def _find_personnummer(text: str) -> list[Span]:
    return [(m.start(), m.end(), PERSONNUMMER) for m in _PERSONNUMMER.finditer(text)]


def _is_not_a_phone(text: str, match: re.Match[str]) -> bool:
    found = match.group()
    if _TIME_RANGE.fullmatch(found):
        return True
    after_number = _AFTER_NUMBER.fullmatch(text, max(match.start() - 2, 0), match.start()) is not None
    return after_number and _MONEY_GROUPS.fullmatch(found) is not None


def _find_phones(text: str) -> list[Span]:
    spans: list[Span] = []
    position = 0
    while match := _PHONE.search(text, position):
        end = match.end()
        if not _is_not_a_phone(text, match):
            if tail := _PHONE_TAIL.match(text, end):
                end = tail.end()
            spans.append((match.start(), end, PHONE))
        position = end
    return spans


_PASSES: tuple[Callable[[str], list[Span]], ...] = (_find_emails, _find_personnummer, _find_phones)


def scrub(text: str | None) -> Scrubbed:
    """``text`` with every e-mail address, phone number and personnummer replaced by a placeholder."""
    if not text:
        return Scrubbed(text, ())
    spans: list[Span] = []
    masked = text
    for find in _PASSES:
        found = find(masked)
        for start, end, _kind in found:
            masked = masked[:start] + _MASK * (end - start) + masked[end:]
        spans.extend(found)
    if not spans:
        return Scrubbed(text, ())
    spans.sort()
    parts: list[str] = []
    position = 0
    for start, end, kind in spans:
        parts.append(text[position:start])
        parts.append(PLACEHOLDERS[kind])
        position = end
    parts.append(text[position:])
    return Scrubbed("".join(parts), tuple(kind for _start, _end, kind in spans))


def describe_removed(where: str, removed: Sequence[str]) -> str | None:
    """A line for the user, e.g. "§ 3 Budget: 1 e-postadress, 2 telefonnummer borttagna"; None if nothing was."""
    if not removed:
        return None
    counts = Counter(removed)
    # Known kinds in a fixed order, anything else after them as it came.
    order = [kind for kind in KINDS if kind in counts] + [kind for kind in counts if kind not in _FORMS]
    parts = []
    for kind in order:
        singular, plural, _participle = _forms(kind)
        parts.append(f"{counts[kind]} {singular if counts[kind] == 1 else plural}")
    participle = _forms(removed[0])[2] if len(removed) == 1 else "borttagna"
    summary = f"{', '.join(parts)} {participle}"
    return f"{where}: {summary}" if where else summary


def _forms(kind: str) -> tuple[str, str, str]:
    return _FORMS.get(kind, (kind, kind, "borttagen"))

"""The canonical form of a meeting's minutes and its SHA-256, which an approval is bound to.

Canonical: RFC 8785 JSON (domain.canonical, which explains why earlier hashes still hold), text normalised to
NFC with Unix line ends and trailing spaces removed, times in UTC ISO 8601. Same content gives the same hash on
any machine; any change to what the minutes say (including the order of the items) changes it.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC
from typing import Any

from .canonical import canonical_text
from .messages import current_language, text_in

FORMAT_VERSION = 1
#: Names looked up in the register are shown with the minutes but not hashed: the ids beside them are. Correcting
#: a person's or a group's name in the register must not look like tampering with approved minutes.
DISPLAY_ONLY = frozenset({"group", "person", "represents", "substitute_for", "target_group", "organisation"})


def normalise_text(value: str | None) -> str:
    if not value:
        return ""
    text = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


#: Types that are what they are: no ABC check needed (``isinstance`` against Mapping/Sequence is most of the time of
#: a hash at region scale). Everything else takes the general path below, with the same result as before.
_SCALARS = frozenset({int, bool, type(None)})


def _clean(value: Any) -> Any:
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is dict:
        return {str(k): _clean(v) for k, v in value.items()}
    if kind is list:
        return [_clean(v) for v in value]
    if isinstance(value, str):
        return normalise_text(value)
    if isinstance(value, Mapping):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, Sequence):
        return [_clean(v) for v in value]
    return value


def canonical_json(content: Mapping[str, Any]) -> str:
    document = {"format": FORMAT_VERSION, **_clean(content)}
    return canonical_text(document)


def hashed_part(value: Any) -> Any:
    kind = type(value)
    if kind in _SCALARS or kind is str:
        return value
    if isinstance(value, Mapping):
        return {k: hashed_part(v) for k, v in value.items() if k not in DISPLAY_ONLY}
    if isinstance(value, list | tuple):
        return [hashed_part(v) for v in value]
    return value


def minutes_hash(content: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_json(hashed_part(content)).encode("utf-8")).hexdigest()


def short_hash(digest: str) -> str:
    """What a person compares: the first 12 hex digits in groups of four (e.g. 3f2a-9c01-77be)."""
    head = digest[:12]
    return "-".join(head[i:i + 4] for i in range(0, len(head), 4))


#: The fields of an item in words (catalogue ids), for the sentences that say what changed in approved minutes.
FIELD_WORDS = {key: f"verify.field.{key}" for key in (
    "position", "paragraph", "title", "kind", "presenter", "confidential", "notes", "decision", "outcome", "reason",
    "actions")} | {"target_group_id": "verify.field.target_group", "target_group": "verify.field.target_group"}
#: The parts of the minutes named when they differ (an item's own fields are named by FIELD_WORDS).
PART_WORDS = {key: f"verify.part.{key}" for key in ("meeting", "attendance", "items", "no_attendance_reason")}


def describe_difference(before: Mapping[str, Any], after: Mapping[str, Any], language: str | None = None) -> list[str]:
    """Which parts of the minutes differ, for the verification report (the chosen language) and the exports
    (``language="sv"``: the minutes document stays Swedish)."""
    language = language or current_language()
    differences = []
    for key, label in PART_WORDS.items():
        if _clean(before.get(key)) != _clean(after.get(key)):
            differences.append(text_in(language, label))
    old_items = {i.get("paragraph"): i for i in before.get("items", [])}
    for item in after.get("items", []):
        old = old_items.get(item.get("paragraph"))
        if old is not None and _clean(old) != _clean(item):
            keys = set(item) | set(old)  # a field unknown here is still said in words, never by its key
            changed = sorted({text_in(language, FIELD_WORDS.get(k, "verify.field.other")) for k in keys
                              if _clean(item.get(k)) != _clean(old.get(k))})
            differences.append(text_in(language, "verify.item_changed", paragraph=item.get("paragraph"),
                                       fields=", ".join(changed)))
    return differences


Name = Callable[[int | None], str | None]


def _column(row: Any, name: str) -> Any:
    return row[name] if isinstance(row, Mapping) else getattr(row, name)


def _value(enum: Any) -> Any:
    return enum.value if enum is not None else None


def content_of(meeting: Any, attendance: Iterable[Any], items: Iterable[Any],
               actions_of: Callable[[Any], Iterable[Any]], *, group: Name, person: Name, organisation: Name) -> dict:
    """The one layout of what an approval covers: meeting facts, attendance, items with §, text, outcomes,
    actions. Rows are database rows or plain mappings with the same column names (the approval reads the
    former, the test-data generator writes the latter); ``group``/``person``/``organisation`` give names by id."""
    def optional(name: Name, ident: int | None) -> str | None:
        return name(ident) if ident else None

    content = _content(meeting, attendance, items, actions_of, group, person, organisation, optional)
    # Why no attendance was recorded (migration 0010), only when there is a reason: minutes approved before the
    # field existed, or with an attendance list, have no such key, so their content and hash stay as they were.
    reason = meeting.get("no_attendance_reason") if isinstance(meeting, Mapping) else \
        getattr(meeting, "no_attendance_reason", None)
    if reason:
        content["meeting"]["no_attendance"] = reason
    return content


def _content(meeting: Any, attendance: Iterable[Any], items: Iterable[Any], actions_of: Callable[[Any], Iterable[Any]],
             group: Name, person: Name, organisation: Name, optional: Callable[[Name, int | None], str | None]) -> dict:
    facts = {"group_id": _column(meeting, "group_id"), "group": group(_column(meeting, "group_id")),
             "starts": _column(meeting, "starts_at").astimezone(UTC).isoformat(),
             "ends": _column(meeting, "ends_at").astimezone(UTC).isoformat(),
             "place": _column(meeting, "place"), "online": _column(meeting, "online_link"),
             "kind": _column(meeting, "kind").value, "status": _column(meeting, "status").value}
    # Who took the minutes and the justerare (added later than the rest) are there only when a meeting names
    # them: content without them, and so every approval made before they existed, keeps its hash.
    for key in ("secretary_id", "justerare_id"):
        value = meeting.get(key) if isinstance(meeting, Mapping) else getattr(meeting, key, None)
        if value is not None:
            facts[key] = value
    return {
        "meeting": facts,
        "attendance": sorted((
            {"person_id": _column(a, "person_id"), "person": person(_column(a, "person_id")),
             "status": _column(a, "status").value, "role": _value(_column(a, "role")),
             "represents_id": _column(a, "represents_id"),
             "represents": optional(organisation, _column(a, "represents_id")),
             "substitute_for_id": _column(a, "substitute_for_id"),
             "substitute_for": optional(person, _column(a, "substitute_for_id")),
             "from": _column(a, "present_from_paragraph"), "to": _column(a, "present_to_paragraph"),
             "guest": _column(a, "is_guest"), "adjunct": _column(a, "is_adjunct")}
            for a in attendance), key=lambda a: a["person_id"]),
        "items": [
            {"position": _column(i, "position"), "paragraph": _column(i, "paragraph"), "title": _column(i, "title"),
             "kind": _column(i, "kind").value, "presenter": _column(i, "presenter"),
             "confidential": _column(i, "confidential"), "notes": _column(i, "notes"),
             "decision": _column(i, "decision_text"), "outcome": _value(_column(i, "outcome")),
             "reason": _column(i, "outcome_reason"), "target_group_id": _column(i, "target_group_id"),
             "target_group": optional(group, _column(i, "target_group_id")),
             "actions": sorted((
                 {"what": _column(a, "what"), "person_id": _column(a, "responsible_person_id"),
                  "person": optional(person, _column(a, "responsible_person_id")),
                  "organisation_id": _column(a, "responsible_organisation_id"),
                  "organisation": optional(organisation, _column(a, "responsible_organisation_id")),
                  "due": _column(a, "due_on").isoformat() if _column(a, "due_on") else None}
                 for a in actions_of(i)), key=lambda a: (a["what"], a["due"] or ""))}
            for i in sorted(items, key=lambda i: _column(i, "position"))],
    }

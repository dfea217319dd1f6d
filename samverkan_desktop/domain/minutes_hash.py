"""The canonical form of a meeting's minutes and its SHA-256, which an approval is bound to.

Canonical: RFC 8785 JSON (domain.canonical, which explains why earlier hashes still hold), text normalised to
NFC with Unix line ends and trailing spaces removed, times in UTC ISO 8601. Same content gives the same hash on
any machine; any change to what the minutes say (including the order of the items) changes it.
"""

from __future__ import annotations

import hashlib
import json
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


# -- the fast path of ``verify`` ------------------------------------------------------------------------------
# ``minutes_hash(content_of(...))`` builds the content with names, walks it twice (``hashed_part`` drops the names,
# ``_clean`` normalises the text), checks it for the canonical form (``canonical._check``) and then writes it: at
# region scale that was most of ``verify``. ``canonical_rows`` builds the hashed, normalised document in one pass
# over the rows and writes it with the C json encoder in the form ``canonical`` proves equal to RFC 8785 (ASCII keys,
# integers in range, no floats). Whatever does not fit that form (a float, an integer beyond 2**53, a value of an
# unexpected type) gives up (``_UnusualValueError``) and takes the general path above, which decides (and
# refuses) exactly as before. tests/domain/test_minutes_hash_fast.py checks the bytes equal the general path's over
# a whole generated database and over tricky text; any difference would make every approval look broken.
_SAFE_INTEGER = 2**53 - 1


class _UnusualValueError(Exception):
    """A value the fast path does not write: the general path decides."""


def _text(value: Any) -> str | None:
    """``_clean`` of a text column: None stays None, a string is ``normalise_text``-ed (same result, fewer steps
    for a single line: ``"\\n".join([line.rstrip()]).strip()`` is ``line.strip()``)."""
    if value is None:
        return None
    if type(value) is not str:
        raise _UnusualValueError
    if not value:
        return ""
    if not value.isascii():
        value = unicodedata.normalize("NFC", value)
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if "\n" not in value:
        return value.strip()
    return "\n".join(line.rstrip() for line in value.split("\n")).strip()


def _int(value: Any) -> int | None:
    if value is None or (type(value) is int and -_SAFE_INTEGER <= value <= _SAFE_INTEGER):
        return value
    raise _UnusualValueError


def _flag(value: Any) -> bool | None:
    if value is None or type(value) is bool:
        return value
    raise _UnusualValueError


def _name(enum: Any) -> str | None:
    """An enum's value as ``_content`` writes it (``.value``), checked to be a plain string."""
    if enum is None:
        return None
    return _required(enum)


def _required(enum: Any) -> str | None:
    """``_name`` of a column that is never empty (the general path fails on None: it decides)."""
    value = enum.value
    if type(value) is not str:
        raise _UnusualValueError
    return _text(value)


def canonical_rows(meeting: Any, attendance: Iterable[Any], items: Iterable[Any],
                   actions_of: Callable[[Any], Iterable[Any]]) -> bytes:
    """The canonical bytes of ``minutes_hash``: ``canonical_json(hashed_part(content_of(...))).encode()`` for the
    same rows (mappings with the columns' names), built in one pass; the general path for anything unusual."""
    attendance, items = list(attendance), list(items)
    try:
        return _canonical_rows(meeting, list(attendance), list(items), actions_of)
    except Exception:  # _UnusualValueError, or what the general path raises (or refuses) in its own words
        content = content_of(meeting, attendance, items, actions_of, group=_no_name, person=_no_name,
                             organisation=_no_name)
        return canonical_json(hashed_part(content)).encode("utf-8")


def minutes_hash_of_rows(meeting: Any, attendance: Iterable[Any], items: Iterable[Any],
                         actions_of: Callable[[Any], Iterable[Any]]) -> str:
    """``minutes_hash(content_of(...))`` of the rows, by ``canonical_rows``."""
    return hashlib.sha256(canonical_rows(meeting, attendance, items, actions_of)).hexdigest()


def _no_name(_ident: int | None) -> None:
    return None


def _canonical_rows(meeting: Any, attendance: list, items: list, actions_of: Callable[[Any], Iterable[Any]]) -> bytes:
    facts: dict[str, Any] = {
        "group_id": _int(meeting["group_id"]),
        "starts": meeting["starts_at"].astimezone(UTC).isoformat(),
        "ends": meeting["ends_at"].astimezone(UTC).isoformat(),
        "place": _text(meeting["place"]), "online": _text(meeting["online_link"]),
        "kind": _required(meeting["kind"]), "status": _required(meeting["status"])}
    for key in ("secretary_id", "justerare_id"):
        value = meeting.get(key)
        if value is not None:
            facts[key] = _int(value)
    reason = meeting.get("no_attendance_reason")
    if reason:
        facts["no_attendance"] = _text(reason)
    attendance.sort(key=lambda a: a["person_id"])
    people = [
        {"person_id": _int(a["person_id"]), "status": _required(a["status"]), "role": _name(a["role"]),
         "represents_id": _int(a["represents_id"]), "substitute_for_id": _int(a["substitute_for_id"]),
         "from": _int(a["present_from_paragraph"]), "to": _int(a["present_to_paragraph"]),
         "guest": _flag(a["is_guest"]), "adjunct": _flag(a["is_adjunct"])}
        for a in attendance]
    items.sort(key=lambda i: i["position"])
    rows = []
    for i in items:
        actions = []
        for a in actions_of(i):
            due = a["due_on"]
            due_text = due.isoformat() if due else None
            what = a["what"]
            actions.append(((what, due_text or ""), {
                "what": _text(what), "person_id": _int(a["responsible_person_id"]),
                "organisation_id": _int(a["responsible_organisation_id"]), "due": _text(due_text)}))
        actions.sort(key=lambda pair: pair[0])
        rows.append({
            "position": _int(i["position"]), "paragraph": _int(i["paragraph"]), "title": _text(i["title"]),
            "kind": _required(i["kind"]), "presenter": _text(i["presenter"]), "confidential": _flag(i["confidential"]),
            "notes": _text(i["notes"]), "decision": _text(i["decision_text"]), "outcome": _name(i["outcome"]),
            "reason": _text(i["outcome_reason"]), "target_group_id": _int(i["target_group_id"]),
            "actions": [action for _key, action in actions]})
    document = {"format": FORMAT_VERSION, "meeting": facts, "attendance": people, "items": rows}
    return json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

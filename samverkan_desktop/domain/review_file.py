"""The review file (granskningsfil) and the approval receipt (kvitto): approval without the database.

The review file carries the minutes, their content hash and who may approve, sealed with a SHA-256 of its
payload (RFC 8785, domain.canonical): that protects against damage and casual edits, not against a forger, and
needs none: it grants nothing. The receipt is what grants: the chair signs its payload (content hash, meeting,
approver, time, whether it approves, the comments and the note) with their personal key (domain.signing), and
the secretary's import accepts only a valid signature from the registered key of the chair or vice chair in
office on the meeting day (services.review). Both are read with limits on size and depth and exact types
(domain.strict_json); every problem is a ValidationError in Swedish.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from typing import Any

from .canonical import canonical_bytes
from .enums import AttendanceStatus, Outcome
from .errors import ValidationError
from .messages import msg
from .minutes_hash import minutes_hash
from .signing import RECEIPT_KIND, SigningKey, decode_signature, encode_signature
from .strict_json import Fields, load_limited

REVIEW_FORMAT = "samverkan-granskningsfil"
RECEIPT_FORMAT = "samverkan-kvitto"
VERSION = 2  # 2: RFC 8785 checksum, strict types; receipts signed
REVIEW_SUFFIX = ".granskning"
RECEIPT_SUFFIX = ".kvitto"


@dataclass(frozen=True)
class Approver:
    person_id: int
    name: str
    role: str


@dataclass(frozen=True)
class ReviewFile:
    meeting_id: int
    group_name: str
    meeting_on: str
    content: dict
    content_hash: str
    approvers: tuple[Approver, ...]
    created_at: str


@dataclass(frozen=True)
class ItemComment:
    position: int
    paragraph: int | None
    title: str
    text: str


@dataclass(frozen=True)
class Receipt:
    meeting_id: int
    group_name: str
    meeting_on: str
    content_hash: str
    approver: Approver
    approved: bool
    comments: tuple[ItemComment, ...]
    note: str
    at: str  # UTC ISO 8601, whole seconds (domain.signing.utc_iso)
    fingerprint: str = ""  # the signing key's; empty: not signed
    signature: str = ""  # base64 Ed25519 over signed_message()

    def payload(self) -> dict[str, Any]:
        """Everything the signature covers."""
        return {"kind": RECEIPT_KIND, "meeting_id": self.meeting_id, "group_name": self.group_name,
                "meeting_on": self.meeting_on, "content_hash": self.content_hash,
                "approver_id": self.approver.person_id, "approver_name": self.approver.name,
                "role": self.approver.role, "approved": self.approved,
                "comments": [asdict(c) for c in self.comments], "note": self.note, "approved_at": self.at}

    def signed_message(self) -> bytes:
        return canonical_bytes(self.payload())

    def signed_by(self, key: SigningKey) -> Receipt:
        unsigned = replace(self, fingerprint="", signature="")
        return replace(unsigned, fingerprint=key.fingerprint,
                       signature=encode_signature(key.sign(unsigned.signed_message())))

    @property
    def signature_bytes(self) -> bytes | None:
        return decode_signature(self.signature)


MESSAGES = {  # message ids: damaged, foreign, another version, what the file is called
    REVIEW_FORMAT: ("domain.review_file.review_damaged", "domain.review_file.review_foreign",
                    "domain.review_file.review_version", "domain.review_file.review_what"),
    RECEIPT_FORMAT: ("domain.review_file.receipt_damaged", "domain.review_file.receipt_foreign",
                     "domain.review_file.receipt_version", "domain.review_file.receipt_what"),
}


def _messages(kind: str) -> tuple[str, ...]:
    return tuple(msg(message_id) for message_id in MESSAGES[kind])


def _checksum(payload: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(payload)).hexdigest()


def _write(document: dict[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def _open(kind: str, data: bytes, extra: frozenset[str]) -> dict[str, Any]:
    damaged, foreign, version, what = _messages(kind)
    document = load_limited(data, damaged, what=what)
    if not isinstance(document, dict) or document.get("format") != kind:
        raise ValidationError(foreign, field="file")
    if document.get("version") != VERSION or type(document.get("version")) is not int:
        raise ValidationError(version, field="file")
    if set(document) != {"format", "version", "payload"} | extra or not isinstance(document["payload"], dict):
        raise ValidationError(damaged, field="file")
    return document


# -- the review file ---------------------------------------------------------------------------
def dump_review(review: ReviewFile) -> bytes:
    payload = asdict(review)
    return _write({"format": REVIEW_FORMAT, "version": VERSION, "payload": payload, "checksum": _checksum(payload)})


def load_review(data: bytes) -> ReviewFile:
    damaged = msg(MESSAGES[REVIEW_FORMAT][0])
    document = _open(REVIEW_FORMAT, data, frozenset({"checksum"}))
    if document["checksum"] != _checksum(document["payload"]):
        raise ValidationError(damaged, field="file")
    p = Fields(document["payload"], {"meeting_id", "group_name", "meeting_on", "content", "content_hash",
                                     "approvers", "created_at"}, damaged)

    def approver(value: Any) -> Approver:
        a = Fields(value, {"person_id", "name", "role"}, damaged)
        return Approver(a.integer("person_id"), a.text("name", limit=200), a.text("role", limit=40))

    review = ReviewFile(p.integer("meeting_id"), p.text("group_name", limit=200), p.text("meeting_on", limit=10),
                        check_content(p.raw("content"), damaged), p.text("content_hash", limit=64),
                        p.items("approvers", approver, limit=10), p.text("created_at", limit=40))
    if not review.approvers or minutes_hash(review.content) != review.content_hash:
        raise ValidationError(damaged, field="file")
    return review


_MEETING = {"group_id": "int", "group": "str?", "starts": "time", "ends": "time", "place": "str?",
            "online": "str?", "kind": "str", "status": "str"}
_ATTENDANCE = {"person_id": "int", "person": "str?", "status": "attendance", "role": "str?",
               "represents_id": "int?", "represents": "str?", "substitute_for_id": "int?",
               "substitute_for": "str?", "from": "int?", "to": "int?", "guest": "bool?", "adjunct": "bool?"}
_ITEM = {"position": "int", "paragraph": "int?", "title": "str", "kind": "str", "presenter": "str?",
         "confidential": "bool?", "notes": "str?", "decision": "str?", "outcome": "outcome?", "reason": "str?",
         "target_group_id": "int?", "target_group": "str?"}
_ACTION = {"what": "str", "person_id": "int?", "person": "str?", "organisation_id": "int?",
           "organisation": "str?", "due": "str?"}
_OUTCOMES = frozenset(o.value for o in Outcome)
_STATUSES = frozenset(s.value for s in AttendanceStatus)


def _shaped(value: Any, shape: dict[str, str], error: str, extra: frozenset[str] = frozenset()) -> Fields:
    f = Fields(value, set(shape) | extra, error)
    for key, kind in shape.items():
        optional = kind.endswith("?")
        base = kind.rstrip("?")
        if base == "int":
            f.integer(key, optional=optional)
        elif base == "bool":
            f.boolean(key, optional=optional)
        else:
            text = f.text(key, optional=optional)
            if text is None:
                continue
            if (base == "outcome" and text not in _OUTCOMES) or (base == "attendance" and text not in _STATUSES):
                raise f.fail()
            if base == "time":
                try:
                    datetime.fromisoformat(text)
                except ValueError:
                    raise f.fail() from None
    return f


def check_content(value: Any, error: str) -> dict:
    """The minutes content exactly as domain.minutes_hash.content_of lays it out, with exact types: what review
    mode shows can be shown without surprises."""
    top = Fields(value, {"meeting", "attendance", "items"}, error)
    _shaped(top.raw("meeting"), _MEETING, error)
    top.items("attendance", lambda a: _shaped(a, _ATTENDANCE, error), limit=1000)

    def item(value: Any) -> None:
        f = _shaped(value, _ITEM, error, frozenset({"actions"}))
        f.items("actions", lambda a: _shaped(a, _ACTION, error), limit=1000)

    top.items("items", item, limit=2000)
    return value


# -- the receipt -------------------------------------------------------------------------------
def dump_receipt(receipt: Receipt) -> bytes:
    return _write({"format": RECEIPT_FORMAT, "version": VERSION, "payload": receipt.payload(),
                   "signature": {"key": receipt.fingerprint, "value": receipt.signature}})


def load_receipt(data: bytes) -> Receipt:
    damaged = msg(MESSAGES[RECEIPT_FORMAT][0])
    document = _open(RECEIPT_FORMAT, data, frozenset({"signature"}))
    s = Fields(document["signature"], {"key", "value"}, damaged)
    p = Fields(document["payload"], {"kind", "meeting_id", "group_name", "meeting_on", "content_hash",
                                     "approver_id", "approver_name", "role", "approved", "comments", "note",
                                     "approved_at"}, damaged)
    if p.text("kind") != RECEIPT_KIND:
        raise ValidationError(damaged, field="file")

    def comment(value: Any) -> ItemComment:
        c = Fields(value, {"position", "paragraph", "title", "text"}, damaged)
        return ItemComment(c.integer("position"), c.integer("paragraph", optional=True), c.text("title", limit=500),
                           c.text("text", limit=20_000))

    return Receipt(
        meeting_id=p.integer("meeting_id"), group_name=p.text("group_name", limit=200),
        meeting_on=p.text("meeting_on", limit=10), content_hash=p.text("content_hash", limit=64),
        approver=Approver(p.integer("approver_id"), p.text("approver_name", limit=200), p.text("role", limit=40)),
        approved=p.boolean("approved"), comments=p.items("comments", comment, limit=2000),
        note=p.text("note", limit=20_000), at=p.text("approved_at", limit=40),
        fingerprint=s.text("key", limit=40), signature=s.text("value", limit=100))

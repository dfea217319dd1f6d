"""The review file (granskningsfil) and the approval receipt (kvitto): approval without the database.

Both are JSON with a SHA-256 of their payload, so a truncated or edited file is refused rather than half-read.
The checksum protects against damage and casual edits, not against a forger who recomputes it; what binds the
approval is the minutes' content hash, which the receipt must match when the secretary imports it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from typing import Any

from .errors import ValidationError
from .minutes_hash import minutes_hash

REVIEW_FORMAT = "samverkan-granskningsfil"
RECEIPT_FORMAT = "samverkan-kvitto"
VERSION = 1
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
    at: str


def _seal(kind: str, payload: dict[str, Any]) -> bytes:
    body = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    document = {"format": kind, "version": VERSION, "payload": payload,
                "checksum": hashlib.sha256(body.encode("utf-8")).hexdigest()}
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


MESSAGES = {
    REVIEW_FORMAT: ("Granskningsfilen är skadad eller ändrad och kan inte användas.",
                    "Filen är ingen granskningsfil från Samverkan Desktop.",
                    "Granskningsfilen är skapad med en annan version av programmet."),
    RECEIPT_FORMAT: ("Kvittot är skadat eller ändrat och kan inte användas.",
                     "Filen är inget kvitto från Samverkan Desktop.",
                     "Kvittot är skapat med en annan version av programmet."),
}


def _open(kind: str, data: bytes) -> dict[str, Any]:
    damaged_text, foreign_text, version_text = MESSAGES[kind]
    damaged = ValidationError(damaged_text, field="file")
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise damaged from None
    if not isinstance(document, dict) or document.get("format") != kind:
        raise ValidationError(foreign_text, field="file")
    if document.get("version") != VERSION:
        raise ValidationError(version_text, field="file")
    payload = document.get("payload")
    if not isinstance(payload, dict):
        raise damaged
    body = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    if hashlib.sha256(body.encode("utf-8")).hexdigest() != document.get("checksum"):
        raise damaged
    return payload


def dump_review(review: ReviewFile) -> bytes:
    return _seal(REVIEW_FORMAT, asdict(review))


def load_review(data: bytes) -> ReviewFile:
    payload = _open(REVIEW_FORMAT, data)
    try:
        review = ReviewFile(
            meeting_id=int(payload["meeting_id"]), group_name=str(payload["group_name"]),
            meeting_on=str(payload["meeting_on"]), content=dict(payload["content"]),
            content_hash=str(payload["content_hash"]),
            approvers=tuple(Approver(int(a["person_id"]), str(a["name"]), str(a["role"]))
                            for a in payload["approvers"]),
            created_at=str(payload["created_at"]))
    except (KeyError, TypeError, ValueError):
        raise ValidationError(MESSAGES[REVIEW_FORMAT][0], field="file") from None
    if minutes_hash(review.content) != review.content_hash:
        raise ValidationError(MESSAGES[REVIEW_FORMAT][0], field="file")
    return review


def dump_receipt(receipt: Receipt) -> bytes:
    return _seal(RECEIPT_FORMAT, asdict(receipt))


def load_receipt(data: bytes) -> Receipt:
    payload = _open(RECEIPT_FORMAT, data)
    try:
        approver = payload["approver"]
        return Receipt(
            meeting_id=int(payload["meeting_id"]), group_name=str(payload["group_name"]),
            meeting_on=str(payload["meeting_on"]), content_hash=str(payload["content_hash"]),
            approver=Approver(int(approver["person_id"]), str(approver["name"]), str(approver["role"])),
            approved=bool(payload["approved"]),
            comments=tuple(ItemComment(int(c["position"]), c["paragraph"], str(c["title"]), str(c["text"]))
                           for c in payload["comments"]),
            note=str(payload["note"]), at=str(payload["at"]))
    except (KeyError, TypeError, ValueError):
        raise ValidationError(MESSAGES[RECEIPT_FORMAT][0], field="file") from None

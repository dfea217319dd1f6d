"""The approval record published beside each minutes (``<file>.godkannande.json``), and its check without any
database: anyone with the published folder can recompute the content hash from the canonical content, check the
approver's signature with the public key in the record, and each published file's SHA-256.

The canonical content is left out (and the record says why) when the published minutes leave something out:
confidential items, or personal data the publication rules scrubbed. Those minutes are still bound by the signed
content hash; only the recomputation needs the database. The public key in the record is the one registered on
the approver when they approved: compare its fingerprint with the register, or with the approver.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from .errors import ValidationError
from .messages import msg
from .minutes_hash import minutes_hash
from .signing import APPROVAL_KIND, PublicKey, decode_signature, fingerprint
from .strict_json import Fields, load_limited

RECORD_FORMAT = "samverkan-godkannandepost"
RECORD_VERSION = 1
RECORD_SUFFIX = ".godkannande.json"
DAMAGED = "domain.approval_record.damaged"  # a message id


@dataclass(frozen=True)
class ApprovalRecord:
    meeting_id: int
    group_name: str
    meeting_on: str
    content: dict | None  # the canonical content as approved; None: withheld (see ``withheld``)
    withheld: str | None
    content_hash: str
    approver: str
    role: str
    approved_at: str
    method: str
    signed_payload: str | None  # exactly the signed bytes (RFC 8785); None: unsigned approval
    signature: str | None
    fingerprint: str | None
    public_key: str | None  # base64 of the raw Ed25519 key


@dataclass(frozen=True)
class PublishedFile:
    name: str
    format: str
    sha256: str


def record_bytes(record: ApprovalRecord, files: list[PublishedFile]) -> bytes:
    document = {"format": RECORD_FORMAT, "version": RECORD_VERSION,
                "meeting": {"id": record.meeting_id, "group": record.group_name, "date": record.meeting_on},
                "content": record.content, "content_withheld": record.withheld, "content_hash": record.content_hash,
                "approval": {"approver": record.approver, "role": record.role, "approved_at": record.approved_at,
                             "method": record.method, "signed_payload": record.signed_payload,
                             "signature": record.signature, "key_fingerprint": record.fingerprint,
                             "public_key": record.public_key},
                "files": [{"name": f.name, "format": f.format, "sha256": f.sha256} for f in files]}
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


@dataclass(frozen=True)
class RecordCheck:
    title: str  # group and date
    problems: tuple[str, ...]
    notes: tuple[str, ...]
    files: tuple[PublishedFile, ...]


def check_record(data: bytes) -> RecordCheck:
    """What holds and what does not in one record (the files themselves are checked by the caller)."""
    damaged = msg(DAMAGED)
    document = load_limited(data, damaged, what=msg("domain.approval_record.what"))
    top = Fields(document, {"format", "version", "meeting", "content", "content_withheld", "content_hash",
                            "approval", "files"}, damaged)
    if top.raw("format") != RECORD_FORMAT or top.integer("version") != RECORD_VERSION:
        raise ValidationError(msg("domain.approval_record.filen_ar_ingen_godkannandepost"))
    meeting = Fields(top.raw("meeting"), {"id", "group", "date"}, damaged)
    title = f"{meeting.text('group', limit=200)} {meeting.text('date', limit=10)}"
    meeting_id = meeting.integer("id")
    digest = top.text("content_hash", limit=64)
    a = Fields(top.raw("approval"), {"approver", "role", "approved_at", "method", "signed_payload", "signature",
                                     "key_fingerprint", "public_key"}, damaged)

    def published(value: Any) -> PublishedFile:
        f = Fields(value, {"name", "format", "sha256"}, damaged)
        return PublishedFile(f.text("name", limit=300), f.text("format", limit=20), f.text("sha256", limit=64))

    files = top.items("files", published, limit=20)
    problems: list[str] = []
    notes: list[str] = []
    content = top.raw("content")
    if content is None:
        notes.append(msg("record.withheld_note", why=top.text("content_withheld", optional=True, limit=200)))
    elif not isinstance(content, dict) or _hash(content) != digest:
        problems.append(msg("record.content_mismatch"))
    approver = a.text("approver", limit=200)
    payload_text = a.text("signed_payload", optional=True, limit=100_000)
    if payload_text is None:
        notes.append(msg("record.unsigned", approver=approver))
    else:
        problem = _signature_problem(a, payload_text, digest, meeting_id)
        if problem:
            problems.append(msg("record.invalid_signature", problem=problem))
        else:
            notes.append(msg("record.signed", approver=approver, fingerprint=a.text("key_fingerprint", limit=40)))
    return RecordCheck(title, tuple(problems), tuple(notes), files)


def _hash(content: dict) -> str | None:
    try:
        return minutes_hash(content)
    except (ValidationError, TypeError, ValueError, AttributeError):
        return None


def _signature_problem(a: Fields, payload_text: str, digest: str, meeting_id: int | None) -> str | None:
    try:
        raw = base64.b64decode(a.text("public_key", optional=True, limit=100) or "", validate=True)
    except (ValueError, binascii.Error):
        raw = b""
    if len(raw) != 32:
        return msg("record.key_damaged")
    if fingerprint(raw) != a.text("key_fingerprint", optional=True, limit=40):
        return msg("record.fingerprint_mismatch")
    signature = decode_signature(a.text("signature", optional=True, limit=100) or "")
    if signature is None or not PublicKey(raw).verifies(payload_text.encode("utf-8"), signature):
        return msg("verify.seal.mismatch")
    try:
        payload = json.loads(payload_text)
    except ValueError:
        return msg("verify.seal.unreadable")
    if not isinstance(payload, dict) or payload.get("content_hash") != digest \
            or payload.get("meeting_id") != meeting_id:
        return msg("record.other_minutes")
    if payload.get("kind") != APPROVAL_KIND and payload.get("approved") is not True:
        return msg("record.not_approval")
    return None


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()

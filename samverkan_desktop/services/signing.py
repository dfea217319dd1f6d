"""The register of people's public signing keys, the seal an approval carries, and the check of every seal.

An approval is *signed* when it holds the payload exactly as signed (RFC 8785 JSON), an Ed25519 signature over
it and the registered key that made it. Verification asks of each: does the signature verify with that key; was
the key the approver's and not yet replaced when the approval was made; does the payload name this approval's
content hash, meeting, approver and time? A database edit of the text with the hash recomputed, or of the
signature, fails one of these and is reported as an invalid signature.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Approval, Meeting, Person, PersonKey
from ..domain.approval_record import ApprovalRecord
from ..domain.calendar import STOCKHOLM
from ..domain.codes import AuditAction, AuditEntity
from ..domain.enums import Role
from ..domain.errors import ConflictError, ValidationError
from ..domain.messages import msg
from ..domain.signing import (
    APPROVAL_KIND,
    PublicKey,
    SigningKey,
    approval_payload,
    decode_signature,
    encode_signature,
    parse_public_key,
    signed_bytes,
    utc_iso,
)
from . import UnitOfWork
from ._common import audit, get_or_raise


@dataclass(frozen=True)
class PersonKeyDTO:
    id: int
    person_id: int
    person_name: str
    fingerprint: str
    valid_from: datetime
    valid_to: datetime | None

    @property
    def current(self) -> bool:
        return self.valid_to is None


@dataclass(frozen=True)
class Seal:
    """What an approval row stores of its signature."""

    key_id: int
    fingerprint: str
    payload: str  # RFC 8785 JSON, exactly the signed bytes
    signature: str  # base64


def _dto(row: PersonKey, session: Session) -> PersonKeyDTO:
    person = session.get(Person, row.person_id)
    return PersonKeyDTO(row.id, row.person_id, person.name if person else "?", row.fingerprint, row.valid_from,
                        row.valid_to)


# -- the register ------------------------------------------------------------------------------
def register_key(uow: UnitOfWork, person_id: int, public_key_text: str) -> PersonKeyDTO:
    """Register a public key (file text or pasted) on a person; their earlier key stops being valid now."""
    public = parse_public_key(public_key_text)
    with uow:
        person = get_or_raise(uow.session, Person, person_id, "services.gone.person")
        taken = uow.session.scalar(select(PersonKey).where(PersonKey.fingerprint == public.fingerprint))
        if taken is not None:
            owner = uow.session.get(Person, taken.person_id)
            raise ConflictError(msg("services.signing.nyckeln_ar_registrerad_pa_2",
                                    public_fingerprint=public.fingerprint,
                                    value=owner.name if owner else 'en annan person'), field="public_key")
        now = datetime.now(UTC)
        for old in uow.session.scalars(select(PersonKey).where(PersonKey.person_id == person_id,
                                                               PersonKey.valid_to.is_(None))):
            old.valid_to = now
            audit(uow, AuditEntity.SIGNING_KEY, old.id, AuditAction.REPLACED, f"{person.name}: {old.fingerprint}")
        row = PersonKey(person_id=person_id, public_key=public.base64, fingerprint=public.fingerprint,
                        valid_from=now, registered_by=uow.actor)
        uow.session.add(row)
        uow.session.flush()
        audit(uow, AuditEntity.SIGNING_KEY, row.id, AuditAction.REGISTERED, f"{person.name}: {public.fingerprint}")
        uow.commit()
        return _dto(row, uow.session)


def keys_of(uow: UnitOfWork, person_id: int) -> list[PersonKeyDTO]:
    """A person's keys, the current one first."""
    with uow:
        rows = uow.session.scalars(select(PersonKey).where(PersonKey.person_id == person_id)
                                   .order_by(PersonKey.valid_to.is_not(None), PersonKey.valid_from.desc()))
        return [_dto(r, uow.session) for r in rows]


def current_fingerprints(uow: UnitOfWork, person_ids: list[int]) -> dict[int, str]:
    """The current key of each of these people (those with one)."""
    with uow:
        rows = uow.session.scalars(select(PersonKey).where(PersonKey.person_id.in_(person_ids),
                                                           PersonKey.valid_to.is_(None)))
        return {r.person_id: r.fingerprint for r in rows}


def current_key_row(session: Session, person_id: int, fingerprint: str) -> PersonKey:
    row = session.scalar(select(PersonKey).where(PersonKey.fingerprint == fingerprint))
    person = session.get(Person, person_id)
    name = person.name if person else "Personen"
    if row is None or row.person_id != person_id:
        raise ValidationError(msg("services.signing.nyckeln_ar_registrerad_pa", fingerprint=fingerprint, name=name),
                              field="signature")
    if row.valid_to is not None:
        raise ValidationError(msg("services.signing.nyckeln_ersatts_nyare_langre", fingerprint=fingerprint),
                              field="signature")
    return row


# -- sealing an approval -----------------------------------------------------------------------
def seal_in_app(session: Session, signer: SigningKey, *, meeting_id: int, person: Person, role: Role,
                content_hash: str, approved_at: datetime) -> Seal:
    """The approver signs in the app with their own key, which must be the one registered on them."""
    row = current_key_row(session, person.id, signer.fingerprint)
    payload = approval_payload(content_hash=content_hash, meeting_id=meeting_id, approver_id=person.id,
                               approver_name=person.name, role=role.value, approved_at=approved_at)
    message = signed_bytes(payload)
    return Seal(row.id, row.fingerprint, message.decode("utf-8"), encode_signature(signer.sign(message)))


def seal_columns(seal: Seal | None) -> dict:
    if seal is None:
        return {}
    return {"signing_key_id": seal.key_id, "key_fingerprint": seal.fingerprint, "signed_payload": seal.payload,
            "signature": seal.signature}


def signed_moment(at: datetime | None) -> datetime:
    """Approval times are kept to the second: the signed text and the stored time must be the same instant."""
    return (at or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)


# -- the publication record ------------------------------------------------------------------
def approval_record(session: Session, meeting: Meeting, a: Approval) -> ApprovalRecord:
    """What publishing writes beside the files (domain.approval_record): the approved content, its hash, the
    signed payload, the signature and the public key it verifies with."""
    person = session.get(Person, a.approved_by_id)
    key = session.get(PersonKey, a.signing_key_id) if a.signing_key_id else None
    content = json.loads(a.content) if a.content else None
    return ApprovalRecord(
        meeting.id, meeting.group.name, meeting.starts_at.astimezone(STOCKHOLM).date().isoformat(), content,
        None if content is not None else "det godkända innehållet sparades inte med godkännandet",
        a.content_hash, person.name if person else "?", a.role.value, utc_iso(a.approved_at), a.method.value,
        a.signed_payload, a.signature, a.key_fingerprint, key.public_key if key else None)


# -- verification ------------------------------------------------------------------------------
@dataclass(frozen=True)
class SignatureCheck:
    approval_id: int
    meeting_id: int
    group_name: str
    meeting_on: str
    approver: str
    fingerprint: str | None
    problem: str | None  # None: valid (or unsigned when fingerprint is None)

    @property
    def signed(self) -> bool:
        return self.fingerprint is not None

    def describe(self) -> str:
        where = f"{self.group_name} {self.meeting_on}"
        if self.problem:
            return msg("verify.signature_invalid", where=where, problem=self.problem)
        if not self.signed:
            return msg("verify.unsigned", where=where, approver=self.approver)
        return msg("verify.signed", where=where, approver=self.approver, fingerprint=self.fingerprint)


def check_seal(session: Session, a: Approval) -> str | None:
    """Why the seal of approval ``a`` does not hold, in the chosen language; None when it holds."""
    if not (a.signature and a.signed_payload and a.signing_key_id):
        return msg("verify.seal.incomplete")
    key = session.get(PersonKey, a.signing_key_id)
    if key is None or key.fingerprint != a.key_fingerprint:
        return msg("verify.seal.unknown_key")
    if key.person_id != a.approved_by_id:
        return msg("verify.seal.other_person")
    if key.valid_to is not None and key.valid_to < a.approved_at:
        return msg("verify.seal.replaced_key")
    signature = decode_signature(a.signature)
    public = PublicKey(base64.b64decode(key.public_key))
    if signature is None or not public.verifies(a.signed_payload.encode("utf-8"), signature):
        return msg("verify.seal.mismatch")
    try:
        payload = json.loads(a.signed_payload)
    except ValueError:
        return msg("verify.seal.unreadable")
    if not isinstance(payload, dict):
        return msg("verify.seal.unreadable")
    expected = {"content_hash": a.content_hash, "meeting_id": a.meeting_id, "approver_id": a.approved_by_id,
                "approved_at": utc_iso(a.approved_at)}
    wrong = [k for k, v in expected.items() if payload.get(k) != v]
    if payload.get("kind") != APPROVAL_KIND and payload.get("approved") is not True:
        wrong.append("approved")
    if wrong:
        return msg("verify.seal.wrong_approval", labels=", ".join(msg(f"verify.seal.label.{k}") for k in wrong))
    return None

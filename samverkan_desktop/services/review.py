"""Approval without the database: the review file the secretary sends, the receipt the chair sends back."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from ..db.models import AgendaItem, Meeting, Person, PersonKey, ReviewComment
from ..db.uow import MILESTONE_APPROVAL
from ..domain.calendar import FIRST_YEAR, LAST_YEAR, STOCKHOLM
from ..domain.codes import AuditAction, AuditEntity
from ..domain.enums import ApprovalMethod, MeetingStatus
from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..domain.minutes_hash import minutes_hash
from ..domain.review_file import Approver, Receipt, ReviewFile
from ..domain.signing import PublicKey, utc_iso
from . import UnitOfWork
from ._common import audit, get_or_raise
from .approval import approve, approvers_on, minutes_content
from .signing import Seal

NOT_FOUND = "services.gone.meeting_in_file"


@dataclass(frozen=True)
class CommentDTO:
    agenda_item_id: int
    author: str
    text: str
    at: datetime


@dataclass(frozen=True)
class ReceiptResult:
    approved: bool
    comments: int
    message: str


def build_review(uow: UnitOfWork, meeting_id: int) -> ReviewFile:
    """The minutes as they are now, their hash, and who may approve them."""
    with uow:
        meeting = get_or_raise(uow.session, Meeting, meeting_id, "services.gone.meeting")
        if meeting.status is not MeetingStatus.HELD:
            raise ValidationError(msg("services.review.bara_anteckningar_fran_genomfort"))
        content = minutes_content(uow.session, meeting)
        approvers = tuple(Approver(pid, name, role.value) for pid, name, role in approvers_on(uow.session, meeting))
        if not approvers:
            raise ValidationError(msg("services.review.gruppen_hade_ingen_ordforande"))
        audit(uow, AuditEntity.REVIEW_FILE, meeting.id, AuditAction.CREATED,
              f"kontrollsumma {minutes_hash(content)[:12]}", meeting.id)
        uow.commit()
        return ReviewFile(meeting.id, meeting.group.name, meeting.starts_at.astimezone(STOCKHOLM).date().isoformat(),
                          content, minutes_hash(content), approvers, datetime.now(UTC).isoformat())


def import_receipt(uow: UnitOfWork, receipt: Receipt) -> ReceiptResult:
    """Accept the chair's receipt only if it covers exactly the current minutes, comes from the chair or vice chair
    in office on the meeting day, and carries a valid signature of the key registered on that person (comments,
    note and the approval itself are signed). Comments and the audit entry carry the register's name."""
    if receipt.approved:
        uow.milestone(MILESTONE_APPROVAL)  # the approval below runs inside this unit of work, where it would not
    with uow:
        meeting = get_or_raise(uow.session, Meeting, receipt.meeting_id, NOT_FOUND)
        if meeting.group.name != receipt.group_name:
            raise ValidationError(msg("services.review.kvittot_hor_mote_annan"), field="file")
        current = minutes_hash(minutes_content(uow.session, meeting))
        if current != receipt.content_hash:
            raise ValidationError(msg("services.review.anteckningarna_andrats_sedan_granskningsfilen"), field="file")
        role = next((r for pid, _name, r in approvers_on(uow.session, meeting)
                     if pid == receipt.approver.person_id), None)
        if role is None or role.value != receipt.approver.role:
            raise ValidationError(msg("services.review.var_ordforande_vice_ordforande",
                                      approver_name=receipt.approver.name), field="file")
        at = _parse_time(receipt.at)
        seal = _checked_seal(uow.session, receipt)
        person = uow.session.get(Person, receipt.approver.person_id)
        author = person.name if person else receipt.approver.name
        items = {i.position: i for i in uow.session.scalars(select(AgendaItem).where(
            AgendaItem.meeting_id == meeting.id))}
        for comment in receipt.comments:
            item = items.get(comment.position)
            if item is not None and comment.text.strip():
                uow.session.add(ReviewComment(agenda_item_id=item.id, author=author, text=comment.text.strip(),
                                              at=at))
        audit(uow, AuditEntity.RECEIPT, meeting.id, AuditAction.IMPORTED,
              f"{author}: {'godkänner' if receipt.approved else 'kommentarer'}, "
              f"{len(receipt.comments)} kommentarer, signerat med nyckel {seal.fingerprint}", meeting.id)
        if receipt.approved:
            approve(uow, meeting.id, receipt.approver.person_id, ApprovalMethod.REVIEW_FILE, receipt.note or None,
                    expected_hash=receipt.content_hash, at=at, seal=seal)
        uow.commit()
    return ReceiptResult(receipt.approved, len(receipt.comments),
                         msg("review.receipt_approved" if receipt.approved else "review.receipt_comments",
                             author=author, meeting_on=receipt.meeting_on, fingerprint=seal.fingerprint))


def _checked_seal(session, receipt: Receipt) -> Seal:
    if not receipt.fingerprint or not receipt.signature:
        raise ValidationError(msg("services.review.kvittot_ar_signerat_godtas"), field="file")
    key = session.scalar(select(PersonKey).where(PersonKey.fingerprint == receipt.fingerprint))
    if key is None or key.person_id != receipt.approver.person_id:
        raise ValidationError(msg("services.review.kvittot_ar_signerat_nyckeln",
                                  receipt_fingerprint=receipt.fingerprint, approver_name=receipt.approver.name),
                              field="file")
    if key.valid_to is not None:
        raise ValidationError(msg("services.review.kvittot_ar_signerat_nyckeln_2",
                                  receipt_fingerprint=receipt.fingerprint), field="file")
    message = receipt.signed_message()
    signature = receipt.signature_bytes
    if signature is None or not PublicKey(base64.b64decode(key.public_key)).verifies(message, signature):
        raise ValidationError(msg("services.review.kvittots_signatur_stammer_kvittot"), field="file")
    return Seal(key.id, key.fingerprint, message.decode("utf-8"), receipt.signature)


def comments(uow: UnitOfWork, meeting_id: int) -> dict[int, list[CommentDTO]]:
    with uow:
        rows = uow.session.scalars(select(ReviewComment).join(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                                   .order_by(ReviewComment.at, ReviewComment.id))
        found: dict[int, list[CommentDTO]] = {}
        for r in rows:
            found.setdefault(r.agenda_item_id, []).append(CommentDTO(r.agenda_item_id, r.author, r.text, r.at))
        return found


def _parse_time(text: str) -> datetime:
    """The signed time: UTC ISO 8601 in whole seconds, exactly as domain.signing.utc_iso writes it."""
    damaged = ValidationError(msg("services.review.kvittot_ar_skadat_andrat"), field="file")
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise damaged from None
    if value.tzinfo is None or not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise damaged
    if utc_iso(value) != text:
        raise damaged
    return value.astimezone(UTC)

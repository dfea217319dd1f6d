"""Approval without the database: the review file the secretary sends, the receipt the chair sends back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from ..db.models import AgendaItem, Meeting, ReviewComment
from ..db.uow import MILESTONE_APPROVAL
from ..domain.calendar import FIRST_YEAR, LAST_YEAR, STOCKHOLM
from ..domain.enums import ApprovalMethod, MeetingStatus
from ..domain.errors import ValidationError
from ..domain.minutes_hash import minutes_hash
from ..domain.review_file import Approver, Receipt, ReviewFile
from . import UnitOfWork
from ._common import audit, get_or_raise
from .approval import approve, approvers_on, minutes_content

NOT_FOUND = "Mötet i filen finns inte i den här databasen."


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
        meeting = get_or_raise(uow.session, Meeting, meeting_id, "Mötet finns inte längre.")
        if meeting.status is not MeetingStatus.HELD:
            raise ValidationError("Bara anteckningar från ett genomfört möte kan skickas för granskning.")
        content = minutes_content(uow.session, meeting)
        approvers = tuple(Approver(pid, name, role.value) for pid, name, role in approvers_on(uow.session, meeting))
        if not approvers:
            raise ValidationError("Gruppen hade ingen ordförande eller vice ordförande på mötesdagen.")
        audit(uow, "granskningsfil", meeting.id, "skapad", f"kontrollsumma {minutes_hash(content)[:12]}", meeting.id)
        uow.commit()
        return ReviewFile(meeting.id, meeting.group.name, meeting.starts_at.astimezone(STOCKHOLM).date().isoformat(),
                          content, minutes_hash(content), approvers, datetime.now(UTC).isoformat())


def import_receipt(uow: UnitOfWork, receipt: Receipt) -> ReceiptResult:
    """Accept the chair's receipt only if it covers exactly the current minutes and comes from an approver."""
    if receipt.approved:
        uow.milestone(MILESTONE_APPROVAL)  # the approval below runs inside this unit of work, where it would not
    with uow:
        meeting = get_or_raise(uow.session, Meeting, receipt.meeting_id, NOT_FOUND)
        if meeting.group.name != receipt.group_name:
            raise ValidationError("Kvittot hör till ett möte i en annan grupp.", field="file")
        current = minutes_hash(minutes_content(uow.session, meeting))
        if current != receipt.content_hash:
            raise ValidationError("Anteckningarna har ändrats sedan granskningsfilen skapades. Kvittot gäller inte "
                                  "den nuvarande texten; skicka en ny granskningsfil.", field="file")
        allowed = {pid for pid, _name, _role in approvers_on(uow.session, meeting)}
        if receipt.approver.person_id not in allowed:
            raise ValidationError(f"{receipt.approver.name} var inte ordförande eller vice ordförande i gruppen på "
                                  "mötesdagen; kvittot godtas inte.", field="file")
        items = {i.position: i for i in uow.session.scalars(select(AgendaItem).where(
            AgendaItem.meeting_id == meeting.id))}
        at = _parse_time(receipt.at)
        for comment in receipt.comments:
            item = items.get(comment.position)
            if item is not None and comment.text.strip():
                uow.session.add(ReviewComment(agenda_item_id=item.id, author=receipt.approver.name,
                                              text=comment.text.strip(), at=at))
        audit(uow, "kvitto", meeting.id, "importerat",
              f"{receipt.approver.name}: {'godkänner' if receipt.approved else 'kommentarer'}, "
              f"{len(receipt.comments)} kommentarer", meeting.id)
        if receipt.approved:
            approve(uow, meeting.id, receipt.approver.person_id, ApprovalMethod.REVIEW_FILE, receipt.note or None,
                    expected_hash=receipt.content_hash, at=at)
        uow.commit()
    what = "godkänt" if receipt.approved else "lämnat kommentarer på"
    return ReceiptResult(receipt.approved, len(receipt.comments),
                         f"{receipt.approver.name} har {what} anteckningarna från {receipt.meeting_on}.")


def comments(uow: UnitOfWork, meeting_id: int) -> dict[int, list[CommentDTO]]:
    with uow:
        rows = uow.session.scalars(select(ReviewComment).join(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                                   .order_by(ReviewComment.at, ReviewComment.id))
        found: dict[int, list[CommentDTO]] = {}
        for r in rows:
            found.setdefault(r.agenda_item_id, []).append(CommentDTO(r.agenda_item_id, r.author, r.text, r.at))
        return found


def _parse_time(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError("Kvittot är skadat eller ändrat och kan inte användas.", field="file") from None
    if not FIRST_YEAR <= value.year <= LAST_YEAR:  # stored in UTC: year 1 or 9999 would not convert
        raise ValidationError("Kvittot är skadat eller ändrat och kan inte användas.", field="file")
    return value if value.tzinfo else value.replace(tzinfo=UTC)

"""Records that are written once: approvals, publications and the append-only audit trail."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from ...domain.enums import ApprovalMethod, Role
from ..types import UTCDateTime, enum_column_type
from .base import Base, utcnow


class Approval(Base):
    __tablename__ = "approval"
    # One valid (not revoked) approval per minutes, enforced by the database (two chairs approving at once).
    __table_args__ = (Index("uq_approval_one_valid", "meeting_id", unique=True,
                            sqlite_where=text("revoked_at IS NULL"), postgresql_where=text("revoked_at IS NULL")),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    approved_by_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    role: Mapped[Role] = mapped_column(enum_column_type(Role, "role"))
    approved_at: Mapped[datetime] = mapped_column(UTCDateTime())
    method: Mapped[ApprovalMethod] = mapped_column(enum_column_type(ApprovalMethod, "approval_method"))
    note: Mapped[str | None] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    # The canonical minutes the hash was taken of: lets verification say what changed since.
    content: Mapped[str | None] = mapped_column(Text)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoke_reason: Mapped[str | None] = mapped_column(Text)
    # The approver's signature (domain.signing): the RFC 8785 payload exactly as signed, the Ed25519
    # signature (base64) and the registered key it was made with. All empty: an unsigned approval.
    signing_key_id: Mapped[int | None] = mapped_column(ForeignKey("signing_key.id", ondelete="RESTRICT"))
    key_fingerprint: Mapped[str | None] = mapped_column(String(40))
    signed_payload: Mapped[str | None] = mapped_column(Text)
    signature: Mapped[str | None] = mapped_column(String(100))


class PersonKey(Base):
    """A person's public signing key in the register, valid from its registration until it is replaced."""

    __tablename__ = "signing_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    public_key: Mapped[str] = mapped_column(String(60))  # base64 of the 32 raw bytes
    fingerprint: Mapped[str] = mapped_column(String(40), unique=True)
    valid_from: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    valid_to: Mapped[datetime | None] = mapped_column(UTCDateTime())
    registered_by: Mapped[str | None] = mapped_column(String(200))


class Publication(Base):
    __tablename__ = "publication"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    published_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    format: Mapped[str] = mapped_column(String(20))
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    url: Mapped[str | None] = mapped_column(String(1000))


class AuditEvent(Base):
    """Append-only: the database refuses UPDATE and DELETE (triggers of migration 0010; the only update let
    through is ON DELETE SET NULL of ``meeting_id``). A hash chain (domain.audit_chain, db.audit_chain):
    ``prev_hash`` is the previous event's ``hash``, which covers this event's fields and ``prev_hash``."""

    __tablename__ = "audit_event"
    # The history of one entity (a group, a person, a case), not only of a meeting.
    __table_args__ = (Index("ix_audit_event_entity_entity_id", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(60))
    summary: Mapped[str | None] = mapped_column(Text)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"), index=True)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))  # NULL only if written around the app: verify says so
    #: PostgreSQL: the login that wrote the event, set by the database (``session_user``, a trigger of migration
    #: 0012), whatever the client sends. Not covered by the hash (it is set after the client computed it).
    #: SQLite: empty (the actor names the person chosen at first start).
    login: Mapped[str | None] = mapped_column(String(63))


class ReviewComment(Base):
    """A chair's comment on an agenda item, brought in from a review receipt."""

    __tablename__ = "review_comment"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    author: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

"""Reading the append-only audit trail (the database refuses to update or delete it) and checking its hash
chain (domain.audit_chain)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from ..db.models import AuditEvent
from ..domain.audit_chain import event_hash
from ..domain.calendar import STOCKHOLM
from ..domain.codes import AuditAction, AuditEntity
from ..domain.messages import msg
from . import UnitOfWork


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    actor: str
    entity: str
    action: str
    summary: str | None
    login: str | None = None  # who logged in (the OS user on SQLite, session_user on PostgreSQL)


def meeting_history(uow: UnitOfWork, meeting_id: int) -> list[AuditEntry]:
    """Every recorded change to the meeting and its content, oldest first."""
    with uow:
        rows = uow.session.scalars(select(AuditEvent).where(AuditEvent.meeting_id == meeting_id)
                                   .order_by(AuditEvent.at, AuditEvent.id))
        return [AuditEntry(r.at, r.actor, r.entity, r.action, r.summary, r.login) for r in rows]


def _word(codes: type[AuditEntity] | type[AuditAction], value: str) -> str:
    """A stored code in the chosen language; a value the program never writes is shown as it is."""
    prefix = "audit.entity" if codes is AuditEntity else "audit.action"
    member = next((c for c in codes if c.value == value), None)
    return msg(f"{prefix}.{member.name}") if member is not None else value


@dataclass(frozen=True)
class ChainBreak:
    """The first event whose link in the audit chain does not hold, in words for ``samverkan verify``."""

    event_id: int
    at: datetime
    action: str
    entity: str
    reason: str
    checked: int  # events before it that were in order

    def describe(self) -> str:
        when = self.at.astimezone(STOCKHOLM).strftime("%Y-%m-%d %H:%M:%S")
        return msg("verify.chain_broken", event_id=self.event_id, when=when, entity=_word(AuditEntity, self.entity),
                   action=_word(AuditAction, self.action), reason=self.reason)


@dataclass(frozen=True)
class ChainReport:
    events: int
    broken: ChainBreak | None


def verify_chain(uow: UnitOfWork) -> ChainReport:
    """Walk the audit events in id order: each must name the previous event's hash and carry its own hash over
    its fields. The first event where that fails is named (a changed, removed or inserted event breaks it)."""
    with uow:
        rows = uow.session.execute(
            select(AuditEvent.id, AuditEvent.at, AuditEvent.actor, AuditEvent.entity, AuditEvent.entity_id,
                   AuditEvent.action, AuditEvent.summary, AuditEvent.prev_hash, AuditEvent.hash)
            .order_by(AuditEvent.id).execution_options(yield_per=5000))
        previous, count = None, 0
        for row in rows:
            reason = None
            if row.hash is None:
                reason = msg("verify.chain.no_hash")
            elif row.prev_hash != previous:
                reason = msg("verify.chain.not_linked" if count else "verify.chain.first_not_linked")
            elif row.hash != event_hash(row.prev_hash, row.at, row.actor, row.entity, row.entity_id, row.action,
                                        row.summary):
                reason = msg("verify.chain.changed")
            if reason is not None:
                return ChainReport(count, ChainBreak(row.id, row.at, row.action, row.entity, reason, count))
            previous, count = row.hash, count + 1
        return ChainReport(count, None)

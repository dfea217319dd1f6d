"""Reading the append-only audit trail (the database refuses to update or delete it) and checking its hash
chain (domain.audit_chain)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from ..db.models import AuditEvent
from ..domain.audit_chain import event_hash
from ..domain.calendar import STOCKHOLM
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
        return (f"Granskningsloggen är bruten vid händelse {self.event_id} ({when}, {self.entity}: {self.action}): "
                f"{self.reason}.")


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
                reason = "händelsen saknar kontrollsumma (skriven utanför programmet)"
            elif row.prev_hash != previous:
                reason = ("den pekar inte på händelsen före den (en händelse före den har tagits bort, lagts till "
                          "eller ändrats)" if count else "den första händelsen pekar på en händelse som saknas")
            elif row.hash != event_hash(row.prev_hash, row.at, row.actor, row.entity, row.entity_id, row.action,
                                        row.summary):
                reason = "innehållet har ändrats efter att händelsen skrevs"
            if reason is not None:
                return ChainReport(count, ChainBreak(row.id, row.at, row.action, row.entity, reason, count))
            previous, count = row.hash, count + 1
        return ChainReport(count, None)

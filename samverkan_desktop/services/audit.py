"""Reading the append-only audit trail (nothing in the app updates or deletes it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from ..db.models import AuditEvent
from . import UnitOfWork


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    actor: str
    entity: str
    action: str
    summary: str | None


def meeting_history(uow: UnitOfWork, meeting_id: int) -> list[AuditEntry]:
    """Every recorded change to the meeting and its content, oldest first."""
    with uow:
        rows = uow.session.scalars(select(AuditEvent).where(AuditEvent.meeting_id == meeting_id)
                                   .order_by(AuditEvent.at, AuditEvent.id))
        return [AuditEntry(r.at, r.actor, r.entity, r.action, r.summary) for r in rows]

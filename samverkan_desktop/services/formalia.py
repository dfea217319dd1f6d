"""Formalia (procedural items: approving the agenda, the previous minutes, choosing a justerare): clearing the
anchoring rows such decisions got before they were known to be procedural.

A procedural decision in consensus creates no anchoring rows (minutes._update_anchoring); rows made earlier
stay until the user clears them here, an explicit action that reports its count and leaves an audit event.
Only rows not yet started (ej påbörjad) and without a note go: a party's recorded work is kept. Anchoring is
not part of the approved content (approval.minutes_content), so approved minutes are untouched.
"""

from __future__ import annotations

from sqlalchemy import select

from ..db.models import AgendaItem, Anchoring, Meeting
from ..domain.codes import AuditAction, AuditEntity
from ..domain.enums import AnchoringStatus
from . import UnitOfWork
from ._common import audit


def _clearable(group_id: int | None):
    query = (select(Anchoring).join(AgendaItem, Anchoring.agenda_item_id == AgendaItem.id)
             .where(AgendaItem.procedural.is_(True), Anchoring.status == AnchoringStatus.NOT_STARTED,
                    (Anchoring.note.is_(None)) | (Anchoring.note == "")))
    if group_id is not None:
        query = query.join(Meeting, AgendaItem.meeting_id == Meeting.id).where(Meeting.group_id == group_id)
    return query.order_by(Anchoring.id)


def procedural_anchoring_count(uow: UnitOfWork, group_id: int | None = None) -> int:
    """How many pending anchoring rows of procedural items ``clear_procedural_anchoring`` would remove."""
    with uow:
        return len(list(uow.session.scalars(_clearable(group_id))))


def clear_procedural_anchoring(uow: UnitOfWork, group_id: int | None = None) -> int:
    """Remove the not-started anchoring rows of procedural items (of one group, or all); returns the count."""
    with uow:
        rows = list(uow.session.scalars(_clearable(group_id)))
        for row in rows:
            uow.session.delete(row)
        if rows:
            items = len({r.agenda_item_id for r in rows})
            audit(uow, AuditEntity.ANCHORING, group_id, AuditAction.FORMALIA_CLEARED,
                  f"{len(rows)} ej påbörjade förankringar av {items} formaliapunkter borttagna")
        uow.commit()
        return len(rows)

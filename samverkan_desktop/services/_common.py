"""Small helpers shared by the service modules."""

from __future__ import annotations

import re
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ..db.models import AuditEvent, Base
from ..domain.errors import NotFoundError, ValidationError
from . import UnitOfWork

M = TypeVar("M", bound=Base)

EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_PATTERN = re.compile(r"^\+?[0-9 ()\-]{5,20}$")


def get_or_raise(session: Session, model: type[M], ident: int | None, message: str) -> M:
    obj = session.get(model, ident) if ident is not None else None
    if obj is None:
        raise NotFoundError(message)
    return obj


def name_taken(session: Session, name_column: InstrumentedAttribute[str], name: str,
               exclude_id: int | None = None) -> bool:
    """True if another row already has ``name``, ignoring case. Compared in Python: SQLite's lower()
    folds only ASCII, so "ÖSTRA" and "östra" would otherwise count as different names."""
    key = name.casefold()
    id_column = name_column.class_.id
    rows = session.execute(select(id_column, name_column))
    return any(other.casefold() == key and ident != exclude_id for ident, other in rows)


def check_email(value: str | None) -> None:
    if value and not EMAIL_PATTERN.match(value):
        raise ValidationError("E-postadressen ser inte ut som en e-postadress (namn@exempel.se).", field="email")


def check_phone(value: str | None) -> None:
    if value and not PHONE_PATTERN.match(value):
        raise ValidationError("Telefonnumret får bara innehålla siffror, mellanslag, +, - och parenteser.",
                              field="phone")


def audit(uow: UnitOfWork, entity: str, entity_id: int | None, action: str, summary: str,
          meeting_id: int | None = None) -> None:
    """Append an audit event in the same transaction as the change it describes."""
    uow.session.add(AuditEvent(actor=uow.actor, entity=entity, entity_id=entity_id, action=action,
                               summary=summary, meeting_id=meeting_id))

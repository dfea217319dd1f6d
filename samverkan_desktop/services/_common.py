"""Small helpers shared by the service modules."""

from __future__ import annotations

import re
from typing import TypeVar

from sqlalchemy.orm import Session

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

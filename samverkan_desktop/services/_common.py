"""Small helpers shared by the service modules."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TypeVar

from sqlalchemy import delete, exists, inspect, select, text
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.orm.attributes import instance_state
from sqlalchemy.orm.util import identity_key

from ..db.audit_chain import append as append_audit_event
from ..db.models import ActionItem, AgendaItem, Attachment, AttachmentBlob, Attendance, AuditEvent, Base, Group, Meeting
from ..domain.codes import AuditAction, AuditEntity
from ..domain.errors import NotFoundError, ValidationError
from ..domain.messages import msg
from . import UnitOfWork

M = TypeVar("M", bound=Base)
B = TypeVar("B", bound=Base)

EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
EMAIL_MAX_LENGTH = 254
PHONE_PATTERN = re.compile(r"^\+?[0-9 ()\-]{5,20}$")
PRELOAD_CHUNK = 500


#: The bounds of an id column (INTEGER: 32-bit on PostgreSQL, which refuses to even look up a larger value; SQLite
#: allows 64 bits, but its ids count up from 1 too): an id outside them cannot exist.
ID_MIN, ID_MAX = -(2**31), 2**31 - 1


def get_or_raise(session: Session, model: type[M], ident: int | None, message: str) -> M:
    obj = session.get(model, ident) if ident is not None and ID_MIN <= ident <= ID_MAX else None
    if obj is None:
        raise NotFoundError(msg(message))
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
    # The length first: RFC 5321's limit (and the column's), and the pattern takes quadratic time on long text.
    if value and len(value) > EMAIL_MAX_LENGTH:
        raise ValidationError(msg("services._common.e_postadressen_ar_for", email_max_length=EMAIL_MAX_LENGTH),
                              field="email")
    if value and not EMAIL_PATTERN.match(value):
        raise ValidationError(msg("services._common.e_postadressen_ser_ut"), field="email")


def check_phone(value: str | None) -> None:
    if value and not PHONE_PATTERN.match(value):
        raise ValidationError(msg("services._common.telefonnumret_far_bara_innehalla"),
                              field="phone")


def audit(uow: UnitOfWork, entity: AuditEntity, entity_id: int | None, action: AuditAction, summary: str,
          meeting_id: int | None = None) -> None:
    """Append an audit event in the same transaction as the change it describes (written, chained to the
    previous event, when the transaction commits: db.audit_chain)."""
    append_audit_event(uow.session, AuditEvent(at=datetime.now(UTC), actor=uow.actor, entity=entity,
                                               entity_id=entity_id, action=action, summary=summary,
                                               meeting_id=meeting_id, login=uow.login))


def preload(session: Session, model: type[Base], ids: Iterable[int | None]) -> None:
    """Bring the rows with ``ids`` into the session in one query, so that the ``session.get()`` and
    many-to-one lazy loads of a DTO loop find them there instead of asking once per row (N+1)."""
    missing = sorted({i for i in ids if i is not None and identity_key(model, i) not in session.identity_map})
    key = inspect(model).primary_key[0]
    for start in range(0, len(missing), PRELOAD_CHUNK):  # SQLite limits the parameters of one statement
        keep(session, session.scalars(select(model).where(key.in_(missing[start:start + PRELOAD_CHUNK]))))


def keep(session: Session, rows: Iterable[B]) -> list[B]:
    """Hold loaded rows until the session closes: its identity map holds them only weakly, and rows loaded
    ahead for a loop would otherwise be gone (and asked for again, one by one) when the loop reaches them."""
    rows = list(rows)
    session.info.setdefault("preloaded", []).extend(rows)
    return rows


def drop_unused_attachment_content(session: Session, digests: Iterable[str]) -> None:
    """Deletes the content of ``digests`` that no attachment names any more (after an attachment or an agenda item
    was removed): only those keys are looked at, so removing one attachment never reads the whole table."""
    digests = sorted(set(digests))
    if not digests:
        return
    session.flush()
    session.execute(delete(AttachmentBlob).where(
        AttachmentBlob.sha256.in_(digests), ~exists().where(Attachment.sha256 == AttachmentBlob.sha256)),
        execution_options={"synchronize_session": False})


# -- serialising changes of one meeting --------------------------------------------------------------
def lock_row(session: Session, model: type[M], ident: int | None) -> M | None:
    """The row, read afresh and locked until the transaction ends: on PostgreSQL ``SELECT … FOR NO KEY UPDATE``
    (it waits for whoever holds it; foreign-key checks of rows pointing at it are not blocked); on SQLite the
    database's write lock, taken by a write that changes nothing (one writer at a time; the read that follows
    sees everything committed before). Every service that changes a meeting's minutes or their state takes it
    first, so a decision made on what it read (approved? still a draft?) still holds when it commits."""
    if ident is None or not ID_MIN <= ident <= ID_MAX:
        return None
    table = model.__tablename__
    if session.connection().dialect.name == "sqlite":
        session.execute(text(f"UPDATE {table} SET id = id WHERE 0 = 1"))
    return session.scalars(select(model).where(model.id == ident)  # type: ignore[attr-defined]
                           .with_for_update(key_share=True).execution_options(populate_existing=True)).one_or_none()


def lock_meeting(session: Session, meeting_id: int | None, *, numbering: bool = False,
                 message: str = "services.gone.meeting") -> Meeting:
    """The meeting, locked (lock_row) and with its items and attendance to be read afresh. ``numbering``: the
    change renumbers the group's § of the year, so the group is locked first (always before the meeting, so
    that two clients never wait for each other)."""
    if numbering and meeting_id is not None and ID_MIN <= meeting_id <= ID_MAX:
        lock_row(session, Group, session.scalar(select(Meeting.group_id).where(Meeting.id == meeting_id)))
    meeting = lock_row(session, Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(msg(message))
    _forget_loaded_content(session, meeting.id)
    return meeting


def _forget_loaded_content(session: Session, meeting_id: int) -> None:
    """Items, actions and attendance of the meeting read before the lock (a receipt checked, then approved) are
    read again when next used: what the locked change sees is what another client committed, not a stale copy.
    Changes not yet written are flushed first, so that none is lost."""
    if session.dirty:
        session.flush()
    loaded = [(obj, instance_state(obj).dict) for obj in list(session.identity_map.values())]
    items = {state.get("id") for obj, state in loaded
             if isinstance(obj, AgendaItem) and state.get("meeting_id") == meeting_id}
    for obj, state in loaded:
        if (isinstance(obj, AgendaItem | Attendance) and state.get("meeting_id") == meeting_id) or \
                (isinstance(obj, ActionItem) and state.get("agenda_item_id") in items):
            session.expire(obj)
    session.expire(session.get(Meeting, meeting_id), ["items", "attendance"])

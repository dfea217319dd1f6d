"""Appending to the audit chain (domain.audit_chain) so that it stays one line, whoever writes at once.

Services hand their events to ``append``; they are written when the transaction commits (``write_pending``, a
``before_commit`` hook of every session of the unit of work): after the change they describe is flushed, under
a lock (PostgreSQL: a transaction-level advisory lock; SQLite: the database's write lock, taken before the last
hash is read), each one after the newest event in the database, one at a time so that ids follow the chain.
Taking the lock last, at commit, keeps it short and never before a row lock a service takes."""

from __future__ import annotations

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from ..domain.audit_chain import event_hash
from .models import AuditEvent

#: Session.info keys: the events waiting for the commit, and the mark of a session that writes them.
PENDING = "audit_pending"
CHAINED = "audit_chain"
#: pg_advisory_xact_lock key of "appending to the audit chain" (any constant the app uses for nothing else).
ADVISORY_LOCK_KEY = 0x5A4D_A0D1_7C4A


def append(session: Session, event: AuditEvent) -> None:
    """Queue an event for this transaction's commit (dropped with the transaction if it rolls back)."""
    if not session.info.get(CHAINED):
        raise RuntimeError("audit events need a session of create_unit_of_work (it writes the chain)")
    session.info.setdefault(PENDING, []).append(event)


def lock_chain(connection: Connection) -> None:
    """Until the transaction ends, no one else appends: the newest event read next stays the newest."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADVISORY_LOCK_KEY})
    elif connection.dialect.name == "sqlite":
        # A write that changes nothing takes SQLite's write lock (and, in WAL mode, a current snapshot) now,
        # before the read; a read first could see an event another connection is about to follow.
        connection.execute(text("UPDATE audit_event SET id = id WHERE 0 = 1"))


def last_hash(connection: Connection) -> str | None:
    return connection.execute(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).scalar()


def write_pending(session: Session) -> None:
    """``before_commit``: the queued events, chained after the newest one in the database."""
    pending = session.info.pop(PENDING, None)
    if not pending:
        return
    session.flush()  # the change first: its rows exist for the events' meeting ids, its constraints are checked
    connection = session.connection()
    lock_chain(connection)
    previous = last_hash(connection)
    for event in pending:
        event.prev_hash = previous
        event.hash = previous = event_hash(previous, event.at, event.actor, event.entity, event.entity_id,
                                           event.action, event.summary)
        session.add(event)
        session.flush()  # one by one: the ids (the chain's order when verified) follow the chain


def forget_pending(session: Session, _previous_transaction: object = None) -> None:
    """``after_soft_rollback``: events of a transaction that was rolled back are never written."""
    session.info.pop(PENDING, None)

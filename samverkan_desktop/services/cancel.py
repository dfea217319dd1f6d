"""Stopping a running query from another thread: the search box starts a new search at every pause in typing, and
the one still running is stopped at once instead of being waited for.

A worker passes a :class:`QueryCancel` to the service; the service opens ``cancellable(session, token)`` around
its reads. ``cancel()`` (from any thread) marks the token and stops the statement running on the session's
connection, and no further statement starts on it. SQLite: ``sqlite3.Connection.interrupt()`` and a progress
handler that refuses to step while the token is cancelled (so a statement begun just after the interrupt stops
too). PostgreSQL: psycopg's ``Connection.cancel()``. The service then raises :class:`QueryCancelledError`, which
the caller drops silently: nobody waits for that result.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

#: SQLite virtual-machine steps between two looks at the token: small enough to stop within a millisecond.
PROGRESS_STEPS = 2000


class QueryCancelledError(Exception):
    """The query was stopped because a newer one replaced it; its result is not wanted."""


class QueryCancel:
    """A token one query listens to; ``cancel()`` may be called from any thread, before, during or after."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connection: Any = None
        self.cancelled = False

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            connection = self._connection
            if connection is None:
                return
            # Under the lock: the connection cannot go back to the pool (and to another query) meanwhile.
            try:
                if hasattr(connection, "interrupt"):
                    connection.interrupt()  # sqlite3: safe from another thread
                elif hasattr(connection, "cancel"):
                    connection.cancel()  # psycopg: sends a cancel request on a connection of its own
            except Exception:  # a connection that is closing: nothing left to stop
                pass

    def check(self) -> None:
        if self.cancelled:
            raise QueryCancelledError

    def _attach(self, connection: Any) -> None:
        with self._lock:
            self.check()
            self._connection = connection
            if hasattr(connection, "set_progress_handler"):
                connection.set_progress_handler(lambda: 1 if self.cancelled else 0, PROGRESS_STEPS)

    def _detach(self, connection: Any) -> None:
        with self._lock:
            self._connection = None
            if hasattr(connection, "set_progress_handler"):
                connection.set_progress_handler(None, PROGRESS_STEPS)


@contextmanager
def cancellable(session: Session, token: QueryCancel | None) -> Iterator[None]:
    """While the block runs, ``token.cancel()`` stops the statement running on the session's connection; a
    statement stopped so (or any error after the cancel) comes out as QueryCancelledError. No token: nothing happens."""
    if token is None:
        yield
        return
    token.check()
    bound = session.connection()
    connection = bound.connection.dbapi_connection

    def before_statement(*_args: object) -> None:
        token.check()  # a cancel between two statements: the next one does not start

    token._attach(connection)
    event.listen(bound, "before_cursor_execute", before_statement)
    try:
        yield
    except DBAPIError as error:
        if token.cancelled:
            raise QueryCancelledError from error
        raise
    finally:
        event.remove(bound, "before_cursor_execute", before_statement)
        token._detach(connection)
    token.check()

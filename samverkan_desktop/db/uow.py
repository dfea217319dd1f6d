"""The unit of work: one session and one transaction per user action."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ..domain.errors import StorageError


class UnitOfWork:
    """``with uow: ... uow.commit()``; leaving the block without a commit rolls back.

    Blocks nest: an inner ``with uow`` joins the outer transaction and its ``commit()`` only flushes, so a
    batch of service calls (the demo data, a year of meetings) becomes one transaction and one disk sync.
    """

    def __init__(self, session_factory: Callable[[], Session], actor: str = "okänd") -> None:
        self._session_factory = session_factory
        self.actor = actor
        self._depth = 0
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        if self._depth == 0:
            self.session = self._session_factory()
        self._depth += 1
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._depth -= 1
        if self._depth > 0:
            return
        try:
            self.session.rollback()
        finally:
            self.session.close()
        if isinstance(exc, OperationalError | DBAPIError) and not isinstance(exc, StorageError):
            raise translate_database_error(exc) from exc

    def for_another_thread(self) -> UnitOfWork:
        """A unit of work of its own for a worker thread: sessions and nesting are not shared across threads."""
        return UnitOfWork(self._session_factory, self.actor)

    def commit(self) -> None:
        try:
            if self._depth > 1:
                self.session.flush()
            else:
                self.session.commit()
        except (OperationalError, DBAPIError) as exc:
            self.session.rollback()
            raise translate_database_error(exc) from exc


def translate_database_error(exc: Exception) -> StorageError:
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return StorageError("Databasen används av ett annat program just nu. Försök igen om en stund.")
    if "readonly" in text or "read-only" in text:
        return StorageError("Databasen är skrivskyddad. Inget har sparats.")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return StorageError("Databasfilen är skadad. Inget har sparats; återställ från en säkerhetskopia.")
    if "disk" in text and ("full" in text or "i/o" in text):
        return StorageError("Det gick inte att skriva till disken (full eller otillgänglig). Inget har sparats.")
    return StorageError(f"Databasfel: {getattr(exc, 'orig', exc)}. Inget har sparats.")


def create_unit_of_work(engine: Engine, actor: str = "okänd") -> UnitOfWork:
    """A reusable unit of work: each ``with`` block opens its own session and transaction."""
    return UnitOfWork(sessionmaker(bind=engine, expire_on_commit=False, autoflush=False), actor)

"""The unit of work: one session and one transaction per user action."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, Enum, String, event, inspect
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ..domain.codes import BackupReason
from ..domain.errors import ConflictError, DomainError, StorageError, ValidationError
from ..domain.messages import msg
from ..infra.config import os_user
from . import audit_chain
from .engine import is_read_only


class UnitOfWork:
    """``with uow: ... uow.commit()``; leaving the block without a commit rolls back.

    Blocks nest: an inner ``with uow`` joins the outer transaction and its ``commit()`` only flushes, so a
    batch of service calls (the demo data, a year of meetings) becomes one transaction and one disk sync.
    """

    def __init__(self, session_factory: Callable[[], Session], actor: str = "okänd", *,
                 read_only: bool = False, database: str = "", login: str | None = None) -> None:
        self._session_factory = session_factory
        self.actor = actor  # the person using the app (chosen at first start): the audit's "who"
        #: The login the audit records beside the actor: the operating system's user on SQLite; on PostgreSQL
        #: the database sets it from session_user whatever this says (migration 0012).
        self.login = login
        self.read_only = read_only  # opened read-only (another instance writes): errors say so
        self.database = database  # which database, for recovery files: the URL without a password
        self._depth = 0
        # Successful top-level commits, shared with the units of work of worker threads (autosave, publishing):
        # the periodic and closing backups ask "anything new since?" of all of them.
        self._commit_count = [0]
        #: Called with a reason before a step that is not lightly undone (approval, publication); the app
        #: hooks its backup here, so that every way to approve or publish - GUI or CLI - is covered.
        self.before_milestone: Callable[[str], object] | None = None
        self._milestone_covered = False
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
            raise translate_database_error(exc, self.read_only) from exc
        if isinstance(exc, OverflowError) and "SQLite INTEGER" in str(exc):
            # A number typed (or read from a file) beyond 64 bits: SQLite cannot even compare with it.
            raise ValidationError(msg("db.uow.talet_ar_for_stort")) from exc

    def for_another_thread(self) -> UnitOfWork:
        """A unit of work of its own for a worker thread: sessions and nesting are not shared across threads."""
        worker = UnitOfWork(self._session_factory, self.actor, read_only=self.read_only, database=self.database,
                            login=self.login)
        worker.before_milestone = self.before_milestone
        worker._commit_count = self._commit_count
        return worker

    @property
    def commits(self) -> int:
        return self._commit_count[0]

    @commits.setter
    def commits(self, value: int) -> None:
        self._commit_count[0] = value

    def milestone(self, reason: str) -> None:
        """Services call this before approving or publishing. Inside a transaction (a batch such as the demo
        data) or inside ``covered_by_one_milestone`` it does nothing: one backup covers the whole batch."""
        if self.before_milestone is not None and self._depth == 0 and not self._milestone_covered:
            self.before_milestone(reason)

    @contextmanager
    def covered_by_one_milestone(self, reason: str) -> Iterator[None]:
        """A batch (publishing a year's minutes) takes its backup once, before the first step."""
        self.milestone(reason)
        self._milestone_covered = True
        try:
            yield
        finally:
            self._milestone_covered = False

    def commit(self) -> None:
        try:
            if self._depth > 1:
                self.session.flush()
            else:
                self.session.commit()
                self._commit_count[0] += 1
        except (OperationalError, DBAPIError) as exc:
            self.session.rollback()
            raise translate_database_error(exc, self.read_only) from exc


#: The reasons services give ``UnitOfWork.milestone``; they name the backups taken there.
MILESTONE_APPROVAL = BackupReason.BEFORE_APPROVAL
MILESTONE_PUBLICATION = BackupReason.BEFORE_PUBLICATION


#: Constraints a client can lose a race against, by what PostgreSQL (the index name) or SQLite (the columns)
#: says, in words: nothing of the loser's change was saved.
CONFLICTS = (
    (("uq_approval_one_valid", "approval.meeting_id"),
     "Anteckningarna godkändes samtidigt av någon annan; det godkännandet gäller. Inget har sparats."),
    (("uq_agenda_item_paragraph", "agenda_item.paragraph"),
     "Någon annan numrerade gruppens punkter samtidigt (samma § samma år). Inget har sparats; försök igen."),
    (("deadlock detected", "could not serialize"),
     "Någon annan ändrade samma möte samtidigt. Inget har sparats; försök igen."),
    (("granskningsloggen är skrivskyddad",),
     "Granskningsloggen är skrivskyddad: händelser kan inte ändras eller tas bort. Inget har sparats."),
)


def translate_database_error(exc: Exception, read_only: bool = False) -> DomainError:
    text = str(getattr(exc, "orig", exc)).lower()
    for names, message in CONFLICTS:
        if any(name in text for name in names):
            return ConflictError(message)
    if "locked" in text or "busy" in text:
        return StorageError(msg("db.uow.databasen_anvands_annat_program"))
    if ("readonly" in text or "read-only" in text) and read_only:
        return StorageError(msg("db.uow.databasen_ar_oppnad_skrivskyddad"))
    if "readonly" in text or "read-only" in text:
        return StorageError(msg("db.uow.databasen_ar_skrivskyddad_filen"))
    if "unable to open" in text:
        return StorageError(msg("db.uow.databasfilen_oppnas_mappen_saknas"))
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return StorageError(msg("db.uow.databasfilen_ar_skadad_inget"))
    if "disk" in text and ("full" in text or "i/o" in text):
        return StorageError(msg("db.uow.gick_skriva_disken_full"))
    return StorageError(msg("db.uow.databasfel_inget_sparats", exc=getattr(exc, 'orig', exc)))


@cache
def _limited_text_columns(model: type) -> tuple[tuple[str, int], ...]:
    """(attribute, length) of each ``String(n)`` column of ``model`` (enums are checked by their type)."""
    attrs: Iterable[Any] = inspect(model).column_attrs
    return tuple((attr.key, attr.columns[0].type.length) for attr in attrs
                 if isinstance(attr.columns[0].type, String) and not isinstance(attr.columns[0].type, Enum)
                 and attr.columns[0].type.length)


def refuse_overlong_text(session: Session, _context: object, _instances: object) -> None:
    """PostgreSQL refuses text longer than its VARCHAR(n) column, SQLite stores it all the same: on both, text
    that does not fit is refused here, in words, before anything is written."""
    for obj in (*session.new, *session.dirty):
        loaded = inspect(obj).dict  # what is set or loaded: reading it never asks the database
        for key, length in _limited_text_columns(type(obj)):  # type: ignore[arg-type]  # a class is hashable (mypy#11470)
            value = loaded.get(key)
            if isinstance(value, str) and len(value) > length:
                raise ValidationError(msg("db.uow.texten_ar_for_lang", length=length, value=len(value)),
                                      field=key)


def create_unit_of_work(engine: Engine, actor: str = "okänd", login: str | None = None) -> UnitOfWork:
    """A reusable unit of work: each ``with`` block opens its own session and transaction. ``login``: what the
    audit records as the login (default: the operating system's user; PostgreSQL puts session_user there)."""
    factory = sessionmaker(bind=engine, expire_on_commit=False, autoflush=False, info={audit_chain.CHAINED: True})
    event.listen(factory, "before_flush", refuse_overlong_text)  # portable text lengths, see refuse_overlong_text
    event.listen(factory, "before_commit", audit_chain.write_pending)  # the audit events, chained, at the commit
    event.listen(factory, "after_soft_rollback", audit_chain.forget_pending)
    return UnitOfWork(factory, actor, read_only=is_read_only(engine),
                      database=engine.url.render_as_string(hide_password=True), login=login or os_user())

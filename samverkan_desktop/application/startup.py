"""The one start-up path into the database, for the GUI (``app.py``) and each ``samverkan`` command (``cli/``):
check the file, claim the writer lock, open, check the schema, migrate (docs/ARCHITECTURE.md, "One start-up
path"). Composition module, no Qt.

- ``check_database`` / ``check_file``: the check before anything opens the file (below);
- ``claim_database``: the writer lock, or the read-only path beside another instance, and a risky location;
- ``open_database``: the engine, the schema brought to the head (with a backup first) or, read-only, required to
  be at it, and a unit of work;
- ``command_database``: the three in order for a ``samverkan`` command, released on the way out.

The check, in order, each refusal a StorageError with one sentence in the chosen language, nothing created or changed:

In order, each refusal a StorageError with one sentence in the chosen language, nothing created or changed:
1. the file (``db.preflight``): a folder, FIFO, device, symlink loop, unreadable or non-SQLite file is refused
   before anything opens it (a FIFO would block for ever); a file that cannot be written is refused for writing
   and opened read-only for reading;
2. the schema, read over a read-only connection: another program's tables, a schema newer than this program's,
   a head schema with tables missing;
3. integrity: SQLite's ``quick_check`` (about a second per 400 MB). Always up to ``QUICK_CHECK_BYTES``; above it
   (a region's twenty years of minutes), only for commands whose output vouches for the content (``verify``,
   ``export``, ``publish``) or that write, while plain listings rely on SQLite finding damage in what they read.
The GUI runs step 1 here and its own repair flow for damage (``ui.startup_recovery``); migration refuses a newer
schema there.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..db.backup import first_problem, quick_check
from ..db.engine import sqlite_path
from ..db.migrate import quick_head
from ..db.preflight import (
    DatabaseFile,
    SchemaFacts,
    examine_database_file,
    read_only_refusal,
    read_schema,
    require_known_schema,
)
from ..domain.errors import StorageError
from ..domain.messages import msg
from ..infra.config import migrations_dir, os_user

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from ..db.lock import LockOutcome
    from ..db.migrate import MigrationResult
    from ..db.uow import UnitOfWork

#: Up to this size the quick check always runs first (the GUI checks before its window opens up to the same size).
QUICK_CHECK_BYTES = 48 * 1024 * 1024


@dataclass(frozen=True)
class StartupCheck:
    """What the check found: ``file`` None for a database that is not a file (PostgreSQL, in-memory);
    ``read_only`` when the file can only be read (open it with ``mode=ro``); ``schema`` None for a new or
    empty file."""

    file: DatabaseFile | None = None
    schema: SchemaFacts | None = None
    read_only: bool = False


def check_file(path: Path, *, writing: bool, what: str) -> DatabaseFile:
    """Step 1: the file's type and readability; ``writing`` refuses a file or file system that is read-only,
    naming ``what`` needs to write."""
    found = examine_database_file(path)
    if writing and not found.writable:
        raise read_only_refusal(path, what)
    return found


def check_database(url: str, *, writing: bool, vouches: bool, what: str) -> StartupCheck:
    """Steps 1-3 for a SQLite file (nothing to check here for a database server). ``vouches``: the command's
    output speaks for the content (the quick check runs whatever the size)."""
    path = sqlite_path(url)
    if path is None:
        return StartupCheck()
    found = check_file(path, writing=writing, what=what)
    if not found.exists or found.size == 0:
        if not writing:  # a reading command never creates a database (nor the schema in an empty file)
            state = msg("application.startup.state_missing" if not found.exists else "application.startup.state_empty")
            raise StorageError(msg("application.startup.databasen_inget_lasa_inget", path=path, state=state, what=what))
        return StartupCheck(found)
    schema = read_schema(path)
    head = quick_head(migrations_dir())
    require_known_schema(path, schema, migrations_dir(), head=head)
    if vouches or writing or found.size <= QUICK_CHECK_BYTES:
        problems = quick_check(path)
        if problems:
            raise damaged(path, problems)
    if not found.writable and schema.revision != head:
        raise StorageError(msg("application.startup.databasen_aldre_schema_maste", path=path))
    return StartupCheck(found, schema, read_only=not found.writable)


def read_only_file_banner(path: Path) -> str:
    return msg("application.startup.read_only_banner", path=path)


def damaged(path: Path, problems: list[str]) -> StorageError:
    return StorageError(
        msg("application.startup.databasen_ar_skadad_inget", path=path, first_problem=first_problem(problems)))



# -- the writer lock -------------------------------------------------------------------------------------------
@dataclass
class DatabaseAccess:
    """How this start may use the database file: as its one writer, or read-only beside another instance."""

    lock: LockOutcome | None = None
    read_only: bool = False
    banners: list[tuple[str, str]] = field(default_factory=list)  # (kind, sentence)
    location_at: int = 0  # where the network file system's warning goes among the banners (after the lock's)

    @property
    def is_writer(self) -> bool:
        return self.lock is not None and self.lock.acquired

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()


def claim_database(path: Path | None, *, look_at_location: bool = True) -> DatabaseAccess:
    """Take the writer lock (or learn who holds it) and look for a risky location, before anything opens the file.

    Held by another instance: read-only, even while the file does not exist yet (the other one is creating it).
    No lock file possible (a folder that cannot be written): read-only if there is a file; else opening says why."""
    from ..db.lock import acquire_writer_lock, read_only_banner, took_over_notice

    access = DatabaseAccess()
    if path is None:
        return access
    access.lock = acquire_writer_lock(path)
    if not access.lock.acquired and (access.lock.error is None or path.exists()):
        access.read_only = True
        access.banners.append(("error", read_only_banner(access.lock)))
    elif access.lock.acquired and access.lock.took_over is not None:
        access.banners.append(("info", took_over_notice(access.lock.took_over)))
    access.location_at = len(access.banners)
    if look_at_location:
        look_at_database_location(access, path)
    return access


def look_at_database_location(access: DatabaseAccess, path: Path | None) -> None:
    """The warning for a file on a network file system, among the banners where ``claim_database`` puts it (after
    the lock's). The GUI looks once the group tree is shown: reading the mount table imports psutil (~40 ms), and
    the warning is a banner of the main window, which comes later; nothing is written before either."""
    if path is None:
        return
    from ..db.location import network_filesystem, network_warning

    fs_type = network_filesystem(path)
    if fs_type:
        access.banners.insert(access.location_at, ("warning", network_warning(path, fs_type)))


def writer_refusal(access: DatabaseAccess, what: str) -> StorageError:
    """A command that writes, refused while another instance (the GUI, most likely) holds the lock."""
    holder = access.lock.holder if access.lock is not None else None
    who = f" ({holder.describe()})" if holder else ""
    return StorageError(msg("application.startup.open_elsewhere", who=who, what=what))


# -- opening ---------------------------------------------------------------------------------------------------
#: The read-only GUI beside an instance of another version (a message id: said in the language chosen by then).
OTHER_VERSION = "application.startup.other_version"
#: A command beside a running GUI whose schema is not this program's.
OTHER_SCHEMA = "application.startup.other_schema"


@dataclass
class OpenDatabase:
    engine: Engine
    uow: UnitOfWork
    migration: MigrationResult | None = None  # None when the schema was only required, not migrated


def open_database(url: str, actor: str = "okänd", *, read_only: bool = False, migrate: bool | None = None,
                  refusal: str = OTHER_VERSION) -> OpenDatabase:
    """Engine, schema upgrade (with a backup first) and a unit of work; raises DomainError in words.

    ``read_only`` opens a SQLite file with ``mode=ro``. ``migrate`` (default: not read-only) upgrades the schema;
    without it the schema must already be at the head, else ``refusal`` (a message id; alembic is not imported on
    that path: the revisions are read plainly)."""
    from ..db.engine import create_database_engine
    from ..db.migrate import head_revision, stored_revision, upgrade_database
    from ..db.uow import create_unit_of_work

    engine = create_database_engine(url, read_only=read_only)
    migration = None
    try:
        if migrate if migrate is not None else not read_only:
            migration = upgrade_database(engine, migrations_dir())
        elif stored_revision(engine) != (quick_head(migrations_dir()) or head_revision(migrations_dir())):
            raise StorageError(msg(refusal))
    except Exception:
        engine.dispose()
        raise
    return OpenDatabase(engine, create_unit_of_work(engine, actor), migration)


@dataclass
class CommandDatabase:
    path: Path | None
    uow: UnitOfWork | None = None
    migration: MigrationResult | None = None


@contextmanager
def command_database(url: str, what: str, *, writes: bool, vouches: bool,
                     open_engine: bool = True) -> Iterator[CommandDatabase]:
    """The start-up path of a ``samverkan`` command ``what``: the check (before any lock, engine or file is made),
    the writer lock (refused while the GUI holds it, for a command that ``writes``), then, if ``open_engine``,
    the database opened and migrated. A reading command beside a running GUI reads without the lock and never
    upgrades the schema. ``open_engine`` False (backups): the checked file only."""
    path = sqlite_path(url)
    if not open_engine:
        if path is not None:
            check_file(path, writing=writes, what=f"'{what}'")
        found = StartupCheck()
    else:
        found = check_database(url, writing=writes, vouches=vouches, what=f"'{what}'")
    access = DatabaseAccess()
    try:
        if path is not None and (writes or (open_engine and path.exists() and not found.read_only)):
            access = claim_database(path, look_at_location=False)
            if writes and not access.is_writer and path.exists():
                raise writer_refusal(access, what)
        if not open_engine:
            yield CommandDatabase(path)
            return
        migrate = path is None or not path.exists() or access.is_writer
        opened = open_database(url, os_user(), read_only=found.read_only, migrate=migrate, refusal=OTHER_SCHEMA)
        try:
            yield CommandDatabase(path, opened.uow, opened.migration)
        finally:
            opened.engine.dispose()
    finally:
        if access.is_writer:
            access.release()

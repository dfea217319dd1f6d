"""What a database file is, found out before anything opens it with SQLite: every way in (the GUI, each CLI
command, a restore) asks here first.

A FIFO would make ``open`` wait for a writer for ever, a symlink loop or a folder fails deep inside SQLite,
and a read-only file or file system fails only at the first write: each is refused here with one Swedish
sentence. Nothing is created or changed by looking.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import SchemaTooNewError, StorageError
from ..domain.messages import msg
from .revisions import known_revisions
from .sqlite_files import SQLITE_HEADER, inspection_uri


@dataclass(frozen=True)
class DatabaseFile:
    """A database path as found: ``exists`` False for a file still to be created; ``writable`` False when the
    file, its folder or the file system cannot be written (then only reading is possible)."""

    path: Path
    exists: bool
    size: int = 0
    writable: bool = True


def examine_database_file(path: Path, *, require_sqlite: bool = True) -> DatabaseFile:
    """The file's type, readability and first bytes, by ``os.stat`` before it is opened; StorageError in words
    for anything that cannot be a database: a folder, a FIFO or device, a symlink loop or a dangling link,
    an unreadable file, a file that is not SQLite (unless ``require_sqlite`` is False: a restore moves such a file
    aside). A missing file (one to be created) is fine."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise StorageError(msg("db.preflight.sokvagen_ar_lank_fil", path=path)) from None
        return DatabaseFile(path, False, 0, _folder_writable(path.parent))
    except OSError as exc:
        if exc.errno == errno.ENOTDIR:  # a file where a folder should be: creating the folder says so
            return DatabaseFile(path, False, 0, False)
        raise _stat_error(path, exc) from exc
    _refuse_special(path, info.st_mode)
    header = _read_header(path)
    if require_sqlite and info.st_size and header != SQLITE_HEADER:
        raise StorageError(msg("db.preflight.filen_ar_samverkan_databas", path=path))
    writable = os.access(path, os.W_OK) and _folder_writable(path.parent) and not _read_only_fs(path)
    return DatabaseFile(path, True, info.st_size, writable)


def read_only_refusal(path: Path, what: str) -> StorageError:
    """The sentence for a writing command on a file that can only be read."""
    return StorageError(msg("db.preflight.databasen_ar_skrivskyddad_filen", path=path, what=what))


def _refuse_special(path: Path, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise StorageError(msg("db.preflight.sokvagen_ar_mapp_databasfil", path=path))
    if not stat.S_ISREG(mode):
        kind = ("en namngiven rörledning (FIFO)" if stat.S_ISFIFO(mode) else
                "en enhetsfil" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else
                "en socket" if stat.S_ISSOCK(mode) else "en specialfil")
        raise StorageError(msg("db.preflight.sokvagen_ar_vanlig_fil", path=path, kind=kind))


def _read_header(path: Path) -> bytes:
    # Non-blocking, and checked again on the open descriptor: a FIFO swapped in after the stat never blocks.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as exc:
        raise _stat_error(path, exc) from exc
    try:
        _refuse_special(path, os.fstat(descriptor).st_mode)
        return os.read(descriptor, len(SQLITE_HEADER))
    except OSError as exc:
        raise _stat_error(path, exc) from exc
    finally:
        os.close(descriptor)


def _stat_error(path: Path, exc: OSError) -> StorageError:
    if exc.errno == errno.ELOOP:
        return StorageError(msg("db.preflight.sokvagen_ar_lank_slut", path=path))
    if isinstance(exc, PermissionError):
        return StorageError(msg("db.preflight.databasen_lasas_behorighet_saknas", path=path))
    return StorageError(msg("db.preflight.databasen_lasas", path=path, value=exc.strerror or exc))


def _folder_writable(folder: Path) -> bool:
    folder = folder if str(folder) else Path(".")
    while not folder.exists() and folder != folder.parent:  # a folder still to be created: its first parent
        folder = folder.parent
    return os.access(folder, os.W_OK) and not _read_only_fs(folder)


def _read_only_fs(path: Path) -> bool:
    if not hasattr(os, "statvfs"):  # Windows: a read-only share shows in os.access
        return False
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


# --- the schema, read without writing a byte ------------------------------------------------------------



@dataclass(frozen=True)
class SchemaFacts:
    revision: str | None  # None: no schema yet (an empty file or database)
    tables: frozenset[str]


def read_schema(path: Path) -> SchemaFacts:
    """The alembic revision and the table names, over a read-only connection; damage is said in words."""
    try:
        connection = sqlite3.connect(inspection_uri(path), uri=True)
        try:
            tables = frozenset(row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite~_%' ESCAPE '~'"))
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StorageError(msg("db.preflight.databasen_ar_last_annat", path=path)) from exc
        raise StorageError(msg("db.preflight.databasen_lasas_ar_skadad", path=path, exc=exc)) from exc
    return SchemaFacts(revision, tables)


def require_known_schema(path: Path, facts: SchemaFacts, migrations_dir: Path, *, head: str | None = None,
                         allow_empty: bool = True) -> None:
    """Refuse, in words, a database whose schema this program does not know: a newer one, another program's
    tables, or (``allow_empty`` False) no schema at all. At ``head``, every table of the models must be there."""
    if facts.revision is None:
        if facts.tables - {"alembic_version"}:
            raise StorageError(msg("db.preflight.not_ours", path=path))
        if not allow_empty:
            raise StorageError(msg("db.preflight.filen_ar_ingen_samverkan", path=path))
        return
    if facts.revision not in known_revisions(migrations_dir):
        raise SchemaTooNewError(
            msg("db.preflight.databasen_ar_skapad_nyare", path=path, facts_revision=facts.revision))
    if head is not None and facts.revision == head:
        from .models import Base

        missing = sorted(set(Base.metadata.tables) - facts.tables)
        if missing:
            raise StorageError(msg("db.preflight.databasen_saknar_tabeller_schemat", path=path, head=head,
                                   names=', '.join(missing[:5])))

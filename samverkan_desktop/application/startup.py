"""The start-up check every way into the database runs before it opens the file: the GUI (``app.py``) and each
``samverkan`` command (``cli.py``). Composition module, no Qt.

In order, each refusal a StorageError with one Swedish sentence and nothing created or changed:
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

from dataclasses import dataclass
from pathlib import Path

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
from ..infra.config import migrations_dir

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
            state = "finns inte" if not found.exists else "är tom (inget schema)"
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
    return (f"Databasen {path} är skrivskyddad (filen, mappen eller filsystemet går inte att skriva i) och är "
            "öppnad bara för läsning. Ändringar kan inte sparas.")


def damaged(path: Path, problems: list[str]) -> StorageError:
    return StorageError(
        msg("application.startup.databasen_ar_skadad_inget", path=path, first_problem=first_problem(problems)))


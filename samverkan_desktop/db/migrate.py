"""Schema upgrades at start-up: alembic configured in code, a backup first, newer schemas refused."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import SchemaTooNewError, StorageError
from ..domain.files import OWNER_ONLY, replacing
from ..domain.messages import msg
from .backup import copy_pages, take_backup
from .engine import sqlite_path
from .revisions import quick_head
from .sqlite_files import inspection_uri

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

# alembic is imported where it is used: a start on a database already at head never needs it (about 0.1 s); and
# SQLAlchemy too, so that the start's checks (``quick_head``, the backups) run before it loads (app.py).


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None


#: The full-text search objects (SQLite's FTS5 table and its shadow tables, PostgreSQL's GIN index) are made by
#: migration 0006 in dialect-specific SQL; the models do not describe them, so autogenerate must not see them.
SEARCH_OBJECT_PREFIX = "decision_search"


def include_in_autogenerate(name: str | None, type_: str, _parent_names: object) -> bool:
    """alembic's ``include_name`` hook: everything but the search objects."""
    return not (type_ in ("table", "index") and name is not None and name.startswith(SEARCH_OBJECT_PREFIX))


def alembic_config(migrations_dir: Path) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir))
    return config


def head_revision(migrations_dir: Path) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(migrations_dir)).get_current_head()
    assert head is not None, "migrations folder holds no revision"
    return head


def stored_revision(engine: Engine) -> str | None:
    """``current_revision`` without importing alembic (the read-only start): the one row of alembic_version; None
    when there is no such table or not exactly one row (several heads are no schema of this program)."""
    from sqlalchemy import inspect, text

    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return rows[0] if len(rows) == 1 else None


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _peek_sqlite(path: Path) -> tuple[str | None, bool]:
    """The schema revision and whether the file holds other tables, read without writing a byte
    (the engine's connect pragmas would switch the file to WAL before we know it is ours)."""
    connection = sqlite3.connect(inspection_uri(path), uri=True)
    try:
        names = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite~_%' ESCAPE '~'"
        )}
        revision = None
        if "alembic_version" in names:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return revision, bool(names - {"alembic_version"})
    finally:
        connection.close()


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live SQLite database to ``target``, owner-only, written under a temporary name and then renamed."""
    with replacing(target, mode=OWNER_ONLY) as partial:
        copy_pages(source, partial)
    return target


def upgrade_database(engine: Engine, migrations_dir: Path, backup_dir: Path | None = None) -> MigrationResult:
    """Bring the schema to head. Refuses, untouched, a database from a newer app version."""
    db_file = sqlite_path(str(engine.url))
    if db_file is not None and db_file.is_file() and db_file.stat().st_size > 0:
        try:
            before, _tables = _peek_sqlite(db_file)
        except sqlite3.Error:
            before = None  # the full path below says what is wrong
        if before is not None and before == quick_head(migrations_dir):
            return MigrationResult(before, before, None)
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(migrations_dir))
    head = script.get_current_head()
    assert head is not None
    db_file = sqlite_path(str(engine.url))
    created_here = db_file is not None and (not db_file.exists() or db_file.stat().st_size == 0)
    try:
        if db_file is not None and db_file.is_file() and db_file.stat().st_size > 0:
            before, has_tables = _peek_sqlite(db_file)
        else:
            from sqlalchemy import inspect

            before = current_revision(engine)
            has_tables = bool(set(inspect(engine).get_table_names()) - {"alembic_version"})
    except Exception as exc:  # sqlite3.DatabaseError: file is not a database, and the like
        raise StorageError(
            msg("db.migrate.databasen_lasas_filen_ar")
        ) from exc
    if before is not None:
        try:
            script.get_revision(before)
        except Exception as exc:
            raise SchemaTooNewError(
                msg("db.migrate.databasen_ar_skapad_nyare", before=before)
            ) from exc
    if before == head:
        return MigrationResult(before, head, None)
    if before is None and has_tables:
        raise StorageError(msg("db.migrate.databasen_innehaller_tabeller_kommer"))
    backup = None
    if before is not None and db_file is not None and db_file.exists():
        # Checked, owner-only and thinned like every backup; named <stem>-före-<head>-<time>.db as always.
        backup = take_backup(db_file, f"före-{head}", folder=backup_dir).path
    try:
        _run_upgrade(engine, migrations_dir)
    except Exception as exc:
        engine.dispose()
        raise _undo_failed_upgrade(exc, db_file, backup, created_here) from exc
    return MigrationResult(before, head, backup)


def _run_upgrade(engine: Engine, migrations_dir: Path) -> None:
    from alembic import command

    config = alembic_config(migrations_dir)
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # Batch mode rebuilds a table with DROP TABLE; with foreign keys on, SQLite would first delete the
            # rows of every child table through ON DELETE CASCADE. Checked again below, before it counts.
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
            connection.commit()  # ends SQLAlchemy's autobegun block; the pragma itself needs no transaction
        with connection.begin():
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StorageError(msg("db.migrate.uppgraderingen_lamnade_trasiga_kopplingar", broken=len(broken)))
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")
            connection.commit()


def _undo_failed_upgrade(exc: Exception, db_file: Path | None, backup: Path | None,
                         created_here: bool) -> StorageError:
    """SQLite commits some schema changes at once, so a failed upgrade is undone from the backup."""
    detail = exc.message if isinstance(exc, StorageError) else exc.__class__.__name__
    if db_file is not None and backup is not None:
        try:
            _restore_sqlite(backup, db_file)
        except Exception:  # the backup itself stays; the user needs its name
            return StorageError(
                msg("db.migrate.uppgraderingen_databasen_misslyckades_kunde", detail=detail, backup=backup))
        return StorageError(
            msg("db.migrate.uppgraderingen_databasen_misslyckades_databasen", detail=detail, backup=backup))
    if db_file is not None and created_here:
        for path in (db_file, db_file.with_name(db_file.name + "-wal"), db_file.with_name(db_file.name + "-shm")):
            path.unlink(missing_ok=True)
        return StorageError(msg("db.migrate.nya_databasen_kunde_skapas", detail=detail))
    return StorageError(msg("db.migrate.uppgraderingen_databasen_misslyckades", detail=detail))


def _restore_sqlite(backup: Path, target: Path) -> None:
    """Write the backup's pages back into the live file (WAL-safe, unlike copying the file over it)."""
    copy_pages(backup, target)

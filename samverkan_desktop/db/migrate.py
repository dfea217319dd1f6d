"""Schema upgrades at start-up: alembic configured in code, a backup first, newer schemas refused."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from ..domain.errors import SchemaTooNewError, StorageError
from .engine import sqlite_path


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None


def alembic_config(migrations_dir: Path) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir))
    return config


def head_revision(migrations_dir: Path) -> str:
    head = ScriptDirectory.from_config(alembic_config(migrations_dir)).get_current_head()
    assert head is not None, "migrations folder holds no revision"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def readonly_uri(path: Path) -> str:
    """A read-only SQLite URI; percent-encoded, so that '#', '?' or '%' in a folder name stay in the path."""
    return path.resolve().as_uri() + "?mode=ro"


def _peek_sqlite(path: Path) -> tuple[str | None, bool]:
    """The schema revision and whether the file holds other tables, read without writing a byte
    (the engine's connect pragmas would switch the file to WAL before we know it is ours)."""
    connection = sqlite3.connect(readonly_uri(path), uri=True)
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
    """Copy a live SQLite database with the backup API (consistent even in WAL mode)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".tmp")
    src = sqlite3.connect(readonly_uri(source), uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)
    return target


def upgrade_database(engine: Engine, migrations_dir: Path, backup_dir: Path | None = None) -> MigrationResult:
    """Bring the schema to head. Refuses, untouched, a database from a newer app version."""
    script = ScriptDirectory.from_config(alembic_config(migrations_dir))
    head = script.get_current_head()
    assert head is not None
    db_file = sqlite_path(str(engine.url))
    try:
        if db_file is not None and db_file.is_file() and db_file.stat().st_size > 0:
            before, has_tables = _peek_sqlite(db_file)
        else:
            before = current_revision(engine)
            has_tables = bool(set(inspect(engine).get_table_names()) - {"alembic_version"})
    except Exception as exc:  # sqlite3.DatabaseError: file is not a database, and the like
        raise StorageError(
            "Databasen kan inte läsas: filen är skadad eller inte en Samverkan-databas."
        ) from exc
    if before is not None:
        try:
            script.get_revision(before)
        except Exception as exc:
            raise SchemaTooNewError(
                "Databasen är skapad med en nyare version av Samverkan Desktop "
                f"(schemaversion {before}). Uppdatera programmet; databasen har inte ändrats."
            ) from exc
    if before == head:
        return MigrationResult(before, head, None)
    if before is None and has_tables:
        raise StorageError("Databasen innehåller tabeller som inte kommer från Samverkan Desktop.")
    backup = None
    if before is not None and db_file is not None and db_file.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        folder = backup_dir or db_file.parent / "säkerhetskopior"
        backup = backup_sqlite(db_file, folder / f"{db_file.stem}-före-{head}-{stamp}.db")
    config = alembic_config(migrations_dir)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return MigrationResult(before, head, backup)

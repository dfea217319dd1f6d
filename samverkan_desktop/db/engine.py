"""Engine creation: the database URL, and the pragmas every SQLite connection gets."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import StorageError
from ..domain.messages import msg
from .files import create_private_file, make_private_dir

if TYPE_CHECKING:
    from sqlalchemy import Engine

# SQLAlchemy is imported by the functions that make an engine: ``sqlite_path`` and the checks before it run at the
# start before SQLAlchemy loads (app.py shows the group tree first).

BUSY_TIMEOUT_MS = 5000


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    prefix = "sqlite:///"
    plain = url[len(prefix):]
    if url.startswith(prefix) and not any(sign in plain for sign in "?%#@"):  # what make_url would give back as is
        return Path(plain) if plain and plain != ":memory:" else None
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _on_read_only_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # No journal_mode or synchronous: changing either is a write, which a read-only connection refuses.
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


#: Execution option marking an engine opened read-only; the unit of work words its errors by it.
READ_ONLY_OPTION = "samverkan_read_only"


def is_read_only(engine: Engine) -> bool:
    return bool(engine.get_execution_options().get(READ_ONLY_OPTION))


def create_database_engine(url: str, read_only: bool = False) -> Engine:
    """An engine for ``url``; SQLite files get foreign keys, WAL, full sync and a busy timeout.

    ``read_only`` (SQLite files): every connection is opened with ``mode=ro``, so any write fails with SQLite's
    "readonly" error, which the unit of work turns into a sentence. Used while another instance is the writer.
    """
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and read_only:
        path = sqlite_path(url)
        if path is None or not path.is_file():
            raise StorageError(msg("db.engine.databasfilen_finns_oppnas_skrivskyddad", value=path or url))
        from .preflight import examine_database_file
        from .sqlite_files import readonly_uri

        uri = readonly_uri(path)
        if not examine_database_file(path).writable and not path.with_name(path.name + "-wal").exists():
            # Nobody can write here (read-only file, folder or file system) and every page is in the file:
            # read it as immutable, which needs no -shm that could not be created on a read-only mount.
            uri += "&immutable=1"
        engine = create_engine(
            url, poolclass=NullPool, execution_options={READ_ONLY_OPTION: True}, hide_parameters=True,
            creator=lambda: sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False),
        )
        event.listen(engine, "connect", _on_read_only_connect)
        return engine
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            check_sqlite_location(path)
            # Created here, empty, so that SQLite (and its -wal/-shm, which copy the mode) is owner-only.
            try:
                create_private_file(path)
            except OSError as exc:
                raise StorageError(msg("db.engine.databasfilen_skapas", path=path, value=exc.strerror or exc)) from exc
        # Pooled: opening a connection to a region's database costs milliseconds (schema, WAL index), and the
        # editor opens a meeting in several units of work. Idle pooled connections hold no lock (WAL, no open
        # transaction); whoever replaces the file (restore, moving a damaged one aside) disposes the engine first.
        engine = create_engine(url, pool_size=4, max_overflow=8, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
                               hide_parameters=True)  # no minutes text in an error message (or the log)
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def check_sqlite_location(path: Path) -> None:
    """Fail early, in words, when the database file cannot be created or is not a database (a folder, a FIFO,
    a symlink loop, another kind of file: ``preflight.examine_database_file``, which never blocks)."""
    from .preflight import examine_database_file

    if examine_database_file(path).exists:
        return
    folder = path.parent if str(path.parent) else Path(".")
    try:
        make_private_dir(folder)
    except OSError as exc:
        raise StorageError(msg("db.engine.mappen_skapas", folder=folder, value=exc.strerror or exc)) from exc
    probe = folder / f".{path.name}.skrivtest"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise StorageError(
            msg("db.engine.gar_skriva_mappen_valj", folder=folder)
        ) from exc

"""What a database path is, found out before SQLite opens it: every kind of path that cannot be a database is
refused in one Swedish sentence and nothing is created; the schema is read without writing a byte. (How the app
and the CLI use it: tests/cli/test_cli_startup.py.)"""

from __future__ import annotations

import os
import socket
import sqlite3
import stat

import pytest

from samverkan_desktop.db import preflight
from samverkan_desktop.db.migrate import head_revision
from samverkan_desktop.db.models import Base
from samverkan_desktop.db.preflight import (
    SchemaFacts,
    examine_database_file,
    read_only_refusal,
    read_schema,
    require_known_schema,
)
from samverkan_desktop.domain.errors import SchemaTooNewError, StorageError
from samverkan_desktop.infra.config import migrations_dir

posix_only = pytest.mark.skipif(os.name == "nt", reason="FIFOs, sockets and modes are POSIX")


def sqlite_file(path, *statements: str):
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()
    return path


def test_a_missing_file_is_one_to_create_and_nothing_is_made(tmp_path):
    found = examine_database_file(tmp_path / "ny" / "mapp" / "samverkan.db")
    assert (found.exists, found.size, found.writable) == (False, 0, True)
    assert list(tmp_path.iterdir()) == []


def test_a_sqlite_file_is_found_writable_with_its_size(tmp_path):
    path = sqlite_file(tmp_path / "s.db", "CREATE TABLE t (x)")
    found = examine_database_file(path)
    assert found.exists and found.writable and found.size == path.stat().st_size
    assert examine_database_file(tmp_path / "tom.db").exists is False
    (tmp_path / "tom.db").write_bytes(b"")
    assert examine_database_file(tmp_path / "tom.db").exists  # an empty file is a database still to be made


def test_a_file_that_is_not_sqlite_is_refused_unless_it_is_to_be_moved_aside(tmp_path):
    path = tmp_path / "protokoll.docx"
    path.write_bytes(b"PK\x03\x04 inte sqlite")
    with pytest.raises(StorageError, match="är inte en Samverkan-databas \\(inte en SQLite-fil\\)"):
        examine_database_file(path)
    assert examine_database_file(path, require_sqlite=False).exists


def test_a_folder_is_not_a_database_file(tmp_path):
    with pytest.raises(StorageError, match="är en mapp, inte en databasfil"):
        examine_database_file(tmp_path)


@posix_only
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "rör.db"
    os.mkfifo(fifo)
    with pytest.raises(StorageError, match=r"en namngiven rörledning \(FIFO\)"):
        examine_database_file(fifo)


@posix_only
def test_a_socket_is_refused(tmp_path):
    path = tmp_path / "s.sock"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        with pytest.raises(StorageError, match="är en socket, inte en vanlig fil"):
            examine_database_file(path)
    finally:
        server.close()


@posix_only
def test_links_that_lead_nowhere_are_said_as_such(tmp_path):
    dangling = tmp_path / "borta.db"
    dangling.symlink_to(tmp_path / "finns_inte.db")
    with pytest.raises(StorageError, match="en länk till en fil som inte finns"):
        examine_database_file(dangling)
    loop = tmp_path / "slinga.db"
    loop.symlink_to(loop)
    with pytest.raises(StorageError, match="länkslinga"):
        examine_database_file(loop)


def test_a_file_where_a_folder_should_be_cannot_be_written(tmp_path):
    (tmp_path / "fil").write_text("x")
    found = examine_database_file(tmp_path / "fil" / "samverkan.db")
    assert (found.exists, found.writable) == (False, False)


@posix_only
@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads and writes everything")
def test_an_unreadable_file_is_refused_and_a_read_only_one_is_found_read_only(tmp_path):
    path = sqlite_file(tmp_path / "s.db", "CREATE TABLE t (x)")
    os.chmod(path, stat.S_IRUSR)
    assert examine_database_file(path).writable is False
    os.chmod(path, 0)
    with pytest.raises(StorageError, match="behörighet saknas"):
        examine_database_file(path)


def test_a_read_only_file_system_makes_the_file_read_only(tmp_path, monkeypatch):
    path = sqlite_file(tmp_path / "s.db", "CREATE TABLE t (x)")
    monkeypatch.setattr(preflight, "_read_only_fs", lambda _path: True)
    assert examine_database_file(path).writable is False
    assert "skrivskyddad" in read_only_refusal(path, "kan inte uppgraderas").message


def test_the_schema_is_read_without_changing_the_file(tmp_path):
    path = sqlite_file(tmp_path / "s.db", "CREATE TABLE alembic_version (version_num TEXT)",
                       "INSERT INTO alembic_version VALUES ('0001')", "CREATE TABLE meeting (id INTEGER)")
    before = path.read_bytes()
    assert read_schema(path) == SchemaFacts("0001", frozenset({"alembic_version", "meeting"}))
    assert path.read_bytes() == before
    assert read_schema(sqlite_file(tmp_path / "tom.db")) == SchemaFacts(None, frozenset())


def test_a_damaged_file_is_said_to_be_damaged(tmp_path):
    path = tmp_path / "trasig.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    with pytest.raises(StorageError, match="den är skadad eller inte en Samverkan-databas"):
        read_schema(path)


def test_only_a_schema_this_program_knows_is_accepted(tmp_path):
    head = head_revision(migrations_dir())
    path = tmp_path / "s.db"
    require_known_schema(path, SchemaFacts(None, frozenset()), migrations_dir())
    with pytest.raises(StorageError, match="har inget schema"):
        require_known_schema(path, SchemaFacts(None, frozenset()), migrations_dir(), allow_empty=False)
    with pytest.raises(StorageError, match="tabeller från ett annat program"):
        require_known_schema(path, SchemaFacts(None, frozenset({"kunder"})), migrations_dir())
    with pytest.raises(SchemaTooNewError, match="nyare version"):
        require_known_schema(path, SchemaFacts("9999_framtid", frozenset({"alembic_version"})), migrations_dir())
    with pytest.raises(StorageError, match="saknar tabeller som schemat"):
        require_known_schema(path, SchemaFacts(head, frozenset({"alembic_version", "meeting"})), migrations_dir(),
                             head=head)
    require_known_schema(path, SchemaFacts(head, frozenset(Base.metadata.tables)), migrations_dir(), head=head)

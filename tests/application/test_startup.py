"""The one start-up path (application/startup.py) that app.py and every ``samverkan`` command share: claim the
writer lock, open, check, migrate. The commands' refusals of damaged, foreign and newer files are in
tests/cli/test_cli_startup.py; here the path itself."""

from __future__ import annotations

import sqlite3

import pytest

from samverkan_desktop.application.startup import claim_database, command_database, open_database
from samverkan_desktop.db.engine import sqlite_url
from samverkan_desktop.db.lock import acquire_writer_lock
from samverkan_desktop.db.migrate import quick_head
from samverkan_desktop.domain.errors import StorageError
from samverkan_desktop.infra.config import migrations_dir


@pytest.fixture
def db(tmp_path, isolated_data_dir):
    path = tmp_path / "samverkan.db"
    opened = open_database(sqlite_url(path), "testare")
    opened.engine.dispose()
    return path


def revision(path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_open_migrates_a_new_database_and_says_what_it_did(tmp_path, isolated_data_dir) -> None:
    opened = open_database(sqlite_url(tmp_path / "ny.db"), "testare")
    try:
        assert opened.migration is not None and opened.migration.before is None
        assert opened.migration.after == quick_head(migrations_dir())
        assert opened.uow.actor == "testare"
    finally:
        opened.engine.dispose()


def test_read_only_never_migrates_and_refuses_another_schema_in_the_callers_words(db) -> None:
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    with pytest.raises(StorageError, match="har ett annat schema än det här kommandot"):  # the caller's message id
        open_database(sqlite_url(db), read_only=True, refusal="application.startup.other_schema")
    assert revision(db) == "0001"


def test_the_claim_is_the_writer_or_read_only_beside_it(db) -> None:
    first = claim_database(db, look_at_location=False)
    try:
        assert first.is_writer and not first.read_only and first.banners == []
        second = claim_database(db, look_at_location=False)
        assert not second.is_writer and second.read_only and second.banners[0][0] == "error"
    finally:
        first.release()


def test_the_network_warning_looked_at_later_takes_the_place_the_claim_gives_it(db, monkeypatch) -> None:
    """The GUI looks at the location after the tree is shown (look_at_database_location); the banners come out
    in the order claim_database gives them: the lock's, then the network file system's, then the later ones."""
    from samverkan_desktop.application.startup import look_at_database_location
    from samverkan_desktop.db import location

    monkeypatch.setattr(location, "network_filesystem", lambda _path: "nfs4")
    first = claim_database(db, look_at_location=False)
    try:
        at_once = claim_database(db)
        later = claim_database(db, look_at_location=False)
        later.banners.append(("warning", "a banner added after the claim"))
        look_at_database_location(later, db)
        assert later.banners[:2] == at_once.banners and [kind for kind, _ in at_once.banners] == ["error", "warning"]
        assert later.banners[2] == ("warning", "a banner added after the claim")
        assert "nfs4" in at_once.banners[1][1]
    finally:
        first.release()


def test_a_command_that_writes_is_refused_while_another_holds_the_lock(db) -> None:
    held = acquire_writer_lock(db)
    assert held.acquired
    try:
        with pytest.raises(StorageError, match="Stäng programmet innan du kör 'samverkan demo'"):
            with command_database(sqlite_url(db), "samverkan demo", writes=True, vouches=False):
                pytest.fail("opened beside the writer")
        with command_database(sqlite_url(db), "samverkan groups", writes=False, vouches=False) as opened:
            assert opened.uow is not None and opened.migration is None  # read beside it, never upgraded
    finally:
        held.release()


def test_a_command_that_writes_holds_the_lock_until_it_ends(db) -> None:
    with command_database(sqlite_url(db), "samverkan migrate", writes=True, vouches=False) as opened:
        assert opened.migration is not None
        assert not acquire_writer_lock(db).acquired
    again = acquire_writer_lock(db)
    assert again.acquired
    again.release()


def test_the_file_only_path_opens_no_engine(db) -> None:
    with command_database(sqlite_url(db), "samverkan backups", writes=False, vouches=False,
                          open_engine=False) as opened:
        assert opened.path == db and opened.uow is None

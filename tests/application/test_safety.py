"""Backups while the app runs, and the start-up check that moves a damaged database aside."""

from __future__ import annotations

import hashlib
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlite_damage import add_organisations, corrupt_table_page, organisation_names

from samverkan_desktop.application.safety import BackupKeeper, restore_into_place, startup_check
from samverkan_desktop.db.backup import list_backups, quick_check, take_backup

T0 = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def change(uow, name: str = "Ny") -> None:
    with uow:
        uow.session.execute(text("INSERT INTO organisation (name, kind) VALUES (:name, 'kommun')"), {"name": name})
        uow.commit()


def test_the_keeper_backs_up_every_half_hour_only_when_something_changed(uow, db_path: Path) -> None:
    keeper = BackupKeeper(db_path, uow, now=T0)
    assert keeper.backup_if_due(T0 + timedelta(hours=2)) is None  # nothing changed since the start
    change(uow)
    assert keeper.backup_if_due(T0 + timedelta(minutes=29)) is None  # changed, but too soon
    first = keeper.backup_if_due(T0 + timedelta(minutes=30))
    assert first is not None and first.reason == "automatisk" and first.taken_at == T0 + timedelta(minutes=30)
    assert keeper.backup_if_due(T0 + timedelta(hours=3)) is None  # nothing new since that backup
    change(uow, "Nyare")
    assert keeper.backup_if_due(T0 + timedelta(minutes=59)) is None  # 29 minutes after the last backup
    second = keeper.backup_if_due(T0 + timedelta(minutes=60))
    assert second is not None and second.path != first.path
    assert keeper.list()[0] == second


def test_an_explicit_backup_restarts_the_half_hour(uow, db_path: Path) -> None:
    keeper = BackupKeeper(db_path, uow, now=T0)
    change(uow)
    closing = keeper.backup("stängning", now=T0 + timedelta(minutes=40))
    assert closing is not None and closing.reason == "stängning"
    change(uow, "Nyare")
    assert keeper.backup_if_due(T0 + timedelta(minutes=60)) is None
    assert keeper.backup_if_due(T0 + timedelta(minutes=70)) is not None


def test_nested_blocks_count_one_commit(uow) -> None:
    before = uow.commits
    with uow:
        with uow:
            uow.commit()  # only a flush
        assert uow.commits == before
        uow.commit()
    assert uow.commits == before + 1


def test_a_keeper_without_a_file_does_nothing(uow) -> None:
    keeper = BackupKeeper(None, uow, now=T0)
    change(uow)
    assert keeper.backup("manuell") is None
    assert keeper.backup_if_due(T0 + timedelta(days=1)) is None
    assert keeper.list() == []


def test_the_keeper_restores_after_taking_a_safety_backup(uow, engine, db_path: Path) -> None:
    keeper = BackupKeeper(db_path, uow, now=T0)
    wanted = keeper.backup("manuell", now=T0)
    change(uow)
    engine.dispose()
    replaced = keeper.restore(wanted.path)
    assert replaced is not None and "Ny" in organisation_names(replaced.path)
    assert "Ny" not in organisation_names(db_path)


@pytest.fixture
def damaged_copy(engine, db_path: Path, tmp_path: Path) -> Path:
    """A COPY of a working database, with two good backups (one day apart), then damaged on disk."""
    add_organisations(db_path)
    engine.dispose()
    copy = tmp_path / "kopia" / "samverkan.db"
    copy.parent.mkdir()
    shutil.copyfile(db_path, copy)
    take_backup(copy, "automatisk", now=T0 - timedelta(days=1))
    add_organisations(copy, 2, prefix="Nyast")
    take_backup(copy, "stängning", now=T0)
    corrupt_table_page(copy)
    return copy


def test_startup_moves_a_damaged_database_aside_intact_and_offers_the_newest_good_backup(
        damaged_copy: Path) -> None:
    damaged_bytes = sha256(damaged_copy)

    health = startup_check(damaged_copy, now=T0 + timedelta(hours=1))

    assert health.damaged and health.problems
    assert health.moved_to == damaged_copy.with_name("samverkan.db.skadad-20260310T100000Z")
    assert sha256(health.moved_to) == damaged_bytes  # moved, not rewritten
    assert not damaged_copy.exists()  # and nothing empty put in its place
    assert health.offer is not None
    assert (health.offer.taken_at, health.offer.reason) == (T0, "stängning")

    replaced = restore_into_place(health.offer, damaged_copy)
    assert replaced is None  # nothing was there to keep
    assert quick_check(damaged_copy) == []
    assert organisation_names(damaged_copy)[-2:] == ["Nyast nummer 0", "Nyast nummer 1"]
    assert sha256(health.moved_to) == damaged_bytes


def test_startup_skips_a_damaged_newest_backup(damaged_copy: Path) -> None:
    corrupt_table_page(list_backups(damaged_copy)[0].path)
    health = startup_check(damaged_copy, now=T0 + timedelta(hours=1))
    assert health.offer is not None and health.offer.taken_at == T0 - timedelta(days=1)


def test_startup_without_backups_offers_none_and_still_moves_aside(damaged_copy: Path) -> None:
    for backup in list_backups(damaged_copy):
        backup.path.unlink()
    health = startup_check(damaged_copy)
    assert health.damaged and health.offer is None
    assert health.moved_to is not None and health.moved_to.exists() and not damaged_copy.exists()


def test_startup_leaves_sound_new_and_foreign_files_alone(engine, db_path: Path, tmp_path: Path) -> None:
    assert not startup_check(db_path).damaged
    assert not startup_check(tmp_path / "finns-inte.db").damaged
    assert not startup_check(None).damaged
    foreign = tmp_path / "brev.docx"
    foreign.write_bytes(b"PK\x03\x04 a Word file" * 50)
    health = startup_check(foreign)
    assert health.damaged and health.moved_to is None and foreign.exists()  # not ours: refused later, in words


def test_restoring_a_backup_from_an_older_schema_brings_it_up_to_date(tmp_path: Path) -> None:
    from alembic import command

    from samverkan_desktop.db.engine import create_database_engine
    from samverkan_desktop.db.migrate import alembic_config, current_revision, head_revision, upgrade_database
    from samverkan_desktop.db.uow import create_unit_of_work
    from samverkan_desktop.infra.config import migrations_dir

    db = tmp_path / "samverkan.db"
    engine = create_database_engine(f"sqlite:///{db}")
    config = alembic_config(migrations_dir())
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0006")
    old = take_backup(db, "stängning", now=T0)
    upgrade_database(engine, migrations_dir())
    keeper = BackupKeeper(db, create_unit_of_work(engine), engine=engine, migrations=migrations_dir())
    keeper.restore(old.path)
    assert current_revision(engine) == head_revision(migrations_dir())
    assert quick_check(db) == []
    engine.dispose()


def test_commits_of_worker_threads_count_for_the_backups(uow, db_path: Path) -> None:
    """The autosave and publishing commit through units of work of their own threads: still changes."""
    keeper = BackupKeeper(db_path, uow, now=T0)
    worker = uow.for_another_thread()
    change(worker, "Skrivet av autosparandet")
    assert keeper.is_due(T0 + timedelta(minutes=31))
    assert keeper.backup_if_changed("stängning", now=T0 + timedelta(minutes=5)) is not None


def test_before_an_approval_the_copy_is_taken_at_once_and_checked_after(uow, db_path: Path, monkeypatch) -> None:
    """The snapshot holds the state before the approval; its check and the thinning run in a thread after it."""
    import threading

    from samverkan_desktop.db import backup

    keeper = BackupKeeper(db_path, uow, now=T0)
    change(uow)
    started = threading.Event()
    release = threading.Event()
    real_check = backup.integrity_problems

    def slow_check(path):
        started.set()
        release.wait(5)
        return real_check(path)

    monkeypatch.setattr(backup, "integrity_problems", slow_check)
    info = keeper.snapshot_if_changed("före-godkännande", now=T0)
    assert info is not None and info.path.is_file()  # the copy is there before the check has run
    assert started.wait(5)
    release.set()
    keeper.wait_for_checks()
    assert [b.reason for b in list_backups(db_path)] == ["före-godkännande"]
    assert keeper.snapshot_if_changed("före-godkännande") is None  # nothing changed since


def test_a_snapshot_that_fails_its_check_is_removed(uow, db_path: Path, monkeypatch) -> None:
    from samverkan_desktop.db import backup

    keeper = BackupKeeper(db_path, uow, now=T0)
    change(uow)
    monkeypatch.setattr(backup, "integrity_problems", lambda path: ["*** in database main ***"])
    info = keeper.snapshot_if_changed("före-publicering", now=T0)
    keeper.wait_for_checks()
    assert not info.path.exists()


def test_a_failed_snapshot_check_is_told_not_only_logged(uow, db_path: Path, monkeypatch) -> None:
    from samverkan_desktop.db import backup

    keeper = BackupKeeper(db_path, uow, now=T0)
    change(uow)
    monkeypatch.setattr(backup, "integrity_problems", lambda path: ["row 3 missing from index ix"])
    keeper.snapshot_if_changed("före-godkännande", now=T0)
    keeper.wait_for_checks()
    [said] = keeper.take_failed_checks()
    assert "blev inte felfri" in said and "samverkan check" in said
    assert keeper.take_failed_checks() == []

"""Backups: consistent copies of a live file, checked before older ones are thinned, restore, damage checks."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
import stat
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlite_damage import add_organisations, corrupt_table_page, organisation_names

from samverkan_desktop.db import backup
from samverkan_desktop.db.backup import (
    BackupInfo,
    Retention,
    backup_folder,
    backups_to_keep,
    integrity_problems,
    list_backups,
    move_aside,
    newest_good_backup,
    quick_check,
    restore_backup,
    take_backup,
)
from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.domain.errors import StorageError
from samverkan_desktop.infra.config import Settings, SettingsStore

T0 = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def live(engine, db_path: Path) -> Path:
    """A migrated database with 60 organisations; the engine stays open (WAL in use)."""
    add_organisations(db_path)
    return db_path


def stray_files(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith((".tmp", "-journal")) or p.name.startswith(".")]


# --- taking and listing -------------------------------------------------------------------------------


def test_a_backup_is_named_by_time_and_reason_and_listed(live: Path) -> None:
    info = take_backup(live, "före godkännande", now=T0)
    assert info.path == backup_folder(live) / "samverkan-före-godkännande-20260310T120000Z.db"
    assert (info.taken_at, info.reason, info.size) == (T0, "före-godkännande", info.path.stat().st_size)
    assert list_backups(live) == [info]
    assert organisation_names(info.path) == organisation_names(live)
    assert stray_files(info.path.parent) == []


def test_two_backups_in_one_second_get_two_names(live: Path) -> None:
    first = take_backup(live, "manuell", now=T0)
    second = take_backup(live, "manuell", now=T0)
    assert first.path != second.path and second.path.name.endswith("Z-2.db")
    assert list_backups(live) == [second, first]  # both: every backup of the last day is kept
    third = take_backup(live, "manuell", now=T0 + timedelta(days=2))
    assert list_backups(live) == [third, second]  # then the day keeps only its newest


def test_migration_backups_are_listed_with_their_reason(live: Path) -> None:
    folder = backup_folder(live)
    folder.mkdir()
    shutil.copyfile(live, folder / "samverkan-före-0006-20260101T120000Z.db")
    shutil.copyfile(live, folder / "samverkan-före-0007_named-20260102T120000Z.db")
    (folder / "annat.db").write_bytes(b"")
    (folder / "samverkan-före-0006-2026.db").write_bytes(b"")
    listed = [(b.reason, b.taken_at) for b in list_backups(live)]
    assert listed == [("före-0007_named", datetime(2026, 1, 2, 12, tzinfo=UTC)),
                      ("före-0006", datetime(2026, 1, 1, 12, tzinfo=UTC))]


def test_a_backup_is_consistent_while_another_connection_writes(live: Path) -> None:
    """Each write transaction adds one organisation and one person; a consistent copy has as many of each."""
    writer = sqlite3.connect(live, check_same_thread=False)
    writer.execute("PRAGMA journal_mode = WAL")
    assert writer.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    started, done = threading.Event(), threading.Event()
    written = [0]

    def write() -> None:
        while not done.is_set():
            with writer:
                writer.execute("INSERT INTO organisation (name, kind) VALUES (?, 'kommun')", (f"O{written[0]}",))
                writer.execute("INSERT INTO person (name) VALUES (?)", (f"P{written[0]}",))
            written[0] += 1
            started.set()

    thread = threading.Thread(target=write)
    thread.start()
    try:
        assert started.wait(10)
        infos = [take_backup(live, "automatisk", now=T0 + timedelta(days=i)) for i in range(3)]
    finally:
        done.set()
        thread.join()
        writer.close()
    for info in infos:
        copy = sqlite3.connect(info.path)
        try:
            assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            organisations = copy.execute("SELECT count(*) FROM organisation WHERE name LIKE 'O%'").fetchone()[0]
            people = copy.execute("SELECT count(*) FROM person WHERE name LIKE 'P%'").fetchone()[0]
        finally:
            copy.close()
        assert organisations == people >= 1
    assert written[0] >= 1


# --- the check before thinning ------------------------------------------------------------------------


def test_a_damaged_copy_is_deleted_and_the_older_backups_are_not_thinned(live: Path, monkeypatch) -> None:
    older = take_backup(live, "automatisk", now=T0)
    same_day = older.path.with_name("samverkan-automatisk-20260310T080000Z.db")
    shutil.copyfile(older.path, same_day)  # an earlier backup of the same day: thinning would remove it
    before = sorted(p.name for p in backup_folder(live).iterdir())
    real_copy = backup.copy_pages

    def copy_then_damage(source: Path, target: Path) -> None:
        real_copy(source, target)
        corrupt_table_page(target)

    monkeypatch.setattr(backup, "copy_pages", copy_then_damage)
    with pytest.raises(StorageError, match=r"inte felfri.*tidigare säkerhetskopiorna är kvar"):
        take_backup(live, "automatisk", now=T0 + timedelta(hours=2))
    assert sorted(p.name for p in backup_folder(live).iterdir()) == before

    monkeypatch.setattr(backup, "copy_pages", real_copy)
    newest = take_backup(live, "automatisk", now=T0 + timedelta(days=2))
    assert {b.path for b in list_backups(live)} == {newest.path, older.path}  # a good copy does thin that day


@pytest.mark.parametrize("failure", ["copy", "fsync", "permission"])
def test_disk_full_or_no_permission_leaves_no_partial_file(live: Path, monkeypatch, failure: str) -> None:
    kept = take_backup(live, "manuell", now=T0 - timedelta(days=1))

    def half_copy_then_full(source: Path, target: Path) -> None:
        target.write_bytes(live.read_bytes()[:8192])
        raise sqlite3.OperationalError("database or disk is full")

    def no_space(path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    if failure == "copy":
        monkeypatch.setattr(backup, "copy_pages", half_copy_then_full)
    elif failure == "fsync":
        monkeypatch.setattr(backup, "fsync_file", no_space)
    else:
        monkeypatch.setattr(backup.tempfile, "mkstemp", denied)
    with pytest.raises(StorageError) as info:
        take_backup(live, "manuell", now=T0)
    expected = "det går inte att skriva i mappen" if failure == "permission" else "disken är full"
    assert expected in info.value.message
    assert [p.name for p in backup_folder(live).iterdir()] == [kept.path.name]


# --- retention ----------------------------------------------------------------------------------------


def infos(*times: datetime) -> list[BackupInfo]:
    return [BackupInfo(Path(f"b{i}.db"), t, 1, "test") for i, t in enumerate(times)]


def test_retention_keeps_the_newest_of_each_day_week_and_month() -> None:
    """A backup every 6 hours for two years: exactly the newest of each of the 12 last days, 10 last ISO
    weeks and 9 last months survive (counted here by brute force over calendar dates)."""
    start, now = datetime(2024, 3, 1, tzinfo=UTC), datetime(2026, 3, 10, 11, 0, tzinfo=UTC)
    times = [start + timedelta(hours=6 * i) for i in range(int((now - start) / timedelta(hours=6)) + 1)]
    kept = backups_to_keep(infos(*times), now)
    kept_times = {b.taken_at for b in kept}

    local = backup._LOCAL

    def newest_per(key, count: int) -> set[datetime]:
        newest: dict[object, datetime] = {}
        for t in times:
            k = key(t.astimezone(local))
            newest[k] = max(newest.get(k, t), t)
        return {newest[k] for k in sorted(newest, reverse=True)[:count]}

    expected = (newest_per(lambda t: t.date(), 12) | newest_per(lambda t: t.isocalendar()[:2], 10)
                | newest_per(lambda t: (t.year, t.month), 9) | {t for t in times if t > now - timedelta(hours=24)})
    assert kept_times == expected
    assert max(times) in kept_times
    assert 12 <= len(kept) <= 4 + 12 + 10 + 9
    assert min(kept_times).astimezone(local).month == 7 and min(kept_times).year == 2025  # 9 months back


def test_retention_by_hand() -> None:
    day = datetime(2026, 3, 10, tzinfo=UTC)
    morning, noon, evening = day + timedelta(hours=7), day + timedelta(hours=11), day + timedelta(hours=20)
    # 23:30 UTC on 9 March is 00:30 on 10 March in Stockholm: the same local day as the others.
    late = day - timedelta(minutes=30)
    two_years_ago = day - timedelta(days=730)
    future = day + timedelta(days=3)
    backups = infos(morning, noon, evening, late, two_years_ago, future)
    now = day + timedelta(hours=21)
    # Everything of the last 24 hours stays: the backup before an approval outlives the closing one after it.
    assert {b.taken_at for b in backups_to_keep(backups, now)} == {morning, noon, evening, late, two_years_ago,
                                                                   future}
    kept = {b.taken_at for b in backups_to_keep(backups, now, Retention(recent_hours=0))}
    # Days are counted among days that have backups: a long pause does not cost the old backup.
    assert kept == {evening, two_years_ago, future}
    # The newest is always kept, even when the rule keeps nothing else.
    assert {b.taken_at for b in backups_to_keep(backups, now, Retention(0, 0, 0, 0))} == {evening, future}
    assert backups_to_keep([], now) == frozenset()


def test_retention_with_daily_backups_over_a_year_keeps_31_at_most() -> None:
    now = datetime(2026, 12, 31, 22, tzinfo=UTC)
    times = [now - timedelta(days=d) for d in range(400)]
    kept = sorted(b.taken_at for b in backups_to_keep(infos(*times), now))
    assert kept[-12:] == sorted(times[:12])  # the 12 newest days, each kept
    assert len(kept) < 12 + 10 + 9
    assert len({(t.year, t.month) for t in kept}) == 9


# --- restore ------------------------------------------------------------------------------------------


def test_restore_takes_a_safety_backup_first(live: Path, engine) -> None:
    wanted = take_backup(live, "manuell", now=T0)
    add_organisations(live, 3, prefix="Senare")
    later_names = organisation_names(live)
    engine.dispose()

    replaced = restore_backup(wanted, live, now=T0 + timedelta(hours=1))

    assert replaced is not None and replaced.reason == "före-återställning"
    assert organisation_names(replaced.path) == later_names
    assert organisation_names(live) == organisation_names(wanted.path)
    assert quick_check(live) == []
    with engine.connect() as connection:  # and the app's engine works on the restored file
        assert connection.execute(text("SELECT count(*) FROM organisation")).scalar() == 60


def test_restore_keeps_the_chosen_backup_through_the_thinning(live: Path, engine) -> None:
    newest = take_backup(live, "manuell", now=T0)
    chosen = newest.path.with_name("samverkan-manuell-20260310T070000Z.db")
    shutil.copyfile(newest.path, chosen)
    engine.dispose()
    restore_backup(chosen, live, now=T0 + timedelta(hours=1))
    assert chosen.exists()  # same day as two newer backups, but it is the one being restored


def test_restore_refuses_a_damaged_backup_and_changes_nothing(live: Path, engine) -> None:
    damaged = take_backup(live, "manuell", now=T0)
    corrupt_table_page(damaged.path)
    engine.dispose()
    before, listed = sha256(live), list_backups(live)
    with pytest.raises(StorageError, match="skadad och återställs inte"):
        restore_backup(damaged, live)
    assert sha256(live) == before
    assert list_backups(live) == listed  # no safety backup either


def test_restore_over_a_damaged_database_moves_it_aside(live: Path, engine) -> None:
    good = take_backup(live, "manuell", now=T0)
    engine.dispose()
    corrupt_table_page(live)
    damaged_bytes = sha256(live)
    replaced = restore_backup(good, live, now=T0 + timedelta(hours=1))
    assert replaced is not None and replaced.reason == "skadad"
    assert replaced.path.name == "samverkan.db.skadad-20260310T130000Z"
    assert sha256(replaced.path) == damaged_bytes
    assert quick_check(live) == []


# --- checks, moving aside -----------------------------------------------------------------------------


def test_quick_check_and_integrity_problems(live: Path, engine, tmp_path: Path) -> None:
    assert quick_check(live) == [] and integrity_problems(live) == []
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"not a database at all" * 100)
    assert quick_check(bogus) and integrity_problems(bogus)
    assert quick_check(tmp_path / "missing.db")
    with sqlite3.connect(live) as connection:  # a bare connection does not enforce foreign keys
        connection.execute("INSERT INTO membership (person_id, group_id, role) VALUES (99, 98, 'ledamot')")
    connection.close()
    problems = integrity_problems(live)
    assert problems and all("membership" in p and "saknas" in p for p in problems)
    engine.dispose()
    corrupt_table_page(live)
    assert quick_check(live) and integrity_problems(live)


def test_newest_good_backup_skips_a_damaged_one(live: Path) -> None:
    good = take_backup(live, "manuell", now=T0 - timedelta(days=1))
    damaged = take_backup(live, "manuell", now=T0)
    corrupt_table_page(damaged.path)
    assert newest_good_backup(live) == good


def test_move_aside_never_overwrites(live: Path, engine, tmp_path: Path) -> None:
    engine.dispose()
    connection = sqlite3.connect(live)
    try:  # a crash leaves a WAL beside the file: copy the pair while the connection still holds it
        connection.execute("PRAGMA wal_autocheckpoint = 0")
        with connection:
            connection.execute("INSERT INTO organisation (name, kind) VALUES ('I WAL-filen', 'kommun')")
        crashed = tmp_path / "krasch" / "samverkan.db"
        crashed.parent.mkdir()
        shutil.copyfile(live, crashed)
        shutil.copyfile(live.with_name("samverkan.db-wal"), crashed.with_name("samverkan.db-wal"))
    finally:
        connection.close()
    occupied = crashed.with_name("samverkan.db.skadad-20260310T120000Z")
    occupied.write_bytes(b"an earlier damaged file")
    main_bytes, wal_bytes = sha256(crashed), sha256(crashed.with_name("samverkan.db-wal"))

    moved = move_aside(crashed, T0)

    assert moved.name == "samverkan.db.skadad-20260310T120000Z-2"
    assert occupied.read_bytes() == b"an earlier damaged file"
    assert sha256(moved) == main_bytes and not crashed.exists()
    assert sha256(moved.with_name(moved.name + "-wal")) == wal_bytes
    assert not crashed.with_name("samverkan.db-wal").exists()
    assert "I WAL-filen" in organisation_names(moved)  # the moved file still opens with its WAL


# --- owner-only files ---------------------------------------------------------------------------------

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_database_backups_and_folders_are_owner_only(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        db = tmp_path / "data" / "samverkan.db"
        engine = create_database_engine(f"sqlite:///{db}")
        try:
            with engine.connect() as connection:  # open: the -wal and -shm exist only meanwhile
                connection.execute(text("CREATE TABLE t (x)"))
                connection.commit()
                assert mode(db.parent) == 0o700
                assert mode(db) == 0o600
                assert mode(db.with_name("samverkan.db-wal")) == 0o600
                assert mode(db.with_name("samverkan.db-shm")) == 0o600
            info = take_backup(db, "manuell")
        finally:
            engine.dispose()
        assert mode(info.path) == 0o600 and mode(info.path.parent) == 0o700
        assert mode(move_aside(db)) == 0o600
        store = SettingsStore(tmp_path / "inställningar" / "settings.json")
        store.save(Settings(user_name="Åsa"))
        assert mode(store.path) == 0o600 and mode(store.path.parent) == 0o700
        assert store.load().user_name == "Åsa"
    finally:
        os.umask(old_umask)

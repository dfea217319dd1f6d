"""Every `samverkan` command runs the start-up check first: a damaged, empty, newer, foreign, looping, read-only,
FIFO or folder database is refused with a Swedish sentence and a non-zero exit, never a traceback or a hang, and
every file in the folder is left byte-identical. `check` never creates or changes anything."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_damage import add_organisations, corrupt_table_page
from test_cli import approved_minutes

from samverkan_desktop import cli
from samverkan_desktop.db import preflight

#: Every command that opens the database, with its arguments (outputs go to a folder of their own).
READING = (["groups"], ["meetings"], ["verify"], ["export", "minutes", "1", "--out", "{out}/a.docx"])
WRITING = (["migrate"], ["demo"], ["generate", "--groups", "1", "--years", "1"],
           ["publish", "--out", "{out}/webb", "--no-pdf"])
ALL = READING + WRITING


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (the database, its -wal/-shm, the lock, the backups) by its SHA-256."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or path.is_fifo() or path.is_dir():
            found[str(path.relative_to(folder))] = "link" if path.is_symlink() else "special"
        else:
            found[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def run(db: Path, command: list[str], out: Path) -> int:
    return cli.main(["--db", str(db), *(part.format(out=out) for part in command)])


@pytest.fixture
def folders(tmp_path):
    data, out = tmp_path / "data", tmp_path / "out"
    data.mkdir()
    out.mkdir()
    return data, out


def healthy(db: Path) -> None:
    assert cli.main(["--db", str(db), "migrate"]) == 0
    approved_minutes(db)
    add_organisations(db)
    assert cli.main(["--db", str(db), "backup"]) == 0


def refused_everywhere(db: Path, out: Path, capsys, words: str, commands=(*ALL, ["check"])) -> None:
    before, outputs = snapshot(db.parent), snapshot(out)
    capsys.readouterr()
    for command in commands:
        assert run(db, command, out) == 1, command
        captured = capsys.readouterr()
        assert words in captured.err, (command, captured.err)
        assert "Traceback" not in captured.err and "stämmer med sina godkännanden" not in captured.out
        assert snapshot(db.parent) == before, command
        assert snapshot(out) == outputs, command


def test_a_damaged_database_is_refused_by_every_command(folders, capsys) -> None:
    data, out = folders
    db = data / "samverkan.db"
    healthy(db)
    corrupt_table_page(db)
    refused_everywhere(db, out, capsys, "skadad", ALL)
    capsys.readouterr()
    assert cli.main(["--db", str(db), "check"]) == 1  # check reports it, in its own words
    assert "Integritetsfel" in capsys.readouterr().out


def test_a_newer_schema_is_refused_by_every_command_and_check(folders, capsys) -> None:
    data, out = folders
    db = data / "samverkan.db"
    healthy(db)
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    refused_everywhere(db, out, capsys, "nyare version")


def test_another_programs_database_is_refused(folders, capsys) -> None:
    data, out = folders
    db = data / "samverkan.db"
    with sqlite3.connect(db) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.close()
    refused_everywhere(db, out, capsys, "inte en Samverkan-databas")


def test_a_zero_byte_file_is_read_by_nobody_and_check_creates_nothing_in_it(folders, capsys) -> None:
    data, out = folders
    db = data / "samverkan.db"
    db.write_bytes(b"")
    refused_everywhere(db, out, capsys, "tom", (*READING, ["check"]))
    assert db.read_bytes() == b"" and sorted(p.name for p in data.iterdir()) == ["samverkan.db"]
    assert cli.main(["--db", str(db), "migrate"]) == 0  # a writer makes the schema, as the GUI does


def test_check_on_a_missing_file_creates_nothing(folders, capsys) -> None:
    data, _out = folders
    assert cli.main(["--db", str(data / "saknas.db"), "check"]) == 1
    assert "finns inte" in capsys.readouterr().err
    assert list(data.iterdir()) == []


def test_a_symlink_loop_is_said_in_words(folders, capsys) -> None:
    data, out = folders
    db = data / "samverkan.db"
    os.symlink(data / "other.db", db)
    os.symlink(db, data / "other.db")
    refused_everywhere(db, out, capsys, "länkslinga", (*ALL, ["check"], ["backup"], ["backups"]))
    assert run(db, ["restore", str(out / "x.db")], out) == 1
    assert "länkslinga" in capsys.readouterr().err


def test_a_folder_is_not_a_database(folders, capsys) -> None:
    data, out = folders
    db = data / "samverkan.db"
    db.mkdir()
    refused_everywhere(db, out, capsys, "är en mapp", (*ALL, ["check"], ["backup"]))


def test_a_read_only_file_system_refuses_writers_and_lets_readers_read(folders, capsys, monkeypatch) -> None:
    """What os.statvfs says of a read-only mount (root writes files whatever their mode, so the flag is faked
    here; test_a_real_read_only_mount runs it on a real one where the machine allows mounting)."""
    data, out = folders
    db = data / "samverkan.db"
    healthy(db)
    monkeypatch.setattr(preflight, "_read_only_fs", lambda path: True)
    refused_everywhere(db, out, capsys, "skrivskyddad", WRITING)
    assert run(db, ["restore", str(out / "x.db")], out) == 1
    assert "skrivskyddad" in capsys.readouterr().err
    before = snapshot(data)
    assert run(db, ["verify"], out) == 0  # opened with mode=ro: read, nothing written
    assert "stämmer med sina godkännanden" in capsys.readouterr().out
    assert run(db, ["groups"], out) == 0 and "NOSAM Östra" in capsys.readouterr().out
    assert cli.main(["--db", str(db), "check"]) == 0
    assert snapshot(data) == before


def _subprocess(db: Path, *command: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "samverkan_desktop.cli", "--db", str(db), *command],
                          capture_output=True, text=True, timeout=timeout, env={**os.environ, "PYTHONUTF8": "1"})


def test_a_fifo_never_makes_a_command_wait(folders) -> None:
    data, out = folders
    db = data / "samverkan.db"
    os.mkfifo(db)
    for command in (["check"], ["groups"], ["verify"], ["migrate"], ["backup"], ["restore", str(out / "x.db")]):
        done = _subprocess(db, *command)  # a hang fails here with TimeoutExpired
        assert done.returncode == 1, (command, done.stderr)
        assert "FIFO" in done.stderr and "Traceback" not in done.stderr, command
    assert sorted(p.name for p in data.iterdir()) == ["samverkan.db"]


def test_a_fifo_never_makes_the_app_wait(folders) -> None:
    data, _out = folders
    db = data / "samverkan.db"
    os.mkfifo(db)
    done = subprocess.run([sys.executable, "-m", "samverkan_desktop", "--smoke-test", "--db", str(db)],
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUTF8": "1"})
    assert done.returncode == 1 and "FIFO" in done.stderr and "Traceback" not in done.stderr


def test_a_real_read_only_mount(tmp_path) -> None:
    """A tmpfs remounted read-only in a mount namespace of its own (skipped where the machine forbids it)."""
    db = tmp_path / "samverkan.db"
    assert cli.main(["--db", str(db), "migrate"]) == 0
    approved_minutes(db)
    mount = tmp_path / "ro"
    mount.mkdir()
    script = (f"mount -t tmpfs none {mount} && cp {db} {mount}/ && mount -o remount,ro {mount} && "
              f"{sys.executable} -m samverkan_desktop.cli --db {mount}/samverkan.db demo; echo demo=$?; "
              f"{sys.executable} -m samverkan_desktop.cli --db {mount}/samverkan.db verify; echo verify=$?")
    try:
        done = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, timeout=120)
    except FileNotFoundError:
        pytest.skip("unshare is not installed")
    if "demo=" not in done.stdout:
        pytest.skip(f"cannot mount here: {done.stderr.strip()[:200]}")
    assert "demo=1" in done.stdout and "skrivskyddad" in done.stderr
    assert "verify=0" in done.stdout and "stämmer med sina godkännanden" in done.stdout
    assert "Traceback" not in done.stderr


# --- restore accepts only a Samverkan database this version knows, checked before anything is replaced -----


def _unrelated(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
        connection.execute("INSERT INTO recipes VALUES ('kanelbulle')")
    connection.close()


def _newer(path: Path, db: Path) -> None:
    from samverkan_desktop.db.backup import copy_pages

    copy_pages(db, path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()


def _damaged(path: Path, db: Path) -> None:
    from samverkan_desktop.db.backup import copy_pages

    copy_pages(db, path)
    corrupt_table_page(path)


def _head_without_tables(path: Path, db: Path) -> None:
    from samverkan_desktop.db.backup import copy_pages

    copy_pages(db, path)
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TABLE action_item")
    connection.close()


SOURCES = {
    "unrelated": (lambda p, db: _unrelated(p), "inte en Samverkan-databas"),
    "newer": (_newer, "nyare version"),
    "damaged": (_damaged, "skadad"),
    "not a database": (lambda p, db: p.write_text("inte en databas\n" * 20), "inte en Samverkan-databas"),
    "zero bytes": (lambda p, db: p.write_bytes(b""), "inget schema"),
    "missing": (lambda p, db: None, "finns inte"),
    "a folder": (lambda p, db: p.mkdir(), "är en mapp"),
    "a FIFO": (lambda p, db: os.mkfifo(p), "FIFO"),
    "tables missing": (_head_without_tables, "saknar tabeller"),
}


@pytest.mark.parametrize("kind", list(SOURCES))
def test_restore_refuses_what_is_not_a_samverkan_database_of_this_version(folders, capsys, kind) -> None:
    data, out = folders
    db = data / "samverkan.db"
    healthy(db)
    make, words = SOURCES[kind]
    source = out / "kopia.db"
    make(source, db)
    before, outside = snapshot(data), snapshot(out)
    capsys.readouterr()
    assert cli.main(["--db", str(db), "restore", str(source)]) == 1
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err, err
    assert snapshot(data) == before  # the database, its -wal/-shm, the lock and every backup
    assert snapshot(out) == outside  # and the file offered as a backup
    assert cli.main(["--db", str(db), "verify"]) == 0


def test_restore_of_an_older_schema_is_accepted_and_upgraded(folders, capsys) -> None:
    """The refusals do not refuse what is ours: a backup at an earlier revision is restored, then migrated."""
    from alembic import command

    from samverkan_desktop.db.engine import create_database_engine
    from samverkan_desktop.db.migrate import alembic_config, head_revision
    from samverkan_desktop.infra.config import migrations_dir

    data, out = folders
    db, old = data / "samverkan.db", out / "gammal.db"
    healthy(db)
    engine = create_database_engine(f"sqlite:///{old}")
    try:
        with engine.begin() as connection:
            config = alembic_config(migrations_dir())
            config.attributes["connection"] = connection
            command.upgrade(config, "0005")
    finally:
        engine.dispose()
    assert cli.main(["--db", str(db), "restore", str(old)]) == 0
    assert cli.main(["--db", str(db), "check"]) == 0
    assert "Schema: 0005" in capsys.readouterr().out
    assert cli.main(["--db", str(db), "migrate"]) == 0
    assert f"från 0005 till {head_revision(migrations_dir())}" in capsys.readouterr().out


def test_the_app_runs_the_same_check_and_opens_a_read_only_database_read_only(folders, monkeypatch, capsys) -> None:
    from samverkan_desktop import app

    data, _out = folders
    db = data / "samverkan.db"
    healthy(db)
    monkeypatch.setattr(preflight, "_read_only_fs", lambda path: True)
    before = snapshot(data)
    assert app.main(["--smoke-test", "--db", str(db)]) == 0
    assert "smoke test ok" in capsys.readouterr().out
    assert snapshot(data) == before


def test_the_app_refuses_a_symlink_loop_and_a_folder_in_words(folders, capsys) -> None:
    from samverkan_desktop import app

    data, _out = folders
    loop, folder = data / "loop.db", data / "mapp.db"
    os.symlink(loop, loop)
    folder.mkdir()
    assert app.main(["--smoke-test", "--db", str(loop)]) == 1
    assert "länkslinga" in capsys.readouterr().err
    assert app.main(["--smoke-test", "--db", str(folder)]) == 1
    assert "är en mapp" in capsys.readouterr().err


def test_the_start_up_repair_never_offers_a_backup_this_version_cannot_restore(folders) -> None:
    from samverkan_desktop.db.backup import list_backups, newest_good_backup

    data, _out = folders
    db = data / "samverkan.db"
    healthy(db)
    assert cli.main(["--db", str(db), "backup"]) == 0
    good, newest = list_backups(db)[1], list_backups(db)[0]
    with sqlite3.connect(newest.path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    assert newest_good_backup(db) == good

"""The `samverkan` command."""

from __future__ import annotations

import sqlite3

from samverkan_desktop import cli
from samverkan_desktop.config import migrations_dir
from samverkan_desktop.db.migrate import head_revision


def test_migrate_then_check(tmp_path, capsys):
    db = tmp_path / "cli.db"
    assert cli.main(["--db", str(db), "migrate"]) == 0
    head = head_revision(migrations_dir())
    assert f"uppgraderat från tom databas till {head}" in capsys.readouterr().out
    assert cli.main(["--db", str(db), "migrate"]) == 0
    assert "redan senaste schemat" in capsys.readouterr().out
    assert cli.main(["--db", str(db), "check"]) == 0
    out = capsys.readouterr().out
    assert f"Schema: {head}" in out and "Integritet: ok" in out


def test_demo_fills_an_empty_database_once(tmp_path, capsys):
    db = tmp_path / "demo.db"
    assert cli.main(["--db", str(db), "demo"]) == 0
    assert "Demodata inlagd" in capsys.readouterr().out
    assert cli.main(["--db", str(db), "demo"]) == 1
    assert "redan" in capsys.readouterr().err
    assert cli.main(["--db", str(db), "groups"]) == 0
    tree = capsys.readouterr().out.splitlines()
    lgs = next(line for line in tree if line.startswith("Ledningsgrupp"))
    assert "ordf." in lgs
    assert any(line.startswith("  ") and "Beredningsgrupp" in line for line in tree)


def test_check_reports_a_damaged_file_in_words(tmp_path, capsys):
    bogus = tmp_path / "trasig.db"
    bogus.write_bytes(b"not sqlite at all" * 10)
    assert cli.main(["--db", str(bogus), "check"]) == 1
    assert "inte en Samverkan-databas" in capsys.readouterr().err


def test_check_finds_integrity_problems(tmp_path, capsys):
    db = tmp_path / "fk.db"
    assert cli.main(["--db", str(db), "migrate"]) == 0
    with sqlite3.connect(db) as connection:  # foreign keys are off in a bare sqlite3 connection
        connection.execute("insert into membership (person_id, group_id, role) values (99, 98, 'ledamot')")
    capsys.readouterr()
    assert cli.main(["--db", str(db), "check"]) == 1
    assert "Integritetsfel" in capsys.readouterr().out

"""cli/database.py: the handlers of migrate, check, backup, backups, restore, verify, register-key and
verify-published, called with the Context cli.main.run would hand them (tests/cli/test_cli.py runs them through
cli.main end to end)."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

import pytest

from samverkan_desktop.cli import database
from samverkan_desktop.cli.common import Context
from samverkan_desktop.db.migrate import MigrationResult, head_revision
from samverkan_desktop.domain.errors import StorageError, ValidationError
from samverkan_desktop.domain.signing import SigningKey
from samverkan_desktop.infra.config import migrations_dir
from samverkan_desktop.services import people
from samverkan_desktop.services.dto import PersonData

HEAD = head_revision(migrations_dir())


def _ctx(db_path: Path, uow=None, migration=None) -> Context:
    return Context(f"sqlite:///{db_path}", db_path, uow, migration)


@pytest.mark.parametrize("count, expected", [(0, "1 kB"), (1536, "2 kB"), (1024 * 1024 - 1, "1024 kB"),
                                             (1024 * 1024, "1,0 MB"), (5 * 1024 * 1024 + 300_000, "5,3 MB")])
def test_size_in_words(count, expected) -> None:
    assert database.size(count) == expected


def test_migrate_says_what_changed(capsys, tmp_path) -> None:
    args = argparse.Namespace()
    assert database.migrate(args, _ctx(tmp_path, migration=MigrationResult(HEAD, HEAD, None))) == 0
    assert capsys.readouterr().out == f"Databasen har redan senaste schemat ({HEAD}).\n"
    database.migrate(args, _ctx(tmp_path, migration=MigrationResult(None, HEAD, tmp_path / "kopia.db")))
    assert capsys.readouterr().out == (f"Schemat uppgraderat från tom databas till {HEAD}.\n"
                                       f"Säkerhetskopia: {tmp_path / 'kopia.db'}\n")
    assert database.migrate(args, _ctx(tmp_path)) == 0 and capsys.readouterr().out == ""


def test_check_a_sound_file(engine, db_path, capsys) -> None:
    engine.dispose()
    assert database.check(argparse.Namespace(), _ctx(db_path)) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"Databas: {db_path}", f"Schema: {HEAD} (programmets: {HEAD})", "Integritet: ok"]


def test_check_a_missing_and_an_empty_file(tmp_path, capsys) -> None:
    missing = tmp_path / "saknas.db"
    assert database.check(argparse.Namespace(), _ctx(missing)) == 1
    assert f"Databasfilen {missing} finns inte; inget har skapats." in capsys.readouterr().err
    assert not missing.exists()
    empty = tmp_path / "tom.db"
    empty.touch()
    assert database.check(argparse.Namespace(), _ctx(empty)) == 1
    assert f"Databasfilen {empty} är tom" in capsys.readouterr().err


def test_check_finds_a_broken_foreign_key(engine, db_path, capsys) -> None:
    engine.dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("INSERT INTO person (name, employer_id) VALUES ('X', 999)")
    assert database.check(argparse.Namespace(), _ctx(db_path)) == 1
    assert capsys.readouterr().out.splitlines()[2:] == [
        "Integritetsfel:", "  Tabellen person, rad 1: hänvisar till en rad i organisation som saknas."]


def test_check_refuses_a_file_that_is_no_samverkan_database(tmp_path, capsys) -> None:
    foreign = tmp_path / "annan.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE recept (namn TEXT)")
    assert database.check(argparse.Namespace(), _ctx(foreign)) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith("Fel: ")


def test_backup_backups_and_restore(engine, db_path, capsys) -> None:
    engine.dispose()
    ctx = _ctx(db_path)
    assert database.backups(argparse.Namespace(), ctx) == 0
    assert capsys.readouterr().out.startswith("Inga säkerhetskopior finns i ")
    assert database.backup(argparse.Namespace(), ctx) == 0
    saved = capsys.readouterr().out.splitlines()
    assert saved[0].startswith("Säkerhetskopia sparad: ") and saved[1].startswith("Storlek: ")
    backup_file = Path(saved[0].removeprefix("Säkerhetskopia sparad: "))
    database.backups(argparse.Namespace(), ctx)
    (line,) = capsys.readouterr().out.splitlines()
    assert "manuell" in line and line.endswith(str(backup_file))
    assert database.restore(argparse.Namespace(file=backup_file), ctx) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Säkerhetskopia av databasen som ersattes: ")
    assert out[-1] == f"Databasen {db_path} är återställd från {backup_file}."


def test_backups_need_a_file() -> None:
    with pytest.raises(StorageError, match="bara för en SQLite-databasfil"):
        database.backup(argparse.Namespace(), Context("postgresql://server/db"))


def test_progress_goes_to_stderr_once_per_tenth(capsys) -> None:
    report = database._progress_to_stderr()
    for done in range(0, 21):
        assert report(done, 20, "minutes") is True
    lines = capsys.readouterr().err.splitlines()
    assert lines[:3] == ["Kontrollsummor: 1/20 (5 %)", "Kontrollsummor: 2/20 (10 %)", "Kontrollsummor: 4/20 (20 %)"]
    assert lines[-1] == "Kontrollsummor: 20/20 (100 %)" and len(lines) == 11
    report(0, 0, "annat")
    report(1, 0, "annat")
    assert capsys.readouterr().err == "annat: 1/0 (100 %)\n"


def test_verify_an_empty_database(uow, capsys) -> None:
    assert database.verify(argparse.Namespace(), Context("sqlite://", uow=uow)) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Signaturer: 0 giltiga, 0 osignerade godkännanden, 0 ogiltiga."
    assert out[1] == "Alla godkända anteckningar stämmer med sina godkännanden."
    assert out[-1].startswith("Granskningsloggen är obruten (")


def test_register_key_by_name_and_by_id(uow, tmp_path, capsys) -> None:
    anna = people.create_person(uow, PersonData("Anna Berg"))
    key = SigningKey.generate()
    pub = tmp_path / "anna.pub"
    pub.write_text(key.public.file_text("Anna Berg"), encoding="utf-8")
    ctx = Context("sqlite://", uow=uow)
    assert database.register_key_command(argparse.Namespace(person=" Anna Berg ", file=pub), ctx) == 0
    assert capsys.readouterr().out.splitlines()[:2] == ["Nyckeln är registrerad på Anna Berg.",
                                                        f"Fingeravtryck: {key.fingerprint}"]
    pub.write_text(SigningKey.generate().public.pem(), encoding="utf-8")
    assert database.register_key_command(argparse.Namespace(person=str(anna.id), file=pub), ctx) == 0
    assert capsys.readouterr().out.startswith("Nyckeln är registrerad på Anna Berg.")


def test_register_key_refuses_nobody_several_and_a_large_file(uow, tmp_path) -> None:
    for _ in range(2):
        people.create_person(uow, PersonData("Bo Ek"))
    pub = tmp_path / "nyckel.pub"
    pub.write_text(SigningKey.generate().public.pem(), encoding="utf-8")
    ctx = Context("sqlite://", uow=uow)
    with pytest.raises(ValidationError, match="Ingen person heter 'Cilla'"):
        database.register_key_command(argparse.Namespace(person="Cilla", file=pub), ctx)
    with pytest.raises(ValidationError, match="Flera personer heter 'Bo Ek'"):
        database.register_key_command(argparse.Namespace(person="Bo Ek", file=pub), ctx)
    pub.write_bytes(b"x" * (64 * 1024 + 1))
    with pytest.raises(ValidationError, match="för stor för en publik nyckel"):
        database.register_key_command(argparse.Namespace(person="Bo Ek", file=pub), ctx)
    with pytest.raises(ValidationError, match="kan inte läsas"):
        database.register_key_command(argparse.Namespace(person="Bo Ek", file=tmp_path / "borta.pub"), ctx)


def test_verify_published_exit_codes(tmp_path, capsys) -> None:
    assert database.verify_published(argparse.Namespace(folder=tmp_path / "saknas"), Context("")) == 2
    assert "är ingen mapp" in capsys.readouterr().out

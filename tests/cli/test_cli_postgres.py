"""The ``samverkan`` command on a shared PostgreSQL database (SAMVERKAN_DATABASE_URL): migrate, demo, check and
verify end to end. Runs only when SAMVERKAN_TEST_POSTGRES_URL names a database (see tests/postgres_testdb.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from postgres_testdb import Schemas, postgres_only, schema_url

from samverkan_desktop import cli

pytestmark = postgres_only


@pytest.fixture
def schema(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Schemas, str]]:
    """A new, empty schema that SAMVERKAN_DATABASE_URL points the command at."""
    schemas = Schemas()
    try:
        name = schemas.create("cli")
        monkeypatch.setenv("SAMVERKAN_DATABASE_URL", schema_url(name))
        yield schemas, name
    finally:
        schemas.close()


def test_migrate_demo_check_and_verify(schema, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check"]) == 0
    out = capsys.readouterr().out
    assert "Schema: tomt" in out and "behöver uppgraderas" in out and "Integritet" not in out
    assert cli.main(["migrate"]) == 0
    assert "från tom databas" in capsys.readouterr().out
    assert cli.main(["migrate"]) == 0
    assert "redan senaste schemat" in capsys.readouterr().out
    assert cli.main(["demo"]) == 0
    assert "Demodata inlagd: 14 grupper" in capsys.readouterr().out
    assert cli.main(["check"]) == 0
    assert "Integritet: ok (alla tabeller finns" in capsys.readouterr().out
    assert cli.main(["verify"]) == 0
    assert "stämmer" in capsys.readouterr().out


def test_check_names_a_missing_table_and_backup_points_to_pg_dump(schema, capsys) -> None:
    schemas, name = schema
    assert cli.main(["migrate"]) == 0
    schemas.execute(f'DROP TABLE "{name}"."audit_event"')
    capsys.readouterr()
    assert cli.main(["check"]) == 1
    assert "tabellen audit_event saknas" in capsys.readouterr().out
    assert cli.main(["backup"]) == 1
    assert "pg_dump" in capsys.readouterr().err


def test_check_exits_1_on_a_newer_schema(schema, capsys) -> None:
    schemas, name = schema
    assert cli.main(["migrate"]) == 0
    schemas.execute(f"UPDATE \"{name}\".alembic_version SET version_num = '9999_from_the_future'")
    capsys.readouterr()
    assert cli.main(["check"]) == 1
    assert "nyare än programmets" in capsys.readouterr().err


def test_register_round_trip_search_and_reindex(schema, tmp_path, capsys) -> None:
    """The register out to Excel and into another (empty) schema; search works; reindex says there is nothing to
    rebuild, since PostgreSQL keeps its GIN index current itself."""
    schemas, _name = schema
    assert cli.main(["demo"]) == 0
    workbook = tmp_path / "register.xlsx"
    assert cli.main(["export", "register", str(workbook)]) == 0
    assert cli.main(["search", "förank*", "--format", "json"]) == 0
    assert cli.main(["reindex"]) == 0
    assert "inget separat index att bygga om" in capsys.readouterr().out
    other = schemas.create("cli_import")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SAMVERKAN_DATABASE_URL", schema_url(other))
        assert cli.main(["import", "register", str(workbook)]) == 0
        assert "Importerat: Medlemskap: 107 tillagda" in capsys.readouterr().out
        again = tmp_path / "again.xlsx"
        assert cli.main(["export", "register", str(again)]) == 0
    from openpyxl import load_workbook

    assert [list(s.values) for s in load_workbook(again)] == [list(s.values) for s in load_workbook(workbook)]

"""The data commands of `samverkan`: import/export of the register and the follow-up lists."""

from __future__ import annotations

import json
import sqlite3

import pytest
from openpyxl import load_workbook

from samverkan_desktop import cli


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("cli_data") / "demo.db"
    assert cli.main(["--db", str(db), "demo"]) == 0
    return db


def run(db, *args) -> int:
    return cli.main(["--db", str(db), *args])


def test_template_then_register_round_trip(tmp_path, demo_db, capsys) -> None:
    template = tmp_path / "mall.xlsx"
    assert cli.main(["--db", str(tmp_path / "none.db"), "export", "register-template", str(template)]) == 0
    assert not (tmp_path / "none.db").exists()  # the template needs no database
    assert load_workbook(template).sheetnames == ["Instruktioner", "Organisationer", "Personer", "Grupper",
                                                  "Medlemskap"]
    exported = tmp_path / "register.xlsx"
    assert run(demo_db, "export", "register", str(exported)) == 0
    assert "79 personer" in capsys.readouterr().out
    empty = tmp_path / "empty.db"
    assert run(empty, "import", "register", str(exported), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "Skulle ge: Personer: 79 tillagda" in out and "Provkörning" in out
    assert run(empty, "import", "register", str(exported)) == 0
    assert "Importerat: Medlemskap: 107 tillagda" in capsys.readouterr().out
    again = tmp_path / "again.xlsx"
    assert run(empty, "export", "register", "--out", str(again)) == 0
    rows = [list(sheet.values) for sheet in load_workbook(again)]
    assert rows == [list(sheet.values) for sheet in load_workbook(exported)]


def test_an_import_with_problems_exits_1_and_says_each(tmp_path, capsys) -> None:
    path = tmp_path / "personer.csv"
    path.write_bytes("Namn;E-post;Organisation\nÅsa;asa.exempel.se;\nBo;bo@x.se;Okänd AB\n".encode("cp1252"))
    assert run(tmp_path / "x.db", "import", "register", str(path)) == 1
    out = capsys.readouterr().out
    assert "Teckenkodning: Windows-1252" in out
    assert "personer.csv, rad 2: e-postadressen saknar @" in out
    assert "personer.csv, rad 3: organisationen \"Okänd AB\" finns inte" in out
    assert "inget har importerats" in out


def test_a_file_that_is_not_a_workbook_is_refused_in_words(tmp_path, capsys) -> None:
    path = tmp_path / "register.xlsx"
    path.write_text("inte excel", encoding="utf-8")
    assert run(tmp_path / "x.db", "import", "register", str(path)) == 1
    assert "ingen Excel-arbetsbok" in capsys.readouterr().err


def test_search_in_every_format(tmp_path, demo_db, capsys) -> None:
    assert run(demo_db, "search", "förank*") == 0
    assert "Beslut i enighet" in capsys.readouterr().out
    assert run(demo_db, "search", "--group", "Temagrupp Äldre", "--outcome", "återremiss", "--format", "json") == 0
    found = json.loads(capsys.readouterr().out)
    assert found and {row["utfall"] for row in found} == {"Återremiss"}
    assert run(demo_db, "search", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "csv") == 0
    assert capsys.readouterr().out.startswith("Grupp;Datum;§")
    assert run(demo_db, "search", "--format", "xlsx") == 1
    assert "--out" in capsys.readouterr().err
    target = tmp_path / "logg.xlsx"
    assert run(demo_db, "search", "--status", "beslutat", "--format", "xlsx", "--out", str(target)) == 0
    assert load_workbook(target).active["A1"].value == "Grupp"
    assert run(demo_db, "search", "--outcome", "kanske") == 1
    assert "Utfallet 'kanske' finns inte" in capsys.readouterr().err


def test_follow_up_lists(tmp_path, demo_db, capsys) -> None:
    assert run(demo_db, "actions", "--overdue", "--format", "json") == 0
    assert all(row["forsenad"] == "ja" for row in json.loads(capsys.readouterr().out))
    assert run(demo_db, "actions") == 0
    assert "Åtgärd" in capsys.readouterr().out
    target = tmp_path / "förankring.xlsx"
    assert run(demo_db, "anchoring", "--format", "xlsx", "--out", str(target)) == 0
    sheet = load_workbook(target).active
    assert sheet["A1"].value == "Part" and sheet.max_row > 1
    assert run(demo_db, "overview", "--year", "2026") == 0
    assert "Ledningsgrupp" in capsys.readouterr().out


def test_reindex_rebuilds_the_search_index_with_progress(tmp_path, demo_db, capsys) -> None:
    with sqlite3.connect(demo_db) as connection:  # an index that lost its content
        connection.execute("INSERT INTO decision_search (decision_search) VALUES ('delete-all')")
    assert run(demo_db, "search", "förank*", "--format", "json") == 0
    assert json.loads(capsys.readouterr().out) == []
    assert run(demo_db, "reindex") == 0
    out = capsys.readouterr().out
    assert "punkter indexerade" in out and "Sökindexet ombyggt" in out
    assert run(demo_db, "search", "förank*", "--format", "json") == 0
    assert json.loads(capsys.readouterr().out)

"""The register file reader: what a file is, its encoding and separator, merged cells, formulas, error values,
dates, and files that are too big or not what their names say."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.domain.register_table import TableKind
from samverkan_desktop.importing import table_file
from samverkan_desktop.importing.register_source import guess_plans, import_tables
from samverkan_desktop.importing.table_file import read_table_file


def _workbook(path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None) -> Path:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
        for ref in (merges or {}).get(name, []):
            sheet.merge_cells(ref)
    workbook.save(path)
    return path


def test_csv_in_windows_1252_with_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "personer.csv"
    path.write_bytes("Namn;E-post;Organisation\r\nÅsa Öberg;asa@exempel.se;Göteborgs Stad\r\n".encode("cp1252"))
    raw = read_table_file(path)
    assert raw.encoding == "Windows-1252"
    sheet = raw.sheets[0]
    assert sheet.headers == ("Namn", "E-post", "Organisation")
    assert sheet.rows[0][1] == ("Åsa Öberg", "asa@exempel.se", "Göteborgs Stad")
    assert sheet.kind is TableKind.PEOPLE


@pytest.mark.parametrize(("data", "encoding"), [
    ("\ufeffNamn,E-post\nÅke,ake@exempel.se\n".encode(), "UTF-8 med BOM"),
    ("Namn,E-post\nÅke,ake@exempel.se\n".encode(), "UTF-8"),
    ("Namn\tE-post\nÅke\take@exempel.se\n".encode("utf-16"), "UTF-16"),
])
def test_csv_encodings_and_separators(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "p.csv"
    path.write_bytes(data)
    raw = read_table_file(path)
    assert raw.encoding == encoding
    assert raw.sheets[0].rows[0][1] == ("Åke", "ake@exempel.se")


@pytest.mark.parametrize(("name", "content", "says"), [
    ("register.xlsx", b"Namn;E-post\nA;a@b.se\n", "ingen Excel-arbetsbok"),
    ("register.csv", None, "ZIP-arkiv"),
    ("register.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "gamla format"),
    ("bild.csv", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + b"\0" * 50, "varken en Excel-arbetsbok"),
    ("dokument.xlsx", "docx", "ingen Excel-arbetsbok som kan läsas"),
])
def test_a_file_that_is_not_what_its_name_says_is_refused(tmp_path: Path, name: str, content, says: str) -> None:
    path = tmp_path / name
    if content is None:
        _workbook(path, {"Personer": [["Namn"], ["A"]]})
    elif content == "docx":
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("word/document.xml", "<w:document/>")
    else:
        path.write_bytes(content)
    with pytest.raises(ValidationError, match=says):
        read_table_file(path)


def test_merged_cells_are_filled_from_their_first_cell(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "m.xlsx", {"Medlemskap": [
        ["Grupp", "Namn", "Roll"], ["LGS", "Anna", "ordförande"], [None, "Bo", "ledamot"], [None, "Cia", None]]},
        {"Medlemskap": ["A2:A4"]})
    sheet = read_table_file(path).sheets[0]
    assert [row[1][0] for row in sheet.rows] == ["LGS", "LGS", "LGS"]
    assert any("A2:A4" in note for note in sheet.notes)


def _with_cached_values(path: Path, values: dict[str, str]) -> None:
    """openpyxl writes formulas without the value Excel saves beside them; put one in, as Excel does."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    for ref, value in values.items():
        xml = re.sub(rf'<c r="{ref}"([^>]*)><f>([^<]*)</f><v\s*/?>(</v>)?',
                     rf'<c r="{ref}"\1 t="str"><f>\2</f><v>{value}</v>', xml)
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_formulas_give_their_saved_value_and_one_without_is_a_problem(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "f.xlsx", {"Personer": [
        ["Förnamn", "Namn", "E-post"], ["Anna", '=A2&" Berg"', "anna@exempel.se"], ["Bo", '=A3&" Ek"', "bo@x.se"]]})
    _with_cached_values(path, {"B2": "Anna Berg"})
    sheet = read_table_file(path).sheets[0]
    assert sheet.rows[0][1][1] == "Anna Berg" and sheet.rows[0][2] == ()
    assert sheet.rows[1][1][1] is None
    assert "formel utan sparat värde" in sheet.rows[1][2][0] and "B3" in sheet.rows[1][2][0]


def test_excel_error_values_dates_and_numbers(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "d.xlsx", {"Medlemskap": [
        ["Grupp", "Namn", "Från", "Till", "Telefon"],
        ["LGS", "Anna", date(2026, 3, 10), 46091, 31123456],
        ["LGS", "#REF!", "2026-01-01", None, None]]})
    sheet = read_table_file(path).sheets[0]
    assert sheet.rows[0][1] == ("LGS", "Anna", date(2026, 3, 10), "46091", "31123456")
    assert sheet.rows[1][2] == ("cellen har Excels felvärde #REF!",)


def test_rows_are_numbered_as_the_spreadsheet_shows_them(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "n.xlsx", {"Personer": [["Namn"], ["A"], [None], ["B"]]})
    assert [row[0] for row in read_table_file(path).sheets[0].rows] == [2, 4]


def test_too_many_rows_and_too_large_a_file_are_refused(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "big.csv"
    path.write_text("Namn\n" + "".join(f"P{i}\n" for i in range(11)), encoding="utf-8")
    monkeypatch.setattr(table_file, "MAX_ROWS", 10)
    with pytest.raises(ValidationError, match="fler än 10 rader"):
        read_table_file(path)
    monkeypatch.setattr(table_file, "MAX_BYTES", 20)
    with pytest.raises(ValidationError, match="för stor"):
        read_table_file(path)


def test_missing_columns_are_named_with_the_headers_found(tmp_path: Path) -> None:
    path = tmp_path / "medlemskap.csv"
    path.write_text("Namn;Roll\nAnna;ledamot\n", encoding="utf-8")
    raw = read_table_file(path)
    assert guess_plans(raw)[0].kind is TableKind.MEMBERSHIPS
    with pytest.raises(ValidationError, match=r'saknar kolumnen "Grupp"\. Rubrikerna i filen är: "Namn", "Roll"'):
        import_tables(raw)


def test_a_sheet_that_is_not_recognised_is_skipped_and_said(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "w.xlsx", {"Anteckningar": [["Fritext", "Mer"], ["x", "y"]],
                                           "Grupper": [["Namn", "Typ"], ["LGS", "Ledningsgrupp"]]})
    tables, notes = import_tables(read_table_file(path))
    assert [t.kind for t in tables] == [TableKind.GROUPS]
    assert "Anteckningar känns inte igen" in notes[0]

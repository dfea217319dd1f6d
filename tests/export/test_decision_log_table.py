"""The decision log as XLSX and CSV, read back: headers, real dates, Swedish text, nothing run as a formula."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from samverkan_desktop.domain.documents import DecisionLogLine
from samverkan_desktop.export.decision_log_table import (
    HEADERS,
    write_decision_log_csv,
    write_decision_log_xlsx,
)

LINES = (
    DecisionLogLine("NOSAM Falkenberg", date(2025, 9, 9), 5, "Nytt samverkansavtal", "Beslut i enighet",
                    "att anta samverkansavtal 2026\natt avtalet följs upp årligen", "Beslutat"),
    DecisionLogLine("Temagrupp psykisk hälsa", date(2025, 4, 8), 1, "Återkoppling från kommunerna",
                    "Informationen noteras", None, None),
    DecisionLogLine("NOSAM Falkenberg", date(2025, 2, 11), 3, "Konfidentiell punkt", None, None, None,
                    confidential=True),
    DecisionLogLine("Referensgruppen", date(2024, 3, 12), None, "=HYPERLINK(\"http://x\";\"klicka\")",
                    "Återremiss", "- att utreda; \"citat\" och semikolon", "Återremitterat"),
)
HEADER_ROW = ["Grupp", "Datum", "§", "Rubrik", "Utfall", "Beslut", "Ärendestatus"]


def test_headers_are_swedish() -> None:
    assert list(HEADERS) == HEADER_ROW


def test_xlsx_reads_back(tmp_path: Path) -> None:
    target = write_decision_log_xlsx(LINES, tmp_path / "ut" / "beslutslogg.xlsx",
                                     title="Beslutslogg: NOSAM [2025]*")
    assert target == tmp_path / "ut" / "beslutslogg.xlsx"
    assert [p.name for p in target.parent.iterdir()] == ["beslutslogg.xlsx"]  # no temporary left behind
    book = load_workbook(target)
    sheet = book.active
    assert sheet.title == "Beslutslogg NOSAM 2025"
    assert book.properties.title == "Beslutslogg: NOSAM [2025]*"
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == HEADER_ROW
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:G5"
    assert rows[1] == ("NOSAM Falkenberg", datetime(2025, 9, 9), 5, "Nytt samverkansavtal", "Beslut i enighet",
                       "att anta samverkansavtal 2026\natt avtalet följs upp årligen", "Beslutat")
    assert sheet["B2"].is_date and sheet["B2"].number_format == "yyyy-mm-dd"
    assert rows[2] == ("Temagrupp psykisk hälsa", datetime(2025, 4, 8), 1, "Återkoppling från kommunerna",
                       "Informationen noteras", None, None)
    assert rows[3][3:] == ("Konfidentiell punkt", None, None, None)
    # A title that looks like a formula stays text.
    assert sheet["D5"].data_type == "s"
    assert sheet["D5"].value == "=HYPERLINK(\"http://x\";\"klicka\")"
    assert rows[4][2] is None
    assert sheet.column_dimensions["F"].width > sheet.column_dimensions["C"].width
    assert sheet["F2"].alignment.wrap_text


def test_xlsx_drops_characters_xml_cannot_hold(tmp_path: Path) -> None:
    line = DecisionLogLine("LGS", date(2026, 1, 13), 1, "Rad\x0bbrytning från Word", "Struken", "att\x07 stryka",
                           None)
    book = load_workbook(write_decision_log_xlsx([line], tmp_path / "logg.xlsx", title="Beslutslogg"))
    assert [c.value for c in book.active[2]][3:6] == ["Radbrytning från Word", "Struken", "att stryka"]


def test_an_empty_log_is_a_header_only(tmp_path: Path) -> None:
    sheet = load_workbook(write_decision_log_xlsx([], tmp_path / "tom.xlsx", title="")).active
    assert sheet.title == "Beslutslogg"
    assert [list(row) for row in sheet.iter_rows(values_only=True)] == [HEADER_ROW]
    raw = write_decision_log_csv([], tmp_path / "tom.csv").read_bytes()
    assert raw == "\ufeffGrupp;Datum;§;Rubrik;Utfall;Beslut;Ärendestatus\r\n".encode()


def test_csv_reads_back(tmp_path: Path) -> None:
    target = write_decision_log_csv(LINES, tmp_path / "beslutslogg.csv")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfGrupp;Datum;")  # UTF-8 with BOM, semicolons
    assert raw.count(b"\r\n") == len(LINES) + 1  # CRLF between records; the newline inside a cell stays LF
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == HEADER_ROW
    assert rows[1] == ["NOSAM Falkenberg", "2025-09-09", "5", "Nytt samverkansavtal", "Beslut i enighet",
                       "att anta samverkansavtal 2026\natt avtalet följs upp årligen", "Beslutat"]
    assert rows[2] == ["Temagrupp psykisk hälsa", "2025-04-08", "1", "Återkoppling från kommunerna",
                       "Informationen noteras", "", ""]
    assert rows[3][3:] == ["Konfidentiell punkt", "", "", ""]
    # What a spreadsheet would run as a formula is kept as text; quotes and semicolons survive quoting.
    assert rows[4] == ["Referensgruppen", "2024-03-12", "", "'=HYPERLINK(\"http://x\";\"klicka\")", "Återremiss",
                       "'- att utreda; \"citat\" och semikolon", "Återremitterat"]


@pytest.mark.parametrize("writer", ["csv", "xlsx"])
def test_an_existing_file_is_replaced_whole(tmp_path: Path, writer: str) -> None:
    target = tmp_path / f"logg.{writer}"
    target.write_bytes(b"old")
    if writer == "csv":
        write_decision_log_csv(LINES[:1], target)
        assert "NOSAM Falkenberg" in target.read_text(encoding="utf-8-sig")
    else:
        write_decision_log_xlsx(LINES[:1], target, title="Beslutslogg")
        assert load_workbook(io.BytesIO(target.read_bytes())).active["A2"].value == "NOSAM Falkenberg"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]

"""The register as an Excel workbook: one sheet per table in the order an import applies them, headers as the
import reads them (marked * where required in the template), text never a formula, dates as dates, lists offered
where the import expects a word; and a list of the app's as one sheet. Read back with openpyxl."""

from __future__ import annotations

import io
from datetime import date

from openpyxl import load_workbook

from samverkan_desktop.domain.register_table import COLUMNS, SHEET_NAMES, TableKind
from samverkan_desktop.export.register_workbook import (
    register_xlsx_bytes,
    table_xlsx_bytes,
    write_register_template,
    write_register_xlsx,
)
from samverkan_desktop.services.register_export import RegisterTables

TABLES = RegisterTables(
    organisations=(("Region Halland", "RH", "Region"),),
    people=(("=HYPERLINK(\"http://evil\")", None, "x@y.se", None, "Region Halland"),
            ("Anna\x07 Berg", "samordnare", None, "+46 31", None)),
    groups=(("LGS", None, "Ledningsgrupp", None, date(2024, 1, 1), None),),
    memberships=(("LGS", "Anna Berg", None, None, None, "ordförande", None, date(2024, 1, 1), date(2026, 12, 31)),),
)


def read(content: bytes):
    return load_workbook(io.BytesIO(content))


def test_one_sheet_per_table_with_the_import_headers_and_the_rows(tmp_path):
    book = read(write_register_xlsx(TABLES, tmp_path / "register.xlsx").read_bytes())
    assert book.sheetnames == list(SHEET_NAMES.values())
    assert book.properties.title == "Register" and book.properties.language == "sv-SE"
    people = book["Personer"]
    assert [c.value for c in people[1]] == [c.header for c in COLUMNS[TableKind.PEOPLE]]
    assert people["A1"].font.bold and people.freeze_panes == "A2" and people.auto_filter.ref == "A1:E3"
    assert people["A3"].value == "Anna Berg"  # a control character Excel cannot hold is dropped
    members = book["Medlemskap"]
    assert members["H2"].value.date() == date(2024, 1, 1) and members["H2"].number_format == "yyyy-mm-dd"


def test_text_that_looks_like_a_formula_stays_text():
    sheet = read(register_xlsx_bytes(TABLES))["Personer"]
    assert sheet["A2"].value == "=HYPERLINK(\"http://evil\")" and sheet["A2"].data_type == "s"


def test_the_words_the_import_expects_are_offered_as_lists():
    book = read(register_xlsx_bytes(TABLES))
    [roles] = book["Medlemskap"].data_validations.dataValidation
    assert roles.type == "list" and "ordförande" in roles.formula1 and "F2:F5000" in str(roles.sqref)
    [kinds] = book["Organisationer"].data_validations.dataValidation
    assert "Kommun" in kinds.formula1 and "C2:C5000" in str(kinds.sqref)
    assert not book["Personer"].data_validations.dataValidation


def test_the_template_explains_itself_and_marks_required_columns(tmp_path):
    book = read(write_register_template(tmp_path / "mall.xlsx").read_bytes())
    assert book.sheetnames == ["Instruktioner", *SHEET_NAMES.values()]
    assert book["Instruktioner"]["A1"].value == "Registermall för Samverkan Desktop"
    assert [c.value for c in book["Personer"][1]][:2] == ["Namn*", "Titel"]
    assert book["Personer"].max_row == 1  # no rows


def test_a_list_is_one_sheet_named_after_it_with_dates_as_dates():
    book = read(table_xlsx_bytes("Åtgärder LGS 2026", ["Vad", "Senast"], [("Sprida rutinen", date(2026, 6, 1))]))
    [sheet] = book.worksheets
    assert sheet.title == "Åtgärder LGS 2026"
    assert [c.value for c in sheet[1]] == ["Vad", "Senast"]
    assert sheet["B2"].value.date() == date(2026, 6, 1) and sheet["B2"].number_format == "yyyy-mm-dd"

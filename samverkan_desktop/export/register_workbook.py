"""The register as an Excel workbook (one sheet each for Organisationer, Personer, Grupper, Medlemskap), the
empty template to fill in (the same sheets, with lists of the allowed words and a sheet of instructions), and
any list of the follow-up views (actions, anchoring) as a one-sheet workbook. Written atomically."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ..domain.register_table import COLUMNS, GROUP_KIND_WORDS, ORGANISATION_KIND_WORDS, SHEET_NAMES, TableKind
from ..domain.wording import ROLE_WORDS
from .decision_log_table import _sheet_name
from .files import write_atomically

_DATE_FORMAT = "yyyy-mm-dd"
_LISTS = {
    (TableKind.ORGANISATIONS, "kind"): ORGANISATION_KIND_WORDS.values(),
    (TableKind.GROUPS, "kind"): GROUP_KIND_WORDS.values(),
    (TableKind.MEMBERSHIPS, "role"): ROLE_WORDS.values(),
}
_INSTRUCTIONS = (
    "Registermall för Samverkan Desktop",
    "",
    "Fyll i bladen Organisationer, Personer, Grupper och Medlemskap (tomma blad hoppas över). Rubrikerna på rad 1 "
    "ska stå kvar; kolumner med * måste fyllas i.",
    "Importera med Arkiv → Importera register… eller 'samverkan import register FIL'. Allt importeras i ett "
    "svep, eller inget alls om någon rad har problem; förhandsvisningen visar vad som händer med varje rad.",
    "En ny import uppdaterar i stället för att dubblera: organisationer och grupper känns igen på namnet, personer "
    "på e-postadressen, annars på namn och organisation. En tom cell ändrar inget.",
    "Organisationer som personer och medlemskap nämner måste finnas på bladet Organisationer eller redan i "
    "registret; grupper likaså på bladet Grupper.",
    "Datum skrivs ÅÅÅÅ-MM-DD (eller som Excel-datum). Roll: " + ", ".join(ROLE_WORDS.values()) + ".",
    "Medlemskap: en person som inte finns läggs till med namn, e-post, telefon och organisation från raden.",
)


def _clean(value: object) -> object:
    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value


def _fill_sheet(sheet, headers: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[int]) -> None:
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    top = Alignment(vertical="top")
    for row_number, values in enumerate(rows, start=2):
        for column_number, value in enumerate(values, start=1):
            cell = sheet.cell(row=row_number, column=column_number, value=_clean(value))
            if isinstance(value, str):
                cell.data_type = "s"  # "=…" is a name, never a formula
            elif isinstance(value, date):
                cell.number_format = _DATE_FORMAT
            cell.alignment = top
    for column_number, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column_number)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(len(rows) + 1, 1)}"


def _widths(kind: TableKind) -> list[int]:
    return [12 if c.is_date else 34 if c.key in ("name", "person", "group", "email", "organisation",
                                                 "represents", "parent") else 18 for c in COLUMNS[kind]]


def _workbook(title: str) -> Workbook:
    workbook = Workbook()
    workbook.properties.title = title
    workbook.properties.creator = "Samverkan Desktop"
    workbook.properties.language = "sv-SE"
    return workbook


def _save(workbook: Workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def register_xlsx_bytes(tables, *, template: bool = False) -> bytes:
    """The register (``tables``: services.register_export.RegisterTables, or None for the empty template)."""
    workbook = _workbook("Registermall" if template else "Register")
    workbook.remove(workbook.worksheets[0])
    if template:
        notes = workbook.create_sheet("Instruktioner")
        for line in _INSTRUCTIONS:
            notes.append([line])
        notes["A1"].font = Font(bold=True, size=14)
        notes.column_dimensions["A"].width = 120
        for row in notes.iter_rows(min_row=3):
            row[0].alignment = Alignment(wrap_text=True, vertical="top")
    for kind, name in SHEET_NAMES.items():
        sheet = workbook.create_sheet(name)
        headers = [c.header + ("*" if template and c.required else "") for c in COLUMNS[kind]]
        rows = () if tables is None else tables.rows(kind)
        _fill_sheet(sheet, headers, rows, _widths(kind))
        for (list_kind, key), words in _LISTS.items():
            if list_kind is kind:
                column = get_column_letter([c.key for c in COLUMNS[kind]].index(key) + 1)
                check = DataValidation(type="list", formula1='"' + ",".join(words) + '"', allow_blank=True)
                check.error = "Välj ett av orden i listan."
                check.showErrorMessage = False  # a warning-free hint: the import says what is wrong
                sheet.add_data_validation(check)
                check.add(f"{column}2:{column}5000")
    return _save(workbook)


def write_register_xlsx(tables, target: Path) -> Path:
    return write_atomically(Path(target), register_xlsx_bytes(tables))


def write_register_template(target: Path) -> Path:
    return write_atomically(Path(target), register_xlsx_bytes(None, template=True))


def table_xlsx_bytes(title: str, headers: Sequence[str], rows: Sequence[Sequence[object]],
                     widths: Sequence[int] | None = None) -> bytes:
    """One list (the actions, the anchoring) as a sheet: bold frozen headers, a filter, dates as dates."""
    workbook = _workbook(title)
    sheet = workbook.worksheets[0]  # a new workbook's one sheet
    sheet.title = _sheet_name(title)
    _fill_sheet(sheet, headers, rows, widths or [24] * len(headers))
    return _save(workbook)


def write_table_xlsx(title: str, headers: Sequence[str], rows: Sequence[Sequence[object]], target: Path,
                     widths: Sequence[int] | None = None) -> Path:
    return write_atomically(Path(target), table_xlsx_bytes(title, headers, rows, widths))

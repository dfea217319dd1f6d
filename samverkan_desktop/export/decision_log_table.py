"""The decision log (beslutslogg) as a spreadsheet (XLSX, openpyxl) and as CSV for any other program.

Takes the frozen lines of domain.documents (already under the publication rules) and writes the file
atomically: built in memory, then written to a temporary file beside the target and renamed.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ..domain.documents import DecisionLogLine
from ..domain.rich_text import plain_text
from .files import write_atomically

HEADERS = ("Grupp", "Datum", "§", "Rubrik", "Utfall", "Beslut", "Ärendestatus")
#: Column widths in characters; the long texts wrap instead of widening their column without end.
_WIDTHS = (28, 12, 6, 40, 22, 60, 18)
_WRAPPED = {"Rubrik", "Beslut"}
_DATE_FORMAT = "yyyy-mm-dd"
# Excel's sheet names: at most 31 characters, none of these.
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
# A cell starting like this is read as a formula by spreadsheet programs opening a CSV file.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _values(line: DecisionLogLine) -> tuple:
    return (line.group_name, line.meeting_on, line.paragraph, line.title, line.outcome,
            plain_text(line.decision) or None, line.case_status)


def _sheet_name(title: str) -> str:
    name = " ".join(_SHEET_FORBIDDEN.sub(" ", title).replace("'", " ").split())[:31].strip()
    return name or "Beslutslogg"


def decision_log_xlsx_bytes(lines: Sequence[DecisionLogLine], *, title: str) -> bytes:
    """The workbook: one sheet, a bold frozen header row with an auto-filter, dates as real dates."""
    workbook = Workbook()
    sheet = workbook.worksheets[0]  # a new workbook's one sheet
    sheet.title = _sheet_name(title)
    workbook.properties.title = title
    workbook.properties.creator = "Samverkan Desktop"
    workbook.properties.language = "sv-SE"
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    for row_number, line in enumerate(lines, start=2):
        for column_number, value in enumerate(_values(line), start=1):
            if isinstance(value, str):
                # XML cannot hold most control characters (Word's line break \x0b arrives by copy and paste).
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
            cell = sheet.cell(row=row_number, column=column_number, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # openpyxl would store "=…" as a formula; a title is text, always
            header = HEADERS[column_number - 1]
            cell.alignment = wrap if header in _WRAPPED else top
            if header == "Datum":
                cell.number_format = _DATE_FORMAT
    for column_number, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column_number)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{max(len(lines) + 1, 1)}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_decision_log_xlsx(lines: Sequence[DecisionLogLine], target: Path, *, title: str) -> Path:
    """Write the log to ``target`` as an Excel workbook; returns the path written."""
    return write_atomically(Path(target), decision_log_xlsx_bytes(lines, title=title))


def _csv_text(value: object) -> str:
    if value is None:
        return ""
    text = str(value)  # a date becomes 2026-03-10, as Swedish spreadsheets read it
    # Kept as text: "- att …" or "=SUMMA()" would otherwise be run as a formula (CSV injection).
    return "'" + text if text.startswith(_FORMULA_START) else text


def decision_log_csv_bytes(lines: Sequence[DecisionLogLine]) -> bytes:
    """UTF-8 with a byte-order mark, semicolons and CRLF: what Excel in a Swedish locale opens as columns."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(HEADERS)
    for line in lines:
        writer.writerow([_csv_text(value) for value in _values(line)])
    return buffer.getvalue().encode("utf-8-sig")


def write_decision_log_csv(lines: Sequence[DecisionLogLine], target: Path) -> Path:
    """Write the log to ``target`` as CSV; returns the path written."""
    return write_atomically(Path(target), decision_log_csv_bytes(lines))

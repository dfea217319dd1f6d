"""A spreadsheet (XLSX, openpyxl) or a CSV file as sheets of plain rows: each cell text, a date or None.

What a file really is comes from its first bytes, not its name, and a name that says otherwise is refused.
CSV: UTF-8 with or without BOM, UTF-16 (Excel's "Unicode text"), else Windows-1252; ``;``, ``,`` or tab found by
csv.Sniffer. Excel: read-only and streaming, formulas as the value Excel saved with them (a formula without a
saved value, or an error value such as #REF!, is a problem of its row), merged cells filled from their first cell
(and said in the sheet's notes). Everything past ``MAX_ROWS`` data rows or ``MAX_BYTES`` is refused.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..domain.register_table import TableKind, guess_kind

MAX_ROWS = 100_000
MAX_BYTES = 60 * 1024 * 1024
_EXCEL_ERRORS = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!",
                 "#CALC!"}
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')


@dataclass(frozen=True)
class RawSheet:
    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str | date | None, ...], tuple[str, ...]], ...]  # (row number, cells, problems)
    notes: tuple[str, ...] = ()

    @property
    def kind(self) -> TableKind | None:
        return guess_kind(self.name, self.headers)


@dataclass(frozen=True)
class RawFile:
    path: Path
    format: str  # "xlsx" or "csv"
    sheets: tuple[RawSheet, ...]
    encoding: str | None = None  # CSV only


def read_table_file(path: Path) -> RawFile:
    """Read ``path`` as an Excel workbook or a CSV file; ValidationError with a Swedish message if it is neither,
    is too big or cannot be read."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise ValidationError(msg("importing.table_file.filen_lasas", path_name=path.name,
                                  value=error.strerror or error)) from error
    if size > MAX_BYTES:
        raise ValidationError(msg("importing.table_file.filen_ar_for_stor", path_name=path.name,
                                  value=size // (1024 * 1024), value2=MAX_BYTES // (1024 * 1024)))
    suffix = path.suffix.lower()
    if head.startswith(b"PK\x03\x04"):
        if suffix in (".csv", ".txt"):
            raise ValidationError(msg("importing.table_file.heter_men_ar_zip", path_name=path.name, suffix=suffix))
        return RawFile(path, "xlsx", _read_xlsx(path))
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ValidationError(msg("importing.table_file.ar_excels_gamla_format", path_name=path.name))
    if suffix in (".xlsx", ".xlsm"):
        raise ValidationError(msg("importing.table_file.heter_men_ar_ingen", path_name=path.name, suffix=suffix))
    text, encoding = _decode(path)
    return RawFile(path, "csv", (_read_csv(path, text),), encoding)


# -- CSV ----------------------------------------------------------------------------------------------------
def _decode(path: Path) -> tuple[str, str]:
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "UTF-16"
    if b"\x00" in data[:4096]:
        raise ValidationError(msg("importing.table_file.ar_varken_excel_arbetsbok", path_name=path.name))
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 med BOM"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        raise ValidationError(msg("importing.table_file.teckenkodning_kanns_igen_spara", path_name=path.name)
                              ) from None


def _dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t")
    except csv.Error:
        first = sample.split("\n", 1)[0]
        delimiter = max(";,\t", key=first.count)

        class Fallback(csv.excel):
            pass

        Fallback.delimiter = delimiter
        return Fallback


def _read_csv(path: Path, text: str) -> RawSheet:
    dialect = _dialect(text[:20_000])
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    rows: list[tuple[int, tuple[str | date | None, ...], tuple[str, ...]]] = []
    headers: tuple[str, ...] | None = None
    try:
        for number, cells in enumerate(reader, start=1):
            values = tuple(_clean_text(c) for c in cells)
            if not any(values):
                continue
            if headers is None:
                headers = tuple(v or "" for v in values)
                continue
            _count(rows, path)
            rows.append((number, values, ()))
    except csv.Error as error:
        raise ValidationError(msg("importing.table_file.lasas_csv", path_name=path.name, error=error)) from error
    return RawSheet(path.stem, headers or (), tuple(rows))


def _count(rows: list, path: Path) -> None:
    if len(rows) >= MAX_ROWS:
        raise ValidationError(msg("importing.table_file.too_many_rows", name=path.name,
                                  rows=f"{MAX_ROWS:,}".replace(",", " ")))


def _clean_text(value: str) -> str | None:
    value = value.replace("\xa0", " ").strip()
    return value or None


# -- Excel --------------------------------------------------------------------------------------------------
def _read_xlsx(path: Path) -> tuple[RawSheet, ...]:
    from openpyxl import load_workbook

    try:
        values = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # a damaged or foreign ZIP fails in many ways inside openpyxl
        raise ValidationError(msg("importing.table_file.ar_zip_arkiv_men", path_name=path.name,
                                  kind=error.__class__.__name__)) from error
    formulas = None
    try:
        sheets = []
        for sheet in values.worksheets:
            source = _sheet_xml(values, sheet)
            has_formulas = b"<f>" in source or b"<f " in source or b"<x:f" in source
            if has_formulas and formulas is None:
                formulas = load_workbook(path, read_only=True, data_only=False)
            formula_rows = formulas[sheet.title].iter_rows(values_only=True) if has_formulas and formulas else None
            sheets.append(_read_sheet(path, sheet, formula_rows, _merges(source)))
        return tuple(sheets)
    finally:
        values.close()
        if formulas is not None:
            formulas.close()


def _sheet_xml(workbook, sheet) -> bytes:
    try:
        return workbook._archive.read(sheet._worksheet_path)  # openpyxl keeps both; the merges are not exposed
    except (AttributeError, KeyError, zipfile.BadZipFile):
        return b""


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _merges(source: bytes) -> list[tuple[int, int, int, int, str]]:
    merges = []
    for found in _MERGE.finditer(source):
        c1, r1, c2, r2 = (_column_number(found[1]), int(found[2]), _column_number(found[3]), int(found[4]))
        merges.append((r1, c1, r2, c2, f"{found[1].decode()}{r1}:{found[3].decode()}{r2}"))
    return merges


def _cell(value) -> tuple[str | date | None, str | None]:
    """A cell as text or a date, and a problem if it holds an error value."""
    if value is None:
        return None, None
    if isinstance(value, datetime):
        return (value.date() if value.time() == time(0) else value.replace(microsecond=0).isoformat(" ")), None
    if isinstance(value, date):
        return value, None
    if isinstance(value, bool):
        return ("ja" if value else "nej"), None
    if isinstance(value, int | float):
        return (str(int(value)) if float(value).is_integer() else str(value).replace(".", ",")), None
    text = _clean_text(str(value))
    if text in _EXCEL_ERRORS:
        return None, msg("importing.cell_error_value", text=text)
    return text, None


def _read_sheet(path: Path, sheet, formula_rows, merges) -> RawSheet:
    grid: dict[tuple[int, int], object] = {}
    fill: dict[tuple[int, int], tuple[int, int]] = {}
    for r1, c1, r2, c2, _ref in merges:
        if (r2 - r1 + 1) * (c2 - c1 + 1) <= 10_000:
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        fill[(r, c)] = (r1, c1)
    wanted = set(fill.values())
    headers: tuple[str, ...] | None = None
    rows: list = []
    for number, raw in enumerate(sheet.iter_rows(values_only=True), start=1):
        formula_raw = next(formula_rows, ()) if formula_rows is not None else ()
        cells, problems = [], []
        for column, value in enumerate(raw, start=1):
            if (number, column) in wanted:
                grid[(number, column)] = value
            if value is None and (number, column) in fill:
                value = grid.get(fill[(number, column)])
            cell, problem = _cell(value)
            formula = formula_raw[column - 1] if column - 1 < len(formula_raw) else None
            if value is None and ((isinstance(formula, str) and formula.startswith("=")) or
                                  (formula is not None and not isinstance(formula, str | int | float | date))):
                problem = msg("importing.formula_without_value", cell=f"{_letters(column)}{number}")
            if problem:
                problems.append(problem)
            cells.append(cell)
        while cells and cells[-1] is None:
            cells.pop()
        if not cells and not problems:
            continue
        if headers is None:
            headers = tuple(str(c) if c is not None else "" for c in cells)
            continue
        _count(rows, path)
        rows.append((number, tuple(cells), tuple(problems)))
    notes = tuple(msg("importing.merged_cells", ref=ref, sheet=sheet.title) for *_cells, ref in merges)
    return RawSheet(sheet.title, headers or (), tuple(rows), notes)


def _letters(column: int) -> str:
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters

"""A file read by table_file as the import tables of the register: each sheet's kind and column mapping guessed
from its name and headers (or given, by the wizard), missing required columns said in words."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..domain.register_table import (
    COLUMNS,
    SHEET_NAMES,
    ImportTable,
    TableKind,
    guess_mapping,
    map_rows,
    missing_columns,
)
from .table_file import RawFile, RawSheet


@dataclass(frozen=True)
class SheetPlan:
    """How one sheet is read: as which kind of table (None: skipped), and which column holds which field."""

    sheet: str
    kind: TableKind | None
    mapping: Mapping[str, int]


def guess_plans(raw: RawFile) -> list[SheetPlan]:
    plans = []
    for sheet in raw.sheets:
        kind = sheet.kind if sheet.rows else None
        plans.append(SheetPlan(sheet.name, kind, guess_mapping(kind, sheet.headers) if kind else {}))
    return plans


def _source(raw: RawFile, sheet: RawSheet) -> str:
    return raw.path.name if raw.format == "csv" else f"Bladet {sheet.name}"


def import_tables(raw: RawFile, plans: list[SheetPlan] | None = None) -> tuple[list[ImportTable], list[str]]:
    """The tables to import and notes (sheets skipped, merged cells filled). A sheet whose required columns are
    not found is refused with a ValidationError naming the sheet, the missing columns and the headers it has."""
    plans = plans if plans is not None else guess_plans(raw)
    by_name = {sheet.name: sheet for sheet in raw.sheets}
    tables, notes = [], []
    for plan in plans:
        sheet = by_name[plan.sheet]
        if plan.kind is None:
            if sheet.rows:
                notes.append(msg("importing.register_source.kanns_igen_hoppas_over", source=_source(raw, sheet),
                                 names=', '.join(SHEET_NAMES.values())))
            continue
        missing = missing_columns(plan.kind, plan.mapping)
        if missing:
            names = ", ".join(f"\"{c.header}\"" for c in missing)
            found = ", ".join(f"\"{h}\"" for h in sheet.headers if h) or msg("importing.no_headers_at_all")
            raise ValidationError(msg("importing.register_source.saknar_kolumnen_rubrikerna_filen",
                                      source=_source(raw, sheet), value=SHEET_NAMES[plan.kind], names=names,
                                      found=found))
        tables.append(map_rows(plan.kind, _source(raw, sheet), sheet.rows, plan.mapping, sheet.notes))
    if not tables:
        raise ValidationError(msg("importing.register_source.innehaller_inget_kanns_igen", path_name=raw.path.name))
    return tables, notes


def column_headers(kind: TableKind) -> list[str]:
    return [c.header for c in COLUMNS[kind]]

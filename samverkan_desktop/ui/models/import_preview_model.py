"""The register import's preview: every row of the file with what the import does with it, or its problems."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...domain.register_table import COLUMNS, SHEET_NAMES, ImportTable, text_value
from ...services.register_import import ImportReport, RowAction, RowResult

Index = QModelIndex | QPersistentModelIndex
PROBLEM = QColor("#b3261e")
ADDED = QColor("#1b6e20")


class ImportPreviewModel(QAbstractTableModel):
    """Columns: sheet, row, result (or the problems), name, and the row's other values in one text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[RowResult, str, str]] = []
        self._action_words: dict[RowAction, str] = {}

    def set_report(self, report: ImportReport | None, tables: list[ImportTable]) -> None:
        self.beginResetModel()
        self._action_words = {RowAction.ADDED: self.tr("Added"), RowAction.CHANGED: self.tr("Changed"),
                              RowAction.UNCHANGED: self.tr("Unchanged")}
        values = {(t.kind, t.source, r.number): r.values for t in tables for r in t.rows}
        self._rows = []
        for result in (report.rows if report else ()):
            row_values = values.get((result.kind, result.source, result.number), {})
            name_key = "person" if "person" in row_values else "name"
            others = [f"{column.header}: {text_value(row_values.get(column.key))}" for column in COLUMNS[result.kind]
                      if column.key != name_key and text_value(row_values.get(column.key))]
            self._rows.append((result, text_value(row_values.get(name_key)) or "", "; ".join(others)))
        self.endResetModel()

    def result_at(self, row: int) -> RowResult | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = (self.tr("Sheet"), self.tr("Row"), self.tr("Result"), self.tr("Name"), self.tr("Values"))
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < 5:
            return None
        result, name, others = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return SHEET_NAMES[result.kind] if role == Qt.ItemDataRole.DisplayRole else result.source
            if column == 1:
                return str(result.number)
            if column == 2:
                if result.problems or result.action is None:
                    return "; ".join(result.problems)
                return self._action_words.get(result.action, "")
            return name if column == 3 else others
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            if result.problems:
                return QBrush(PROBLEM)
            return QBrush(ADDED) if result.action is RowAction.ADDED else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

"""Editable table of a group's standard agenda items (title, kind, minutes, placed last, default decision
wording, procedural)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...domain.enums import ItemKind
from ...services.meeting_dto import TemplateItemData
from ..labels import item_kind_labels

Index = QModelIndex | QPersistentModelIndex


class TemplateTableModel(QAbstractTableModel):
    TITLE, KIND, MINUTES, AT_END, WORDING, PROCEDURAL = range(6)
    CHECKS = (AT_END, PROCEDURAL)

    def __init__(self, items: list[TemplateItemData] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._rows = list(items or [])
        self._headers = [self.tr("Standard item"), self.tr("Kind"), self.tr("Minutes"), self.tr("Last"),
                         self.tr("Decision wording"), self.tr("Procedural (no anchoring)")]

    def items(self) -> list[TemplateItemData]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in self.CHECKS:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if column in self.CHECKS:
            if role == Qt.ItemDataRole.CheckStateRole:
                on = row.at_end if column == self.AT_END else row.procedural
                return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == self.TITLE:
            return row.title
        if column == self.KIND:
            return row.kind.value if role == Qt.ItemDataRole.EditRole else item_kind_labels()[row.kind]
        if column == self.MINUTES:
            return row.planned_minutes if row.planned_minutes is not None else ""
        if column == self.WORDING:
            return row.decision_text or ""
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row, column = self._rows[index.row()], index.column()
        try:
            if column == self.AT_END and role == Qt.ItemDataRole.CheckStateRole:
                row = replace(row, at_end=Qt.CheckState(value) == Qt.CheckState.Checked)
            elif column == self.PROCEDURAL and role == Qt.ItemDataRole.CheckStateRole:
                row = replace(row, procedural=Qt.CheckState(value) == Qt.CheckState.Checked)
            elif role != Qt.ItemDataRole.EditRole:
                return False
            elif column == self.TITLE:
                row = replace(row, title=str(value))
            elif column == self.KIND:
                row = replace(row, kind=ItemKind(value))
            elif column == self.MINUTES:
                row = replace(row, planned_minutes=int(value) if str(value).strip() else None)
            elif column == self.WORDING:
                row = replace(row, decision_text=str(value).strip() or None)
            else:
                return False
        except (TypeError, ValueError):
            return False
        self._rows[index.row()] = row
        self.dataChanged.emit(index, index)
        return True

    def add(self, title: str) -> QModelIndex:
        position = len([r for r in self._rows if not r.at_end])
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, TemplateItemData(title))
        self.endInsertRows()
        return self.index(position, self.TITLE)

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def move(self, row: int, step: int) -> int:
        target = row + step
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return row
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + 1 if step > 0 else target)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        return target

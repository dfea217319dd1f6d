"""Editable table of a mandate's reporting duties, used inside the mandate dialog."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...domain.enums import Recurrence
from ...services.dto import ReportingDutyData
from ..labels import recurrence_labels

Index = QModelIndex | QPersistentModelIndex


class ReportingDutyTableModel(QAbstractTableModel):
    NAME, RECURRENCE, MONTH, DAY, RECIPIENT = range(5)

    def __init__(self, duties: list[ReportingDutyData] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ReportingDutyData] = list(duties or [])
        self._headers = [self.tr("Report"), self.tr("Recurs"), self.tr("Month"), self.tr("Day"),
                         self.tr("Recipient")]

    def duties(self) -> tuple[ReportingDutyData, ...]:
        return tuple(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._headers):
                return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        duty = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.NAME:
                return duty.name
            if column == self.RECURRENCE:
                if role == Qt.ItemDataRole.EditRole:
                    return duty.recurrence.value
                return recurrence_labels()[duty.recurrence]
            if column == self.MONTH:
                return duty.due_month
            if column == self.DAY:
                return duty.due_day
            if column == self.RECIPIENT:
                return duty.recipient or ""
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        duty = self._rows[index.row()]
        column = index.column()
        try:
            if column == self.NAME:
                duty = replace(duty, name=str(value))
            elif column == self.RECURRENCE:
                duty = replace(duty, recurrence=Recurrence(value))
            elif column == self.MONTH:
                duty = replace(duty, due_month=int(value))
            elif column == self.DAY:
                duty = replace(duty, due_day=int(value))
            elif column == self.RECIPIENT:
                duty = replace(duty, recipient=str(value) or None)
        except (TypeError, ValueError):
            return False
        self._rows[index.row()] = duty
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def add_duty(self, name: str) -> QModelIndex:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(ReportingDutyData(name=name, recurrence=Recurrence.YEARLY, due_month=3, due_day=31))
        self.endInsertRows()
        return self.index(row, self.NAME)

    def remove_duty(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

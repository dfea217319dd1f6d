"""The agenda as a table: §, title, kind, presenter, minutes, outcome. Rows can be dragged to reorder."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from ...domain.enums import ItemKind
from ...services.meeting_dto import AgendaItemDTO
from ..labels import item_kind_labels, outcome_labels

Index = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-samverkan-agenda-row"


class AgendaTableModel(QAbstractTableModel):
    """Emits ``move_requested(item_id, new_position)`` on a drop; the owner moves it through the service."""

    PARAGRAPH, TITLE, KIND, PRESENTER, MINUTES, OUTCOME = range(6)
    move_requested = Signal(int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[AgendaItemDTO] = []
        self._headers = ["§", self.tr("Item"), self.tr("Kind"), self.tr("Presenter"), self.tr("Min."),
                         self.tr("Outcome")]

    def set_items(self, items: list[AgendaItemDTO]) -> None:
        self.beginResetModel()
        self._items = sorted(items, key=lambda i: i.position)
        self.endResetModel()

    def item_at(self, row: int) -> AgendaItemDTO | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: int) -> int:
        return next((row for row, item in enumerate(self._items) if item.id == item_id), -1)

    def items(self) -> list[AgendaItemDTO]:
        return list(self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._headers):
                return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None or not 0 <= index.column() < len(self._headers):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.PARAGRAPH:
                return f"§ {item.paragraph}" if item.paragraph else ""
            if column == self.TITLE:
                return item.title + (" 🔒" if item.confidential else "")
            if column == self.KIND:
                return item_kind_labels()[item.kind]
            if column == self.PRESENTER:
                return item.presenter or ""
            if column == self.MINUTES:
                return str(item.planned_minutes) if item.planned_minutes is not None else ""
            if column == self.OUTCOME:
                if item.outcome:
                    return outcome_labels()[item.outcome]
                return self.tr("(no outcome)") if item.kind is ItemKind.DECISION else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE and item.confidential:
            return self.tr("Confidential: left out of the published minutes")
        if role == Qt.ItemDataRole.FontRole and column == self.TITLE and item.kind is ItemKind.DECISION:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == self.OUTCOME and item.kind is ItemKind.DECISION \
                and item.outcome is None:
            return QColor("#c62828")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    # -- drag and drop within the view -------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows and self.item_at(rows[0]) is not None:
            data.setData(MIME_TYPE, QByteArray(str(self._items[rows[0]].id).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return action == Qt.DropAction.MoveAction and data.hasFormat(MIME_TYPE)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        item_id = int(bytes(data.data(MIME_TYPE).data()).decode() or 0)
        source = self.row_of(item_id)
        if source < 0:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._items))
        # Dropping below itself: the row disappears from above the target first.
        new_position = target if target > source else target + 1
        if new_position - 1 != source:
            self.move_requested.emit(item_id, new_position)
        return False  # the owner reloads from the service; nothing for the view to remove

"""The agenda as a table: §, title, kind, presenter, minutes, outcome. Rows can be dragged to reorder."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from ...domain.enums import ItemKind
from ...services.meeting_dto import AgendaItemDTO
from ..labels import item_kind_labels, outcome_labels

Index = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-samverkan-agenda-row"
_DISPLAY, _TOOLTIP = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)
_FONT, _FOREGROUND = int(Qt.ItemDataRole.FontRole), int(Qt.ItemDataRole.ForegroundRole)
_ROLES = frozenset((_DISPLAY, _TOOLTIP, _FONT, _FOREGROUND))
_DROP_FLAGS = Qt.ItemFlag.ItemIsDropEnabled
_ROW_FLAGS = _DROP_FLAGS | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled


class AgendaTableModel(QAbstractTableModel):
    """Emits ``move_requested(item_id, new_position)`` on a drop; the owner moves it through the service."""

    PARAGRAPH, TITLE, KIND, PRESENTER, MINUTES, OUTCOME = range(6)
    move_requested = Signal(int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[AgendaItemDTO] = []
        self._texts: list[tuple[str, ...]] = []  # each row's display text per column, built once per set_items
        self._headers = ["§", self.tr("Item"), self.tr("Kind"), self.tr("Presenter"), self.tr("Min."),
                         self.tr("Outcome")]
        self._bold = QFont()
        self._bold.setBold(True)
        self._missing = QColor("#c62828")

    def set_items(self, items: list[AgendaItemDTO]) -> None:
        self.beginResetModel()
        self._items = sorted(items, key=lambda i: i.position)
        kinds, outcomes, none = item_kind_labels(), outcome_labels(), self.tr("(no outcome)")
        self._texts = [(
            f"§ {item.paragraph}" if item.paragraph else "",
            item.title + (" 🔒" if item.confidential else ""),
            kinds[item.kind],
            item.presenter or "",
            str(item.planned_minutes) if item.planned_minutes is not None else "",
            outcomes[item.outcome] if item.outcome else (none if item.kind is ItemKind.DECISION else ""),
        ) for item in self._items]
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
        # Called thousands of times per paint: roles this model never answers go first, and the text is ready.
        if role not in _ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._items) and 0 <= column < len(self._headers)):
            return None
        if role == _DISPLAY:
            return self._texts[row][column]
        item = self._items[row]
        if role == _TOOLTIP and column == self.TITLE:  # the whole title, however narrow the column
            if item.confidential:
                return f"{item.title}\n" + self.tr("Confidential: left out of the published minutes")
            return item.title
        if role == _TOOLTIP and column in (self.PRESENTER, self.OUTCOME) and self._texts[row][column]:
            return self._texts[row][column]
        if role == _FONT and column == self.TITLE and item.kind is ItemKind.DECISION:
            return QFont(self._bold)
        if role == _FOREGROUND and column == self.OUTCOME and item.kind is ItemKind.DECISION \
                and item.outcome is None:
            return QColor(self._missing)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else _DROP_FLAGS

    # -- drag and drop within the view -------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
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

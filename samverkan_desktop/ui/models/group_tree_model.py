"""The group hierarchy as a tree: each group under the group it reports to."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ...services.dto import GroupNode
from ..labels import group_kind_labels

Index = QModelIndex | QPersistentModelIndex
GROUP_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class GroupTreeModel(QAbstractItemModel):
    NAME, KIND, MEMBERS = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._nodes: dict[int, GroupNode] = {}
        self._children: dict[int | None, list[int]] = {None: []}
        self._parent_of: dict[int, int | None] = {}
        # "Members" is the tooltip: the short heading leaves the names room in a narrow tree (150 % scaling).
        self._headers = [self.tr("Group"), self.tr("Kind"), self.tr("Memb.", "short column heading: members")]

    def set_nodes(self, nodes: list[GroupNode]) -> None:
        self.beginResetModel()
        self._nodes = {n.id: n for n in nodes}
        self._children = {None: []}
        self._parent_of = {}
        for node in nodes:  # already in name order
            parent = node.parent_id if node.parent_id in self._nodes else None
            self._parent_of[node.id] = parent
            self._children.setdefault(parent, []).append(node.id)
        self.endResetModel()

    def node(self, index: Index) -> GroupNode | None:
        if not index.isValid():
            return None
        return self._nodes.get(index.internalId())

    def index_of(self, group_id: int) -> QModelIndex:
        if group_id not in self._nodes:
            return QModelIndex()
        parent = self._parent_of[group_id]
        return self.createIndex(self._children[parent].index(group_id), 0, group_id)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= len(self._headers):
            return QModelIndex()
        parent_id = parent.internalId() if parent.isValid() else None
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        siblings = self._children.get(parent_id, [])
        if not 0 <= row < len(siblings):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        parent_id = self._parent_of.get(child.internalId())
        if parent_id is None:
            return QModelIndex()
        grand = self._parent_of[parent_id]
        return self.createIndex(self._children[grand].index(parent_id), 0, parent_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid():
            if parent.column() != 0:
                return 0
            return len(self._children.get(parent.internalId(), []))
        return len(self._children.get(None, []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._headers):
                return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == self.MEMBERS:
            return self.tr("Current members")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return node.name
            if column == self.KIND:
                return group_kind_labels()[node.kind]
            if column == self.MEMBERS:
                return str(node.member_count)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            chair = node.chair_name or self.tr("no chair")
            tip = self.tr("%1\nChair: %2").replace("%1", node.name).replace("%2", chair)
            path = self.path_of(node.id)[:-1]
            if path:  # the whole name and where it sits: the tree elides long names in the middle
                tip += "\n" + self.tr("Reports to: %1").replace("%1", " › ".join(path))
            return tip
        if role == Qt.ItemDataRole.FontRole and not node.active:
            font = QFont()
            font.setItalic(True)
            return font
        if role == GROUP_ID_ROLE:
            return node.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.MEMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def path_of(self, group_id: int) -> list[str]:
        """The names from the top of the tree down to the group itself."""
        names: list[str] = []
        current: int | None = group_id
        while current is not None and current in self._nodes:
            names.append(self._nodes[current].name)
            current = self._parent_of.get(current)
        return names[::-1]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

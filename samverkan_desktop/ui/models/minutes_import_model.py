"""What an old minutes document was read as, as a tree: the meeting, the attendance (matched or not) and the
items with their notes, decision and outcome."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...domain.calendar import STOCKHOLM
from ...services.legacy_minutes import MinutesImportPlan
from ..labels import outcome_labels

Index = QModelIndex | QPersistentModelIndex
WARNING_COLOUR = QColor("#9a3412")


@dataclass(eq=False)
class _Node:
    text: str
    detail: str = ""
    warning: bool = False
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)

    def add(self, text: str, detail: str = "", *, warning: bool = False) -> _Node:
        child = _Node(text, detail, warning, self)
        self.children.append(child)
        return child


class MinutesImportModel(QAbstractItemModel):
    WHAT, DETAIL = range(2)

    def __init__(self, plan: MinutesImportPlan, parent=None) -> None:
        super().__init__(parent)
        self._root = self._tree(plan)
        self._headers = [self.tr("Recognised"), self.tr("Content")]

    def _tree(self, plan: MinutesImportPlan) -> _Node:
        root = _Node("")
        minutes = plan.minutes
        starts, ends = plan.starts_at.astimezone(STOCKHOLM), plan.ends_at.astimezone(STOCKHOLM)
        meeting = root.add(self.tr("Meeting"), f"{plan.group_name} {starts:%Y-%m-%d} {starts:%H.%M}–{ends:%H.%M}")
        if minutes.place:
            meeting.add(self.tr("Place"), minutes.place)
        meeting.add(self.tr("Items recognised as"), minutes.structure)
        meeting.add(self.tr("§ numbers"), self.tr("kept as in the document") if plan.keeps_paragraphs
                    else self.tr("given by the group's numbering"))
        for note in minutes.notes:
            meeting.add(self.tr("Note"), note, warning=True)
        words = {"present": self.tr("Present"), "excused": self.tr("Excused"), "guests": self.tr("Adjunct or guest")}
        people = root.add(self.tr("Attendance"), self.tr("%1 matched, %2 not recognised").replace(
            "%1", str(len(plan.attendance) - len(plan.unmatched))).replace("%2", str(len(plan.unmatched))))
        for match in plan.attendance:
            if match.person_id is not None:
                people.add(match.name, f"{words[match.status]}: {match.person_name}")
            else:
                unknown = self.tr("not recognised")
                people.add(match.name, f"{words[match.status]}: {unknown} ({match.why_not})", warning=True)
        items = root.add(self.tr("Items"), str(len(minutes.items)))
        for position, item in enumerate(minutes.items, start=1):
            number = f"§ {item.paragraph}" if item.paragraph is not None else f"{position}."
            node = items.add(f"{number} {item.title}", self.tr("confidential") if item.confidential else "")
            if item.presenter:
                node.add(self.tr("Presenter"), item.presenter)
            if item.notes:
                node.add(self.tr("Notes"), item.notes)
            if item.decision:
                node.add(self.tr("Decision"), item.decision)
            if item.outcome:
                node.add(self.tr("Outcome"), outcome_labels()[item.outcome] + (
                    f": {item.outcome_reason}" if item.outcome_reason else ""))
        return root

    def _node(self, index: Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not 0 <= column < len(self._headers) or (parent.isValid() and parent.column() != 0):
            return QModelIndex()
        node = self._node(parent)
        if not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        parent = child.internalPointer().parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.parent.children.index(parent), 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = index.internalPointer()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = node.text if index.column() == self.WHAT else node.detail
            return text.replace("\n", " / ") if role == Qt.ItemDataRole.DisplayRole else text
        if role == Qt.ItemDataRole.ForegroundRole and node.warning:
            return QBrush(WARNING_COLOUR)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

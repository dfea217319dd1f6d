"""Column widths fitted once to a table's contents, cheaper than ResizeToContents (moved from the meeting editor)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView


def fit_columns(view: QTableView, skip: int) -> None:
    """The widths ResizeToContents gives every column but ``skip`` (the stretched one): the widest cell, or the
    header, as QTableView.resizeColumnToContents; each text measured once: "Beslut" in twenty rows is one width.
    ResizeToContents would measure every cell again at each layout pass, thousands of data() calls per opening."""
    model, header = view.model(), view.horizontalHeader()
    view.ensurePolished()
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    for column in range(model.columnCount()):
        if column == skip:
            continue
        widest, measured = 0, set()
        for row in range(model.rowCount()):
            index = model.index(row, column)
            if (text := index.data()) not in measured:
                measured.add(text)
                widest = max(widest, view.itemDelegateForIndex(index).sizeHint(option, index).width())
        header.resizeSection(column, max(widest + (1 if view.showGrid() else 0), header.sectionSizeHint(column)))


def fit_rows(view: QTableView, column: int) -> None:
    """Each row as high as its wrapped cell in ``column`` (one measurement a row: only that column wraps)."""
    model = view.model()
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect.setWidth(view.columnWidth(column))
    delegate = view.itemDelegateForColumn(column)
    minimum = view.verticalHeader().defaultSectionSize()
    for row in range(model.rowCount()):
        height = delegate.sizeHint(option, model.index(row, column)).height()
        view.setRowHeight(row, max(minimum, height))


class _NarrowColumns(QObject):
    def __init__(self, view: QTableView, levels: Sequence[tuple[int, Sequence[int]]],
                 after: Callable[[], None]) -> None:
        super().__init__(view)
        self.view, self.levels, self.after = view, levels, after
        self.hidden: frozenset[int] = frozenset()
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False

    def apply(self) -> None:
        chars = self.view.viewport().width() / max(1, self.view.fontMetrics().averageCharWidth())
        hidden = frozenset(column for below, columns in self.levels if chars < below for column in columns)
        if hidden != self.hidden:
            for column in self.hidden | hidden:
                self.view.setColumnHidden(column, column in hidden)
            self.hidden = hidden
            self.after()


def hide_when_narrow(view: QTableView, levels: Sequence[tuple[int, Sequence[int]]],
                     after: Callable[[], None] = lambda: None) -> _NarrowColumns:
    """On a narrow table (150 % scaling on a small laptop) the columns of ``levels`` step aside so the stretched
    one keeps room to be read: ``(70, (3, 4))`` hides columns 3 and 4 while the table is narrower than 70 average
    characters. ``after`` runs when the set changes (rows wrapped in the stretched column measure again)."""
    return _NarrowColumns(view, levels, after)

"""Column widths fitted once to a table's contents, cheaper than ResizeToContents (moved from the meeting editor)."""

from __future__ import annotations

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

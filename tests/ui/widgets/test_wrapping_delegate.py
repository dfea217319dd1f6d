"""Cells that wrap to the lines they need, a word wider than the column included (issue 18 point 6)."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView

from samverkan_desktop.ui.widgets.wrapping_delegate import WrappingDelegate, text_height


def test_a_word_wider_than_the_column_wraps_instead_of_being_cut(qtbot) -> None:
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem("15/1 LGS: Kvartalsuppföljningsrapport brister i samverkan"))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setColumnWidth(0, 80)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect.setWidth(80)
    index = model.index(0, 0)
    line = view.fontMetrics().height()
    wrapped = WrappingDelegate(view).sizeHint(option, index).height()
    assert wrapped >= 4 * line  # every part on a line of its own, the long word broken too
    assert text_height(index.data(), view.font(), 72) >= 4 * line
    view.setItemDelegate(WrappingDelegate(view))
    view.resizeRowsToContents()
    assert view.rowHeight(0) >= wrapped
    plain = QStyledItemDelegate(view).sizeHint(option, index).height()
    assert plain < wrapped  # Qt's own wrapping stops at the long word: the rest is cut with "…"


def test_painting_a_cell_does_not_fail_selected_or_not(qtbot) -> None:
    model = QStandardItemModel(2, 1)
    model.setItem(0, 0, QStandardItem("Godkännande av dagordningen"))
    model.setItem(1, 0, QStandardItem(""))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(WrappingDelegate(view))
    view.selectRow(0)
    view.show()
    qtbot.waitExposed(view)
    assert not view.grab().isNull()

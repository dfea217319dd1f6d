"""Column widths fitted once to the contents, as ResizeToContents would give them, and rows as high as their
wrapped cell."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView

from samverkan_desktop.ui.widgets.table_fit import fit_columns, fit_rows
from samverkan_desktop.ui.widgets.wrapping_delegate import WrappingDelegate


def table(qtbot, rows: list[list[str]]) -> QTableView:
    model = QStandardItemModel(len(rows), len(rows[0]))
    model.setHorizontalHeaderLabels(["§", "Rubrik", "Typ"])
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            model.setItem(r, c, QStandardItem(text))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    return view


def test_fitted_widths_are_what_resize_to_contents_gives_and_the_skipped_column_is_left(qtbot):
    rows = [["1", "Kort", "Beslut"], ["2", "En mycket lång rubrik som inte ska mätas", "Information och diskussion"],
            ["3", "x", "Beslut"]]
    view = table(qtbot, rows)
    view.horizontalHeader().resizeSection(1, 55)
    fit_columns(view, skip=1)
    fitted = [view.columnWidth(c) for c in range(3)]
    expected = table(qtbot, rows)
    for column in (0, 2):
        expected.resizeColumnToContents(column)
    assert fitted[1] == 55
    assert (fitted[0], fitted[2]) == (expected.columnWidth(0), expected.columnWidth(2))
    assert fitted[2] > fitted[0]


def test_the_header_is_the_least_width(qtbot):
    view = table(qtbot, [["", "", ""]])
    fit_columns(view, skip=-1)
    header = view.horizontalHeader()
    assert [view.columnWidth(c) for c in range(3)] == [header.sectionSizeHint(c) for c in range(3)]


def test_a_row_is_as_high_as_its_wrapped_cell_and_never_lower_than_the_default(qtbot):
    view = table(qtbot, [["1", "Kort", "Beslut"], ["2", " ".join(["ord"] * 60), "Beslut"]])
    view.setItemDelegateForColumn(1, WrappingDelegate(view))
    view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
    view.setColumnWidth(1, 120)
    fit_rows(view, 1)
    default = view.verticalHeader().defaultSectionSize()
    assert view.rowHeight(0) == default
    assert view.rowHeight(1) > 3 * default


def test_columns_step_aside_on_a_narrow_table_and_come_back_when_wide(qtbot):
    from samverkan_desktop.ui.widgets.table_fit import hide_when_narrow

    view = table(qtbot, [["§ 1", "Gemensam rutin för samordnad individuell plan", "Beslut"]])
    view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    refits = []
    narrow = hide_when_narrow(view, ((60, (2,)), (30, (0,))), lambda: refits.append(True))
    chars = view.fontMetrics().averageCharWidth()
    view.resize(100 * chars, 200)
    view.show()
    qtbot.waitExposed(view)
    assert not view.isColumnHidden(2) and not view.isColumnHidden(0)
    view.resize(45 * chars, 200)
    qtbot.waitUntil(lambda: view.isColumnHidden(2))
    assert not view.isColumnHidden(0) and refits
    view.resize(20 * chars, 200)
    qtbot.waitUntil(lambda: view.isColumnHidden(0))
    view.resize(100 * chars, 200)
    qtbot.waitUntil(lambda: not view.isColumnHidden(2) and not view.isColumnHidden(0))
    assert narrow.hidden == frozenset()

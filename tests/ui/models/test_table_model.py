"""The read-only table model over frozen DTOs: what each column shows, the tooltip, the row id, and nothing past the
ends; checked by qtmodeltester."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt

from samverkan_desktop.ui.models.table_model import ROW_ID_ROLE, Column, DtoTableModel


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    email: str | None


COLUMNS = [Column("Namn", lambda p: p.name, tooltip=lambda p: f"Id {p.id}"),
           Column("E-post", lambda p: p.email or "–")]


def test_rows_columns_headers_tooltips_and_ids(qtmodeltester):
    model = DtoTableModel(COLUMNS)
    model.set_rows([Person(7, "Anna", "anna@a.se"), Person(9, "Bo", None)])
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == ["Namn", "E-post"]
    assert model.headerData(1, Qt.Orientation.Vertical) == "2"
    assert model.headerData(2, Qt.Orientation.Vertical) is None
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(1, 1).data() == "–"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Id 7"
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) is None  # no tooltip for that column
    assert model.index(1, 0).data(ROW_ID_ROLE) == 9
    assert model.index(0, 0).flags() == Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


def test_replacing_the_rows_resets_the_model_and_row_at_is_safe_past_the_ends(qtbot, qtmodeltester):
    model = DtoTableModel(COLUMNS)
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.modelReset):
        model.set_rows([Person(1, "Cecilia", None)])
    assert model.row_at(0) == Person(1, "Cecilia", None)
    assert model.row_at(1) is None and model.row_at(-1) is None
    rows = model.rows()
    rows.clear()  # a copy: the model's rows are its own
    assert model.rowCount() == 1
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(model.index(0, 0)) == 0

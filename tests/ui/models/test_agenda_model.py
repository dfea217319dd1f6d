"""ui/models/agenda_model.py: the agenda as a table (§, title, kind, presenter, minutes, outcome), its tooltips,
bold decisions and missing outcomes, and dragging a row to a new place (checked with qtmodeltester)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt

from samverkan_desktop.domain.enums import ItemKind, Outcome
from samverkan_desktop.services.meeting_dto import AgendaItemDTO
from samverkan_desktop.ui.models.agenda_model import MIME_TYPE, AgendaTableModel


def item(id_, position, title, kind=ItemKind.INFORMATION, outcome=None, confidential=False, paragraph=None,
         presenter=None, minutes=10):
    return AgendaItemDTO(id_, 1, position, position if paragraph is None else paragraph, title, kind, presenter,
                         minutes, None, None, confidential, None, None, outcome, None, None, None)


def test_agenda_model_shows_paragraphs_and_missing_outcomes(qtmodeltester):
    model = AgendaTableModel()
    qtmodeltester.check(model)
    model.set_items([item(2, 2, "Beslutspunkt", ItemKind.DECISION), item(1, 1, "Öppnande"),
                     item(3, 3, "Hemligt", outcome=Outcome.NOTED, confidential=True)])
    qtmodeltester.check(model)
    assert model.index(0, model.PARAGRAPH).data() == "§ 1"
    assert model.index(1, model.OUTCOME).data() == "(utfall saknas)"
    assert model.index(1, model.OUTCOME).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(2, model.OUTCOME).data() == "Informationen noteras"
    assert "Sekretess" in model.index(2, model.TITLE).data(Qt.ItemDataRole.ToolTipRole)


def test_agenda_drop_asks_for_a_move(qtbot):
    model = AgendaTableModel()
    model.set_items([item(1, 1, "A"), item(2, 2, "B"), item(3, 3, "C")])
    data = model.mimeData([model.index(0, 0)])
    assert data.hasFormat(MIME_TYPE)
    with qtbot.waitSignal(model.move_requested) as blocker:
        model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())  # below C
    assert blocker.args == [1, 3]
    with qtbot.waitSignal(model.move_requested) as blocker:
        model.dropMimeData(model.mimeData([model.index(2, 0)]), Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert blocker.args == [3, 1]
    assert not model.dropMimeData(QMimeData(), Qt.DropAction.MoveAction, 0, 0, QModelIndex())


def test_agenda_texts_follow_each_new_set_of_items(qtmodeltester):
    model = AgendaTableModel()
    model.set_items([item(1, 1, "Beslutspunkt", ItemKind.DECISION)])
    title = model.index(0, model.TITLE)
    assert title.data(Qt.ItemDataRole.FontRole).bold()
    assert title.data(Qt.ItemDataRole.DecorationRole) is None and title.data(Qt.ItemDataRole.SizeHintRole) is None
    model.set_items([item(1, 1, "Beslutspunkt", ItemKind.DECISION, Outcome.DECIDED, confidential=True)])
    qtmodeltester.check(model)
    assert model.index(0, model.TITLE).data() == "Beslutspunkt 🔒"
    assert model.index(0, model.OUTCOME).data() == "Beslut i enighet"
    assert model.index(0, model.OUTCOME).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(5, model.TITLE).data() is None and model.index(0, 9).data() is None


def test_presenter_minutes_and_headers(qtmodeltester):
    model = AgendaTableModel()
    model.set_items([item(1, 1, "Läget", presenter="Anna Berg", minutes=None, paragraph=0)])
    qtmodeltester.check(model)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "§", "Punkt", "Typ", "Föredragande", "Min.", "Utfall"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.index(0, model.PARAGRAPH).data() == ""  # no § yet
    assert model.index(0, model.MINUTES).data() == ""
    assert model.index(0, model.PRESENTER).data(Qt.ItemDataRole.ToolTipRole) == "Anna Berg"
    assert model.index(0, model.KIND).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(0, model.TITLE).data(Qt.ItemDataRole.ToolTipRole) == "Läget"
    assert model.index(0, model.OUTCOME).data() == ""  # information needs no outcome


def test_lookups_by_row_and_by_id():
    model = AgendaTableModel()
    model.set_items([item(7, 2, "B"), item(5, 1, "A")])
    assert [i.id for i in model.items()] == [5, 7]
    assert model.item_at(1).id == 7 and model.item_at(2) is None and model.item_at(-1) is None
    assert model.row_of(7) == 1 and model.row_of(99) == -1


def test_rows_drag_and_the_table_takes_drops():
    model = AgendaTableModel()
    model.set_items([item(1, 1, "A")])
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert not model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    assert model.supportedDropActions() == Qt.DropAction.MoveAction and model.mimeTypes() == [MIME_TYPE]
    assert not model.canDropMimeData(model.mimeData([model.index(0, 0)]), Qt.DropAction.CopyAction, 0, 0,
                                     QModelIndex())


def test_dropping_a_row_where_it_is_asks_for_nothing(qtbot):
    model = AgendaTableModel()
    model.set_items([item(1, 1, "A"), item(2, 2, "B"), item(3, 3, "C")])
    moves = []
    model.move_requested.connect(lambda *args: moves.append(args))
    for target in (1, 2):  # just above and just below B itself
        model.dropMimeData(model.mimeData([model.index(1, 0)]), Qt.DropAction.MoveAction, target, 0, QModelIndex())
    assert moves == []
    model.dropMimeData(model.mimeData([model.index(1, 0)]), Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert moves == [(2, 3)]  # onto the empty space below the rows: the end
    model.dropMimeData(model.mimeData([model.index(2, 0)]), Qt.DropAction.MoveAction, -1, 0, model.index(0, 0))
    assert moves[-1] == (3, 1)  # dropped onto row A: C takes its place
    unknown = QMimeData()
    unknown.setData(MIME_TYPE, QByteArray(b"99"))
    assert model.dropMimeData(unknown, Qt.DropAction.MoveAction, 0, 0, QModelIndex()) is False
    assert len(moves) == 2

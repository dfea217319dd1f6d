"""ui/models/template_model.py: a group's standard agenda items as an editable table (checked with
qtmodeltester): what each column shows and takes, new items placed before those kept last, removing and
moving rows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from samverkan_desktop.domain.enums import ItemKind
from samverkan_desktop.services.meeting_dto import TemplateItemData
from samverkan_desktop.ui.models.template_model import TemplateTableModel


def test_template_model(qtmodeltester):
    model = TemplateTableModel([TemplateItemData("Öppnande"), TemplateItemData("Avslutning", at_end=True)])
    qtmodeltester.check(model)
    model.add("Incheckning")
    assert [i.title for i in model.items()] == ["Öppnande", "Incheckning", "Avslutning"]
    assert model.setData(model.index(1, model.KIND), "diskussion")
    assert model.setData(model.index(1, model.MINUTES), "10")
    assert not model.setData(model.index(1, model.MINUTES), "tio")
    assert model.setData(model.index(1, model.AT_END), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.move(1, -1) == 0
    qtmodeltester.check(model)
    assert model.items()[0] == TemplateItemData("Incheckning", ItemKind.DISCUSSION, 10, True)


def test_columns_show_words_and_edit_values(qtmodeltester):
    model = TemplateTableModel([TemplateItemData("Beslut", ItemKind.DECISION, None, False, "att godkänna", True)])
    qtmodeltester.check(model)
    kind = model.index(0, model.KIND)
    assert kind.data() == "Beslut" and kind.data(Qt.ItemDataRole.EditRole) == "beslut"
    assert model.index(0, model.MINUTES).data() == ""
    assert model.index(0, model.WORDING).data() == "att godkänna"
    assert model.index(0, model.PROCEDURAL).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.index(0, model.AT_END).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.index(0, model.AT_END).data() is None
    assert model.index(0, model.TITLE).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.flags(model.index(0, model.AT_END)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(0, model.AT_END)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, model.TITLE)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    assert model.headerData(model.PROCEDURAL, Qt.Orientation.Horizontal) == "Formalia (ingen förankring)"


def test_set_data_changes_one_field_and_says_so(qtbot):
    model = TemplateTableModel([TemplateItemData("Öppnande")])
    with qtbot.waitSignal(model.dataChanged):
        assert model.setData(model.index(0, model.WORDING), "  att öppna  ")
    assert model.setData(model.index(0, model.MINUTES), " ")
    assert model.setData(model.index(0, model.PROCEDURAL), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert model.items() == [TemplateItemData("Öppnande", decision_text="att öppna", procedural=True)]
    assert model.setData(model.index(0, model.WORDING), "   ")
    assert model.items()[0].decision_text is None


def test_set_data_refuses_what_does_not_fit(qtbot):
    model = TemplateTableModel([TemplateItemData("Öppnande")])
    assert not model.setData(model.index(0, model.KIND), "okänd typ")
    assert not model.setData(model.index(0, model.TITLE), "x", Qt.ItemDataRole.DisplayRole)
    assert not model.setData(model.index(0, model.AT_END), True)  # a check box takes the check state role only
    assert not model.setData(QModelIndex(), "x")
    assert model.items() == [TemplateItemData("Öppnande")]


def test_remove_and_move_keep_within_the_rows(qtmodeltester):
    model = TemplateTableModel([TemplateItemData(t) for t in ("A", "B", "C")])
    qtmodeltester.check(model)
    assert model.move(0, -1) == 0 and model.move(2, 1) == 2  # nowhere to go
    assert model.move(0, 1) == 1
    assert [i.title for i in model.items()] == ["B", "A", "C"]
    model.remove(5)
    model.remove(0)
    assert [i.title for i in model.items()] == ["A", "C"]
    index = model.add("D")
    assert index.row() == 2 and index.column() == model.TITLE and index.data() == "D"

"""The group tree: passes qtmodeltester, empty and filled, and shows the right data (the register's table models:
test_register_models.py; the reporting duties: test_reporting_duty_model.py)."""

from __future__ import annotations

from samverkan_desktop.domain.enums import GroupKind
from samverkan_desktop.services.dto import GroupNode
from samverkan_desktop.ui.models.group_tree_model import GROUP_ID_ROLE, GroupTreeModel


def node(id_, name, parent=None, members=0):
    return GroupNode(id_, name, None, GroupKind.THEME_GROUP, parent, members, None, True)


NODES = [node(1, "LGS", members=12), node(2, "Beredningsgrupp", 1), node(3, "Temagrupp Äldre", 1),
         node(4, "NOSAM Centrum", 3), node(5, "Samordningsråd barn")]


def test_group_tree_model(qtmodeltester):
    model = GroupTreeModel()
    qtmodeltester.check(model)
    model.set_nodes(NODES)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    lgs = model.index(0, 0)
    assert lgs.data() == "LGS" and model.rowCount(lgs) == 2
    tema = model.index(1, 0, lgs)
    nosam = model.index(0, 0, tema)
    assert nosam.data() == "NOSAM Centrum"
    assert model.parent(nosam) == tema and model.parent(tema) == lgs and not model.parent(lgs).isValid()
    assert nosam.data(GROUP_ID_ROLE) == 4
    assert model.index_of(4) == nosam
    assert model.index(0, 2).data() == "12"
    assert model.index(0, 1).data() == "Temagrupp"
    assert not model.index(9, 0).isValid() and not model.index(0, 7).isValid()


def test_group_tree_orphan_parent_goes_to_top_level(qtmodeltester):
    model = GroupTreeModel()
    model.set_nodes([node(7, "Ensam", parent=99)])
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "Ensam"


LONG = "Temagrupp för samordnade insatser för barn och unga med psykisk ohälsa och funktionsnedsättning"


def test_a_long_name_is_elided_in_the_middle_and_its_tooltip_has_the_whole_name_and_path(qtbot, uow, register):
    """Issue 18: long group names were cut at the end; the tree now keeps their start and end, and the tooltip
    says the whole name and where the group sits."""
    from PySide6.QtCore import Qt

    from samverkan_desktop.infra.config import Settings
    from samverkan_desktop.services import groups
    from samverkan_desktop.services.dto import GroupData
    from samverkan_desktop.ui.main_window import MainWindow

    model = GroupTreeModel()
    model.set_nodes([*NODES, node(6, LONG, 4)])
    tip = model.index_of(6).data(Qt.ItemDataRole.ToolTipRole)
    assert LONG in tip and "LGS › Temagrupp Äldre › NOSAM Centrum" in tip
    assert "›" not in model.index_of(1).data(Qt.ItemDataRole.ToolTipRole)  # a top-level group has no path
    assert model.path_of(6) == ["LGS", "Temagrupp Äldre", "NOSAM Centrum", LONG]

    long_group = groups.create_group(uow, GroupData(LONG, GroupKind.THEME_GROUP, parent_id=register["tema"].id)).id
    window = MainWindow(uow, Settings(), database_label="test")
    qtbot.addWidget(window)
    assert window.tree.textElideMode() == Qt.TextElideMode.ElideMiddle
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.reload_groups()
    index = window.tree_proxy.mapFromSource(window.tree_model.index_of(long_group))
    qtbot.waitUntil(lambda: window.tree.visualRect(index).width() > 0)
    assert window.tree.visualRect(index).width() < window.tree.fontMetrics().horizontalAdvance(LONG)  # elided
    assert "Ledningsgrupp för samverkan › Temagrupp Äldre" in index.data(Qt.ItemDataRole.ToolTipRole)

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

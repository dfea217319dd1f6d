"""Every item model passes pytest-qt's qtmodeltester, empty and filled, and shows the right data."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt

from samverkan_desktop.domain.enums import GroupKind, OrganisationKind, Recurrence, Role
from samverkan_desktop.services.dto import GroupNode, MembershipDTO, OrganisationDTO, PersonDTO, ReportingDutyData
from samverkan_desktop.ui.models.group_tree_model import GROUP_ID_ROLE, GroupTreeModel
from samverkan_desktop.ui.models.register_models import membership_model, organisation_model, person_model
from samverkan_desktop.ui.models.reporting_duty_model import ReportingDutyTableModel


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


MEMBER = MembershipDTO(1, 10, "Anna Berg", "förvaltningschef", 1, Role.VICE_CHAIR, 3, "Göteborgs Stad",
                       OrganisationKind.KOMMUN, date(2026, 1, 1), None)


def test_register_table_models(qtmodeltester):
    members = membership_model()
    qtmodeltester.check(members)
    members.set_rows([MEMBER])
    qtmodeltester.check(members)
    assert [members.index(0, c).data() for c in range(5)] == [
        "Anna Berg", "Vice ordförande", "Göteborgs Stad", "2026-01-01", ""]

    orgs = organisation_model()
    orgs.set_rows([OrganisationDTO(1, "Region Kalmar län", OrganisationKind.REGION, None)])
    qtmodeltester.check(orgs)
    assert orgs.index(0, 2).data() == "Region"

    people = person_model()
    people.set_rows([PersonDTO(1, "Bo Ek", None, "bo@exempel.se", None, None, None)])
    qtmodeltester.check(people)
    assert people.headerData(3, Qt.Orientation.Horizontal) == "E-post"
    assert people.index(0, 3).data() == "bo@exempel.se"


def test_reporting_duty_model_edits(qtmodeltester):
    model = ReportingDutyTableModel([ReportingDutyData("Årsrapport", Recurrence.YEARLY, 3, 31)])
    qtmodeltester.check(model)
    model.add_duty("Handlingsplan")
    qtmodeltester.check(model)
    assert model.setData(model.index(1, model.MONTH), "12")
    assert not model.setData(model.index(1, model.DAY), "inte ett tal")
    assert model.setData(model.index(1, model.RECURRENCE), "kvartalsvis")
    assert model.index(1, model.RECURRENCE).data() == "Kvartalsvis"
    model.remove_duty(0)
    assert [d.name for d in model.duties()] == ["Handlingsplan"]
    assert model.duties()[0].due_month == 12
    assert model.rowCount(model.index(0, 0)) == 0 and model.rowCount(QModelIndex()) == 1

"""Creating and editing an organisation: duplicates refused at the name, an edit kept in place."""

from __future__ import annotations

from samverkan_desktop.domain.enums import OrganisationKind
from samverkan_desktop.services import organisations
from samverkan_desktop.services.dto import OrganisationData
from samverkan_desktop.ui.dialogs.organisation_dialog import OrganisationDialog


def test_organisation_dialog_creates_and_refuses_duplicates(qtbot, uow):
    dialog = OrganisationDialog(uow)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Mölndals stad")  # QTest types ASCII only
    dialog.kind_combo.set_value(OrganisationKind.KOMMUN)
    dialog.accept()
    assert dialog.result_value.kind is OrganisationKind.KOMMUN

    again = OrganisationDialog(uow)
    qtbot.addWidget(again)
    again.name_edit.setText("mölndals STAD")
    again.accept()
    assert "finns redan" in again.error_text("name")
    assert [o.name for o in organisations.list_organisations(uow)] == ["Mölndals stad"]


def test_organisation_dialog_edits_in_place(qtbot, uow):
    org = organisations.create_organisation(uow, OrganisationData("GR", OrganisationKind.OTHER))
    dialog = OrganisationDialog(uow, org)
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == "GR"
    dialog.kind_combo.set_value(OrganisationKind.MUNICIPAL_ASSOCIATION)
    dialog.accept()
    assert organisations.get_organisation(uow, org.id).kind is OrganisationKind.MUNICIPAL_ASSOCIATION

from __future__ import annotations

from samverkan_desktop.domain.enums import OrganisationKind
from samverkan_desktop.services import organisations, people
from samverkan_desktop.services.dto import OrganisationData
from samverkan_desktop.ui.dialogs.organisation_dialog import OrganisationDialog
from samverkan_desktop.ui.dialogs.person_dialog import PersonDialog


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


def test_person_dialog_validates_email_and_keeps_employer(qtbot, uow, register):
    dialog = PersonDialog(uow)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Dag Holm")
    qtbot.keyClicks(dialog.email_edit, "dag.holm-at-exempel.se")
    dialog.employer_combo.set_value(register["region"].id)
    dialog.accept()
    assert "e-post" in dialog.error_text("email").lower()
    assert all(p.name != "Dag Holm" for p in people.list_people(uow))
    dialog.email_edit.setText("dag.holm@exempel.se")
    dialog.accept()
    assert dialog.result_value.employer_name == "Västra Götalandsregionen"


def test_person_dialog_requires_a_name(qtbot, uow):
    dialog = PersonDialog(uow)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "   ")
    dialog.accept()
    assert dialog.error_text("name") == "Personen måste ha ett namn."
    assert people.list_people(uow) == []

"""The register's table models (memberships, organisations, people): qtmodeltester, empty and filled, and the words
shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from samverkan_desktop.domain.enums import OrganisationKind, Role
from samverkan_desktop.services.dto import MembershipDTO, OrganisationDTO, PersonDTO
from samverkan_desktop.ui.models.register_models import membership_model, organisation_model, person_model

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

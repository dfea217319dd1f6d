"""The whole register as the import's tables: one tuple per row in the order of the import's columns, words the
import reads back (kinds, roles), rows in Swedish alphabetical order. (That an exported register imports again
unchanged: tests/services/test_register_import.py.)"""

from __future__ import annotations

from datetime import date

from samverkan_desktop.domain.enums import OrganisationKind
from samverkan_desktop.domain.register_table import COLUMNS, TableKind
from samverkan_desktop.services import organisations, people
from samverkan_desktop.services.dto import OrganisationData, PersonData
from samverkan_desktop.services.register_export import register_tables


def test_every_row_has_the_import_columns(uow, meeting_world):
    tables = register_tables(uow)
    for kind in TableKind:
        assert tables.rows(kind), kind
        assert {len(row) for row in tables.rows(kind)} == {len(COLUMNS[kind])}, kind


def test_rows_in_swedish_order_with_the_words_the_import_reads(uow, meeting_world):
    organisations.create_organisation(uow, OrganisationData("Öckerö kommun", OrganisationKind.KOMMUN, "Öckerö"))
    organisations.create_organisation(uow, OrganisationData("Ale kommun", OrganisationKind.KOMMUN))
    people.create_person(uow, PersonData("Åsa Ek", title="samordnare", email="asa@ek.se", phone="0701-23 45 67",
                                                employer_id=meeting_world.region))
    tables = register_tables(uow)
    names = [row[0] for row in tables.organisations]
    assert names == ["Ale kommun", "Falkenbergs kommun", "Region Halland", "Varbergs kommun", "Öckerö kommun"]
    assert tables.organisations[-1] == ("Öckerö kommun", "Öckerö", "Kommun")
    assert [row[0] for row in tables.people][-1] == "Åsa Ek"  # Å after Z, before Ö
    assert tables.people[-1] == ("Åsa Ek", "samordnare", "asa@ek.se", "0701-23 45 67", "Region Halland")


def test_groups_name_their_parent_and_memberships_their_group_person_role_and_dates(uow, meeting_world):
    tables = register_tables(uow)
    tema = next(row for row in tables.groups if row[0] == "Temagrupp psykisk hälsa")
    assert tema[3] == "NOSAM Falkenberg"
    nosam = [row for row in tables.memberships if row[0] == "NOSAM Falkenberg"]
    assert [row[1] for row in nosam] == ["Anna Andersson", "Bertil Berg", "Cecilia Ek", "David Dahl", "Eva Ström"]
    cecilia = next(row for row in nosam if row[1] == "Cecilia Ek")
    assert cecilia[4:] == ("Varbergs kommun", "ledamot", "Varbergs kommun", date(2024, 1, 1), date(2025, 12, 31))
    assert [row[0] for row in tables.memberships] == sorted(
        (row[0] for row in tables.memberships), key=lambda name: name.replace("Å", "Zz"))

"""The register's table vocabulary: header guessing, dates, roles and kinds in words."""

from __future__ import annotations

from datetime import date

import pytest

from samverkan_desktop.domain.enums import GroupKind, OrganisationKind, Role
from samverkan_desktop.domain.register_table import (
    TableKind,
    guess_kind,
    guess_mapping,
    parse_date,
    parse_group_kind,
    parse_organisation_kind,
    parse_role,
)


def test_swedish_and_english_headers_are_guessed() -> None:
    headers = ["Grupp", "Namn", "Mejl", "Tel", "Arbetsgivare", "Roll", "På uppdrag av", "Fr.o.m.", "T.o.m."]
    assert guess_kind("Blad1", headers) is TableKind.MEMBERSHIPS
    assert guess_mapping(TableKind.MEMBERSHIPS, headers) == {
        "group": 0, "person": 1, "email": 2, "phone": 3, "organisation": 4, "role": 5, "represents": 6,
        "valid_from": 7, "valid_to": 8}
    assert guess_mapping(TableKind.PEOPLE, ["Name", "E-mail", "Phone", "Organization"]) == {
        "name": 0, "email": 1, "phone": 2, "organisation": 3}
    assert guess_mapping(TableKind.GROUPS, ["Namn*", "Överordnad grupp"]) == {"name": 0, "parent": 1}


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-03-10", date(2026, 3, 10)), ("2026-03-10 00:00:00", date(2026, 3, 10)), ("20260310", date(2026, 3, 10)),
    ("10.3.2026", date(2026, 3, 10)), ("10/3/2026", date(2026, 3, 10)), ("46091", date(2026, 3, 10)),
    ("", None), (None, None), (date(2026, 1, 2), date(2026, 1, 2)),
])
def test_dates_as_text_and_as_excel_serials(text, expected) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["2026-02-30", "mars", "12"])
def test_a_date_that_is_not_one_says_so(text: str) -> None:
    with pytest.raises(ValueError, match="datum"):
        parse_date(text)


def test_roles_and_kinds_in_words() -> None:
    assert parse_role("Ordförande") is Role.CHAIR
    assert parse_role("vice ordf.") is Role.VICE_CHAIR
    assert parse_role("") is Role.MEMBER
    assert parse_role("ADJUNGERAD") is Role.ADJUNCT
    with pytest.raises(ValueError, match="rollen 'kung' är okänd"):
        parse_role("kung")
    assert parse_organisation_kind("", "Mölndals stad") is OrganisationKind.KOMMUN
    assert parse_organisation_kind(None, "Västra Götalandsregionen") is OrganisationKind.REGION
    assert parse_organisation_kind(None, "Vårdcentralen Hjärtat AB") is OrganisationKind.OTHER
    assert parse_organisation_kind(None, "Region Östergötland") is OrganisationKind.REGION
    assert parse_organisation_kind("Privat vårdgivare") is OrganisationKind.PRIVATE_PROVIDER
    assert parse_group_kind("Närområdessamverkan (NOSAM)") is GroupKind.NOSAM
    assert parse_group_kind("temagrupp") is GroupKind.THEME_GROUP

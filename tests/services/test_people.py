from __future__ import annotations

import dataclasses

import pytest

from samverkan_desktop.db.models import Person
from samverkan_desktop.domain.enums import OrganisationKind
from samverkan_desktop.domain.errors import NotFoundError, ValidationError
from samverkan_desktop.services.dto import OrganisationData, PersonData
from samverkan_desktop.services.organisations import create_organisation
from samverkan_desktop.services.people import create_person, get_person, list_people, update_person


@pytest.fixture
def region(uow):
    return create_organisation(uow, OrganisationData("Region Halland", OrganisationKind.REGION))


def test_create_with_employer_list_and_get(uow, region) -> None:
    anna = create_person(uow, PersonData(
        " Anna Andersson ", title="Verksamhetschef", email="anna.andersson@regionhalland.se",
        phone="+46 (0)35-13 40 00", employer_id=region.id,
    ))
    create_person(uow, PersonData("bertil Berg"))
    assert anna.name == "Anna Andersson"
    assert anna.employer_id == region.id
    assert anna.employer_name == "Region Halland"
    assert anna.email == "anna.andersson@regionhalland.se"
    assert get_person(uow, anna.id) == anna
    assert [p.name for p in list_people(uow)] == ["Anna Andersson", "bertil Berg"]


def test_update_and_audit(uow, region, audit_trail) -> None:
    person = create_person(uow, PersonData("Anna Andersson", email="anna@exempel.se"))
    updated = update_person(uow, person.id, PersonData("Anna Ek", title=" ", email="", employer_id=region.id))
    assert (updated.name, updated.title, updated.email, updated.employer_name) == (
        "Anna Ek", None, None, "Region Halland")
    assert get_person(uow, person.id) == updated
    assert [(e[1], e[2]) for e in audit_trail("person")] == [(person.id, "skapad"), (person.id, "ändrad")]


def test_two_people_may_share_a_name(uow, count) -> None:
    create_person(uow, PersonData("Anna Andersson"))
    create_person(uow, PersonData("Anna Andersson"))
    assert count(Person) == 2


@pytest.mark.parametrize("name", ["", "  \t"])
def test_empty_name_is_refused_and_nothing_saved(uow, count, audit_trail, name) -> None:
    with pytest.raises(ValidationError) as info:
        create_person(uow, PersonData(name))
    assert info.value.field == "name"
    assert count(Person) == 0
    assert audit_trail() == []


@pytest.mark.parametrize("email", ["anna", "anna@exempel", "anna @exempel.se", "@exempel.se", "a@b@c.se"])
def test_invalid_email_is_refused(uow, count, email) -> None:
    with pytest.raises(ValidationError) as info:
        create_person(uow, PersonData("Anna Andersson", email=email))
    assert info.value.field == "email"
    assert "E-postadressen" in info.value.message
    assert count(Person) == 0


def test_invalid_email_on_update_leaves_the_person_unchanged(uow) -> None:
    person = create_person(uow, PersonData("Anna Andersson", email="anna@exempel.se"))
    with pytest.raises(ValidationError):
        update_person(uow, person.id, PersonData("Anna Ek", email="inte en adress"))
    assert get_person(uow, person.id) == person


@pytest.mark.parametrize("phone", ["abc", "12", "070-123 45 67 ext. 8"])
def test_invalid_phone_is_refused(uow, count, phone) -> None:
    with pytest.raises(ValidationError) as info:
        create_person(uow, PersonData("Anna Andersson", phone=phone))
    assert info.value.field == "phone"
    assert count(Person) == 0


def test_unknown_employer_is_refused(uow, count) -> None:
    with pytest.raises(NotFoundError):
        create_person(uow, PersonData("Anna Andersson", employer_id=4711))
    assert count(Person) == 0


def test_dto_is_frozen(uow) -> None:
    person = create_person(uow, PersonData("Anna Andersson"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        person.email = "x@y.se"  # type: ignore[misc]

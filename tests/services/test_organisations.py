from __future__ import annotations

import dataclasses

import pytest

from samverkan_desktop.db.models import Organisation
from samverkan_desktop.domain.enums import GroupKind, OrganisationKind, Role
from samverkan_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from samverkan_desktop.services.dto import GroupData, MembershipData, OrganisationData, PersonData
from samverkan_desktop.services.groups import create_group
from samverkan_desktop.services.memberships import save_membership
from samverkan_desktop.services.organisations import (
    create_organisation,
    delete_organisation,
    get_organisation,
    list_organisations,
    update_organisation,
)
from samverkan_desktop.services.people import create_person

REGION = OrganisationKind.REGION
KOMMUN = OrganisationKind.KOMMUN


def test_create_list_and_get(uow) -> None:
    created = create_organisation(uow, OrganisationData("  Region Halland ", REGION, " RH "))
    create_organisation(uow, OrganisationData("Falkenbergs kommun", KOMMUN))
    assert created.name == "Region Halland"
    assert created.short_name == "RH"
    assert created.kind is REGION
    assert get_organisation(uow, created.id) == created
    assert [o.name for o in list_organisations(uow)] == ["Falkenbergs kommun", "Region Halland"]


def test_update(uow, audit_trail) -> None:
    org = create_organisation(uow, OrganisationData("Kungsbacka", KOMMUN))
    updated = update_organisation(uow, org.id, OrganisationData("Kungsbacka kommun", KOMMUN, ""))
    assert updated.id == org.id
    assert updated.name == "Kungsbacka kommun"
    assert updated.short_name is None
    assert get_organisation(uow, org.id).name == "Kungsbacka kommun"
    assert [(e[1], e[2], e[3]) for e in audit_trail("organisation")] == [
        (org.id, "skapad", "testare"),
        (org.id, "ändrad", "testare"),
    ]


@pytest.mark.parametrize("name", ["", "   ", None])
def test_empty_name_is_refused_and_nothing_saved(uow, count, audit_trail, name) -> None:
    with pytest.raises(ValidationError) as info:
        create_organisation(uow, OrganisationData(name, REGION))  # type: ignore[arg-type]
    assert info.value.field == "name"
    assert info.value.message == "Organisationen måste ha ett namn."
    assert count(Organisation) == 0
    assert audit_trail() == []


def test_update_with_empty_name_changes_nothing(uow) -> None:
    org = create_organisation(uow, OrganisationData("Region Halland", REGION))
    with pytest.raises(ValidationError):
        update_organisation(uow, org.id, OrganisationData(" ", KOMMUN))
    assert get_organisation(uow, org.id) == org


@pytest.mark.parametrize("duplicate", ["region halland", "REGION HALLAND", " Region Halland "])
def test_duplicate_name_ignoring_case_is_a_conflict(uow, count, duplicate) -> None:
    create_organisation(uow, OrganisationData("Region Halland", REGION))
    with pytest.raises(ConflictError) as info:
        create_organisation(uow, OrganisationData(duplicate, KOMMUN))
    assert info.value.field == "name"
    assert "finns redan" in info.value.message
    assert count(Organisation) == 1


def test_duplicate_name_with_swedish_letters_is_a_conflict(uow, count) -> None:
    # SQLite's lower() folds only ASCII: Ö/ö must still count as the same letter.
    create_organisation(uow, OrganisationData("Region Östergötland", REGION))
    with pytest.raises(ConflictError):
        create_organisation(uow, OrganisationData("REGION ÖSTERGÖTLAND", REGION))
    with pytest.raises(ConflictError):
        create_organisation(uow, OrganisationData("region östergötland", REGION))
    assert count(Organisation) == 1


def test_rename_to_another_organisations_name_is_a_conflict(uow) -> None:
    create_organisation(uow, OrganisationData("Region Halland", REGION))
    other = create_organisation(uow, OrganisationData("Halmstads kommun", KOMMUN))
    with pytest.raises(ConflictError):
        update_organisation(uow, other.id, OrganisationData("region halland", KOMMUN))
    assert get_organisation(uow, other.id).name == "Halmstads kommun"
    # Changing only the case of one's own name is no clash.
    assert update_organisation(uow, other.id, OrganisationData("HALMSTADS KOMMUN", KOMMUN)).name == (
        "HALMSTADS KOMMUN"
    )


def test_missing_organisation(uow) -> None:
    with pytest.raises(NotFoundError):
        get_organisation(uow, 999)
    with pytest.raises(NotFoundError):
        update_organisation(uow, 999, OrganisationData("X", REGION))


def test_delete_unused_and_refuse_used(uow, count, audit_trail) -> None:
    unused = create_organisation(uow, OrganisationData("Annan part", OrganisationKind.OTHER))
    employer = create_organisation(uow, OrganisationData("Region Halland", REGION))
    represented = create_organisation(uow, OrganisationData("Varbergs kommun", KOMMUN))
    person = create_person(uow, PersonData("Anna Andersson", employer_id=employer.id))
    group = create_group(uow, GroupData("Samordningsrådet", GroupKind.COORDINATION_COUNCIL))
    save_membership(uow, MembershipData(person.id, group.id, Role.MEMBER, represents_id=represented.id))

    delete_organisation(uow, unused.id)
    assert ("organisation", unused.id, "borttagen", "testare") in audit_trail()
    for org in (employer, represented):
        with pytest.raises(ConflictError):
            delete_organisation(uow, org.id)
    assert count(Organisation) == 2


def test_dtos_are_frozen(uow) -> None:
    org = create_organisation(uow, OrganisationData("Region Halland", REGION))
    with pytest.raises(dataclasses.FrozenInstanceError):
        org.name = "Något annat"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        OrganisationData("x", REGION).name = "y"  # type: ignore[misc]


def test_delete_refuses_an_organisation_named_by_anchoring_actions_or_attendance(uow, meeting_world, count) -> None:
    """Issue 18 point 6 (deleting from the GUI): an anchoring row would go with its party, attendance in approved
    minutes would no longer match their checksum. Each use is named, and nothing is removed."""
    from datetime import date

    from meeting_fixtures import item, meeting

    from samverkan_desktop.db.models import Anchoring
    from samverkan_desktop.domain.enums import AnchoringStatus
    from samverkan_desktop.services.meeting_dto import ActionData
    from samverkan_desktop.services.minutes import add_action

    party = create_organisation(uow, OrganisationData("Kungsbacka kommun", KOMMUN))
    held = meeting(uow, meeting_world.nosam, date(2026, 3, 10))
    decided = item(uow, held.id, "Gemensam rutin")
    with uow:
        uow.session.add(Anchoring(agenda_item_id=decided.id, organisation_id=party.id,
                                  status=AnchoringStatus.NOT_STARTED))
        uow.commit()
    add_action(uow, decided.id, ActionData("Sprida rutinen", responsible_organisation_id=party.id))
    before = count(Organisation)
    with pytest.raises(ConflictError) as refused:
        delete_organisation(uow, party.id)
    assert refused.value.message.startswith("Kungsbacka kommun kan inte tas bort: den används av 1 åtgärd och "
                                            "1 förankring.")
    assert count(Organisation) == before and count(Anchoring) == 1

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from samverkan_desktop.db.models import Membership
from samverkan_desktop.domain.enums import GroupKind, OrganisationKind, Role
from samverkan_desktop.domain.errors import NotFoundError, ValidationError
from samverkan_desktop.services.dto import (
    GroupData,
    MandateData,
    MembershipData,
    OrganisationData,
    PersonData,
)
from samverkan_desktop.services.groups import create_group
from samverkan_desktop.services.mandates import save_mandate
from samverkan_desktop.services.memberships import (
    delete_membership,
    end_membership,
    list_memberships,
    membership_warnings,
    save_membership,
)
from samverkan_desktop.services.organisations import create_organisation
from samverkan_desktop.services.people import create_person

D = date
START = D(2024, 1, 1)


@dataclasses.dataclass
class World:
    group: int
    region: int
    kommun: int
    other_kommun: int
    people: dict[str, int]


@pytest.fixture
def world(uow) -> World:
    group = create_group(uow, GroupData("Samordningsrådet Halland", GroupKind.COORDINATION_COUNCIL))
    region = create_organisation(uow, OrganisationData("Region Halland", OrganisationKind.REGION))
    kommun = create_organisation(uow, OrganisationData("Falkenbergs kommun", OrganisationKind.KOMMUN))
    other = create_organisation(uow, OrganisationData("Varbergs kommun", OrganisationKind.KOMMUN))
    people = {
        name: create_person(uow, PersonData(name, title="Chef")).id
        for name in ("Anna Andersson", "Bertil Berg", "Cecilia Ek", "David Dahl")
    }
    return World(group.id, region.id, kommun.id, other.id, people)


def member(w: World, name: str, role: Role, represents: int | None = None,
           start: date | None = START, end: date | None = None) -> MembershipData:
    return MembershipData(w.people[name], w.group, role, represents, start, end)


def test_save_and_list(uow, world, audit_trail) -> None:
    result = save_membership(uow, member(world, "Bertil Berg", Role.MEMBER, world.kommun))
    save_membership(uow, member(world, "Anna Andersson", Role.CHAIR, world.region))
    save_membership(uow, member(world, "Cecilia Ek", Role.ADJUNCT, None, D(2020, 1, 1), D(2020, 12, 31)))
    dto = result.value
    assert result.warnings == ()
    assert (dto.person_name, dto.person_title, dto.role) == ("Bertil Berg", "Chef", Role.MEMBER)
    assert (dto.represents_name, dto.represents_kind) == ("Falkenbergs kommun", OrganisationKind.KOMMUN)
    assert [m.person_name for m in list_memberships(uow, world.group)] == [
        "Anna Andersson", "Bertil Berg", "Cecilia Ek"]  # chair first
    assert [m.person_name for m in list_memberships(uow, world.group, on=D(2025, 1, 1))] == [
        "Anna Andersson", "Bertil Berg"]
    assert [e[2] for e in audit_trail("medlemskap")] == ["tillagd"] * 3


def test_edit_keeps_the_row(uow, world, count, audit_trail) -> None:
    saved = save_membership(uow, member(world, "Anna Andersson", Role.CHAIR, world.region)).value
    edited = save_membership(uow, member(world, "Anna Andersson", Role.CHAIR, world.region, D(2024, 3, 1)),
                             saved.id).value
    assert edited.id == saved.id
    assert edited.valid_from == D(2024, 3, 1)
    assert count(Membership) == 1
    assert (saved.id, "ändrad") in [(e[1], e[2]) for e in audit_trail("medlemskap")]


def test_to_before_from_is_refused(uow, world, count) -> None:
    with pytest.raises(ValidationError) as info:
        save_membership(uow, member(world, "Anna Andersson", Role.MEMBER, None, D(2024, 5, 1), D(2024, 4, 30)))
    assert info.value.field == "valid_to"
    assert count(Membership) == 0


def test_second_chair_is_refused_and_nothing_saved(uow, world, count, audit_trail) -> None:
    save_membership(uow, member(world, "Anna Andersson", Role.CHAIR, world.region))
    before = audit_trail()
    with pytest.raises(ValidationError) as info:
        save_membership(uow, member(world, "Bertil Berg", Role.CHAIR, world.kommun, D(2025, 1, 1)))
    assert info.value.message == (
        "Gruppen har redan en ordförande under perioden: Anna Andersson. "
        "Avsluta det uppdraget först eller välj andra datum."
    )
    assert info.value.field == "role"
    assert count(Membership) == 1
    assert audit_trail() == before
    with pytest.raises(ValidationError):
        membership_warnings(uow, member(world, "Bertil Berg", Role.CHAIR, world.kommun, D(2025, 1, 1)))


def test_chair_and_vice_chair_can_sit_together(uow, world, count) -> None:
    save_membership(uow, member(world, "Anna Andersson", Role.CHAIR, world.region))
    save_membership(uow, member(world, "Bertil Berg", Role.VICE_CHAIR, world.kommun))
    with pytest.raises(ValidationError) as info:
        save_membership(uow, member(world, "Cecilia Ek", Role.VICE_CHAIR, world.other_kommun))
    assert "vice ordförande" in info.value.message
    assert count(Membership) == 2


def test_next_chair_after_the_first_ended(uow, world) -> None:
    first = save_membership(uow, member(world, "Anna Andersson", Role.CHAIR, world.region)).value
    with pytest.raises(ValidationError):
        save_membership(uow, member(world, "Bertil Berg", Role.CHAIR, world.kommun, D(2026, 1, 1)))
    end_membership(uow, first.id, D(2025, 12, 31))
    result = save_membership(uow, member(world, "Bertil Berg", Role.CHAIR, world.kommun, D(2026, 1, 1)))
    assert result.value.role is Role.CHAIR


def rotating_mandate(uow, world: World, rotates: bool = True) -> None:
    save_mandate(uow, world.group, MandateData(chair_rotates=rotates), new_version=False)


def test_rotation_warning_when_chair_comes_from_the_same_kind(uow, world) -> None:
    rotating_mandate(uow, world)
    save_membership(uow, member(world, "Anna Andersson", Role.CHAIR, world.kommun, D(2022, 1, 1), D(2023, 12, 31)))
    new = member(world, "Bertil Berg", Role.CHAIR, world.other_kommun, D(2024, 1, 1))
    warnings = membership_warnings(uow, new)
    assert len(warnings) == 1
    assert "Anna Andersson" in warnings[0]
    result = save_membership(uow, new)
    assert result.warnings == tuple(warnings)
    assert result.value.role is Role.CHAIR  # a warning does not block


def test_no_rotation_warning_from_the_other_kind(uow, world) -> None:
    rotating_mandate(uow, world)
    save_membership(uow, member(world, "Anna Andersson", Role.CHAIR, world.kommun, D(2022, 1, 1), D(2023, 12, 31)))
    new = member(world, "Bertil Berg", Role.CHAIR, world.region, D(2024, 1, 1))
    assert membership_warnings(uow, new) == []
    assert save_membership(uow, new).warnings == ()


def test_no_rotation_warning_without_rotating_mandate(uow, world) -> None:
    save_membership(uow, member(world, "Anna Andersson", Role.CHAIR, world.kommun, D(2022, 1, 1), D(2023, 12, 31)))
    new = member(world, "Bertil Berg", Role.CHAIR, world.other_kommun, D(2024, 1, 1))
    assert membership_warnings(uow, new) == []  # no mandate at all
    rotating_mandate(uow, world, rotates=False)
    assert membership_warnings(uow, new) == []
    assert save_membership(uow, new).warnings == ()


def test_rotation_follows_the_current_mandate_version(uow, world) -> None:
    rotating_mandate(uow, world, rotates=False)
    save_mandate(uow, world.group, MandateData(chair_rotates=True), new_version=True)
    save_membership(uow, member(world, "Anna Andersson", Role.CHAIR, world.kommun, D(2022, 1, 1), D(2023, 12, 31)))
    assert membership_warnings(uow, member(world, "Bertil Berg", Role.CHAIR, world.other_kommun, D(2024, 1, 1)))


def test_vice_chair_from_the_chairs_kind_warns(uow, world) -> None:
    rotating_mandate(uow, world)
    save_membership(uow, member(world, "Anna Andersson", Role.CHAIR, world.region))
    result = save_membership(uow, member(world, "Bertil Berg", Role.VICE_CHAIR, world.region))
    assert len(result.warnings) == 1
    assert "Vice ordförande" in result.warnings[0]


def test_membership_warnings_saves_nothing(uow, world, count, audit_trail) -> None:
    before = audit_trail()
    assert membership_warnings(uow, member(world, "Anna Andersson", Role.CHAIR, world.region)) == []
    assert count(Membership) == 0
    assert audit_trail() == before


def test_end_membership(uow, world, audit_trail) -> None:
    saved = save_membership(uow, member(world, "Anna Andersson", Role.MEMBER, world.region)).value
    ended = end_membership(uow, saved.id, D(2024, 6, 30))
    assert ended.valid_to == D(2024, 6, 30)
    assert list_memberships(uow, world.group, on=D(2024, 7, 1)) == []
    with pytest.raises(ValidationError):
        end_membership(uow, saved.id, D(2023, 12, 31))
    assert list_memberships(uow, world.group)[0].valid_to == D(2024, 6, 30)
    assert (saved.id, "avslutad") in [(e[1], e[2]) for e in audit_trail("medlemskap")]


def test_delete_membership(uow, world, count, audit_trail) -> None:
    saved = save_membership(uow, member(world, "Anna Andersson", Role.MEMBER)).value
    delete_membership(uow, saved.id)
    assert count(Membership) == 0
    assert (saved.id, "borttagen") in [(e[1], e[2]) for e in audit_trail("medlemskap")]
    with pytest.raises(NotFoundError):
        delete_membership(uow, saved.id)


def test_unknown_person_group_or_organisation(uow, world, count) -> None:
    with pytest.raises(NotFoundError):
        save_membership(uow, MembershipData(999, world.group, Role.MEMBER))
    with pytest.raises(NotFoundError):
        save_membership(uow, MembershipData(world.people["Anna Andersson"], 999, Role.MEMBER))
    with pytest.raises(NotFoundError):
        save_membership(uow, member(world, "Anna Andersson", Role.MEMBER, 999))
    with pytest.raises(NotFoundError):
        save_membership(uow, member(world, "Anna Andersson", Role.MEMBER), membership_id=999)
    assert count(Membership) == 0


def test_dtos_are_frozen(uow, world) -> None:
    result = save_membership(uow, member(world, "Anna Andersson", Role.MEMBER))
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.value.role = Role.CHAIR  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.warnings = ("x",)  # type: ignore[misc]

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from samverkan_desktop.db.models import Group
from samverkan_desktop.domain.enums import GroupKind, OrganisationKind, Recurrence, Role
from samverkan_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from samverkan_desktop.services.dto import (
    GroupData,
    MandateData,
    MembershipData,
    OrganisationData,
    PersonData,
    ReportingDutyData,
)
from samverkan_desktop.services.groups import (
    create_group,
    get_group,
    group_overview,
    list_group_tree,
    list_groups,
    update_group,
)
from samverkan_desktop.services.mandates import save_mandate
from samverkan_desktop.services.memberships import save_membership
from samverkan_desktop.services.organisations import create_organisation
from samverkan_desktop.services.people import create_person

COUNCIL = GroupKind.COORDINATION_COUNCIL
THEME = GroupKind.THEME_GROUP


def data(name: str, kind: GroupKind = COUNCIL, **kw) -> GroupData:
    return GroupData(name, kind, **kw)


def test_create_with_parent_list_and_get(uow, audit_trail) -> None:
    council = create_group(uow, data("Samordningsrådet Halland", short_name=" SRH ",
                                     minutes_published_at=" https://intranat.example/srh "))
    theme = create_group(uow, data("Temagrupp barn och unga", THEME, parent_id=council.id,
                                   active_from=date(2024, 1, 1), active_to=date(2026, 12, 31)))
    assert council.short_name == "SRH"
    assert council.minutes_published_at == "https://intranat.example/srh"
    assert theme.parent_id == council.id
    assert theme.parent_name == "Samordningsrådet Halland"
    assert get_group(uow, theme.id) == theme
    assert [g.name for g in list_groups(uow)] == ["Samordningsrådet Halland", "Temagrupp barn och unga"]
    assert [(e[1], e[2]) for e in audit_trail("grupp")] == [(council.id, "skapad"), (theme.id, "skapad")]


def test_update(uow, audit_trail) -> None:
    group = create_group(uow, data("Beredningsgruppen", GroupKind.PREPARATION_GROUP))
    parent = create_group(uow, data("Ledningsgruppen", GroupKind.MANAGEMENT_GROUP))
    updated = update_group(uow, group.id, data("Beredningsgrupp Nord", GroupKind.PREPARATION_GROUP,
                                               parent_id=parent.id, active_to=date(2027, 6, 30)))
    assert updated.name == "Beredningsgrupp Nord"
    assert updated.parent_name == "Ledningsgruppen"
    assert get_group(uow, group.id) == updated
    assert (group.id, "ändrad") in [(e[1], e[2]) for e in audit_trail("grupp")]


def test_empty_name_is_refused_and_nothing_saved(uow, count, audit_trail) -> None:
    with pytest.raises(ValidationError) as info:
        create_group(uow, data("   "))
    assert info.value.field == "name"
    assert count(Group) == 0
    assert audit_trail() == []


@pytest.mark.parametrize("duplicate", ["nosam väst", "NOSAM VÄST", "Nosam Väst "])
def test_duplicate_name_ignoring_case_is_a_conflict(uow, count, duplicate) -> None:
    create_group(uow, data("NOSAM Väst", GroupKind.NOSAM))
    with pytest.raises(ConflictError) as info:
        create_group(uow, data(duplicate, GroupKind.NOSAM))
    assert info.value.field == "name"
    assert count(Group) == 1


def test_duplicate_name_with_swedish_capitals_is_a_conflict(uow, count) -> None:
    create_group(uow, data("ÄLDREGRUPPEN ÖST", GroupKind.WORKING_GROUP))
    with pytest.raises(ConflictError):
        create_group(uow, data("Äldregruppen Öst", GroupKind.WORKING_GROUP))
    other = create_group(uow, data("Annan grupp"))
    with pytest.raises(ConflictError):
        update_group(uow, other.id, data("äldregruppen öst"))
    assert count(Group) == 2


def test_end_before_start_is_refused(uow, count) -> None:
    with pytest.raises(ValidationError) as info:
        create_group(uow, data("Arbetsgrupp", active_from=date(2025, 1, 1), active_to=date(2024, 12, 31)))
    assert info.value.field == "active_to"
    assert count(Group) == 0


def test_parent_cycles_are_refused(uow) -> None:
    top = create_group(uow, data("Samordningsrådet"))
    middle = create_group(uow, data("Ledningsgruppen", parent_id=top.id))
    bottom = create_group(uow, data("Temagruppen", THEME, parent_id=middle.id))
    with pytest.raises(ValidationError) as info:
        update_group(uow, top.id, data("Samordningsrådet", parent_id=bottom.id))
    assert info.value.field == "parent_id"
    with pytest.raises(ValidationError):
        update_group(uow, top.id, data("Samordningsrådet", parent_id=top.id))
    assert get_group(uow, top.id).parent_id is None
    # Moving a leaf under another branch is fine.
    assert update_group(uow, bottom.id, data("Temagruppen", THEME, parent_id=top.id)).parent_id == top.id


def test_unknown_parent_and_group(uow, count) -> None:
    with pytest.raises(NotFoundError):
        create_group(uow, data("Gruppen", parent_id=999))
    with pytest.raises(NotFoundError):
        get_group(uow, 999)
    assert count(Group) == 0


def test_tree_and_overview(uow) -> None:
    region = create_organisation(uow, OrganisationData("Region Halland", OrganisationKind.REGION))
    council = create_group(uow, data("Samordningsrådet"))
    create_group(uow, data("Temagruppen", THEME, parent_id=council.id))
    create_group(uow, data("Nedlagd grupp", active_to=date(2020, 12, 31)))
    anna = create_person(uow, PersonData("Anna Andersson"))
    bertil = create_person(uow, PersonData("Bertil Berg"))
    today = date(2025, 3, 1)
    save_membership(uow, MembershipData(anna.id, council.id, Role.CHAIR, region.id, date(2024, 1, 1)))
    save_membership(uow, MembershipData(bertil.id, council.id, Role.MEMBER, None, date(2024, 1, 1)))
    save_membership(uow, MembershipData(bertil.id, council.id, Role.VICE_CHAIR, None, date(2024, 1, 1)))
    save_mandate(uow, council.id, MandateData(meetings_min=4, reporting_duties=(
        ReportingDutyData("Årsrapport", Recurrence.YEARLY, 2, 28),)), new_version=False)

    nodes = {n.name: n for n in list_group_tree(uow, on=today)}
    assert nodes["Samordningsrådet"].member_count == 2  # distinct people, not memberships
    assert nodes["Samordningsrådet"].chair_name == "Anna Andersson"
    assert nodes["Temagruppen"].parent_id == council.id
    assert nodes["Nedlagd grupp"].active is False
    assert nodes["Samordningsrådet"].active is True

    overview = group_overview(uow, council.id, on=today)
    assert overview.chair is not None and overview.chair.person_name == "Anna Andersson"
    assert overview.vice_chair is not None and overview.vice_chair.person_name == "Bertil Berg"
    assert overview.member_count == 2
    assert overview.mandate is not None and overview.mandate.meetings_min == 4
    assert overview.mandate_versions == 1
    assert [d.name for d in overview.reporting_duties] == ["Årsrapport"]
    assert overview.sub_groups == ("Temagruppen",)


def test_dto_is_frozen(uow) -> None:
    group = create_group(uow, data("Samordningsrådet"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        group.parent_id = 3  # type: ignore[misc]

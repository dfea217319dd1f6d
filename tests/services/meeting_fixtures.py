"""A small world for the meeting, agenda, minutes and case tests: a NOSAM with members and a mandate, its
temagrupp (one shared member) and an unrelated group. Built through the services, like the app does."""

from __future__ import annotations

import dataclasses
from datetime import date, time

from samverkan_desktop.domain.enums import GroupKind, ItemKind, OrganisationKind, Role
from samverkan_desktop.services.agenda import add_item
from samverkan_desktop.services.dto import GroupData, MandateData, MembershipData, OrganisationData, PersonData
from samverkan_desktop.services.groups import create_group
from samverkan_desktop.services.mandates import save_mandate
from samverkan_desktop.services.meeting_dto import AgendaItemData, AgendaItemDTO, MeetingData, MeetingDTO
from samverkan_desktop.services.meetings import create_meeting
from samverkan_desktop.services.memberships import save_membership
from samverkan_desktop.services.organisations import create_organisation
from samverkan_desktop.services.people import create_person

ONE = time(13, 0)
THREE = time(15, 0)


@dataclasses.dataclass(frozen=True)
class World:
    nosam: int
    tema: int
    other: int
    region: int
    falkenberg: int
    varberg: int
    people: dict[str, int]


def build_world(uow) -> World:
    """NOSAM Falkenberg (mandate: 4–6 meetings a year, no substitutes):
    Anna Andersson chair (Region Halland), Bertil Berg member (Falkenbergs kommun), Eva Ström member
    (represents nobody), Cecilia Ek member (Varbergs kommun) until 2025-12-31, David Dahl secretary (Region).
    Temagrupp psykisk hälsa (reports to the NOSAM): Bertil Berg and Gun Holm. Referensgruppen: Hans Ek.
    Fredrik Lund (employed by Varbergs kommun) belongs to no group."""
    with uow:
        nosam = create_group(uow, GroupData("NOSAM Falkenberg", GroupKind.NOSAM)).id
        tema = create_group(uow, GroupData("Temagrupp psykisk hälsa", GroupKind.THEME_GROUP, parent_id=nosam)).id
        other = create_group(uow, GroupData("Referensgruppen", GroupKind.REFERENCE_GROUP)).id
        region = create_organisation(uow, OrganisationData("Region Halland", OrganisationKind.REGION)).id
        falkenberg = create_organisation(uow, OrganisationData("Falkenbergs kommun", OrganisationKind.KOMMUN)).id
        varberg = create_organisation(uow, OrganisationData("Varbergs kommun", OrganisationKind.KOMMUN)).id
        people = {name: create_person(uow, PersonData(name, employer_id=employer)).id for name, employer in (
            ("Anna Andersson", region), ("Bertil Berg", falkenberg), ("Cecilia Ek", varberg),
            ("David Dahl", region), ("Eva Ström", None), ("Fredrik Lund", varberg), ("Gun Holm", falkenberg),
            ("Hans Ek", None),
        )}
        start = date(2024, 1, 1)
        for name, group, role, represents, end in (
            ("Anna Andersson", nosam, Role.CHAIR, region, None),
            ("Bertil Berg", nosam, Role.MEMBER, falkenberg, None),
            ("Eva Ström", nosam, Role.MEMBER, None, None),
            ("Cecilia Ek", nosam, Role.MEMBER, varberg, date(2025, 12, 31)),
            ("David Dahl", nosam, Role.SECRETARY, region, None),
            ("Bertil Berg", tema, Role.CHAIR, falkenberg, None),
            ("Gun Holm", tema, Role.MEMBER, falkenberg, None),
            ("Hans Ek", other, Role.MEMBER, None, None),
        ):
            save_membership(uow, MembershipData(people[name], group, role, represents, start, end))
        save_mandate(uow, nosam, MandateData(meetings_min=4, meetings_max=6, substitutes_allowed=False),
                     new_version=False)
        uow.commit()
    return World(nosam, tema, other, region, falkenberg, varberg, people)


def meeting(uow, group_id: int, day: date, start: time = ONE, end: time = THREE, **extra) -> MeetingDTO:
    return create_meeting(uow, MeetingData(group_id, day, start, end, **extra)).value


def item(uow, meeting_id: int, title: str, kind: ItemKind = ItemKind.INFORMATION, position: int | None = None,
         **extra) -> AgendaItemDTO:
    return add_item(uow, meeting_id, AgendaItemData(title, kind, **extra), position)

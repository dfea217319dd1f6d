"""Frozen data passed out of (and into) the services. No ORM object ever leaves a unit of work."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Generic, TypeVar

from ..domain.enums import GroupKind, OrganisationKind, Recurrence, Role


@dataclass(frozen=True)
class OrganisationData:
    name: str
    kind: OrganisationKind
    short_name: str | None = None


@dataclass(frozen=True)
class OrganisationDTO:
    id: int
    name: str
    kind: OrganisationKind
    short_name: str | None


@dataclass(frozen=True)
class PersonData:
    name: str
    title: str | None = None
    email: str | None = None
    phone: str | None = None
    employer_id: int | None = None


@dataclass(frozen=True)
class PersonDTO:
    id: int
    name: str
    title: str | None
    email: str | None
    phone: str | None
    employer_id: int | None
    employer_name: str | None


@dataclass(frozen=True)
class GroupData:
    name: str
    kind: GroupKind
    short_name: str | None = None
    parent_id: int | None = None
    active_from: date | None = None
    active_to: date | None = None
    minutes_published_at: str | None = None
    justering_lines: bool = False  # the minutes end with lines for the chair and a justerare to sign


@dataclass(frozen=True)
class GroupDTO:
    id: int
    name: str
    kind: GroupKind
    short_name: str | None
    parent_id: int | None
    parent_name: str | None
    active_from: date | None
    active_to: date | None
    minutes_published_at: str | None
    justering_lines: bool = False


@dataclass(frozen=True)
class GroupNode:
    """A row of the group tree."""

    id: int
    name: str
    short_name: str | None
    kind: GroupKind
    parent_id: int | None
    member_count: int
    chair_name: str | None
    active: bool


@dataclass(frozen=True)
class ReportingDutyData:
    name: str
    recurrence: Recurrence
    due_month: int
    due_day: int
    recipient: str | None = None


@dataclass(frozen=True)
class ReportingDutyDTO:
    id: int
    name: str
    recurrence: Recurrence
    due_month: int
    due_day: int
    recipient: str | None


@dataclass(frozen=True)
class MandateData:
    reference: str | None = None
    decided_on: date | None = None
    decided_by: str | None = None
    commissioned_by: str | None = None
    purpose: str | None = None
    assignment: str | None = None
    meetings_min: int | None = None
    meetings_max: int | None = None
    chair_term_months: int | None = None
    chair_rotates: bool = False
    substitutes_allowed: bool = True
    approval_days: int | None = None
    revision_dates: tuple[date, ...] = ()
    reporting_duties: tuple[ReportingDutyData, ...] = ()


@dataclass(frozen=True)
class MandateDTO:
    id: int
    group_id: int
    version: int
    reference: str | None
    decided_on: date | None
    decided_by: str | None
    commissioned_by: str | None
    purpose: str | None
    assignment: str | None
    meetings_min: int | None
    meetings_max: int | None
    chair_term_months: int | None
    chair_rotates: bool
    substitutes_allowed: bool
    approval_days: int | None
    revision_dates: tuple[date, ...]
    created_at: datetime


@dataclass(frozen=True)
class MembershipData:
    person_id: int
    group_id: int
    role: Role
    represents_id: int | None = None
    valid_from: date | None = None
    valid_to: date | None = None


@dataclass(frozen=True)
class MembershipDTO:
    id: int
    person_id: int
    person_name: str
    person_title: str | None
    group_id: int
    role: Role
    represents_id: int | None
    represents_name: str | None
    represents_kind: OrganisationKind | None
    valid_from: date | None
    valid_to: date | None

    def valid_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


T = TypeVar("T")


@dataclass(frozen=True)
class SaveResult(Generic[T]):
    """What a save returns: the stored value and warnings the user should see (nothing blocked)."""

    value: T
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class GroupOverview:
    group: GroupDTO
    mandate: MandateDTO | None
    mandate_versions: int
    reporting_duties: tuple[ReportingDutyDTO, ...]
    chair: MembershipDTO | None
    vice_chair: MembershipDTO | None
    member_count: int
    sub_groups: tuple[str, ...] = field(default_factory=tuple)

"""Frozen data of meetings, agendas, minutes and cases, in and out of the services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from ..domain.enums import (
    ActionStatus,
    AttendanceStatus,
    CaseStatus,
    ItemKind,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
    Outcome,
    Role,
)


@dataclass(frozen=True)
class MeetingData:
    group_id: int
    day: date | None  # None: not given (refused by the service, in words)
    start: time
    end: time
    place: str | None = None
    online_link: str | None = None
    kind: MeetingKind = MeetingKind.ORDINARY


@dataclass(frozen=True)
class MeetingDTO:
    id: int
    group_id: int
    group_name: str
    starts_at: datetime
    ends_at: datetime
    place: str | None
    online_link: str | None
    kind: MeetingKind
    status: MeetingStatus
    cancel_reason: str | None
    minutes_status: MinutesStatus
    ical_uid: str
    ical_sequence: int
    item_count: int


@dataclass(frozen=True)
class AttachmentDTO:
    id: int
    file_name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class ActionData:
    what: str
    responsible_person_id: int | None = None
    responsible_organisation_id: int | None = None
    due_on: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    done_on: date | None = None


@dataclass(frozen=True)
class ActionDTO:
    id: int
    agenda_item_id: int
    what: str
    responsible_person_id: int | None
    responsible_person_name: str | None
    responsible_organisation_id: int | None
    responsible_organisation_name: str | None
    due_on: date | None
    status: ActionStatus
    done_on: date | None


@dataclass(frozen=True)
class AgendaItemData:
    title: str
    kind: ItemKind = ItemKind.INFORMATION
    presenter: str | None = None
    planned_minutes: int | None = None
    confidential: bool = False
    case_id: int | None = None


@dataclass(frozen=True)
class AgendaItemDTO:
    id: int
    meeting_id: int
    position: int
    paragraph: int | None
    title: str
    kind: ItemKind
    presenter: str | None
    planned_minutes: int | None
    case_id: int | None
    case_title: str | None
    confidential: bool
    notes: str | None
    decision_text: str | None
    outcome: Outcome | None
    outcome_reason: str | None
    target_group_id: int | None
    target_group_name: str | None
    attachments: tuple[AttachmentDTO, ...] = ()
    actions: tuple[ActionDTO, ...] = ()
    procedural: bool = False


@dataclass(frozen=True)
class OutcomeData:
    outcome: Outcome | None
    reason: str | None = None
    target_group_id: int | None = None


@dataclass(frozen=True)
class AttendanceDTO:
    id: int
    person_id: int
    person_name: str
    represents_name: str | None
    role: Role | None
    status: AttendanceStatus
    substitute_for_id: int | None
    substitute_for_name: str | None
    present_from_paragraph: int | None
    present_to_paragraph: int | None
    is_guest: bool
    is_adjunct: bool


@dataclass(frozen=True)
class AttendanceData:
    status: AttendanceStatus
    substitute_for_id: int | None = None
    present_from_paragraph: int | None = None
    present_to_paragraph: int | None = None


@dataclass(frozen=True)
class TemplateItemData:
    title: str
    kind: ItemKind = ItemKind.INFORMATION
    planned_minutes: int | None = None
    at_end: bool = False
    #: Default wording of a decision item ("att godkänna dagordningen"), copied to the new item.
    decision_text: str | None = None
    #: Formalia: a consensus decision on it creates no anchoring rows.
    procedural: bool = False


@dataclass(frozen=True)
class CaseDTO:
    id: int
    group_id: int
    group_name: str
    title: str
    reference: str | None
    status: CaseStatus
    raised_by_group_name: str | None
    last_meeting_on: date | None


@dataclass(frozen=True)
class CaseHistoryEntry:
    meeting_id: int
    group_name: str
    meeting_on: date
    paragraph: int | None
    title: str
    outcome: Outcome | None
    outcome_reason: str | None
    target_group_name: str | None

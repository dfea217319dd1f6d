"""What an exported document says, as frozen data: the services fill it from the database (already scrubbed of
personal data and confidential items), the exporters in ``export`` render it. Neither side knows the other."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from .approval_record import ApprovalRecord
from .enums import Outcome


@dataclass(frozen=True)
class Participant:
    name: str
    organisation: str | None = None
    role: str | None = None  # in words, e.g. "ordförande", "ersättare för Anna Berg"


@dataclass(frozen=True)
class ActionLine:
    what: str
    who: str | None
    due: date | None


@dataclass(frozen=True)
class MinutesSection:
    """One agenda item in the minutes. A confidential item keeps only its § number."""

    paragraph: int | None
    title: str
    confidential: bool = False
    presenter: str | None = None
    notes: str | None = None
    decision: str | None = None
    outcome: str | None = None  # the outcome in words: "Ärendet återremitteras till … för …"
    actions: tuple[ActionLine, ...] = ()
    # Which outcome: the decision's lead sentence depends on it ("Gruppen beslutar i enighet att").
    outcome_kind: Outcome | None = None


@dataclass(frozen=True)
class ApprovalLine:
    approver: str
    role: str
    approved_on: date
    short_hash: str
    fingerprint: str | None = None  # the signing key; None: "osignerat godkännande"


@dataclass(frozen=True)
class Signatory:
    """A justering line at the end of the minutes: a line to sign on, the printed name and the role under it."""

    role: str  # "Ordförande", "Justerare", "Vid anteckningarna"
    name: str


@dataclass(frozen=True)
class NextMeeting:
    starts_at: datetime
    ends_at: datetime
    place: str | None


@dataclass(frozen=True)
class MinutesDocument:
    group_name: str
    starts_at: datetime  # aware; rendered in Europe/Stockholm
    ends_at: datetime
    place: str | None
    online_link: str | None
    draft: bool  # not approved: "UTKAST" in the header and the title
    present: tuple[Participant, ...] = ()
    excused: tuple[Participant, ...] = ()
    adjuncts: tuple[Participant, ...] = ()
    guests: tuple[Participant, ...] = ()
    sections: tuple[MinutesSection, ...] = ()
    approval: ApprovalLine | None = None
    next_meeting: NextMeeting | None = None
    secretary: str | None = None  # who took the minutes: "Vid anteckningarna: …"
    # Justering lines (chair and justerare) for groups that sign their minutes on paper; empty: none.
    signatories: tuple[Signatory, ...] = ()
    removed: tuple[str, ...] = field(default=(), compare=False)  # what the scrubbing took out, for the user
    # What a publication writes beside the files (domain.approval_record); only publishing sets it.
    record: ApprovalRecord | None = field(default=None, compare=False)
    #: Approved minutes changed since their approval: why the approval no longer holds (the document is a draft).
    approval_lapsed: str | None = None
    #: Sent for approval without an attendance list: why (shown where the attendance would be).
    no_attendance_reason: str | None = None

    @property
    def title(self) -> str:
        return "Minnesanteckningar (UTKAST)" if self.draft else "Minnesanteckningar"


@dataclass(frozen=True)
class NoticeItem:
    paragraph: int | None
    title: str
    kind: str  # in words: "information", "diskussion", "beslut"
    presenter: str | None
    starts_at: datetime | None  # planned start, from the planned minutes of the items before it
    planned_minutes: int | None
    attachments: tuple[str, ...] = ()
    confidential: bool = False


@dataclass(frozen=True)
class NoticeDocument:
    group_name: str
    starts_at: datetime
    ends_at: datetime
    place: str | None
    online_link: str | None
    items: tuple[NoticeItem, ...] = ()
    invited: tuple[Participant, ...] = ()
    secretary: str | None = None
    removed: tuple[str, ...] = field(default=(), compare=False)
    substitutes_allowed: bool = True  # the mandate lets a member send a substitute

    @property
    def title(self) -> str:
        return "Kallelse"


@dataclass(frozen=True)
class CalendarPerson:
    name: str
    email: str


@dataclass(frozen=True)
class CalendarInvite:
    uid: str
    sequence: int
    summary: str
    starts_at: datetime
    ends_at: datetime
    location: str | None
    description: str | None
    organizer: CalendarPerson
    attendees: tuple[CalendarPerson, ...]
    cancelled: bool = False
    cancel_reason: str | None = None


@dataclass(frozen=True)
class GroupTemplate:
    """A group's own Word template, stored in the database so every secretary's machine uses it."""

    file_name: str
    content: bytes


@dataclass(frozen=True)
class WrittenFile:
    """A file an exporter wrote, as the publication record needs it."""

    format: str  # "docx", "pdf"
    path: Path
    sha256: str


@dataclass(frozen=True)
class ReportDecision:
    meeting_on: date
    paragraph: int | None
    title: str
    text: str | None  # the decision, or the outcome in words for återremiss and escalation


@dataclass(frozen=True)
class ReportAnchoring:
    organisation: str
    not_started: int
    anchored: int
    implemented: int
    not_applicable: int


@dataclass(frozen=True)
class AnnualReportDocument:
    """Underlag för årsrapport: what a group did in a year, for the secretary to write the report from."""

    group_name: str
    year: int
    meetings_held: tuple[tuple[date, str | None], ...]  # day, place
    meetings_cancelled: int
    meetings_min: int | None
    meetings_max: int | None
    decisions: tuple[ReportDecision, ...] = ()
    referred_back: tuple[ReportDecision, ...] = ()
    escalated: tuple[ReportDecision, ...] = ()
    open_actions: tuple[ActionLine, ...] = ()
    anchoring: tuple[ReportAnchoring, ...] = ()
    removed: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class DecisionLogLine:
    """One line of an exported decision log (beslutslogg), in words. A confidential item keeps its §."""

    group_name: str
    meeting_on: date
    paragraph: int | None
    title: str
    outcome: str | None  # in words: "Beslut i enighet", "Återremiss", …
    decision: str | None
    case_status: str | None  # in words: "Beslutat", "Under beredning", …
    confidential: bool = False

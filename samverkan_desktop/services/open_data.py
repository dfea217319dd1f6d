"""Open data: what may be published of the register and the meetings, for the OParl 1.1 tree (export/oparl.py).

Only published content, under the rules of the published DOCX: meetings whose minutes are published, their items
as ``minutes_document`` gives them (a confidential item keeps only its §; e-mail addresses, phone numbers and
personnummer scrubbed from the text), and of every person the name alone. Cases become papers only through items
that were published and are not confidential.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urlsplit

from sqlalchemy import select

from ..db.models import Case, Group, Meeting, Membership, Organisation, Person, Publication
from ..domain.calendar import STOCKHOLM
from ..domain.enums import AttendanceStatus, GroupKind, MeetingStatus, MinutesStatus, OrganisationKind
from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..domain.scrub import scrub
from ..domain.wording import ROLE_WORDS
from . import UnitOfWork
from .documents import minutes_document

GROUP_KIND_WORDS = {
    GroupKind.COORDINATION_COUNCIL: "Samordningsråd",
    GroupKind.COORDINATION_GROUP: "Samordningsgrupp",
    GroupKind.REGIONAL_COLLABORATION_GROUP: "Regional samverkansgrupp",
    GroupKind.MANAGEMENT_GROUP: "Ledningsgrupp",
    GroupKind.PREPARATION_GROUP: "Beredningsgrupp",
    GroupKind.THEME_GROUP: "Temagrupp",
    GroupKind.NOSAM: "Närsjukvårdssamverkan",
    GroupKind.REFERENCE_GROUP: "Referensgrupp",
    GroupKind.WORKING_GROUP: "Arbetsgrupp",
}
ORGANISATION_KIND_WORDS = {
    OrganisationKind.REGION: "Region",
    OrganisationKind.KOMMUN: "Kommun",
    OrganisationKind.PRIVATE_PROVIDER: "Privat vårdgivare",
    OrganisationKind.MUNICIPAL_ASSOCIATION: "Kommunalförbund",
    OrganisationKind.OTHER: "Annan organisation",
}
MEETING_STATE_WORDS = {MeetingStatus.PLANNED: "planerat", MeetingStatus.CALLED: "kallat",
                       MeetingStatus.HELD: "genomfört", MeetingStatus.CANCELLED: "inställt"}
FORMAT_MIME = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               "pdf": "application/pdf"}


@dataclass(frozen=True)
class OpenOrganisation:
    key: str  # "group-12" or "organisation-3": stable, from the database id
    name: str
    short_name: str | None
    classification: str
    organization_type: str  # "Gremium" for a group (the OParl word), "Sonstiges" for an organisation
    parent_key: str | None = None
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class OpenPerson:
    id: int
    name: str


@dataclass(frozen=True)
class OpenMembership:
    id: int
    person_id: int
    group_key: str
    role: str
    on_behalf_of_key: str | None
    start: date | None
    end: date | None


@dataclass(frozen=True)
class OpenFile:
    id: int
    file_name: str
    mime_type: str
    sha256: str
    published_on: date
    url: str | None


@dataclass(frozen=True)
class OpenItem:
    id: int
    order: int
    paragraph: int | None
    name: str
    public: bool
    result: str | None
    resolution: str | None
    case_id: int | None


@dataclass(frozen=True)
class OpenMeeting:
    id: int
    name: str
    group_key: str
    state: str
    cancelled: bool
    start: datetime
    end: datetime
    place: str | None
    participant_ids: tuple[int, ...]
    items: tuple[OpenItem, ...]
    files: tuple[OpenFile, ...]
    created: datetime
    modified: datetime


@dataclass(frozen=True)
class OpenConsultation:
    item_id: int
    meeting_id: int
    group_key: str


@dataclass(frozen=True)
class OpenPaper:
    id: int
    name: str
    reference: str | None
    on: date
    consultations: tuple[OpenConsultation, ...]


@dataclass(frozen=True)
class OpenData:
    body_name: str
    organisations: tuple[OpenOrganisation, ...]
    people: tuple[OpenPerson, ...]
    memberships: tuple[OpenMembership, ...]
    meetings: tuple[OpenMeeting, ...]
    papers: tuple[OpenPaper, ...]


def check_base_url(url: str) -> None:
    """The address the tree is published at: every id begins with it."""
    try:
        parts = urlsplit(url or "") if isinstance(url, str) else None
    except ValueError:  # e.g. an unclosed [ of an IPv6 address
        parts = None
    if parts is None or any(ch.isspace() or not ch.isprintable() for ch in url) \
            or parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise ValidationError(msg("services.open_data.adressen_ar_ingen_webbadress"),
                              field="base_url")


def _group_key(group_id: int) -> str:
    return f"group-{group_id}"


def _organisation_key(organisation_id: int) -> str:
    return f"organisation-{organisation_id}"


def _clean(text: str | None) -> str | None:
    return scrub(text).text if text else text


def open_data(uow: UnitOfWork, body_name: str | None = None) -> OpenData:
    """Everything the open-data tree may hold, read in one transaction."""
    with uow:
        session = uow.session
        organisations = session.scalars(select(Organisation).order_by(Organisation.id)).all()
        groups = session.scalars(select(Group).order_by(Group.id)).all()
        orgs = [OpenOrganisation(_group_key(g.id), g.name, g.short_name, GROUP_KIND_WORDS.get(g.kind, g.kind.value),
                                 "Gremium", _group_key(g.parent_id) if g.parent_id else None,
                                 g.active_from, g.active_to) for g in groups]
        orgs += [OpenOrganisation(_organisation_key(o.id), o.name, o.short_name,
                                  ORGANISATION_KIND_WORDS.get(o.kind, o.kind.value), "Sonstiges")
                 for o in organisations]
        memberships = [OpenMembership(m.id, m.person_id, _group_key(m.group_id), ROLE_WORDS[m.role],
                                      _organisation_key(m.represents_id) if m.represents_id else None,
                                      m.valid_from, m.valid_to)
                       for m in session.scalars(select(Membership).order_by(Membership.id))]
        people_ids = {m.person_id for m in memberships}
        meetings = [_meeting(uow, meeting, people_ids) for meeting in session.scalars(
            select(Meeting).where(Meeting.minutes_status == MinutesStatus.PUBLISHED,
                                  Meeting.status != MeetingStatus.CANCELLED).order_by(Meeting.starts_at, Meeting.id))]
        people = [OpenPerson(p.id, p.name) for p in session.scalars(
            select(Person).where(Person.id.in_(people_ids)).order_by(Person.id))] if people_ids else []
        papers = _papers(session, meetings)
        name = body_name or _region_name(organisations) or "Samverkan"
        return OpenData(name, tuple(orgs), tuple(people), tuple(memberships), tuple(meetings), tuple(papers))


def _region_name(organisations) -> str | None:
    regions = [o.name for o in organisations if o.kind is OrganisationKind.REGION]
    return regions[0] if regions else None


def _meeting(uow: UnitOfWork, meeting: Meeting, people_ids: set[int]) -> OpenMeeting:
    document = minutes_document(uow, meeting.id)
    items = sorted(meeting.items, key=lambda i: i.position)
    open_items = []
    for order, (item, section) in enumerate(zip(items, document.sections, strict=True), start=1):
        public = not item.confidential
        open_items.append(OpenItem(
            item.id, order, item.paragraph, section.title if public else f"§ {item.paragraph or order}",
            public, section.outcome if public else None, section.decision if public else None,
            item.case_id if public else None))
    participants = tuple(sorted(a.person_id for a in meeting.attendance if a.status is AttendanceStatus.PRESENT))
    people_ids.update(participants)
    files = tuple(OpenFile(p.id, p.file_name, FORMAT_MIME.get(p.format.lower(), "application/octet-stream"),
                           p.sha256, p.published_at.astimezone(STOCKHOLM).date(), p.url)
                  for p in uow.session.scalars(select(Publication).where(Publication.meeting_id == meeting.id)
                                               .order_by(Publication.id)))
    start = meeting.starts_at.astimezone(STOCKHOLM)
    return OpenMeeting(meeting.id, f"{meeting.group.name} {start:%Y-%m-%d}", _group_key(meeting.group_id),
                       MEETING_STATE_WORDS[meeting.status], meeting.status is MeetingStatus.CANCELLED, start,
                       meeting.ends_at.astimezone(STOCKHOLM), _clean(meeting.place), participants,
                       tuple(open_items), files, meeting.created_at, meeting.updated_at)


def _papers(session, meetings: list[OpenMeeting]) -> list[OpenPaper]:
    handled: dict[int, list[OpenConsultation]] = {}
    for meeting in meetings:
        for item in meeting.items:
            if item.case_id is not None and item.public:
                handled.setdefault(item.case_id, []).append(OpenConsultation(item.id, meeting.id, meeting.group_key))
    if not handled:
        return []
    cases = session.scalars(select(Case).where(Case.id.in_(handled)).order_by(Case.id))
    return [OpenPaper(c.id, _clean(c.title) or "", _clean(c.reference), c.created_at.astimezone(STOCKHOLM).date(),
                      tuple(handled[c.id])) for c in cases]


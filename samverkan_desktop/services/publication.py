"""Publishing approved minutes: godkända -> publicerade, with a record of every file written (format, name,
SHA-256, address), and the group's own Word template.

The services never import the exporters: the caller passes a ``render`` function that writes the files and
says what it wrote (docs/DESIGN.md §3)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from sqlalchemy import select

from ..db.models import Approval, Group, GroupTemplate, Meeting, Publication
from ..db.uow import MILESTONE_PUBLICATION
from ..domain.calendar import STOCKHOLM, check_year, local_datetime
from ..domain.codes import AuditAction, AuditEntity
from ..domain.documents import GroupTemplate as TemplateData
from ..domain.documents import MinutesDocument, WrittenFile
from ..domain.enums import MinutesStatus
from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..domain.minutes_hash import short_hash
from ..domain.rules import require_text
from ..domain.word_package import check_word_package
from . import UnitOfWork
from ._common import ID_MAX, ID_MIN, audit, get_or_raise, lock_meeting
from .approval import content_hash
from .documents import minutes_document
from .meeting_dto import MeetingDTO
from .meetings import to_dtos
from .signing import approval_record

NOT_FOUND = "services.gone.meeting"
Render = Callable[[MinutesDocument, TemplateData | None], Sequence[WrittenFile]]
STATUS_WORDS = {MinutesStatus.DRAFT: "services.publication.draft",  # message ids
                MinutesStatus.FOR_APPROVAL: "services.publication.for_approval",
                MinutesStatus.APPROVED: "services.publication.approved",
                MinutesStatus.PUBLISHED: "services.publication.published"}


@dataclass(frozen=True)
class PublicationDTO:
    id: int
    meeting_id: int
    group_name: str
    meeting_on: date
    published_at: datetime
    format: str
    file_name: str
    sha256: str
    url: str | None


def _to_dto(p: Publication, meeting: Meeting) -> PublicationDTO:
    return PublicationDTO(p.id, p.meeting_id, meeting.group.name, meeting.starts_at.astimezone(STOCKHOLM).date(),
                          p.published_at, p.format, p.file_name, p.sha256, p.url)


def publications(uow: UnitOfWork, meeting_id: int) -> list[PublicationDTO]:
    with uow:
        meeting = get_or_raise(uow.session, Meeting, meeting_id, NOT_FOUND)
        rows = uow.session.scalars(select(Publication).where(Publication.meeting_id == meeting_id)
                                   .order_by(Publication.published_at, Publication.id))
        return [_to_dto(p, meeting) for p in rows]


def awaiting_publication(uow: UnitOfWork, since: date | None = None,
                         group_id: int | None = None) -> list[MeetingDTO]:
    """Approved minutes not yet published, of meetings on or after ``since`` (of one group, if given),
    oldest first."""
    with uow:
        query = select(Meeting).where(Meeting.minutes_status == MinutesStatus.APPROVED)
        if group_id is not None:
            query = query.where(Meeting.group_id == group_id)
        if since is not None:
            check_year(since.year, field="since")  # turned into an instant in Stockholm
            query = query.where(Meeting.starts_at >= local_datetime(since, datetime.min.time()))
        return to_dtos(uow.session, uow.session.scalars(query.order_by(Meeting.starts_at, Meeting.id)))


def _published_url(group: Group, file_name: str) -> str | None:
    """Where the file will be found, when the group says its minutes are published at a web address."""
    where = (group.minutes_published_at or "").strip()
    return f"{where.rstrip('/')}/{file_name}" if where.startswith(("http://", "https://")) else None


def publish(uow: UnitOfWork, meeting_id: int, render: Render) -> list[PublicationDTO]:
    """Godkända -> publicerade. Refused for minutes that are not approved, and for approved minutes whose
    content no longer matches the approval (edited outside the app): what is published is what was approved."""
    uow.milestone(MILESTONE_PUBLICATION)
    with uow:
        session = uow.session
        meeting = lock_meeting(session, meeting_id, message=NOT_FOUND)  # published once, not during a reopening
        when = f"{meeting.group.name} {meeting.starts_at.astimezone(STOCKHOLM):%Y-%m-%d}"
        if meeting.minutes_status is not MinutesStatus.APPROVED:
            raise ValidationError(msg("services.publication.bara_godkanda_anteckningar_publiceras", when=when,
                                      value=msg(STATUS_WORDS[meeting.minutes_status])), field="minutes_status")
        approval = session.scalar(select(Approval).where(Approval.meeting_id == meeting.id,
                                                         Approval.revoked_at.is_(None)).order_by(Approval.id.desc()))
        if approval is None or approval.content_hash != content_hash(session, meeting):
            raise ValidationError(msg("services.publication.anteckningarna_fran_stammer_langre", when=when))
        document = replace(minutes_document(uow, meeting_id), record=approval_record(session, meeting, approval))
        written = render(document, group_template(uow, meeting.group_id))
        now = datetime.now(UTC)
        rows = [Publication(meeting_id=meeting.id, published_at=now, format=f.format, file_name=f.path.name,
                            sha256=f.sha256, url=_published_url(meeting.group, f.path.name)) for f in written]
        session.add_all(rows)
        meeting.minutes_status = MinutesStatus.PUBLISHED
        audit(uow, AuditEntity.MINUTES, meeting.id, AuditAction.PUBLISHED,
              "; ".join(f"{f.path.name} ({short_hash(f.sha256)})" for f in written), meeting.id)
        uow.commit()
        return [_to_dto(p, meeting) for p in rows]


# -- the group's own template ------------------------------------------------------------------
def group_template(uow: UnitOfWork, group_id: int) -> TemplateData | None:
    with uow:
        fits = ID_MIN <= group_id <= ID_MAX  # PostgreSQL refuses to look up an id no column can hold
        row = uow.session.get(GroupTemplate, group_id) if fits else None
        return TemplateData(row.file_name, row.content) if row else None


def set_group_template(uow: UnitOfWork, group_id: int, file_name: str, content: bytes) -> TemplateData:
    """Store a group's Word template (.docx or .dotx) after checking it here, whoever calls: a zip of a size and
    number of parts a template can have, no DOCTYPE, a Word document or template without macros, with the styles
    the export needs (``domain.word_package``). Refused: ValidationError, and nothing is stored."""
    name = require_text(file_name, "template", msg("services.publication.mallen_behover_filnamn"))
    if not content:
        raise ValidationError(msg("services.publication.mallen_ar_tom"), field="template")
    check_word_package(content, name)
    with uow:
        group = get_or_raise(uow.session, Group, group_id, "services.gone.group")
        row = uow.session.get(GroupTemplate, group_id) or GroupTemplate(group_id=group_id)
        row.file_name, row.content = name, content
        row.sha256 = hashlib.sha256(content).hexdigest()
        row.added_at = datetime.now(UTC)
        uow.session.add(row)
        audit(uow, AuditEntity.GROUP, group.id, AuditAction.TEMPLATE_ADDED, f"{group.name}: {name}")
        uow.commit()
        return TemplateData(name, content)


def clear_group_template(uow: UnitOfWork, group_id: int) -> None:
    with uow:
        group = get_or_raise(uow.session, Group, group_id, "services.gone.group")
        row = uow.session.get(GroupTemplate, group_id)
        if row is not None:
            uow.session.delete(row)
            audit(uow, AuditEntity.GROUP, group.id, AuditAction.TEMPLATE_REMOVED,
                  f"{group.name}: standardmallen används")
            uow.commit()

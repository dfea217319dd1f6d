"""Meetings and what happens in them: attendance, agenda items, cases, actions, anchoring."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from ...domain.enums import (
    ActionStatus,
    AnchoringStatus,
    AttendanceStatus,
    CaseStatus,
    ItemKind,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
    Outcome,
    Role,
)
from ..types import UTCDateTime, enum_column_type
from .base import Base, utcnow
from .register import Group, Organisation, Person

GROUP_FK = "coordination_group.id"


class Meeting(Base):
    __tablename__ = "meeting"
    # The decision log filters on a group (and its sub-groups) and a period, newest first.
    # Approved minutes waiting to be published, late approvals and verification filter on the minutes' state.
    __table_args__ = (Index("ix_meeting_group_id_starts_at", "group_id", "starts_at"),
                      Index("ix_meeting_minutes_status_starts_at", "minutes_status", "starts_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey(GROUP_FK, ondelete="CASCADE"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())
    place: Mapped[str | None] = mapped_column(String(300))
    online_link: Mapped[str | None] = mapped_column(String(1000))
    kind: Mapped[MeetingKind] = mapped_column(enum_column_type(MeetingKind, "meeting_kind"))
    status: Mapped[MeetingStatus] = mapped_column(enum_column_type(MeetingStatus, "meeting_status"))
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    #: Set when the minutes were sent for approval without an attendance list, saying why (the DOCX shows it).
    no_attendance_reason: Mapped[str | None] = mapped_column(Text)
    minutes_status: Mapped[MinutesStatus] = mapped_column(enum_column_type(MinutesStatus, "minutes_status"))
    # Who takes the minutes ("Vid anteckningarna") and who checks them with the chair; None: the group's secretary
    # on the day, and no justerare.
    secretary_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    justerare_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    ical_uid: Mapped[str] = mapped_column(String(200), unique=True)
    ical_sequence: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    group: Mapped[Group] = relationship()
    secretary: Mapped[Person | None] = relationship(foreign_keys=[secretary_id])
    justerare: Mapped[Person | None] = relationship(foreign_keys=[justerare_id])
    items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    attendance: Mapped[list[Attendance]] = relationship(back_populates="meeting", cascade="all, delete-orphan")


class Attendance(Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    status: Mapped[AttendanceStatus] = mapped_column(enum_column_type(AttendanceStatus, "attendance_status"))
    role: Mapped[Role | None] = mapped_column(enum_column_type(Role, "role"))
    represents_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))
    substitute_for_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    present_from_paragraph: Mapped[int | None] = mapped_column(Integer)
    present_to_paragraph: Mapped[int | None] = mapped_column(Integer)
    is_guest: Mapped[bool] = mapped_column(Boolean, default=False)
    is_adjunct: Mapped[bool] = mapped_column(Boolean, default=False)

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")
    person: Mapped[Person] = relationship(foreign_keys=[person_id])
    substitute_for: Mapped[Person | None] = relationship(foreign_keys=[substitute_for_id])
    represents: Mapped[Organisation | None] = relationship()


class Case(Base):
    """An ärende: a matter that may pass through many meetings (and groups) before it is closed."""

    __tablename__ = "case_record"
    # A group's "Att planera": its cases in the waiting states.
    __table_args__ = (Index("ix_case_record_group_id_status", "group_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey(GROUP_FK, ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    reference: Mapped[str | None] = mapped_column(String(100))
    raised_by_group_id: Mapped[int | None] = mapped_column(ForeignKey(GROUP_FK, ondelete="SET NULL"))
    status: Mapped[CaseStatus] = mapped_column(enum_column_type(CaseStatus, "case_status"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    closed_on: Mapped[date | None] = mapped_column(Date)


class AgendaItem(Base):
    __tablename__ = "agenda_item"
    # A meeting's agenda, in order. One § per group and calendar year, enforced by the database: the group and
    # (Stockholm) year the § counts in are kept beside it by services/numbering.py, the only place that numbers.
    __table_args__ = (Index("ix_agenda_item_meeting_id_position", "meeting_id", "position"),
                      Index("uq_agenda_item_paragraph", "paragraph_group_id", "paragraph_year", "paragraph",
                            unique=True))

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    paragraph: Mapped[int | None] = mapped_column(Integer)
    # Denormalised from the meeting for the unique index above; NULL with the §. No foreign key: the items go
    # with their meeting, and SQLite would have to rebuild the table (and its search triggers) to add one.
    paragraph_group_id: Mapped[int | None] = mapped_column(Integer)
    paragraph_year: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500))
    kind: Mapped[ItemKind] = mapped_column(enum_column_type(ItemKind, "item_kind"))
    presenter: Mapped[str | None] = mapped_column(String(300))
    planned_minutes: Mapped[int | None] = mapped_column(Integer)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_record.id", ondelete="SET NULL"), index=True)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    decision_text: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[Outcome | None] = mapped_column(enum_column_type(Outcome, "outcome"), index=True)
    outcome_reason: Mapped[str | None] = mapped_column(Text)
    target_group_id: Mapped[int | None] = mapped_column(ForeignKey(GROUP_FK, ondelete="SET NULL"))
    # Formalia (approving the agenda, the previous minutes, choosing a justerare): decided, but not anchored
    # by the parties. Not part of the approved content (domain/minutes_hash.py), so old hashes stay the same.
    procedural: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    meeting: Mapped[Meeting] = relationship(back_populates="items")
    case: Mapped[Case | None] = relationship()
    attachments: Mapped[list[Attachment]] = relationship(back_populates="item", cascade="all, delete-orphan")
    actions: Mapped[list[ActionItem]] = relationship(back_populates="item", cascade="all, delete-orphan")
    anchorings: Mapped[list[Anchoring]] = relationship(back_populates="item", cascade="all, delete-orphan")


class AttachmentBlob(Base):
    """The content of attached files, stored once per distinct content and keyed by its SHA-256.

    Content-addressed, inside the database rather than as files in a folder beside it: the same document
    attached to several items or meetings is stored once, and a backup, a restore and every client of a shared
    PostgreSQL database see exactly the attachments the rows name. The key is also the checksum every read is
    verified against. ``content`` is NULL only for a file that was missing when migration 0008 moved the old
    attachment folder into the database; attaching the same file again fills it in.
    """

    __tablename__ = "attachment_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    #: Deferred: listing attachments never loads their bytes.
    content: Mapped[bytes | None] = deferred(mapped_column(LargeBinary, nullable=True))


class Attachment(Base):
    """A file listed with an agenda item: its name, and its content by SHA-256 (see AttachmentBlob)."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64), ForeignKey("attachment_blob.sha256"), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    item: Mapped[AgendaItem] = relationship(back_populates="attachments")


class ActionItem(Base):
    __tablename__ = "action_item"
    # Follow-up lists: open (and overdue) actions of every group, and a person's actions.
    __table_args__ = (Index("ix_action_item_status_due_on", "status", "due_on"),
                      Index("ix_action_item_responsible_person_id", "responsible_person_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    what: Mapped[str] = mapped_column(Text)
    responsible_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    responsible_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(enum_column_type(ActionStatus, "action_status"))
    done_on: Mapped[date | None] = mapped_column(Date)

    item: Mapped[AgendaItem] = relationship(back_populates="actions")


class Anchoring(Base):
    """One party's anchoring (förankring) and implementation of one decision in its own organisation."""

    __tablename__ = "anchoring"
    # Follow-up lists the decisions still to be anchored (by status) across every group.
    __table_args__ = (UniqueConstraint("agenda_item_id", "organisation_id"), Index("ix_anchoring_status", "status"))

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    status: Mapped[AnchoringStatus] = mapped_column(enum_column_type(AnchoringStatus, "anchoring_status"))
    on_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    item: Mapped[AgendaItem] = relationship(back_populates="anchorings")


class AgendaTemplateItem(Base):
    """A group's standard agenda item (Mötets öppnande, …, Övriga frågor, Nästa möte)."""

    __tablename__ = "agenda_template_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey(GROUP_FK, ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500))
    kind: Mapped[ItemKind] = mapped_column(enum_column_type(ItemKind, "item_kind"))
    planned_minutes: Mapped[int | None] = mapped_column(Integer)
    # Placed after the meeting's own items (Övriga frågor, Nästa möte, Mötets avslutande).
    at_end: Mapped[bool] = mapped_column(Boolean, default=False)
    # Default wording for a decision item ("att godkänna dagordningen"), and whether the item is formalia.
    decision_text: Mapped[str | None] = mapped_column(Text)
    procedural: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

"""The group register: organisations, people, groups, mandates, reporting duties, memberships."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ...domain.enums import GroupKind, OrganisationKind, Recurrence, Role
from ..types import UTCDateTime, enum_column_type
from .base import Base, utcnow


class Organisation(Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    short_name: Mapped[str | None] = mapped_column(String(60))
    kind: Mapped[OrganisationKind] = mapped_column(enum_column_type(OrganisationKind, "organisation_kind"))


class Person(Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    title: Mapped[str | None] = mapped_column(String(200))
    # Personal data: never part of a published export.
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))

    employer: Mapped[Organisation | None] = relationship()


class Group(Base):
    __tablename__ = "coordination_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    short_name: Mapped[str | None] = mapped_column(String(60))
    kind: Mapped[GroupKind] = mapped_column(enum_column_type(GroupKind, "group_kind"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("coordination_group.id", ondelete="RESTRICT"), index=True)
    active_from: Mapped[date | None] = mapped_column(Date)
    active_to: Mapped[date | None] = mapped_column(Date)
    minutes_published_at: Mapped[str | None] = mapped_column(String(500))
    # The minutes end with lines for the chair and a justerare to sign (justering).
    justering_lines: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    parent: Mapped[Group | None] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list[Group]] = relationship(back_populates="parent")
    mandates: Mapped[list[Mandate]] = relationship(
        back_populates="group", order_by="Mandate.version", cascade="all, delete-orphan"
    )
    memberships: Mapped[list[Membership]] = relationship(back_populates="group", cascade="all, delete-orphan")
    reporting_duties: Mapped[list[ReportingDuty]] = relationship(
        back_populates="group", cascade="all, delete-orphan", order_by="ReportingDuty.id"
    )


class Mandate(Base):
    """One version of a group's uppdragshandling; the highest version is the current one."""

    __tablename__ = "mandate"
    __table_args__ = (UniqueConstraint("group_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("coordination_group.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str | None] = mapped_column(String(100))
    decided_on: Mapped[date | None] = mapped_column(Date)
    decided_by: Mapped[str | None] = mapped_column(String(300))
    commissioned_by: Mapped[str | None] = mapped_column(String(300))
    purpose: Mapped[str | None] = mapped_column(Text)
    assignment: Mapped[str | None] = mapped_column(Text)
    meetings_min: Mapped[int | None] = mapped_column(Integer)
    meetings_max: Mapped[int | None] = mapped_column(Integer)
    chair_term_months: Mapped[int | None] = mapped_column(Integer)
    chair_rotates: Mapped[bool] = mapped_column(Boolean, default=False)
    substitutes_allowed: Mapped[bool] = mapped_column(Boolean, default=True)
    approval_days: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    group: Mapped[Group] = relationship(back_populates="mandates")
    revisions: Mapped[list[MandateRevision]] = relationship(
        back_populates="mandate", cascade="all, delete-orphan", order_by="MandateRevision.revised_on"
    )


class MandateRevision(Base):
    """A date on which the mandate text was revised ("Reviderad: 2014-12-19/2016-02-25/…")."""

    __tablename__ = "mandate_revision"

    id: Mapped[int] = mapped_column(primary_key=True)
    mandate_id: Mapped[int] = mapped_column(ForeignKey("mandate.id", ondelete="CASCADE"), index=True)
    revised_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(String(300))

    mandate: Mapped[Mandate] = relationship(back_populates="revisions")


class ReportingDuty(Base):
    """A recurring report the mandate demands (årsrapport on a yearly date, quarterly deviations, …)."""

    __tablename__ = "reporting_duty"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("coordination_group.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    recurrence: Mapped[Recurrence] = mapped_column(enum_column_type(Recurrence, "recurrence"))
    due_month: Mapped[int] = mapped_column(Integer)
    due_day: Mapped[int] = mapped_column(Integer)
    recipient: Mapped[str | None] = mapped_column(String(200))

    group: Mapped[Group] = relationship(back_populates="reporting_duties")
    deadlines: Mapped[list[ReportingDeadline]] = relationship(
        back_populates="duty", cascade="all, delete-orphan", order_by="ReportingDeadline.due_on"
    )


class ReportingDeadline(Base):
    __tablename__ = "reporting_deadline"
    __table_args__ = (UniqueConstraint("duty_id", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    duty_id: Mapped[int] = mapped_column(ForeignKey("reporting_duty.id", ondelete="CASCADE"), index=True)
    due_on: Mapped[date] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)

    duty: Mapped[ReportingDuty] = relationship(back_populates="deadlines")


class Membership(Base):
    __tablename__ = "membership"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("coordination_group.id", ondelete="CASCADE"), index=True)
    role: Mapped[Role] = mapped_column(enum_column_type(Role, "role"))
    represents_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)

    person: Mapped[Person] = relationship()
    group: Mapped[Group] = relationship(back_populates="memberships")
    represents: Mapped[Organisation | None] = relationship()


class GroupTemplate(Base):
    """A group's own Word template for exports (logo, colours): stored here so that every secretary
    sharing the database exports with it. A table of its own so listing groups never loads the file."""

    __tablename__ = "group_template"

    group_id: Mapped[int] = mapped_column(ForeignKey("coordination_group.id", ondelete="CASCADE"), primary_key=True)
    file_name: Mapped[str] = mapped_column(String(300))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

"""Reporting deadlines (årsrapport, delårsrapport, handlingsplan, kvartalsrapport …) and marking a report
as submitted.

Deadlines are computed from the group's reporting duties, not stored in advance: a ``ReportingDeadline`` row is
written only when a report is marked as submitted. Changing a duty's date therefore never leaves stale future
rows behind, while the submitted ones keep their date (and are still listed in their year).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..db.models import Group, ReportingDeadline, ReportingDuty
from ..domain.calendar import check_year
from ..domain.codes import AuditAction, AuditEntity
from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..domain.rules import due_dates, swedish_sort_key
from . import UnitOfWork
from ._common import audit, get_or_raise


@dataclass(frozen=True)
class DeadlineDTO:
    duty_id: int
    group_id: int
    group_name: str
    name: str
    recipient: str | None
    due_on: date
    done_on: date | None

    def overdue(self, today: date) -> bool:
        return self.done_on is None and self.due_on < today


def deadlines_between(session: Session, first: date, last: date, group_id: int | None = None) -> list[DeadlineDTO]:
    """Every deadline due ``first``..``last`` (inclusive) of every duty (or one group's), by date. Deadlines before
    the group became active, or after it ended, are left out: the group owed no report then."""
    query = select(ReportingDuty).options(selectinload(ReportingDuty.deadlines), selectinload(ReportingDuty.group))
    if group_id is not None:
        query = query.where(ReportingDuty.group_id == group_id)
    found = []
    for duty in session.scalars(query):
        group = duty.group
        stored = {d.due_on: d.done_on for d in duty.deadlines}
        days = {day for year in range(first.year, last.year + 1)
                for day in due_dates(duty.recurrence, duty.due_month, duty.due_day, year)}
        days |= set(stored)  # a submitted report keeps its date even if the duty's date changed since
        for day in days:
            if not first <= day <= last or not _active(group, day):
                continue
            found.append(DeadlineDTO(duty.id, group.id, group.name, duty.name, duty.recipient, day, stored.get(day)))
    return sorted(found, key=lambda d: (d.due_on, swedish_sort_key(d.group_name), swedish_sort_key(d.name)))


def _active(group: Group, day: date) -> bool:
    return (group.active_from is None or group.active_from <= day) and (
        group.active_to is None or day <= group.active_to)


def reporting_deadlines(uow: UnitOfWork, year: int, group_id: int | None = None) -> list[DeadlineDTO]:
    """The year's deadlines, submitted or not, by date."""
    check_year(year)
    with uow:
        return deadlines_between(uow.session, date(year, 1, 1), date(year, 12, 31), group_id)


def mark_report_done(uow: UnitOfWork, duty_id: int, due_on: date, done_on: date | None) -> DeadlineDTO:
    """Record that the report due ``due_on`` was submitted ``done_on``; ``None`` takes the mark back."""
    with uow:
        duty = get_or_raise(uow.session, ReportingDuty, duty_id, "services.gone.reporting_duty")
        row = next((d for d in duty.deadlines if d.due_on == due_on), None)
        if row is None and due_on not in due_dates(duty.recurrence, duty.due_month, duty.due_day, due_on.year):
            raise ValidationError(msg("services.reporting.lamnas", duty_name=duty.name, isoformat=due_on.isoformat()),
                                  field="due_on")
        if row is None:
            row = ReportingDeadline(due_on=due_on)
            duty.deadlines.append(row)
        if row.done_on != done_on:
            row.done_on = done_on
            what = f"lämnad {done_on.isoformat()}" if done_on else "inte lämnad"
            audit(uow, AuditEntity.REPORT, duty.id, AuditAction.REPORT_DONE if done_on else AuditAction.REPORT_UNDONE,
                  f"{duty.group.name}: {duty.name} (senast {due_on.isoformat()}) {what}")
            uow.commit()
        return DeadlineDTO(duty.id, duty.group_id, duty.group.name, duty.name, duty.recipient, due_on, row.done_on)

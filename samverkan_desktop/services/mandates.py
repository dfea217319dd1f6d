"""Mandates (uppdragshandlingar) and reporting duties. Revising keeps every earlier version."""

from __future__ import annotations

from sqlalchemy import func, select

from ..db.models import Group, Mandate, MandateRevision, ReportingDuty
from ..domain.codes import AuditAction, AuditEntity
from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..domain.rules import optional_text, require_text, validate_meeting_range
from . import UnitOfWork, access
from ._common import audit, get_or_raise
from .dto import MandateData, MandateDTO, ReportingDutyData, ReportingDutyDTO

DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def mandate_to_dto(m: Mandate) -> MandateDTO:
    return MandateDTO(
        id=m.id, group_id=m.group_id, version=m.version, reference=m.reference, decided_on=m.decided_on,
        decided_by=m.decided_by, commissioned_by=m.commissioned_by, purpose=m.purpose, assignment=m.assignment,
        meetings_min=m.meetings_min, meetings_max=m.meetings_max, chair_term_months=m.chair_term_months,
        chair_rotates=m.chair_rotates, substitutes_allowed=m.substitutes_allowed,
        approval_days=m.approval_days, revision_dates=tuple(r.revised_on for r in m.revisions),
        created_at=m.created_at,
    )


def duty_to_dto(d: ReportingDuty) -> ReportingDutyDTO:
    return ReportingDutyDTO(id=d.id, name=d.name, recurrence=d.recurrence, due_month=d.due_month,
                            due_day=d.due_day, recipient=d.recipient)


def validate_mandate(data: MandateData) -> None:
    validate_meeting_range(data.meetings_min, data.meetings_max)
    if data.chair_term_months is not None and not 1 <= data.chair_term_months <= 120:
        raise ValidationError(msg("services.mandates.ordforandens_mandatperiod_vara_manader"),
                              field="chair_term_months")
    if data.approval_days is not None and not 0 <= data.approval_days <= 365:
        raise ValidationError(msg("services.mandates.dagar_for_ordforandens_godkannande"), field="approval_days")
    if data.decided_on and any(r < data.decided_on for r in data.revision_dates):
        raise ValidationError(msg("services.mandates.revideringsdatum_ligga_fore_beslutsdatumet"),
                              field="revision_dates")
    for duty in data.reporting_duties:
        validate_duty(duty)


def validate_duty(duty: ReportingDutyData) -> None:
    require_text(duty.name, "reporting_duties", msg("services.mandates.varje_rapporteringskrav_maste_ha"))
    if not 1 <= duty.due_month <= 12 or not 1 <= duty.due_day <= DAYS_IN_MONTH[duty.due_month - 1]:
        raise ValidationError(msg("services.mandates.datumet_finns", duty_name=duty.name, duty_due_month=duty.due_month,
                                  duty_due_day=duty.due_day),
                              field="reporting_duties")


def current_mandate(uow: UnitOfWork, group_id: int) -> MandateDTO | None:
    with uow:
        m = uow.session.scalar(
            select(Mandate).where(Mandate.group_id == group_id).order_by(Mandate.version.desc()).limit(1)
        )
        return mandate_to_dto(m) if m else None


def mandate_history(uow: UnitOfWork, group_id: int) -> list[MandateDTO]:
    """Every version, newest first."""
    with uow:
        rows = uow.session.scalars(
            select(Mandate).where(Mandate.group_id == group_id).order_by(Mandate.version.desc())
        )
        return [mandate_to_dto(m) for m in rows]


def reporting_duties(uow: UnitOfWork, group_id: int) -> list[ReportingDutyDTO]:
    with uow:
        rows = uow.session.scalars(
            select(ReportingDuty).where(ReportingDuty.group_id == group_id).order_by(ReportingDuty.id)
        )
        return [duty_to_dto(d) for d in rows]


def save_mandate(uow: UnitOfWork, group_id: int, data: MandateData, *, new_version: bool) -> MandateDTO:
    """Store the mandate. ``new_version`` keeps the current text as history and adds a revision;
    otherwise the current version is corrected in place (or the first one created)."""
    validate_mandate(data)
    with uow:
        access.require(uow, access.REGISTER)
        group = get_or_raise(uow.session, Group, group_id, "services.gone.group")
        latest = uow.session.scalar(
            select(Mandate).where(Mandate.group_id == group_id).order_by(Mandate.version.desc()).limit(1)
        )
        if latest is None or new_version:
            version = (uow.session.scalar(
                select(func.max(Mandate.version)).where(Mandate.group_id == group_id)) or 0) + 1
            mandate = Mandate(group_id=group_id, version=version)
            uow.session.add(mandate)
            action = AuditAction.NEW_VERSION if latest else AuditAction.CREATED
        else:
            mandate = latest
            action = AuditAction.CORRECTED
        mandate.reference = optional_text(data.reference)
        mandate.decided_on = data.decided_on
        mandate.decided_by = optional_text(data.decided_by)
        mandate.commissioned_by = optional_text(data.commissioned_by)
        mandate.purpose = optional_text(data.purpose)
        mandate.assignment = optional_text(data.assignment)
        mandate.meetings_min = data.meetings_min
        mandate.meetings_max = data.meetings_max
        mandate.chair_term_months = data.chair_term_months
        mandate.chair_rotates = data.chair_rotates
        mandate.substitutes_allowed = data.substitutes_allowed
        mandate.approval_days = data.approval_days
        mandate.revisions = [MandateRevision(revised_on=d) for d in sorted(set(data.revision_dates))]
        _replace_duties(group, data.reporting_duties)
        uow.session.flush()
        audit(uow, AuditEntity.MANDATE, mandate.id, action, f"{group.name}, version {mandate.version}")
        uow.commit()
        return mandate_to_dto(mandate)


def _replace_duties(group: Group, duties: tuple[ReportingDutyData, ...]) -> None:
    """Keep rows whose name is unchanged (their deadlines stay attached); add and drop the rest."""
    existing = {d.name: d for d in group.reporting_duties}
    kept = []
    for data in duties:
        name = data.name.strip()
        duty = existing.pop(name, None) or ReportingDuty(name=name)
        duty.recurrence = data.recurrence
        duty.due_month = data.due_month
        duty.due_day = data.due_day
        duty.recipient = optional_text(data.recipient)
        kept.append(duty)
    group.reporting_duties = kept

"""Organisations (huvudmän): regions, municipalities, private providers…"""

from __future__ import annotations

from sqlalchemy import func, select

from ..db.models import ActionItem, Anchoring, Attendance, Membership, Organisation, Person
from ..domain.codes import AuditAction, AuditEntity
from ..domain.errors import ConflictError
from ..domain.messages import msg
from ..domain.rules import optional_text, require_text, swedish_sort_key
from . import UnitOfWork, access
from ._common import audit, get_or_raise, name_taken
from .dto import OrganisationData, OrganisationDTO

NOT_FOUND = "services.gone.organisation"


def to_dto(org: Organisation) -> OrganisationDTO:
    return OrganisationDTO(id=org.id, name=org.name, kind=org.kind, short_name=org.short_name)


def list_organisations(uow: UnitOfWork) -> list[OrganisationDTO]:
    with uow:
        rows = uow.session.scalars(select(Organisation))
        return sorted((to_dto(o) for o in rows), key=lambda o: swedish_sort_key(o.name))


def get_organisation(uow: UnitOfWork, organisation_id: int) -> OrganisationDTO:
    with uow:
        return to_dto(get_or_raise(uow.session, Organisation, organisation_id, NOT_FOUND))


def _apply(uow: UnitOfWork, org: Organisation, data: OrganisationData) -> None:
    name = require_text(data.name, "name", msg("services.organisations.organisationen_maste_ha_namn"))
    if name_taken(uow.session, Organisation.name, name, org.id):
        raise ConflictError(msg("services.organisations.finns_organisation_heter", name=name), field="name")
    org.name = name
    org.short_name = optional_text(data.short_name)
    org.kind = data.kind


def create_organisation(uow: UnitOfWork, data: OrganisationData) -> OrganisationDTO:
    with uow:
        access.require(uow, access.REGISTER)
        org = Organisation()
        _apply(uow, org, data)
        uow.session.add(org)
        uow.session.flush()
        audit(uow, AuditEntity.ORGANISATION, org.id, AuditAction.CREATED, org.name)
        uow.commit()
        return to_dto(org)


def update_organisation(uow: UnitOfWork, organisation_id: int, data: OrganisationData) -> OrganisationDTO:
    with uow:
        access.require(uow, access.REGISTER)
        org = get_or_raise(uow.session, Organisation, organisation_id, NOT_FOUND)
        before = org.name
        _apply(uow, org, data)
        audit(uow, AuditEntity.ORGANISATION, org.id, AuditAction.CHANGED, f"{before} -> {org.name}")
        uow.commit()
        return to_dto(org)


def _uses(uow: UnitOfWork, organisation_id: int) -> list[str]:
    """What still names the organisation, in words ("2 medlemskap"): deleting it would empty or remove those
    (an anchoring row goes with its party; attendance in approved minutes would no longer match their hash)."""
    counts = (
        (select(func.count()).where(Membership.represents_id == organisation_id), "membership"),
        (select(func.count()).where(Person.employer_id == organisation_id), "person"),
        (select(func.count()).where(Attendance.represents_id == organisation_id), "attendance"),
        (select(func.count()).where(ActionItem.responsible_organisation_id == organisation_id), "action"),
        (select(func.count()).where(Anchoring.organisation_id == organisation_id), "anchoring"),
    )
    found = []
    for query, kind in counts:
        number = uow.session.scalar(query) or 0
        if number:
            found.append(msg(f"services.organisations.uses.{kind}.{'one' if number == 1 else 'many'}", n=number))
    return found


def delete_organisation(uow: UnitOfWork, organisation_id: int) -> None:
    with uow:
        access.require(uow, access.REGISTER)
        org = get_or_raise(uow.session, Organisation, organisation_id, NOT_FOUND)
        uses = _uses(uow, org.id)
        if uses:
            listed = ", ".join(uses[:-1]) + (msg("services.organisations.och") if len(uses) > 1 else "") + uses[-1]
            raise ConflictError(msg("services.organisations.tas_bort_anvands_av", org_name=org.name, listed=listed))
        audit(uow, AuditEntity.ORGANISATION, org.id, AuditAction.REMOVED, org.name)
        uow.session.delete(org)
        uow.commit()

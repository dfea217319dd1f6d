"""Organisations (huvudmän): regions, municipalities, private providers…"""

from __future__ import annotations

from sqlalchemy import func, select

from ..db.models import Membership, Organisation, Person
from ..domain.codes import AuditAction, AuditEntity
from ..domain.errors import ConflictError
from ..domain.rules import optional_text, require_text, swedish_sort_key
from . import UnitOfWork, access
from ._common import audit, get_or_raise, name_taken
from .dto import OrganisationData, OrganisationDTO

NOT_FOUND = "Organisationen finns inte längre."


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
    name = require_text(data.name, "name", "Organisationen måste ha ett namn.")
    if name_taken(uow.session, Organisation.name, name, org.id):
        raise ConflictError(f"Det finns redan en organisation som heter {name}.", field="name")
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


def delete_organisation(uow: UnitOfWork, organisation_id: int) -> None:
    with uow:
        access.require(uow, access.REGISTER)
        org = get_or_raise(uow.session, Organisation, organisation_id, NOT_FOUND)
        used = uow.session.scalar(select(func.count()).where(Membership.represents_id == org.id))
        employs = uow.session.scalar(select(func.count()).where(Person.employer_id == org.id))
        if used or employs:
            raise ConflictError(
                f"{org.name} kan inte tas bort: den används av {used} medlemskap och {employs} personer."
            )
        audit(uow, AuditEntity.ORGANISATION, org.id, AuditAction.REMOVED, org.name)
        uow.session.delete(org)
        uow.commit()

"""People: members, chairs, secretaries. E-mail and phone are personal data."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..db.models import Organisation, Person
from ..domain.codes import AuditAction, AuditEntity
from ..domain.messages import msg
from ..domain.rules import optional_text, require_text, swedish_sort_key
from . import UnitOfWork, access
from ._common import audit, check_email, check_phone, get_or_raise
from .dto import PersonData, PersonDTO

NOT_FOUND = "services.gone.person"


def to_dto(person: Person) -> PersonDTO:
    return PersonDTO(
        id=person.id, name=person.name, title=person.title, email=person.email, phone=person.phone,
        employer_id=person.employer_id, employer_name=person.employer.name if person.employer else None,
    )


def list_people(uow: UnitOfWork) -> list[PersonDTO]:
    with uow:
        rows = uow.session.scalars(select(Person).options(selectinload(Person.employer)))
        return sorted((to_dto(p) for p in rows), key=lambda p: swedish_sort_key(p.name))


def get_person(uow: UnitOfWork, person_id: int) -> PersonDTO:
    with uow:
        return to_dto(get_or_raise(uow.session, Person, person_id, NOT_FOUND))


def _apply(uow: UnitOfWork, person: Person, data: PersonData) -> None:
    person.name = require_text(data.name, "name", msg("services.people.personen_maste_ha_namn"))
    person.title = optional_text(data.title)
    email = optional_text(data.email)
    phone = optional_text(data.phone)
    check_email(email)
    check_phone(phone)
    person.email, person.phone = email, phone
    if data.employer_id is not None:
        get_or_raise(uow.session, Organisation, data.employer_id, "services.gone.employer")
    person.employer_id = data.employer_id


def create_person(uow: UnitOfWork, data: PersonData) -> PersonDTO:
    with uow:
        access.require(uow, access.REGISTER)
        person = Person()
        _apply(uow, person, data)
        uow.session.add(person)
        uow.session.flush()
        audit(uow, AuditEntity.PERSON, person.id, AuditAction.CREATED, person.name)
        uow.session.flush()
        uow.session.refresh(person, ["employer"])
        uow.commit()
        return to_dto(person)


def update_person(uow: UnitOfWork, person_id: int, data: PersonData) -> PersonDTO:
    with uow:
        access.require(uow, access.REGISTER)
        person = get_or_raise(uow.session, Person, person_id, NOT_FOUND)
        _apply(uow, person, data)
        audit(uow, AuditEntity.PERSON, person.id, AuditAction.CHANGED, person.name)
        uow.session.flush()
        uow.session.refresh(person, ["employer"])
        uow.commit()
        return to_dto(person)

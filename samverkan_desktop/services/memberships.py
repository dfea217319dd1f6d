"""Memberships: who sits in a group, in which role, for which party, and when."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..db.models import Group, Mandate, Membership, Organisation, Person
from ..domain.codes import AuditAction, AuditEntity
from ..domain.enums import Role
from ..domain.rules import Seat, check_single_seat, rotation_warnings, swedish_sort_key, validate_period
from . import UnitOfWork, access
from ._common import audit, get_or_raise
from .dto import MembershipData, MembershipDTO, SaveResult

NOT_FOUND = "services.gone.membership"


def membership_to_dto(m: Membership) -> MembershipDTO:
    return MembershipDTO(
        id=m.id, person_id=m.person_id, person_name=m.person.name, person_title=m.person.title,
        group_id=m.group_id, role=m.role, represents_id=m.represents_id,
        represents_name=m.represents.name if m.represents else None,
        represents_kind=m.represents.kind if m.represents else None,
        valid_from=m.valid_from, valid_to=m.valid_to,
    )


def _seat(m: Membership) -> Seat:
    return Seat(m.id, m.person.name, m.role, m.valid_from, m.valid_to, m.represents.kind if m.represents else None)


def list_memberships(uow: UnitOfWork, group_id: int, on: date | None = None) -> list[MembershipDTO]:
    """The group's memberships (only those valid ``on`` a day, if given), chairs first, then by name."""
    with uow:
        rows = uow.session.scalars(
            select(Membership).where(Membership.group_id == group_id)
            .options(selectinload(Membership.person), selectinload(Membership.represents))
        )
        result = [membership_to_dto(m) for m in rows]
    if on is not None:
        result = [m for m in result if m.valid_on(on)]
    seat_order = {Role.CHAIR: 0, Role.VICE_CHAIR: 1}
    return sorted(result, key=lambda m: (seat_order.get(m.role, 2), swedish_sort_key(m.person_name),
                                         m.valid_from or date.min))


def _check(uow: UnitOfWork, data: MembershipData, membership_id: int | None) -> tuple[Group, list[str]]:
    group = get_or_raise(uow.session, Group, data.group_id, "services.gone.group")
    person = get_or_raise(uow.session, Person, data.person_id, "services.gone.choose_person")
    represents = None
    if data.represents_id is not None:
        represents = get_or_raise(uow.session, Organisation, data.represents_id, "services.gone.organisation")
    validate_period(data.valid_from, data.valid_to)
    new = Seat(membership_id, person.name, data.role, data.valid_from, data.valid_to,
               represents.kind if represents else None)
    existing = [_seat(m) for m in group.memberships]
    check_single_seat(new, existing)
    mandate = uow.session.scalar(
        select(Mandate).where(Mandate.group_id == group.id).order_by(Mandate.version.desc()).limit(1)
    )
    warnings = rotation_warnings(new, existing, chair_rotates=bool(mandate and mandate.chair_rotates))
    return group, warnings


def membership_warnings(uow: UnitOfWork, data: MembershipData, membership_id: int | None = None) -> list[str]:
    """Validate without saving: raises on errors, returns the warnings the user should confirm."""
    with uow:
        return _check(uow, data, membership_id)[1]


def save_membership(
    uow: UnitOfWork, data: MembershipData, membership_id: int | None = None
) -> SaveResult[MembershipDTO]:
    with uow:
        access.require(uow, access.REGISTER)
        group, warnings = _check(uow, data, membership_id)
        if membership_id is None:
            membership = Membership()
            uow.session.add(membership)
            action = AuditAction.ADDED
        else:
            membership = get_or_raise(uow.session, Membership, membership_id, NOT_FOUND)
            action = AuditAction.CHANGED
        membership.person_id = data.person_id
        membership.group_id = data.group_id
        membership.role = data.role
        membership.represents_id = data.represents_id
        membership.valid_from = data.valid_from
        membership.valid_to = data.valid_to
        uow.session.flush()
        uow.session.refresh(membership, ["person", "represents"])
        audit(uow, AuditEntity.MEMBERSHIP, membership.id, action,
              f"{membership.person.name} i {group.name} som {data.role.value}")
        uow.commit()
        return SaveResult(membership_to_dto(membership), tuple(warnings))


def end_membership(uow: UnitOfWork, membership_id: int, on: date) -> MembershipDTO:
    with uow:
        access.require(uow, access.REGISTER)
        membership = get_or_raise(uow.session, Membership, membership_id, NOT_FOUND)
        validate_period(membership.valid_from, on)
        membership.valid_to = on
        audit(uow, AuditEntity.MEMBERSHIP, membership.id, AuditAction.CLOSED,
              f"{membership.person.name} t.o.m. {on.isoformat()}")
        uow.commit()
        return membership_to_dto(membership)


def delete_membership(uow: UnitOfWork, membership_id: int) -> None:
    with uow:
        access.require(uow, access.REGISTER)
        membership = get_or_raise(uow.session, Membership, membership_id, NOT_FOUND)
        audit(uow, AuditEntity.MEMBERSHIP, membership.id, AuditAction.REMOVED, membership.person.name)
        uow.session.delete(membership)
        uow.commit()

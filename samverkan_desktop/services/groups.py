"""Groups and their hierarchy ("rapporterar till")."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import aliased, selectinload

from ..db.models import Group, Mandate, Membership, Person
from ..domain.codes import AuditAction, AuditEntity
from ..domain.enums import Role
from ..domain.errors import ConflictError, ValidationError
from ..domain.messages import msg
from ..domain.rules import optional_text, require_text, swedish_sort_key, validate_period
from . import UnitOfWork, access
from ._common import audit, get_or_raise, name_taken
from .dto import GroupData, GroupDTO, GroupNode, GroupOverview
from .mandates import duty_to_dto, mandate_to_dto
from .memberships import membership_to_dto

NOT_FOUND = "services.gone.group"


def to_dto(group: Group) -> GroupDTO:
    return GroupDTO(
        id=group.id, name=group.name, kind=group.kind, short_name=group.short_name,
        parent_id=group.parent_id, parent_name=group.parent.name if group.parent else None,
        active_from=group.active_from, active_to=group.active_to,
        minutes_published_at=group.minutes_published_at, justering_lines=bool(group.justering_lines),
    )


def list_group_tree(uow: UnitOfWork, on: date | None = None) -> list[GroupNode]:
    """Every group with what the tree shows, in name order; the caller nests them by parent_id."""
    today = on or date.today()
    valid = (
        (Membership.valid_from.is_(None) | (Membership.valid_from <= today))
        & (Membership.valid_to.is_(None) | (Membership.valid_to >= today))
    )
    with uow:
        counts: dict[int, int] = dict(
            uow.session.execute(
                select(Membership.group_id, func.count(func.distinct(Membership.person_id)))
                .where(valid).group_by(Membership.group_id)
            ).tuples().all()
        )
        chairs: dict[int, str] = dict(uow.session.execute(  # the names in the same query: not one query per chair
            select(Membership.group_id, Person.name).join(Membership.person)
            .where(valid, Membership.role == Role.CHAIR).order_by(Membership.id)
        ).tuples().all())
        nodes = []
        for g in sorted(uow.session.scalars(select(Group)), key=lambda g: swedish_sort_key(g.name)):
            active = (g.active_from is None or g.active_from <= today) and (
                g.active_to is None or g.active_to >= today
            )
            nodes.append(GroupNode(
                id=g.id, name=g.name, short_name=g.short_name, kind=g.kind, parent_id=g.parent_id,
                member_count=counts.get(g.id, 0), chair_name=chairs.get(g.id), active=active,
            ))
        return nodes


def list_groups(uow: UnitOfWork) -> list[GroupDTO]:
    parent = aliased(Group)
    with uow:  # plain rows, not entities: every editor that opens lists every group
        rows = uow.session.execute(
            select(Group.id, Group.name, Group.kind, Group.short_name, Group.parent_id, parent.name,
                   Group.active_from, Group.active_to, Group.minutes_published_at, Group.justering_lines)
            .outerjoin(parent, Group.parent_id == parent.id))
        dtos = [GroupDTO(id=r[0], name=r[1], kind=r[2], short_name=r[3], parent_id=r[4], parent_name=r[5],
                         active_from=r[6], active_to=r[7], minutes_published_at=r[8], justering_lines=bool(r[9]))
                for r in rows]
        return sorted(dtos, key=lambda g: swedish_sort_key(g.name))


def group_choices(uow: UnitOfWork) -> list[tuple[str, int]]:
    """(name, id) of every group in list_groups' order, for a choice list: the meeting editor's "to group"."""
    with uow:  # two columns, not DTOs: every editor that opens asks for these
        rows = uow.session.execute(select(Group.name, Group.id).order_by(Group.id))
        return sorted(((name, ident) for name, ident in rows), key=lambda r: swedish_sort_key(r[0]))


def get_group(uow: UnitOfWork, group_id: int) -> GroupDTO:
    with uow:
        return to_dto(get_or_raise(uow.session, Group, group_id, NOT_FOUND))


def _apply(uow: UnitOfWork, group: Group, data: GroupData) -> None:
    name = require_text(data.name, "name", msg("services.groups.gruppen_maste_ha_namn"))
    if name_taken(uow.session, Group.name, name, group.id):
        raise ConflictError(msg("services.groups.finns_grupp_heter", name=name), field="name")
    validate_period(data.active_from, data.active_to, field="active_to")
    if data.parent_id is not None:
        parent = get_or_raise(uow.session, Group, data.parent_id, "services.gone.parent_group")
        ancestor: Group | None = parent
        while ancestor is not None:
            if group.id is not None and ancestor.id == group.id:
                raise ValidationError(
                    msg("services.groups.grupp_rapportera_sig_sjalv"),
                    field="parent_id",
                )
            ancestor = ancestor.parent
    group.name = name
    group.short_name = optional_text(data.short_name)
    group.kind = data.kind
    group.parent_id = data.parent_id
    group.active_from = data.active_from
    group.active_to = data.active_to
    group.minutes_published_at = optional_text(data.minutes_published_at)
    group.justering_lines = bool(data.justering_lines)


def create_group(uow: UnitOfWork, data: GroupData) -> GroupDTO:
    with uow:
        access.require(uow, access.REGISTER)
        group = Group()
        _apply(uow, group, data)
        uow.session.add(group)
        uow.session.flush()
        audit(uow, AuditEntity.GROUP, group.id, AuditAction.CREATED, group.name)
        uow.session.flush()
        uow.session.refresh(group, ["parent"])
        uow.commit()
        return to_dto(group)


def update_group(uow: UnitOfWork, group_id: int, data: GroupData) -> GroupDTO:
    with uow:
        access.require(uow, access.REGISTER)
        group = get_or_raise(uow.session, Group, group_id, NOT_FOUND)
        _apply(uow, group, data)
        audit(uow, AuditEntity.GROUP, group.id, AuditAction.CHANGED, group.name)
        uow.session.flush()
        uow.session.refresh(group, ["parent"])
        uow.commit()
        return to_dto(group)


def group_overview(uow: UnitOfWork, group_id: int, on: date | None = None) -> GroupOverview:
    today = on or date.today()
    with uow:
        group = get_or_raise(uow.session, Group, group_id, NOT_FOUND)
        mandates = list(uow.session.scalars(
            select(Mandate).where(Mandate.group_id == group_id).order_by(Mandate.version)
        ))
        members = [membership_to_dto(m) for m in uow.session.scalars(
            select(Membership).where(Membership.group_id == group_id)
            .options(selectinload(Membership.person), selectinload(Membership.represents))
        )]
        current = [m for m in members if m.valid_on(today)]
        chair = next((m for m in current if m.role is Role.CHAIR), None)
        vice = next((m for m in current if m.role is Role.VICE_CHAIR), None)
        return GroupOverview(
            group=to_dto(group),
            mandate=mandate_to_dto(mandates[-1]) if mandates else None,
            mandate_versions=len(mandates),
            reporting_duties=tuple(duty_to_dto(d) for d in group.reporting_duties),
            chair=chair,
            vice_chair=vice,
            member_count=len({m.person_id for m in current}),
            sub_groups=tuple(sorted((c.name for c in group.children), key=swedish_sort_key)),
        )

"""The agenda (föredragningslista): items, their order, the group's standard items (attachments: attachments.py)."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from ..db.models import AgendaItem, AgendaTemplateItem, Case, Group, Meeting, Organisation, Person
from ..domain.codes import AuditAction, AuditEntity
from ..domain.enums import ItemKind, MeetingStatus, MinutesStatus
from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..domain.rules import optional_text, require_text
from . import UnitOfWork, access
from ._common import audit, drop_unused_attachment_content, get_or_raise, lock_meeting, preload
from .case_state import settle_cases_of
from .meeting_dto import (
    ActionDTO,
    AgendaItemData,
    AgendaItemDTO,
    AttachmentDTO,
    TemplateItemData,
)
from .numbering import renumber_for_meeting

NOT_FOUND = "services.gone.item"
DEFAULT_TEMPLATE = (
    TemplateItemData("Mötets öppnande", ItemKind.INFORMATION, 5),
    TemplateItemData("Godkännande av dagordningen", ItemKind.DECISION, 5,
                     decision_text="att godkänna dagordningen", procedural=True),
    TemplateItemData("Föregående minnesanteckningar", ItemKind.INFORMATION, 5, procedural=True),
    TemplateItemData("Övriga frågor", ItemKind.DISCUSSION, 10, at_end=True),
    TemplateItemData("Nästa möte", ItemKind.INFORMATION, 5, at_end=True),
    TemplateItemData("Mötets avslutande", ItemKind.INFORMATION, None, at_end=True),
)


def action_to_dto(a) -> ActionDTO:
    from ..db.models import Organisation, Person

    session = Session.object_session(a)
    assert session is not None, "a DTO is made of a row in a session"
    person = session.get(Person, a.responsible_person_id) if a.responsible_person_id else None
    org = session.get(Organisation, a.responsible_organisation_id) if a.responsible_organisation_id else None
    return ActionDTO(
        id=a.id, agenda_item_id=a.agenda_item_id, what=a.what, responsible_person_id=a.responsible_person_id,
        responsible_person_name=person.name if person else None,
        responsible_organisation_id=a.responsible_organisation_id,
        responsible_organisation_name=org.name if org else None, due_on=a.due_on, status=a.status,
        done_on=a.done_on,
    )


def item_to_dto(item: AgendaItem) -> AgendaItemDTO:
    session = Session.object_session(item)
    assert session is not None, "a DTO is made of a row in a session"
    target = session.get(Group, item.target_group_id) if item.target_group_id else None
    return AgendaItemDTO(
        id=item.id, meeting_id=item.meeting_id, position=item.position, paragraph=item.paragraph,
        title=item.title, kind=item.kind, presenter=item.presenter, planned_minutes=item.planned_minutes,
        case_id=item.case_id, case_title=item.case.title if item.case else None, confidential=item.confidential,
        notes=item.notes, decision_text=item.decision_text, outcome=item.outcome,
        outcome_reason=item.outcome_reason, target_group_id=item.target_group_id,
        target_group_name=target.name if target else None,
        attachments=tuple(AttachmentDTO(a.id, a.file_name, a.size, a.sha256) for a in item.attachments),
        actions=tuple(action_to_dto(a) for a in item.actions), procedural=bool(item.procedural),
    )


def editable_meeting(uow: UnitOfWork, meeting_id: int, *, numbering: bool = False) -> Meeting:
    """The meeting, if its content may change; every content edit goes through here.

    Approved and published minutes are read-only (reopening needs a reason). An edit while the minutes wait for
    the chair returns them to utkast: the chair must see, and approve, what the minutes now say. The meeting is
    locked first (lock_meeting; with its group when the edit renumbers §), so an approval committed by another
    client meanwhile is seen here and the edit refused, never written after it.
    """
    group_id = uow.session.scalar(select(Meeting.group_id).where(Meeting.id == meeting_id))
    if group_id is not None:  # first: on PostgreSQL a reader cannot lock the row (lock_meeting: "not found")
        access.require(uow, access.EDIT, group_id)
    meeting = lock_meeting(uow.session, meeting_id, numbering=numbering)
    if meeting.status is MeetingStatus.CANCELLED:
        raise ValidationError(msg("services.agenda.motet_ar_installt_dagordningen"))
    check_minutes_open(uow, meeting)
    return meeting


def check_minutes_open(uow: UnitOfWork, meeting: Meeting) -> None:
    if meeting.minutes_status in (MinutesStatus.APPROVED, MinutesStatus.PUBLISHED):
        raise ValidationError(msg("services.agenda.anteckningarna_ar_godkanda_lasta"), field="minutes_status")
    if meeting.minutes_status is MinutesStatus.FOR_APPROVAL:
        meeting.minutes_status = MinutesStatus.DRAFT
        audit(uow, AuditEntity.MINUTES, meeting.id, AuditAction.BACK_TO_DRAFT,
              "ändrade medan de väntade på godkännande", meeting.id)


def load_items(session: Session, meeting_id: int) -> list[AgendaItem]:
    """The meeting's items in order with everything item_to_dto reads: a fixed number of queries however
    long the agenda is (no query per item)."""
    items = list(session.scalars(
        select(AgendaItem).where(AgendaItem.meeting_id == meeting_id).order_by(AgendaItem.position)
        .options(selectinload(AgendaItem.case), selectinload(AgendaItem.attachments),
                 selectinload(AgendaItem.actions))))
    actions = [a for i in items for a in i.actions]
    preload(session, Group, (i.target_group_id for i in items))
    preload(session, Person, (a.responsible_person_id for a in actions))
    preload(session, Organisation, (a.responsible_organisation_id for a in actions))
    return items


def list_items(uow: UnitOfWork, meeting_id: int) -> list[AgendaItemDTO]:
    with uow:
        get_or_raise(uow.session, Meeting, meeting_id, "services.gone.meeting")
        return [item_to_dto(i) for i in load_items(uow.session, meeting_id)]


def get_item(uow: UnitOfWork, item_id: int) -> AgendaItemDTO:
    with uow:
        return item_to_dto(get_or_raise(uow.session, AgendaItem, item_id, NOT_FOUND))


def _check(data: AgendaItemData) -> str:
    title = require_text(data.title, "title", msg("services.agenda.punkten_maste_ha_rubrik"))
    if data.planned_minutes is not None and not 0 <= data.planned_minutes <= 600:
        raise ValidationError(msg("services.agenda.planerad_tid_vara_minuter"), field="planned_minutes")
    return title


def _set_positions(items: list[AgendaItem]) -> None:
    for position, item in enumerate(items, start=1):
        item.position = position


def add_item(uow: UnitOfWork, meeting_id: int, data: AgendaItemData, position: int | None = None) -> AgendaItemDTO:
    """Insert at ``position`` (1-based); by default before the group's closing standard items."""
    title = _check(data)
    with uow:
        meeting = editable_meeting(uow, meeting_id, numbering=True)
        items = sorted(meeting.items, key=lambda i: i.position)
        if position is None:
            closing = {t.title for t in _template(uow.session, meeting.group_id) if t.at_end}
            position = next((i.position for i in items if i.title in closing), len(items) + 1)
        item = AgendaItem(title=title, kind=data.kind, presenter=optional_text(data.presenter),
                          planned_minutes=data.planned_minutes, confidential=data.confidential,
                          case_id=data.case_id, position=0)
        index = max(0, min(position - 1, len(items)))
        items.insert(index, item)
        meeting.items.append(item)
        _set_positions(items)
        if data.case_id is not None:
            case = get_or_raise(uow.session, Case, data.case_id, "services.gone.case")
            if case.group_id != meeting.group_id:
                raise ValidationError(msg("services.agenda.arendet_ligger_annan_grupp"), field="case_id")
        renumber_for_meeting(uow.session, meeting)
        settle_cases_of(uow.session, {data.case_id})  # flushes: the item has its id
        audit(uow, AuditEntity.ITEM, item.id, AuditAction.ADDED, title, meeting.id)
        uow.commit()
        return item_to_dto(item)


def position_below(uow: UnitOfWork, meeting_id: int, item_id: int | None) -> int | None:
    """Where a new item goes when ``item_id`` is the selected row: just below it, but never among the opening
    standard items (Mötets öppnande, Godkännande av dagordningen, …) nor after the closing ones (Övriga frågor …).
    ``None`` (no row selected) means add_item's default: before the closing standard items."""
    if item_id is None:
        return None
    with uow:
        meeting = get_or_raise(uow.session, Meeting, meeting_id, "services.gone.meeting")
        items = sorted(meeting.items, key=lambda i: i.position)
        below = next((n + 2 for n, i in enumerate(items) if i.id == item_id), None)  # 1-based, one further
        if below is None:
            return None
        template = _template(uow.session, meeting.group_id)
        opening = {t.title for t in template if not t.at_end}
        closing = {t.title for t in template if t.at_end}
        head = next((n for n, i in enumerate(items) if i.title not in opening), len(items))
        tail = next((n for n, i in reversed(list(enumerate(items))) if i.title not in closing), -1) + 1
        tail = max(tail, head)
        return min(max(below, head + 1), tail + 1)


def update_item(uow: UnitOfWork, item_id: int, data: AgendaItemData) -> AgendaItemDTO:
    title = _check(data)
    with uow:
        item = get_or_raise(uow.session, AgendaItem, item_id, NOT_FOUND)
        editable_meeting(uow, item.meeting_id)
        before = item.title
        item.title, item.kind = title, data.kind
        item.presenter = optional_text(data.presenter)
        item.planned_minutes = data.planned_minutes
        item.confidential = data.confidential
        audit(uow, AuditEntity.ITEM, item.id, AuditAction.CHANGED, f"{before} -> {title}", item.meeting_id)
        uow.commit()
        return item_to_dto(item)


def delete_item(uow: UnitOfWork, item_id: int) -> None:
    with uow:
        item = get_or_raise(uow.session, AgendaItem, item_id, NOT_FOUND)
        meeting = editable_meeting(uow, item.meeting_id, numbering=True)
        items = [i for i in sorted(meeting.items, key=lambda i: i.position) if i.id != item.id]
        audit(uow, AuditEntity.ITEM, item.id, AuditAction.REMOVED, item.title, meeting.id)
        case_id = item.case_id
        digests = [a.sha256 for a in item.attachments]
        meeting.items.remove(item)
        uow.session.delete(item)
        drop_unused_attachment_content(uow.session, digests)
        _set_positions(items)
        renumber_for_meeting(uow.session, meeting)
        settle_cases_of(uow.session, {case_id})
        uow.commit()


def move_item(uow: UnitOfWork, item_id: int, new_position: int) -> list[AgendaItemDTO]:
    """Move an item to ``new_position`` (1-based, clamped); returns the whole agenda in its new order."""
    with uow:
        item = get_or_raise(uow.session, AgendaItem, item_id, NOT_FOUND)
        meeting = editable_meeting(uow, item.meeting_id, numbering=True)
        items = [i for i in sorted(meeting.items, key=lambda i: i.position) if i.id != item.id]
        old = item.position
        items.insert(max(0, min(new_position - 1, len(items))), item)
        _set_positions(items)
        renumber_for_meeting(uow.session, meeting)
        audit(uow, AuditEntity.ITEM, item.id, AuditAction.MOVED,
              f"{item.title}: plats {old} -> {item.position}", meeting.id)
        uow.commit()
        return [item_to_dto(i) for i in items]


def planned_time_warning(uow: UnitOfWork, meeting_id: int) -> str | None:
    """A warning when the items' planned minutes add up to more than the meeting's length."""
    with uow:
        meeting = get_or_raise(uow.session, Meeting, meeting_id, "services.gone.meeting")
        planned = uow.session.scalar(select(func.sum(AgendaItem.planned_minutes))  # not every item's text
                                     .where(AgendaItem.meeting_id == meeting_id)) or 0
        return time_warning(meeting, planned)


def time_warning(meeting: Meeting, planned: int) -> str | None:
    """The warning of planned_time_warning, for a caller that has the items' planned minutes at hand."""
    length = int((meeting.ends_at - meeting.starts_at).total_seconds() // 60)
    if planned > length:
        return msg("agenda.time_over", planned=planned, length=length)
    return None


# -- the group's standard items ----------------------------------------------------------------
def _template(session: Session, group_id: int) -> list[TemplateItemData]:
    rows = list(session.scalars(select(AgendaTemplateItem).where(AgendaTemplateItem.group_id == group_id)
                                .order_by(AgendaTemplateItem.position)))
    if not rows:
        return list(DEFAULT_TEMPLATE)
    return [TemplateItemData(r.title, r.kind, r.planned_minutes, r.at_end, r.decision_text, bool(r.procedural))
            for r in rows]


def template_items(uow: UnitOfWork, group_id: int) -> list[TemplateItemData]:
    with uow:
        return _template(uow.session, group_id)


def save_template(uow: UnitOfWork, group_id: int, items: list[TemplateItemData]) -> list[TemplateItemData]:
    for item in items:
        require_text(item.title, "template", msg("services.agenda.varje_standardpunkt_maste_ha"))
    with uow:
        group = get_or_raise(uow.session, Group, group_id, "services.gone.group")
        uow.session.execute(delete(AgendaTemplateItem).where(AgendaTemplateItem.group_id == group_id))
        for position, item in enumerate(items, start=1):
            uow.session.add(AgendaTemplateItem(group_id=group_id, position=position, title=item.title.strip(),
                                               kind=item.kind, planned_minutes=item.planned_minutes,
                                               at_end=item.at_end,
                                               decision_text=optional_text(item.decision_text),
                                               procedural=item.procedural))
        audit(uow, AuditEntity.TEMPLATE, group_id, AuditAction.CHANGED, f"{group.name}: {len(items)} standardpunkter")
        uow.commit()
        return _template(uow.session, group_id)


def apply_template(uow: UnitOfWork, meeting_id: int) -> list[AgendaItemDTO]:
    """Put the group's standard items first and last; items already on the agenda stay in between."""
    with uow:
        meeting = editable_meeting(uow, meeting_id, numbering=True)
        existing = sorted(meeting.items, key=lambda i: i.position)
        titles = {i.title for i in existing}
        template = _template(uow.session, meeting.group_id)

        def make(t: TemplateItemData) -> AgendaItem:
            item = AgendaItem(title=t.title, kind=t.kind, planned_minutes=t.planned_minutes, position=0,
                              confidential=False, procedural=t.procedural,
                              decision_text=t.decision_text if t.kind is ItemKind.DECISION else None)
            meeting.items.append(item)
            return item

        head = [make(t) for t in template if not t.at_end and t.title not in titles]
        tail = [make(t) for t in template if t.at_end and t.title not in titles]
        ordered = head + existing + tail
        _set_positions(ordered)
        renumber_for_meeting(uow.session, meeting)
        audit(uow, AuditEntity.AGENDA, meeting.id, AuditAction.STANDARD_ITEMS,
              f"{len(head) + len(tail)} punkter", meeting.id)
        uow.commit()
        return [item_to_dto(i) for i in ordered]

"""Cases (ärenden): matters that pass through several meetings, and the group's "Att planera" list."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, or_, select

from ..db.models import AgendaItem, Case, Group, Meeting
from ..domain.calendar import STOCKHOLM
from ..domain.codes import AuditAction, AuditEntity
from ..domain.enums import CaseStatus, ItemKind, MeetingStatus
from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..domain.rules import optional_text, require_text
from . import UnitOfWork
from ._common import PRELOAD_CHUNK, audit, get_or_raise, preload
from .agenda import NOT_FOUND as ITEM_NOT_FOUND
from .agenda import add_item, editable_meeting
from .case_state import case_items
from .meeting_dto import AgendaItemData, AgendaItemDTO, CaseDTO, CaseHistoryEntry, MeetingDTO
from .meetings import to_dtos as meeting_dtos

NOT_FOUND = "services.gone.case"
WAITING = (CaseStatus.REFERRED_BACK, CaseStatus.DEFERRED, CaseStatus.ESCALATED)


def _items(session, case_id: int) -> list[AgendaItem]:
    return list(session.scalars(select(AgendaItem).join(Meeting).where(AgendaItem.case_id == case_id)
                                .order_by(Meeting.starts_at, AgendaItem.position)))


def to_dto(session, case: Case) -> CaseDTO:
    return to_dtos(session, [case])[0]


def to_dtos(session, cases: list[Case]) -> list[CaseDTO]:
    """DTOs of many cases in three queries however many there are (not a few per case)."""
    last_meetings: dict[int, datetime] = {}
    ids = [c.id for c in cases]
    for start in range(0, len(ids), PRELOAD_CHUNK):
        last_meetings.update(session.execute(
            select(AgendaItem.case_id, func.max(Meeting.starts_at)).join(Meeting)
            .where(AgendaItem.case_id.in_(ids[start:start + PRELOAD_CHUNK])).group_by(AgendaItem.case_id)).all())
    preload(session, Group, [*(c.group_id for c in cases), *(c.raised_by_group_id for c in cases)])
    dtos = []
    for case in cases:
        group = session.get(Group, case.group_id)
        raised = session.get(Group, case.raised_by_group_id) if case.raised_by_group_id else None
        last = last_meetings.get(case.id)
        dtos.append(CaseDTO(id=case.id, group_id=case.group_id, group_name=group.name, title=case.title,
                            reference=case.reference, status=case.status,
                            raised_by_group_name=raised.name if raised else None,
                            last_meeting_on=last.astimezone(STOCKHOLM).date() if last else None))
    return dtos


def list_cases(uow: UnitOfWork, group_id: int) -> list[CaseDTO]:
    """Every case the group holds now or has had on its agenda."""
    with uow:
        discussed = select(AgendaItem.case_id).join(Meeting).where(Meeting.group_id == group_id,
                                                                   AgendaItem.case_id.is_not(None))
        cases = list(uow.session.scalars(select(Case).where(or_(Case.group_id == group_id,
                                                                Case.id.in_(discussed)))))
        return sorted(to_dtos(uow.session, cases), key=lambda c: (c.last_meeting_on is None,
                                                                   c.last_meeting_on, c.id))


def to_plan(uow: UnitOfWork, group_id: int) -> list[CaseDTO]:
    """"Att planera": cases referred back, deferred or escalated to this group and not yet on an agenda."""
    with uow:
        rows = uow.session.scalars(select(Case).where(Case.group_id == group_id, Case.status.in_(WAITING))
                                   .order_by(Case.created_at))
        return to_dtos(uow.session, list(rows))


def get_case(uow: UnitOfWork, case_id: int) -> CaseDTO:
    with uow:
        return to_dto(uow.session, get_or_raise(uow.session, Case, case_id, NOT_FOUND))


def history(uow: UnitOfWork, case_id: int) -> list[CaseHistoryEntry]:
    """Every meeting that handled the case: date, group, §, outcome and reason."""
    with uow:
        get_or_raise(uow.session, Case, case_id, NOT_FOUND)
        entries = []
        for item in _items(uow.session, case_id):
            target = uow.session.get(Group, item.target_group_id) if item.target_group_id else None
            entries.append(CaseHistoryEntry(
                meeting_id=item.meeting_id, group_name=item.meeting.group.name,
                meeting_on=item.meeting.starts_at.astimezone(STOCKHOLM).date(), paragraph=item.paragraph,
                title=item.title, outcome=item.outcome, outcome_reason=item.outcome_reason,
                target_group_name=target.name if target else None))
        return entries


def open_case(uow: UnitOfWork, item_id: int, title: str | None = None, reference: str | None = None) -> CaseDTO:
    """Make the item the start of a case (a matter that may come back)."""
    with uow:
        item = get_or_raise(uow.session, AgendaItem, item_id, ITEM_NOT_FOUND)
        meeting = editable_meeting(uow, item.meeting_id)
        if item.case is not None:
            raise ValidationError(msg("services.cases.punkten_hor_arende"), field="case_id")
        case = Case(group_id=meeting.group_id, title=require_text(title or item.title, "title",
                                                                  msg("services.cases.arendet_maste_ha_rubrik")),
                    reference=optional_text(reference), status=CaseStatus.ON_AGENDA,
                    raised_by_group_id=meeting.group_id)
        item.case = case
        uow.session.flush()
        audit(uow, AuditEntity.CASE, case.id, AuditAction.OPENED, case.title, meeting.id)
        uow.commit()
        return to_dto(uow.session, case)


def meetings_for(uow: UnitOfWork, case_id: int) -> list[MeetingDTO]:
    """The meetings a waiting case can be put on: the holding group's coming ones, after its last handling."""
    with uow:
        case = get_or_raise(uow.session, Case, case_id, NOT_FOUND)
        handled = case_items(uow.session, case.id)
        after = handled[-1].meeting.starts_at if handled else None
        query = select(Meeting).where(Meeting.group_id == case.group_id,
                                      Meeting.status.in_((MeetingStatus.PLANNED, MeetingStatus.CALLED)))
        if after is not None:
            query = query.where(Meeting.starts_at > after)
        return meeting_dtos(uow.session, uow.session.scalars(query.order_by(Meeting.starts_at)))


def put_on_agenda(uow: UnitOfWork, case_id: int, meeting_id: int) -> AgendaItemDTO:
    """Continue a waiting case at a later meeting of the group that holds it."""
    with uow:
        case = get_or_raise(uow.session, Case, case_id, NOT_FOUND)
        meeting = editable_meeting(uow, meeting_id)
        if meeting.group_id != case.group_id:
            raise ValidationError(msg("services.cases.arendet_ligger_annan_grupp"), field="meeting_id")
        if meeting.status is MeetingStatus.HELD:
            raise ValidationError(msg("services.cases.valj_mote_ar_genomfort"), field="meeting_id")
        handled = case_items(uow.session, case.id)
        if handled and meeting.starts_at <= handled[-1].meeting.starts_at:
            raise ValidationError(msg("services.cases.valj_mote_efter_dar"), field="meeting_id")
        item = add_item(uow, meeting_id, AgendaItemData(case.title, ItemKind.DECISION, case_id=case.id))
        uow.commit()
        return item

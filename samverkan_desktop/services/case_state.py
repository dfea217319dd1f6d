"""A case's status follows from its latest agenda item (docs/DESIGN.md §5), recomputed after every change.

Deriving it, instead of letting each change set it, means correcting an older outcome, cancelling the meeting a
case was put on, or removing that item all leave the case where its history says it is.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import AgendaItem, Case, Meeting
from ..domain.calendar import STOCKHOLM
from ..domain.enums import CaseStatus, MeetingStatus, Outcome

STATUS_AFTER = {
    Outcome.NOTED: CaseStatus.CLOSED,
    Outcome.DECIDED: CaseStatus.DECIDED,
    Outcome.REFERRED_BACK: CaseStatus.REFERRED_BACK,
    Outcome.DEFERRED: CaseStatus.DEFERRED,
    Outcome.ESCALATED: CaseStatus.ESCALATED,
    Outcome.STRUCK: CaseStatus.STRUCK,
}


def case_items(session: Session, case_id: int) -> list[AgendaItem]:
    """The case's items on meetings that were not cancelled, oldest first."""
    session.flush()
    return list(session.scalars(
        select(AgendaItem).join(Meeting).where(AgendaItem.case_id == case_id,
                                               Meeting.status != MeetingStatus.CANCELLED)
        .order_by(Meeting.starts_at, AgendaItem.position)))


def settle(session: Session, case: Case) -> None:
    session.flush()  # a case opened by this change needs its id
    items = case_items(session, case.id)
    if not items:
        case.status, case.closed_on = CaseStatus.IN_PREPARATION, None
        return
    last = items[-1]
    meeting = last.meeting
    if last.outcome is None:
        case.status, case.group_id, case.closed_on = CaseStatus.ON_AGENDA, meeting.group_id, None
        return
    case.status = STATUS_AFTER[last.outcome]
    if last.outcome in (Outcome.REFERRED_BACK, Outcome.ESCALATED):
        target = last.target_group_id or meeting.group_id
        if target != meeting.group_id:
            case.raised_by_group_id = meeting.group_id
        case.group_id = target
    else:
        case.group_id = meeting.group_id
    closed = last.outcome in (Outcome.STRUCK, Outcome.NOTED)
    case.closed_on = meeting.starts_at.astimezone(STOCKHOLM).date() if closed else None


def settle_cases_of(session: Session, case_ids: set[int | None]) -> None:
    for case_id in case_ids - {None}:
        case = session.get(Case, case_id)
        if case is not None:
            settle(session, case)

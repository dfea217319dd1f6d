"""Underlag för årsrapport: a group's year (meetings held, decisions, återremisser and escalations, open
actions, anchoring per party), read from the database under the publication rules: confidential items are
left out and personal data is scrubbed, because the report is written for the group's principals."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..db.models import ActionItem, AgendaItem, Group, Meeting, Organisation, Person
from ..domain.calendar import STOCKHOLM
from ..domain.documents import ActionLine, AnnualReportDocument, ReportAnchoring, ReportDecision
from ..domain.enums import ActionStatus, AnchoringStatus, MeetingStatus, Outcome
from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..domain.scrub import describe_removed, scrub
from ..domain.wording import outcome_sentence
from . import UnitOfWork
from ._common import get_or_raise
from .mandates import current_mandate
from .meetings import local_year_bounds

FIRST_YEAR, LAST_YEAR = 1990, 2100


def annual_report(uow: UnitOfWork, group_id: int, year: int) -> AnnualReportDocument:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(msg("services.annual_report.valj_ar_mellan", first_year=FIRST_YEAR, last_year=LAST_YEAR),
                              field="year")
    mandate = current_mandate(uow, group_id)
    with uow:
        session = uow.session
        group = get_or_raise(session, Group, group_id, "services.gone.group")
        starts, ends = local_year_bounds(year)
        meetings = list(session.scalars(
            select(Meeting).where(Meeting.group_id == group_id, Meeting.starts_at >= starts, Meeting.starts_at < ends)
            .options(selectinload(Meeting.items).selectinload(AgendaItem.anchorings),
                     selectinload(Meeting.items).selectinload(AgendaItem.actions))
            .order_by(Meeting.starts_at)))
        held = [m for m in meetings if m.status is MeetingStatus.HELD]
        names = {o.id: o.name for o in session.scalars(select(Organisation))}
        people = {p.id: p.name for p in session.scalars(select(Person))}
        groups: dict[int | None, str] = {g.id: g.name for g in session.scalars(select(Group))}
        decisions: list[ReportDecision] = []
        referred: list[ReportDecision] = []
        escalated: list[ReportDecision] = []
        actions, removed = [], []
        anchoring: dict[int, Counter] = {}
        for meeting in held:
            day = meeting.starts_at.astimezone(STOCKHOLM).date()
            for item in sorted(meeting.items, key=lambda i: i.position):
                if item.confidential or item.outcome is None:
                    continue
                title, decision, reason = (scrub(t) for t in (item.title, item.decision_text, item.outcome_reason))
                where = f"{day.isoformat()} § {item.paragraph}" if item.paragraph else day.isoformat()
                line = describe_removed(where, title.removed + decision.removed + reason.removed)
                if line:
                    removed.append(line)
                if item.outcome is Outcome.DECIDED:
                    decisions.append(ReportDecision(day, item.paragraph, title.text or "", decision.text))
                elif item.outcome in (Outcome.REFERRED_BACK, Outcome.ESCALATED):
                    sentence = outcome_sentence(item.outcome, reason.text, groups.get(item.target_group_id),
                                                group.name)
                    target = referred if item.outcome is Outcome.REFERRED_BACK else escalated
                    target.append(ReportDecision(day, item.paragraph, title.text or "", sentence))
                for row in item.anchorings:
                    anchoring.setdefault(row.organisation_id, Counter())[row.status] += 1
                actions.extend(_open_actions(item.actions, people, names, removed, where))
        return AnnualReportDocument(
            group_name=group.name, year=year,
            meetings_held=tuple((m.starts_at.astimezone(STOCKHOLM).date(), m.place) for m in held),
            meetings_cancelled=sum(m.status is MeetingStatus.CANCELLED for m in meetings),
            meetings_min=mandate.meetings_min if mandate else None,
            meetings_max=mandate.meetings_max if mandate else None,
            decisions=tuple(decisions), referred_back=tuple(referred), escalated=tuple(escalated),
            open_actions=tuple(sorted(actions, key=lambda a: (a.due is None, a.due))),
            anchoring=tuple(sorted((ReportAnchoring(names.get(org, "?"), c[AnchoringStatus.NOT_STARTED],
                                                    c[AnchoringStatus.ANCHORED], c[AnchoringStatus.IMPLEMENTED],
                                                    c[AnchoringStatus.NOT_APPLICABLE])
                                    for org, c in anchoring.items()), key=lambda r: r.organisation.casefold())),
            removed=tuple(removed))


def _open_actions(rows: list[ActionItem], people: dict, names: dict, removed: list[str], where: str):
    for action in rows:
        if action.status in (ActionStatus.DONE, ActionStatus.CANCELLED):
            continue
        what = scrub(action.what)
        line = describe_removed(where, what.removed)
        if line:
            removed.append(line)
        who = ", ".join(n for n in (people.get(action.responsible_person_id),
                                    names.get(action.responsible_organisation_id)) if n) or None
        yield ActionLine(what.text or "", who, action.due_on)

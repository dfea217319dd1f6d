"""The decision log (beslutslogg): every agenda item with an outcome, across all groups and years, with
full-text search (services.search) and filters for group (with its sub-groups), period, outcome and case
status. A page is one query plus one count; an export gets the whole filtered log, scrubbed for publication.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from ..db.models import AgendaItem, Case, Group, Meeting
from ..domain.calendar import STOCKHOLM, local_datetime
from ..domain.documents import DecisionLogLine
from ..domain.enums import CaseStatus, MinutesStatus, Outcome
from ..domain.errors import NotFoundError, ValidationError
from ..domain.scrub import describe_removed, scrub
from ..domain.wording import CASE_STATUS_WORDS, OUTCOME_WORDS
from . import UnitOfWork
from .search import search_for, snippet_html

GROUP_NOT_FOUND = "Gruppen finns inte längre."
CONFIDENTIAL_TITLE = "Konfidentiell punkt"
#: The most rows one page may ask for; the GUI fetches more pages as the user scrolls.
MAX_PAGE = 1000


@dataclass(frozen=True)
class DecisionLogFilter:
    text: str = ""
    group_id: int | None = None
    include_subgroups: bool = True
    date_from: date | None = None  # meeting days in Stockholm, both ends included
    date_to: date | None = None
    outcome: Outcome | None = None
    case_status: CaseStatus | None = None


@dataclass(frozen=True)
class DecisionLogRow:
    item_id: int
    meeting_id: int
    group_id: int
    group_name: str
    meeting_on: date  # the meeting's day in Europe/Stockholm
    paragraph: int | None
    title: str
    outcome: Outcome
    outcome_reason: str | None
    decision_text: str | None
    case_id: int | None
    case_status: CaseStatus | None
    confidential: bool  # shown in the app, left out of exports (the publication rules)
    minutes_status: MinutesStatus  # a decision in draft minutes is not yet approved
    snippet_html: str | None  # when searching: the best-matching passage, matched words in <b>, escaped
    rank: float | None  # when searching: relevance, higher is better


@dataclass(frozen=True)
class DecisionLogPage:
    rows: tuple[DecisionLogRow, ...]
    total: int  # rows matching the filter, on every page together
    ranked: bool  # True when ordered by relevance (a search), False when newest first


@dataclass(frozen=True)
class DecisionLogExport:
    """The filtered log as an exporter takes it (export.decision_log_table), with a title saying the filter."""

    title: str
    lines: tuple[DecisionLogLine, ...]
    removed: tuple[str, ...] = ()  # what the scrubbing took out, one line per place, for the user


def _subgroup_ids(group_id: int) -> Select:
    """The group and every group below it, at any depth (UNION, not UNION ALL: a cycle cannot loop)."""
    tree = select(Group.id).where(Group.id == group_id).cte("group_tree", recursive=True)
    tree = tree.union(select(Group.id).where(Group.parent_id == tree.c.id))
    return select(tree.c.id)


def group_ids_with_subgroups(session: Session, group_id: int) -> frozenset[int]:
    """The group's id and the ids of all its sub-groups ("rapporterar till", any depth)."""
    return frozenset(session.scalars(_subgroup_ids(group_id)))


def _check(session: Session, wanted: DecisionLogFilter) -> None:
    if wanted.date_from and wanted.date_to and wanted.date_from > wanted.date_to:
        raise ValidationError("Periodens början kan inte ligga efter dess slut.", field="date_from")
    if wanted.group_id is not None and session.get(Group, wanted.group_id) is None:
        raise NotFoundError(GROUP_NOT_FOUND)


def _conditions(wanted: DecisionLogFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [AgendaItem.outcome.is_not(None)]
    if wanted.group_id is not None:
        if wanted.include_subgroups:
            conditions.append(Meeting.group_id.in_(_subgroup_ids(wanted.group_id)))
        else:
            conditions.append(Meeting.group_id == wanted.group_id)
    # A period is days in Stockholm; meetings are stored in UTC.
    if wanted.date_from is not None:
        conditions.append(Meeting.starts_at >= local_datetime(wanted.date_from, time(0)))
    if wanted.date_to is not None:
        conditions.append(Meeting.starts_at < local_datetime(wanted.date_to + timedelta(days=1), time(0)))
    if wanted.outcome is not None:
        conditions.append(AgendaItem.outcome == wanted.outcome)
    if wanted.case_status is not None:
        conditions.append(Case.status == wanted.case_status)
    return conditions


def _statement(session: Session, wanted: DecisionLogFilter) -> tuple[Select, Select, bool]:
    """The rows' select (ordered) and the count's select for the filter; and whether it is a search."""
    hits = search_for(session).match(wanted.text)
    columns = [AgendaItem.id, AgendaItem.meeting_id, Meeting.group_id, Group.name, Meeting.starts_at,
               AgendaItem.paragraph, AgendaItem.title, AgendaItem.outcome, AgendaItem.outcome_reason,
               AgendaItem.decision_text, AgendaItem.case_id, Case.status, AgendaItem.confidential,
               Meeting.minutes_status]
    found = hits.subquery("hits") if hits is not None else None
    if found is not None:
        columns += [found.c.snippet, found.c.rank]
    rows = select(*columns).select_from(AgendaItem).join(Meeting, Meeting.id == AgendaItem.meeting_id)
    rows = rows.join(Group, Group.id == Meeting.group_id).outerjoin(Case, Case.id == AgendaItem.case_id)
    count = select(func.count()).select_from(AgendaItem).join(Meeting, Meeting.id == AgendaItem.meeting_id)
    if wanted.case_status is not None:
        count = count.join(Case, Case.id == AgendaItem.case_id)
    if found is not None:
        rows = rows.join(found, found.c.item_id == AgendaItem.id)
        count = count.join(found, found.c.item_id == AgendaItem.id)
    conditions = _conditions(wanted)
    rows, count = rows.where(*conditions), count.where(*conditions)
    # The item id last: a total order, so that pages neither repeat nor skip a row.
    order = [Meeting.starts_at.desc(), AgendaItem.position, AgendaItem.id]
    if found is not None:
        order.insert(0, found.c.rank.desc())
    return rows.order_by(*order), count, found is not None


def _row(values, searched: bool) -> DecisionLogRow:
    (item_id, meeting_id, group_id, group_name, starts_at, paragraph, title, outcome, reason, decision,
     case_id, case_status, confidential, minutes_status, *hit) = values
    snippet, rank = hit if searched else (None, None)
    return DecisionLogRow(
        item_id=item_id, meeting_id=meeting_id, group_id=group_id, group_name=group_name,
        meeting_on=starts_at.astimezone(STOCKHOLM).date(), paragraph=paragraph, title=title, outcome=outcome,
        outcome_reason=reason, decision_text=decision, case_id=case_id, case_status=case_status,
        confidential=bool(confidential), minutes_status=minutes_status, snippet_html=snippet_html(snippet),
        rank=float(rank) if rank is not None else None,
    )


def decision_log(uow: UnitOfWork, wanted: DecisionLogFilter | None = None, offset: int = 0,
                 limit: int = 200) -> DecisionLogPage:
    """One page of the log: ranked by relevance when ``wanted.text`` has words to search for, else newest
    first (meeting date descending, agenda order within a meeting). Confidential items are included and
    marked. Search text may hold anything a person types: it is never read as query syntax."""
    wanted = wanted or DecisionLogFilter()
    offset, limit = max(offset, 0), min(max(limit, 0), MAX_PAGE)
    with uow:
        session = uow.session
        _check(session, wanted)
        rows, count, searched = _statement(session, wanted)
        found = session.execute(rows.offset(offset).limit(limit)).all()
        total = session.scalar(count) or 0
        return DecisionLogPage(tuple(_row(values, searched) for values in found), total, searched)


def _title(session: Session, wanted: DecisionLogFilter) -> str:
    parts = ["Beslutslogg"]
    if wanted.group_id is not None:
        group = session.get(Group, wanted.group_id)
        name = group.name if group else "?"
        parts.append(f"{name} med undergrupper" if wanted.include_subgroups else name)
    if wanted.date_from or wanted.date_to:
        parts.append(f"{wanted.date_from or ''}–{wanted.date_to or ''}")
    if wanted.outcome is not None:
        parts.append(OUTCOME_WORDS[wanted.outcome].lower())
    if wanted.case_status is not None:
        parts.append(f"ärende {CASE_STATUS_WORDS[wanted.case_status].lower()}")
    if wanted.text.strip():
        parts.append(f"sökning: {wanted.text.strip()}")
    return ", ".join(parts[:2]) + (f" ({', '.join(parts[2:])})" if len(parts) > 2 else "")


def decision_log_export(uow: UnitOfWork, wanted: DecisionLogFilter | None = None) -> DecisionLogExport:
    """The whole filtered log, in the log's order, under the publication rules: a confidential item keeps
    only its group, date and §; e-mail addresses, phone numbers and personnummer are taken out of the text."""
    wanted = wanted or DecisionLogFilter()
    with uow:
        session = uow.session
        _check(session, wanted)
        rows, _count, searched = _statement(session, wanted)
        lines, removed = [], []
        for values in session.execute(rows):
            row = _row(values, searched)
            if row.confidential:
                lines.append(DecisionLogLine(row.group_name, row.meeting_on, row.paragraph, CONFIDENTIAL_TITLE,
                                             None, None, None, confidential=True))
                continue
            title, decision = scrub(row.title), scrub(row.decision_text)
            where = f"{row.group_name} {row.meeting_on} " + (f"§ {row.paragraph}" if row.paragraph
                                                              else (title.text or "")[:40])
            if line := describe_removed(where, title.removed + decision.removed):
                removed.append(line)
            lines.append(DecisionLogLine(
                row.group_name, row.meeting_on, row.paragraph, title.text or "", OUTCOME_WORDS[row.outcome],
                decision.text, CASE_STATUS_WORDS[row.case_status] if row.case_status else None))
        return DecisionLogExport(_title(session, wanted), tuple(lines), tuple(removed))

"""The decision log (beslutslogg): every agenda item with an outcome, across all groups and years, with
full-text search (services.search) and filters for group (with its sub-groups), period, outcome and case
status. A page is one query plus one count (a search's page: see below); an export gets the whole filtered log,
scrubbed for publication.

A common word matches some 170,000 items of a region's twenty years. The engine has to rank every match, but a
search with nothing but text joins only the best-ranked few to their items and meetings and highlights only
the page, and a search counts its rows only up to ``COUNT_LIMIT`` (beyond the page). That search (what the search
box sends at every pause in typing) is one written-out statement per window (``_hot_page``, decision_log_hot);
``_from_best_ranked`` is the same in SQLAlchemy statements, kept as what the tests compare it with.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, time, timedelta
from functools import cache, lru_cache

from sqlalchemy import ColumnElement, Select, bindparam, func, literal, select
from sqlalchemy.orm import Session

from ..db.models import AgendaItem, Case, Group, Meeting
from ..domain.calendar import STOCKHOLM, check_year, local_datetime
from ..domain.documents import DecisionLogLine
from ..domain.enums import CaseStatus, MinutesStatus, Outcome
from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..domain.scrub import describe_removed, scrub
from ..domain.wording import CASE_STATUS_WORDS, OUTCOME_WORDS
from . import UnitOfWork
from ._common import get_or_raise
from .cancel import QueryCancel, cancellable
from .decision_log_hot import read_window
from .decision_log_ranking import best_ranked_statement, bounded_count_statement
from .search import DecisionSearch, search_for, snippet_html

GROUP_NOT_FOUND = "services.gone.group"
CONFIDENTIAL_TITLE = "Konfidentiell punkt"
#: The most rows one page may ask for; the GUI fetches more pages as the user scrolls.
MAX_PAGE = 1000
#: The rows the decision-log tab asks for at a time: a window shows some 25-30, and each row read is joined,
#: highlighted and built; the next page is read (in a worker) as the user scrolls. An export reads them all.
SCREEN_PAGE = 50
#: A search counts its rows this far and no further (or to the end of the page asked for, if that is further):
#: counting 170,000 matches means reading each one's item, and "more than 1000" is all a person needs to know.
COUNT_LIMIT = 1000
#: Best-ranked matches read beyond twice the rows up to the page's end, to settle a search's page: some matches
#: have no outcome, and matches tied in rank at the cut are put in order by their meetings. Generous, for reading
#: again ranks every match again: at region scale 700 more rows cost some 4 ms, a second ranking 30-150 ms.
RANK_MARGIN = 800
#: Past this many best-ranked matches a search joins every match instead (a deep page, or a rare case).
RANK_WINDOW_MAX = 20_000
#: A search alone takes the hot path (decision_log_hot); False: the statements it replaced, which tests
#: compare it with.
HOT_PATH = True


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
    total: int  # rows matching the filter, on every page together; see total_exact
    ranked: bool  # True when ordered by relevance (a search), False when newest first
    total_exact: bool = True  # False: a search stopped counting at ``total`` (COUNT_LIMIT), and more match


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
    for day, field in ((wanted.date_from, "date_from"), (wanted.date_to, "date_to")):
        if day is not None:
            check_year(day.year, field=field)  # turned into instants in Stockholm, and the day after date_to
    if wanted.date_from and wanted.date_to and wanted.date_from > wanted.date_to:
        raise ValidationError(msg("services.decision_log.periodens_borjan_ligga_efter"), field="date_from")
    if wanted.group_id is not None:
        get_or_raise(session, Group, wanted.group_id, GROUP_NOT_FOUND)  # also an id no column can hold


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


def _log_rows() -> Select:
    """The columns of a row of the log, as ``_row`` reads them: an item and its meeting, group and case."""
    rows = select(AgendaItem.id, AgendaItem.meeting_id, Meeting.group_id, Group.name, Meeting.starts_at,
                  AgendaItem.paragraph, AgendaItem.title, AgendaItem.outcome, AgendaItem.outcome_reason,
                  AgendaItem.decision_text, AgendaItem.case_id, Case.status, AgendaItem.confidential,
                  Meeting.minutes_status)
    rows = rows.select_from(AgendaItem).join(Meeting, Meeting.id == AgendaItem.meeting_id)
    return rows.join(Group, Group.id == Meeting.group_id).outerjoin(Case, Case.id == AgendaItem.case_id)


def _statement(session: Session, wanted: DecisionLogFilter) -> tuple[Select, Select, bool]:
    """The rows' select (ordered) and the count's select for the filter; and whether it is a search."""
    hits = search_for(session).match(wanted.text)
    found = hits.subquery("hits") if hits is not None else None
    rows = _log_rows()
    count = select(func.count()).select_from(AgendaItem).join(Meeting, Meeting.id == AgendaItem.meeting_id)
    if wanted.case_status is not None:
        count = count.join(Case, Case.id == AgendaItem.case_id)
    if found is not None:
        rows = rows.add_columns(found.c.snippet, found.c.rank).join(found, found.c.item_id == AgendaItem.id)
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


_OUTCOMES = {outcome.value: outcome for outcome in Outcome}
_CASE_STATUSES = {status.value: status for status in CaseStatus}
_MINUTES_STATUSES = {status.value: status for status in MinutesStatus}


@lru_cache(maxsize=8192)
def _stored_day(stored: str | datetime) -> date:
    """A meeting's start as the driver gives it as its day in Stockholm: SQLite's text is UTC without an offset
    (db.types.UTCDateTime), PostgreSQL's an aware datetime."""
    if isinstance(stored, str):
        stored = datetime.fromisoformat(stored).replace(tzinfo=UTC)
    return stored.astimezone(STOCKHOLM).date()


_ROW_FIELDS = tuple(field.name for field in fields(DecisionLogRow))
_new = object.__new__


def _stored_row(values) -> DecisionLogRow:
    """A row of the hot path (decision_log_hot) as the driver gives it, without SQLAlchemy's types: the same row
    ``_row`` makes of the ORM's values. Filled without the frozen dataclass's ``__init__`` (a guarded setattr per
    field: half of this function's time); tests compare its rows with ``_row``'s field by field."""
    (item_id, meeting_id, group_id, group_name, starts_at, paragraph, title, outcome, reason, decision,
     case_id, case_status, confidential, minutes_status, snippet, rank) = values
    row = _new(DecisionLogRow)
    row.__dict__.update(zip(_ROW_FIELDS, (
        item_id, meeting_id, group_id, group_name, _stored_day(starts_at), paragraph, title, _OUTCOMES[outcome],
        reason, decision, case_id, _CASE_STATUSES[case_status] if case_status is not None else None,
        bool(confidential), _MINUTES_STATUSES[minutes_status], snippet_html(snippet), float(rank)), strict=True))
    return row


def _hot_page(session: Session, query: str, offset: int, limit: int,
              check: Callable[[], None]) -> DecisionLogPage | None:
    """The page of a search alone, one statement per window (decision_log_hot): what ``_from_best_ranked`` and
    its bounded count give, with the same windows. None past RANK_WINDOW_MAX."""
    end = offset + limit
    bound = max(COUNT_LIMIT, end)
    window = 2 * end + RANK_MARGIN
    while window <= RANK_WINDOW_MAX:
        got = read_window(session, query, window, offset, end, bound)
        check()
        if got.read < window:  # every match was read, and so counted
            return DecisionLogPage(tuple(map(_stored_row, got.rows)), got.settled, True)
        if got.settled >= end:
            counted = got.counted or 0
            return DecisionLogPage(tuple(map(_stored_row, got.rows)), min(counted, bound), True, counted <= bound)
        window *= 4
    return None


def _text_only(wanted: DecisionLogFilter) -> bool:
    return (wanted.group_id, wanted.date_from, wanted.date_to, wanted.outcome, wanted.case_status) == (None,) * 5


@cache
def _rows_by_id_statement() -> Select:
    """The log's rows of a list of item ids (the parameter ``item_ids``), built once."""
    return _log_rows().where(AgendaItem.id.in_(bindparam("item_ids", expanding=True)))


def _from_best_ranked(session: Session, search: DecisionSearch, parameters: dict[str, object], offset: int,
                      limit: int, check: Callable[[], None]) -> tuple[list[DecisionLogRow], int | None] | None:
    """The page of a search alone (the log's order: rank, then newest meeting, then agenda order), read from the
    best-ranked matches: only those are joined, only the page is highlighted. Every match ranked above the worst
    one read is among those read, so the page is settled when it lies wholly above that rank (ties at the cut may
    go on beyond it); else a four times wider window is read. The rows and, when every match was read, their
    number; None past RANK_WINDOW_MAX (many matches without an outcome, long ties). The statements are built
    once and executed with the search's ``parameters``."""
    end = offset + limit
    window = 2 * end + RANK_MARGIN
    ranking = best_ranked_statement(type(search))
    while window <= RANK_WINDOW_MAX:
        read = session.execute(ranking, {**parameters, "window": window}).all()
        check()
        complete = len(read) < window
        settled = [(item_id, rank) for item_id, rank, decided in read
                   if decided and (complete or rank > read[-1].rank)]
        if complete or len(settled) >= end:
            return _rows_of(session, search, parameters, settled[offset:end]), len(settled) if complete else None
        window *= 4
    return None


def _rows_of(session: Session, search: DecisionSearch, parameters: dict[str, object],
             page: list[tuple[int, float]]) -> list[DecisionLogRow]:
    """The log's rows for a page of (item id, rank), in that order, each with its highlight."""
    if not page:
        return []
    ids = [item_id for item_id, _rank in page]
    found = {values.id: values for values in session.execute(_rows_by_id_statement(), {"item_ids": ids})}
    snippets: dict[int, str] = dict(session.execute(search.snippets_template(),
                                                    {**parameters, "item_ids": ids}).tuples().all())
    return [_row((*found[item_id], snippets.get(item_id), rank), True) for item_id, rank in page
            if item_id in found]  # an item deleted since it was ranked is left out


def _count_up_to(session: Session, count: Select, bound: int) -> tuple[int, bool]:
    """The count's number if it is at most ``bound``, else ``bound`` and False; reading at most bound + 1 rows."""
    counted = session.scalar(select(func.count()).select_from(
        count.with_only_columns(literal(1)).limit(bound + 1).subquery("counted"))) or 0
    return (counted, True) if counted <= bound else (bound, False)


def decision_log(uow: UnitOfWork, wanted: DecisionLogFilter | None = None, offset: int = 0,
                 limit: int = 200, cancel: QueryCancel | None = None) -> DecisionLogPage:
    """One page of the log: ranked by relevance when ``wanted.text`` has words to search for, else newest
    first (meeting date descending, agenda order within a meeting). Confidential items are included and
    marked. Search text may hold anything a person types: it is never read as query syntax. A search's
    total is counted up to COUNT_LIMIT or the page's end, whichever is further (``total_exact``); exactly
    when every match was read anyway. ``cancel`` stops it from another thread (QueryCancelledError is raised)."""
    wanted = wanted or DecisionLogFilter()
    offset, limit = max(offset, 0), min(max(limit, 0), MAX_PAGE)
    with uow, cancellable(uow.session, cancel):
        return _page(uow.session, wanted, offset, limit, cancel)


def _page(session: Session, wanted: DecisionLogFilter, offset: int, limit: int,
          cancel: QueryCancel | None) -> DecisionLogPage:
    check = cancel.check if cancel is not None else lambda: None
    _check(session, wanted)
    search = search_for(session)
    best = None
    parameters = search.parameters(wanted.text)
    if _text_only(wanted) and parameters is not None and HOT_PATH:
        (query,) = parameters.values()  # the adapter's one search expression
        hot = _hot_page(session, str(query), offset, limit, check)
        if hot is not None:
            return hot
    if _text_only(wanted) and parameters is not None:
        best = _from_best_ranked(session, search, parameters, offset, limit, check)
    if best is not None and best[1] is not None:  # every match was read, and so counted
        return DecisionLogPage(tuple(best[0]), best[1], True)
    if best is not None:  # a search alone with more matches than were read: count them, so far and no further
        check()
        bound = max(COUNT_LIMIT, offset + limit)
        statement = bounded_count_statement(type(search))
        counted = session.scalar(statement, {**(parameters or {}), "bound": bound + 1}) or 0
        return DecisionLogPage(tuple(best[0]), min(counted, bound), True, counted <= bound)
    check()
    rows, count, searched = _statement(session, wanted)
    if not searched:
        found = session.execute(rows.offset(offset).limit(limit)).all()
        check()
        total = session.scalar(count) or 0
        return DecisionLogPage(tuple(_row(values, False) for values in found), total, False)
    if best is None:  # a filter to apply before ranking, or a deep page: join every match, then rank
        best = [_row(values, True) for values in session.execute(rows.offset(offset).limit(limit))], None
    check()
    total, exact = _count_up_to(session, count, max(COUNT_LIMIT, offset + limit))
    return DecisionLogPage(tuple(best[0]), total, True, exact)


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

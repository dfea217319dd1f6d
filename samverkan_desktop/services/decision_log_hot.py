"""The decision log's hot path: a search with nothing but text (what the search box asks for at every pause in
typing) as one SQL statement per dialect, written out once and sent as it is (no statement built, keyed or
compiled per search, no ORM rows): the best-ranked ``window`` matches ranked once, joined to their items for the
outcome and the log's order, the page cut from those, highlighted for the page's rows only, and, only when the
window did not hold every match, the matches with an outcome counted up to ``bound``.

It gives what ``decision_log._from_best_ranked`` and its count give (tests/services/test_decision_log_hot.py
compares the two on the generated sample database; tests/services/test_decision_log.py on both databases): the
same window, the same rule for a settled page, the same count. On PostgreSQL, row-level security applies to it as
to every statement (the reporting role sees held minutes only and no confidential item). The values come back as
the driver gives them; ``decision_log`` turns them into rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from ..domain.search_text import ELLIPSIS, MARK_CLOSE, MARK_OPEN
from .search import _PG_DOCUMENT, _PG_HEADLINE_OPTIONS, _PG_TEXT, _PG_WEIGHTED, SNIPPET_WORDS, SqliteFts5Search

_WEIGHTS = ", ".join(repr(float(weight)) for weight in SqliteFts5Search.WEIGHTS)

#: Parameters: query (the FTS5 expression), window, offset, end (offset + limit), bound (the count's limit + 1)
#: and the snippet's marks. Three kinds of rows, told apart by the first column. 0, one row: the matches read (up
#: to ``window``), the settled matches with an outcome, and the bounded count (NULL when every match was read, or
#: the page is not settled). 1: a page row's item id and snippet. 2: a page row and its place in the log's order
#: (and on PostgreSQL its headline, last).
#: Snippets come as rows of their own: joined to the page in SQL they were looked up by scanning (a CTE has no
#: index). "rowid + 0": one pass over the matches keeping the page's (see search.SqliteFts5Search).
SQLITE_PAGE_SQL = f"""
WITH best AS MATERIALIZED (
    SELECT rowid AS item_id, -bm25(decision_search, {_WEIGHTS}) AS rank
    FROM decision_search WHERE decision_search MATCH :query ORDER BY rank DESC LIMIT :window),
edge AS MATERIALIZED (SELECT count(*) AS n, min(rank) AS worst FROM best),
settled AS MATERIALIZED (
    SELECT best.item_id, best.rank, row_number() OVER (
        ORDER BY best.rank DESC, meeting.starts_at DESC, agenda_item.position, best.item_id) AS place
    FROM best JOIN edge JOIN agenda_item ON agenda_item.id = best.item_id
    JOIN meeting ON meeting.id = agenda_item.meeting_id
    WHERE agenda_item.outcome IS NOT NULL AND (edge.n < :window OR best.rank > edge.worst)),
page AS MATERIALIZED (SELECT item_id, rank, place FROM settled WHERE place > :offset AND place <= :end),
marked AS MATERIALIZED (
    SELECT rowid AS item_id, snippet(decision_search, -1, :mark_open, :mark_close, :ellipsis, :words) AS snippet
    FROM decision_search WHERE decision_search MATCH :query AND rowid + 0 IN (SELECT item_id FROM page))
SELECT 0, edge.n, (SELECT count(*) FROM settled),
    CASE WHEN edge.n < :window OR (SELECT count(*) FROM settled) < :end THEN NULL ELSE (SELECT count(*) FROM (
        SELECT 1 FROM decision_search JOIN agenda_item ON agenda_item.id = decision_search.rowid
        WHERE decision_search MATCH :query AND agenda_item.outcome IS NOT NULL LIMIT :bound)) END,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
FROM edge
UNION ALL
SELECT 1, marked.item_id, marked.snippet, NULL,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
FROM marked
UNION ALL
SELECT 2, page.place, NULL, NULL,
    page.item_id, agenda_item.meeting_id, meeting.group_id, coordination_group.name, meeting.starts_at,
    agenda_item.paragraph, agenda_item.title, agenda_item.outcome, agenda_item.outcome_reason,
    agenda_item.decision_text, agenda_item.case_id, case_record.status, agenda_item.confidential,
    meeting.minutes_status, page.rank, NULL
FROM page
    JOIN agenda_item ON agenda_item.id = page.item_id
    JOIN meeting ON meeting.id = agenda_item.meeting_id
    JOIN coordination_group ON coordination_group.id = meeting.group_id
    LEFT JOIN case_record ON case_record.id = agenda_item.case_id
"""

_TSQUERY = "to_tsquery('swedish'::regconfig, %(query)s)"

#: PostgreSQL's: the same rows, the same parameters (psycopg's style). ts_headline is a function of the row's text,
#: so the page's rows are highlighted where they are read, with no second pass over the matches. The GIN index
#: is used through the very expression it was built on (search._PG_DOCUMENT).
POSTGRES_PAGE_SQL = f"""
WITH best AS MATERIALIZED (
    SELECT agenda_item.id AS item_id, ts_rank({_PG_WEIGHTED.name}, {_TSQUERY}) AS rank
    FROM agenda_item WHERE {_PG_DOCUMENT.name} @@ {_TSQUERY} ORDER BY rank DESC LIMIT %(window)s),
edge AS MATERIALIZED (SELECT count(*) AS n, min(rank) AS worst FROM best),
settled AS MATERIALIZED (
    SELECT best.item_id, best.rank, row_number() OVER (
        ORDER BY best.rank DESC, meeting.starts_at DESC, agenda_item.position, best.item_id) AS place
    FROM best CROSS JOIN edge JOIN agenda_item ON agenda_item.id = best.item_id
    JOIN meeting ON meeting.id = agenda_item.meeting_id
    WHERE agenda_item.outcome IS NOT NULL AND (edge.n < %(window)s OR best.rank > edge.worst)),
page AS MATERIALIZED (SELECT item_id, rank, place FROM settled WHERE place > %(offset)s AND place <= %(end)s)
SELECT 0, edge.n, (SELECT count(*) FROM settled),
    CASE WHEN edge.n < %(window)s OR (SELECT count(*) FROM settled) < %(end)s THEN NULL ELSE (SELECT count(*) FROM (
        SELECT 1 FROM agenda_item WHERE {_PG_DOCUMENT.name} @@ {_TSQUERY} AND agenda_item.outcome IS NOT NULL
        LIMIT %(bound)s) AS counted) END,
    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
FROM edge
UNION ALL
SELECT 2, page.place, NULL, NULL,
    page.item_id, agenda_item.meeting_id, meeting.group_id, coordination_group.name, meeting.starts_at,
    agenda_item.paragraph, agenda_item.title, agenda_item.outcome, agenda_item.outcome_reason,
    agenda_item.decision_text, agenda_item.case_id, case_record.status, agenda_item.confidential,
    meeting.minutes_status, page.rank,
    ts_headline('swedish'::regconfig, {_PG_TEXT}, {_TSQUERY}, %(headline)s)
FROM page
    JOIN agenda_item ON agenda_item.id = page.item_id
    JOIN meeting ON meeting.id = agenda_item.meeting_id
    JOIN coordination_group ON coordination_group.id = meeting.group_id
    LEFT JOIN case_record ON case_record.id = agenda_item.case_id
"""

_MARKS = {"mark_open": MARK_OPEN, "mark_close": MARK_CLOSE, "ellipsis": ELLIPSIS, "words": SNIPPET_WORDS}


@dataclass(frozen=True)
class WindowRead:
    """One reading of a window: the page's values (item id first, then the columns of ``decision_log._row``
    in its order, the snippet with its marks and the rank last), and what decides whether it is settled."""

    rows: list[Any]
    read: int  # matches read, up to the window
    settled: int  # matches with an outcome ranked above the window's worst (all of them when complete)
    counted: int | None  # matches with an outcome counted up to the bound; None when every match was read


def read_window(session: Session, query: str, window: int, offset: int, end: int, bound: int) -> WindowRead:
    """One execution of the dialect's statement on the session's connection (its events, error translation and
    cancel apply); ``query`` is the adapter's search expression (search.DecisionSearch.parameters)."""
    parameters: dict[str, object] = {"query": query, "window": window, "offset": offset, "end": end,
                                     "bound": bound + 1}
    if session.get_bind().dialect.name == "sqlite":
        statement, parameters = SQLITE_PAGE_SQL, {**parameters, **_MARKS}
    else:
        statement, parameters["headline"] = POSTGRES_PAGE_SQL, _PG_HEADLINE_OPTIONS
    result = session.connection().exec_driver_sql(statement, parameters)
    read = settled = 0
    counted = None
    snippets, page = {}, []
    for values in result.fetchall():
        kind = values[0]
        if kind == 2:
            page.append(values)
        elif kind == 1:
            snippets[values[1]] = values[2]
        else:
            read, settled, counted = values[1:4]
    page.sort(key=_place)  # no ORDER BY: sorting the rows with their texts in SQL cost more than this
    rows = [(*values[4:18], snippets.get(values[4], values[19]), values[18]) for values in page]
    return WindowRead(rows, read, settled, counted)


def _place(values: Any) -> int:
    return values[1]

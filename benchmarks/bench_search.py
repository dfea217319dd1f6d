"""Decision-log search: a fixed list of topical queries (benchmarks/queries.txt) through the service, against the
same queries as a plain raw FTS5 query.

The queries are what a secretary searches for (SIP, läkemedel, "psykisk ohälsa", avvikelse* …), written down
once and checked in: not picked from the database by word frequency, where SQLite's own work dominates and
every ratio tends towards 1. Some find nothing at a given scale; that costs something too and is measured. The
subject is ``decision_log(uow, DecisionLogFilter(text=q))``: the first page (``SCREEN_PAGE`` rows, 50,
highlighted) and the bounded count, as the decision-log tab's worker asks for them. The baseline is the same FTS5
expression (``fts5_query(q)``) as one raw ``sqlite3`` query on the same file: the rowids of the best 50 by bm25,
plain, no snippet() and no joins (a snippet per row entering SQLite's top-N sorter would inflate the baseline).
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from samverkan_desktop.db.uow import UnitOfWork
from samverkan_desktop.domain.search_text import fts5_query
from samverkan_desktop.services.decision_log import SCREEN_PAGE, DecisionLogFilter, decision_log
from samverkan_desktop.services.search import SqliteFts5Search

from .probes import interleaved, median

QUERIES = Path(__file__).resolve().parent / "queries.txt"
PAGE = SCREEN_PAGE  # the rows the decision-log tab's first page asks for
HITS_SQL = ("SELECT count(*) FROM decision_search JOIN agenda_item ON agenda_item.id = decision_search.rowid "
            "WHERE decision_search MATCH ? AND agenda_item.outcome IS NOT NULL")
RAW_SQL = (
    "SELECT rowid FROM decision_search WHERE decision_search MATCH ? "
    f"ORDER BY bm25(decision_search, {', '.join(str(w) for w in SqliteFts5Search.WEIGHTS)}) LIMIT {PAGE}"
)


@dataclass(frozen=True)
class QueryTiming:
    query: str
    hits: int
    service_s: float  # medians
    raw_s: float

    @property
    def ratio(self) -> float:
        return self.service_s / self.raw_s


def topical_queries(path: Path = QUERIES) -> list[str]:
    """The checked-in queries, one a line, in their order (lines starting with # are notes)."""
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def percentile(values: list[float], fraction: float) -> float:
    """The nearest-rank percentile (0.95: the value 95 % of the values are at or below)."""
    ordered = sorted(values)
    return ordered[max(math.ceil(round(fraction * len(ordered), 9)), 1) - 1]


def measure(uow: UnitOfWork, path: Path, queries: list[str], runs: int) -> list[QueryTiming]:
    raw = sqlite3.connect(path)
    try:
        timings = []
        for query in queries:
            expression = fts5_query(query)

            def baseline(expression: str | None = expression) -> list:
                return raw.execute(RAW_SQL, (expression,)).fetchall()

            def subject(query: str = query) -> object:
                return decision_log(uow, DecisionLogFilter(text=query), limit=PAGE)

            base, subj = interleaved(baseline, subject, runs)
            hits = raw.execute(HITS_SQL, (expression,)).fetchone()[0]
            timings.append(QueryTiming(query, hits, median(subj), median(base)))
        return timings
    finally:
        raw.close()


def profile_target(uow: UnitOfWork, queries: list[str]) -> Callable[[], object]:
    """What a profile of the search runs: every query once."""
    return lambda: [decision_log(uow, DecisionLogFilter(text=q), limit=PAGE) for q in queries]

"""Decision-log search: ten typical queries through the service, against the same queries as a raw FTS5 MATCH.

The queries are taken from the database itself (so they find something whatever words the generator
uses): single words of falling frequency, a prefix, two-word queries and a phrase from a real title. The
subject is ``decision_log(uow, DecisionLogFilter(text=q))``: the first page (200 rows) and the count (which a
search stops at COUNT_LIMIT), as the decision-log tab asks for them. The baseline is the same FTS5 expression
(``fts5_query(q)``) as one raw ``sqlite3`` query on the same file: rowid and snippet of the best 200 by bm25,
with no joins. It ranks the same matches, but keeps items without an outcome, counts nothing, and computes
snippet() for every row that enters SQLite's top-200 sorter (1,100-1,400 for a common word), not for 200.
The hits reported are counted exactly, apart from the timing.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from samverkan_desktop.db.uow import UnitOfWork
from samverkan_desktop.domain.search_text import ELLIPSIS, MARK_CLOSE, MARK_OPEN, fts5_query
from samverkan_desktop.services.decision_log import DecisionLogFilter, decision_log
from samverkan_desktop.services.search import SNIPPET_WORDS, SqliteFts5Search

from .probes import interleaved, median

QUERY_COUNT = 10
PAGE = 200
SAMPLE = 5000  # decided items read to choose the queries' words
HITS_SQL = ("SELECT count(*) FROM decision_search JOIN agenda_item ON agenda_item.id = decision_search.rowid "
            "WHERE decision_search MATCH ? AND agenda_item.outcome IS NOT NULL")
RAW_SQL = (
    "SELECT rowid, snippet(decision_search, -1, ?, ?, ?, ?) FROM decision_search WHERE decision_search MATCH ? "
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


def typical_queries(path: Path, count: int = QUERY_COUNT) -> list[str]:
    """Ten queries a person would type, chosen from the indexed words by how many items hold them."""
    # Words of the decision log itself (decided items), counted per item over an even sample of them.
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        total = connection.execute("SELECT count(*) FROM agenda_item WHERE outcome IS NOT NULL").fetchone()[0]
        step = max(total // SAMPLE, 1)
        texts = connection.execute(
            "SELECT title, coalesce(decision_text, ''), coalesce(notes, '') FROM agenda_item "
            "WHERE outcome IS NOT NULL AND id % ? = 0 ORDER BY id", (step,)).fetchall()
    connection.close()
    documents = Counter()
    for row in texts:
        documents.update({w for w in re.findall(r"\w+", " ".join(row).casefold()) if len(w) >= 5 and w.isalpha()})
    words = [w for w, n in sorted(documents.items(), key=lambda wn: (-wn[1], wn[0])) if n >= 2]
    title = next((row[0] for row in texts[len(texts) // 2:] if len(row[0].split()) >= 2), None)
    if not words:
        raise RuntimeError(f"{path}: the search index holds no words to search for")

    def at(fraction: float) -> str:
        return words[min(int(len(words) * fraction), len(words) - 1)]

    queries = [at(0), at(0.02), at(0.1), at(0.3), at(0.6), f"{at(0.05)[:5]}*", f"{at(0.01)} {at(0.05)}",
               f"{at(0)} {at(0.2)}", f"{at(0.15)[:4]}* {at(0.03)}"]
    title_words = [w for w in (title or "").split() if w.isalpha()]
    queries.append(f'"{" ".join(title_words[:2])}"' if len(title_words) >= 2 else at(0.4))
    queries = list(dict.fromkeys(queries))  # a small vocabulary can pick a word twice
    queries += [w for w in words if w not in queries][:count - len(queries)]
    return queries[:count]


def measure(uow: UnitOfWork, path: Path, queries: list[str], runs: int) -> list[QueryTiming]:
    raw = sqlite3.connect(path)
    try:
        timings = []
        for query in queries:
            expression = fts5_query(query)

            def baseline(expression: str | None = expression) -> list:
                return raw.execute(RAW_SQL, (MARK_OPEN, MARK_CLOSE, ELLIPSIS, SNIPPET_WORDS, expression)).fetchall()

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

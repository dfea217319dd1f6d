"""Full-text search over agenda items (title, notes, decision): one interface, one adapter per database.

This is the only dialect-specific code of the app (docs/DESIGN.md §3). SQLite uses the FTS5 table
``decision_search`` that migration 0006 keeps in step with agenda_item through triggers; PostgreSQL uses
``to_tsvector('swedish', …)`` over the same columns, backed by the GIN index ``decision_search_gin``.
Both take what a person typed (made safe by domain.search_text, sent as a bound parameter) and give the
same columns: ``item_id``, ``rank`` (higher is better) and ``snippet`` (text with highlight marks; turn it
into HTML with :func:`snippet_html`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any, Protocol

from sqlalchemy import BindParameter, Float, Select, Text, bindparam, column, func, literal_column, select, table
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnClause

from ..db.models import AgendaItem
from ..domain.errors import StorageError
from ..domain.messages import msg
from ..domain.search_text import (
    ELLIPSIS,
    MARK_CLOSE,
    MARK_OPEN,
    fts5_query,
    marked_to_html,
    parse_search_text,
    tsquery_text,
)

__all__ = [
    "DecisionSearch",
    "PostgresSearch",
    "SqliteFts5Search",
    "fts5_query",
    "parse_search_text",
    "search_for",
    "snippet_html",
    "tsquery_text",
]

#: Words of context around the matches in a snippet.
SNIPPET_WORDS = 16


class DecisionSearch(Protocol):
    """Finds agenda items by their text."""

    def match(self, text: str | None) -> Select | None:
        """A select of (item_id, rank, snippet) for the items matching ``text``, best first when ordered by
        rank descending; None when ``text`` holds nothing to search for (list everything instead)."""
        ...

    def snippets(self, text: str | None, item_ids: Sequence[int]) -> Select | None:
        """A select of (item_id, snippet) for those of ``item_ids`` that match ``text``: the highlight of one
        page of results, without highlighting every match; None when ``text`` holds nothing to search for."""
        ...

    def parameters(self, text: str | None) -> dict[str, object] | None:
        """The bound values ``template()`` and ``snippets_template()`` take for ``text``; None when ``text`` holds
        nothing to search for."""
        ...

    def template(self) -> Select:
        """``match`` with its parameters left open, built once: the search box's hot path executes it with
        ``parameters(text)`` instead of building (and SQLAlchemy keying) a new statement at every keystroke."""
        ...

    def snippets_template(self) -> Select:
        """``snippets`` with its parameters (those of ``parameters`` and ``item_ids``, a list) left open, built
        once."""
        ...


class SqliteFts5Search:
    """FTS5: MATCH with a rebuilt expression, bm25() for the rank, snippet() for the highlighted context."""

    #: bm25 column weights (title, notes, decision_text): a word in the title or the decision says more
    #: about what the item is than a word in the running notes.
    WEIGHTS = (4.0, 1.0, 2.0)

    def match(self, text: str | None) -> Select | None:
        query = fts5_query(text)
        return None if query is None else self._match(bindparam("fts_query", query, type_=Text))

    def _match(self, query: BindParameter) -> Select:
        index = table("decision_search", column("rowid"))
        name: ColumnClause[Any] = literal_column("decision_search")  # FTS5's auxiliary functions take the table itself
        bm25 = func.bm25(name, *self.WEIGHTS, type_=Float)
        snippet = func.snippet(name, -1, MARK_OPEN, MARK_CLOSE, ELLIPSIS, SNIPPET_WORDS, type_=Text)
        return (
            select(index.c.rowid.label("item_id"), (-bm25).label("rank"), snippet.label("snippet"))
            .select_from(index)
            .where(name.op("MATCH")(query))
        )

    def snippets(self, text: str | None, item_ids: Sequence[int]) -> Select | None:
        found = self.match(text)
        return None if found is None else self._snippets(found, _ids(item_ids))

    @staticmethod
    def _snippets(found: Select, item_ids: BindParameter) -> Select:
        hits = found.subquery("hits")
        # "rowid + 0", not "rowid": one pass over the matches keeping the page's. Given the rowid, FTS5 would
        # look each id up anew, merging the doclists of every term again (of every word a prefix covers:
        # seconds for 200 ids and "erf*").
        return select(hits.c.item_id, hits.c.snippet).where((hits.c.item_id + 0).in_(item_ids))

    def parameters(self, text: str | None) -> dict[str, object] | None:
        query = fts5_query(text)
        return None if query is None else {"fts_query": query}

    def template(self) -> Select:
        return _templates(type(self))[0]  # type: ignore[arg-type]  # a class is hashable (mypy#11470)

    def snippets_template(self) -> Select:
        return _templates(type(self))[1]  # type: ignore[arg-type]  # a class is hashable (mypy#11470)


# Written out as SQL once, so that the planner sees the very expression the GIN index was built on.
_PG_CONFIG: ColumnClause[Any] = literal_column("'swedish'::regconfig")
_PG_TEXT = ("coalesce(agenda_item.title, '') || ' ' || coalesce(agenda_item.notes, '') || ' ' || "
            "coalesce(agenda_item.decision_text, '')")
_PG_DOCUMENT: ColumnClause[Any] = literal_column(f"to_tsvector('swedish'::regconfig, {_PG_TEXT})")
# Ranking weighs the title (A) above the decision (B) above the notes (C), like the SQLite weights.
_PG_WEIGHTED: ColumnClause[Any] = literal_column(
    "setweight(to_tsvector('swedish'::regconfig, coalesce(agenda_item.title, '')), 'A') || "
    "setweight(to_tsvector('swedish'::regconfig, coalesce(agenda_item.decision_text, '')), 'B') || "
    "setweight(to_tsvector('swedish'::regconfig, coalesce(agenda_item.notes, '')), 'C')"
)
_PG_HEADLINE_OPTIONS = (
    f'StartSel="{MARK_OPEN}", StopSel="{MARK_CLOSE}", MaxWords={SNIPPET_WORDS + 8}, MinWords={SNIPPET_WORDS // 2}, '
    f'MaxFragments=2, FragmentDelimiter=" {ELLIPSIS} "'
)


class PostgresSearch:
    """PostgreSQL: to_tsquery('swedish', …) against to_tsvector('swedish', …), ts_rank, ts_headline."""

    def match(self, text: str | None) -> Select | None:
        expression = tsquery_text(text)
        return None if expression is None else self._match(bindparam("ts_query", expression, type_=Text))

    def _match(self, expression: BindParameter) -> Select:
        query = func.to_tsquery(_PG_CONFIG, expression)
        rank = func.ts_rank(_PG_WEIGHTED, query, type_=Float)
        headline = func.ts_headline(_PG_CONFIG, literal_column(_PG_TEXT), query,
                                    bindparam("ts_headline_options", _PG_HEADLINE_OPTIONS, type_=Text), type_=Text)
        return (
            select(AgendaItem.id.label("item_id"), rank.label("rank"), headline.label("snippet"))
            .where(_PG_DOCUMENT.op("@@")(query))
        )

    def snippets(self, text: str | None, item_ids: Sequence[int]) -> Select | None:
        found = self.match(text)
        return None if found is None else self._snippets(found, _ids(item_ids))

    @staticmethod
    def _snippets(found: Select, item_ids: BindParameter) -> Select:
        hits = found.where(AgendaItem.id.in_(item_ids)).subquery("hits")  # by primary key, then @@
        return select(hits.c.item_id, hits.c.snippet)

    def parameters(self, text: str | None) -> dict[str, object] | None:
        expression = tsquery_text(text)
        return None if expression is None else {"ts_query": expression}

    def template(self) -> Select:
        return _templates(type(self))[0]  # type: ignore[arg-type]  # a class is hashable (mypy#11470)

    def snippets_template(self) -> Select:
        return _templates(type(self))[1]  # type: ignore[arg-type]  # a class is hashable (mypy#11470)


#: The name of each adapter's search-text parameter.
_QUERY_PARAMETER = {"SqliteFts5Search": "fts_query", "PostgresSearch": "ts_query"}


@cache
def _templates(adapter: type[SqliteFts5Search] | type[PostgresSearch]) -> tuple[Select, Select]:
    """An adapter's match and snippets with their parameters open, built once per adapter."""
    found = adapter()._match(bindparam(_QUERY_PARAMETER[adapter.__name__], type_=Text))
    return found, adapter._snippets(found, bindparam("item_ids", expanding=True))


def _ids(item_ids: Sequence[int]) -> BindParameter:
    """A list of ids as one expanding parameter: no SQL element built per id."""
    return bindparam("item_ids", list(item_ids), expanding=True)


def search_for(session: Session) -> DecisionSearch:
    """The search adapter for the database the session is bound to."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        return SqliteFts5Search()
    if dialect == "postgresql":
        return PostgresSearch()
    raise StorageError(msg("services.search.sokning_text_stods_for", dialect=dialect))


def snippet_html(snippet: str | None) -> str | None:
    """A search adapter's snippet as safe HTML: the matched words in <b>…</b>, everything else escaped."""
    return marked_to_html(snippet)


#: Agenda items indexed per step of a rebuild (one progress report each).
REBUILD_BATCH = 5000


def rebuild_index(uow, progress=None) -> int | None:
    """Rebuild SQLite's FTS5 index ``decision_search`` from agenda_item, in one transaction and in steps of
    ``REBUILD_BATCH`` items; ``progress(done, total)`` after each. Returns the items indexed. PostgreSQL keeps
    its GIN index current with every write and has no separate index to rebuild: None."""
    from sqlalchemy import func as sql_func
    from sqlalchemy import text as sql

    with uow:
        session = uow.session
        if session.get_bind().dialect.name != "sqlite":
            return None
        total = session.scalar(select(sql_func.count()).select_from(AgendaItem)) or 0
        session.execute(sql("INSERT INTO decision_search (decision_search) VALUES ('delete-all')"))
        done, last_id = 0, 0
        step = sql("INSERT INTO decision_search (rowid, title, notes, decision_text) "
                   "SELECT id, title, notes, decision_text FROM agenda_item WHERE id > :after ORDER BY id LIMIT :n")
        while done < total:
            session.execute(step, {"after": last_id, "n": REBUILD_BATCH})
            ids = session.scalars(select(AgendaItem.id).where(AgendaItem.id > last_id).order_by(AgendaItem.id)
                                  .limit(REBUILD_BATCH)).all()
            if not ids:
                break
            done, last_id = done + len(ids), ids[-1]
            if progress is not None:
                progress(done, total)
        session.execute(sql("INSERT INTO decision_search (decision_search) VALUES ('optimize')"))
        uow.commit()
        return done

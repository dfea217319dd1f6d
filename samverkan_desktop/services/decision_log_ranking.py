"""The decision log's search alone in SQLAlchemy statements (``decision_log._from_best_ranked`` and its count): the
best-ranked window of matches and the count of those with an outcome, each built once per search adapter and
executed with the search's parameters. The hot path (decision_log_hot) writes the same out as one statement per
dialect; tests/services/test_decision_log.py and test_decision_log_hot.py compare the two."""

from __future__ import annotations

from functools import cache

from sqlalchemy import Integer, Select, bindparam, func, literal, select

from ..db.models import AgendaItem, Meeting


@cache
def best_ranked_statement(adapter: type) -> Select:
    """The hot path's ranking: the best ``window`` matches (of the adapter's open template) with their outcome
    known, in the log's order. Built once per adapter; executed with the search's parameters and ``window``."""
    hits = adapter().template().subquery("hits")
    best = (select(hits.c.item_id, hits.c.rank).order_by(hits.c.rank.desc())
            .limit(bindparam("window", type_=Integer)).subquery("best"))
    # Outer joins: a match without an outcome is read too, for it takes a place in the window.
    return (select(best.c.item_id, best.c.rank, AgendaItem.outcome.is_not(None)).select_from(best)
            .outerjoin(AgendaItem, AgendaItem.id == best.c.item_id)
            .outerjoin(Meeting, Meeting.id == AgendaItem.meeting_id)
            .order_by(best.c.rank.desc(), Meeting.starts_at.desc(), AgendaItem.position, best.c.item_id))


@cache
def bounded_count_statement(adapter: type) -> Select:
    """How many matches have an outcome, counting no further than the parameter ``bound`` + 1: the template's
    item ids only (no rank, no snippet computed for a thousand rows nobody sees). Built once per adapter."""
    hits = adapter().template().subquery("hits")
    counted = (select(literal(1)).select_from(hits).join(AgendaItem, AgendaItem.id == hits.c.item_id)
               .where(AgendaItem.outcome.is_not(None)).limit(bindparam("bound", type_=Integer)).subquery("counted"))
    return select(func.count()).select_from(counted)

"""Stopping a running query from another thread (services.cancel): the search box's cancellation."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from samverkan_desktop.services.cancel import QueryCancel, QueryCancelledError, cancellable
from samverkan_desktop.services.decision_log import DecisionLogFilter, decision_log

ENDLESS = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
           "SELECT count(*) FROM (SELECT i FROM n LIMIT 100000000000)")


def test_a_cancelled_token_stops_the_search_before_it_reads(uow) -> None:
    token = QueryCancel()
    token.cancel()
    with pytest.raises(QueryCancelledError):
        decision_log(uow, DecisionLogFilter(text="avtal"), cancel=token)


def test_cancel_from_another_thread_interrupts_the_running_statement(uow) -> None:
    token = QueryCancel()
    started, outcome = threading.Event(), []

    def worker() -> None:
        try:
            with uow, cancellable(uow.session, token):
                started.set()
                uow.session.execute(text(ENDLESS)).scalar()
            outcome.append("finished")
        except QueryCancelledError:
            outcome.append("cancelled")

    thread = threading.Thread(target=worker)
    thread.start()
    assert started.wait(10)
    token.cancel()
    thread.join(10)
    assert not thread.is_alive() and outcome == ["cancelled"]
    # The connection went back to the pool unharmed: the next query on it runs.
    with uow:
        assert uow.session.execute(text("SELECT 1")).scalar() == 1


def test_without_a_cancel_the_search_is_as_before(uow) -> None:
    token = QueryCancel()
    page = decision_log(uow, DecisionLogFilter(text="avtal"), cancel=token)
    assert page.rows == () and page.total == 0


def test_a_cancel_between_two_statements_stops_the_next(uow) -> None:
    token = QueryCancel()
    with pytest.raises(QueryCancelledError), uow, cancellable(uow.session, token):
        assert uow.session.execute(text("SELECT 1")).scalar() == 1
        token.cancel()
        uow.session.execute(text("SELECT 2"))

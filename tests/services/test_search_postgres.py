"""The same search on PostgreSQL (to_tsvector('swedish', …) through PostgresSearch). Runs only when
SAMVERKAN_TEST_POSTGRES_URL names a database (postgresql+psycopg://user@host/db); everything happens in a
schema of its own that is dropped afterwards, so any database the user may create schemas in will do."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from decision_fixtures import Log, build_log
from meeting_fixtures import World, build_world
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.migrate import upgrade_database
from samverkan_desktop.db.uow import UnitOfWork, create_unit_of_work
from samverkan_desktop.domain.enums import Outcome
from samverkan_desktop.infra.config import migrations_dir
from samverkan_desktop.services.decision_log import DecisionLogFilter, decision_log
from samverkan_desktop.services.search import PostgresSearch, search_for

URL = os.environ.get("SAMVERKAN_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not URL, reason="SAMVERKAN_TEST_POSTGRES_URL is not set")


@pytest.fixture(scope="module")
def pg() -> Iterator[tuple[UnitOfWork, World, Log]]:
    schema = f"samverkan_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(URL)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(URL).update_query_dict({"options": f"-csearch_path={schema}"})
    engine = create_database_engine(url.render_as_string(hide_password=False))
    try:
        upgrade_database(engine, migrations_dir())
        uow = create_unit_of_work(engine, actor="testare")
        world = build_world(uow)
        yield uow, world, build_log(uow, world)
    finally:
        engine.dispose()
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def found(uow: UnitOfWork, query: str, **wanted) -> list[int]:
    return [row.item_id for row in decision_log(uow, DecisionLogFilter(text=query, **wanted)).rows]


def test_the_adapter_is_postgres(pg) -> None:
    uow, _world, _log = pg
    with uow:
        assert isinstance(search_for(uow.session), PostgresSearch)


def test_swedish_letters_prefixes_and_ranking(pg) -> None:
    uow, _world, log = pg
    assert set(found(uow, "år")) == {log.year_word, log.old}
    assert found(uow, "ar") == [log.ar_word]
    assert set(found(uow, "förank*")) == {log.anchoring, log.anchoring_later, log.secret}
    assert found(uow, "samverkansavtal") == [log.agreement_thrice, log.agreement_once]
    assert found(uow, '"vård nära"') == []


@pytest.mark.parametrize("typed", ['"förankring', "förankring*", "-förankring", "förankring:", "(förankring",
                                   "AND förankring", "NEAR förankring", "förankring ' | ! & <->"])
def test_special_characters_find_the_plain_words(pg, typed: str) -> None:
    uow, _world, log = pg
    assert log.anchoring in found(uow, typed)


def test_highlight_is_escaped_and_filters_apply(pg) -> None:
    uow, world, log = pg
    # PostgreSQL's parser reads <script>…</script> as markup, not words; what comes back is escaped all the same.
    (row,) = decision_log(uow, DecisionLogFilter(text="personalärende uppföljning")).rows
    assert row.item_id == log.secret
    assert "&amp; <b>uppföljning</b>" in row.snippet_html and "<script" not in row.snippet_html
    assert found(uow, "förank*", group_id=world.tema) == [log.anchoring_later]
    assert set(found(uow, "förank*", outcome=Outcome.DECIDED)) == {log.anchoring, log.secret}
    assert decision_log(uow, DecisionLogFilter(text="*")).total == 12


def test_the_gin_index_serves_the_search(pg) -> None:
    uow, _world, _log = pg
    with uow:
        connection = uow.session.connection()
        compiled = PostgresSearch().match("förank*").compile(dialect=connection.dialect)
        connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
        plan = "\n".join(connection.exec_driver_sql("EXPLAIN " + str(compiled), compiled.params).scalars())
    assert "decision_search_gin" in plan


def test_a_running_query_is_cancelled_from_another_thread(pg) -> None:
    """The search box's cancellation on PostgreSQL: psycopg's Connection.cancel() stops the statement."""
    import threading

    from samverkan_desktop.services.cancel import QueryCancel, QueryCancelledError, cancellable

    uow, _world, _log = pg
    token, started, outcome = QueryCancel(), threading.Event(), []

    def worker() -> None:
        try:
            with uow.for_another_thread() as own, cancellable(own.session, token):
                started.set()
                own.session.execute(text("SELECT pg_sleep(30)"))
            outcome.append("finished")
        except QueryCancelledError:
            outcome.append("cancelled")

    thread = threading.Thread(target=worker)
    thread.start()
    assert started.wait(10)
    with uow:  # until the statement runs on the server (a cancel before it is the token's check, tested on SQLite)
        for _attempt in range(200):
            if uow.session.scalar(text("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' "
                                       "AND query LIKE 'SELECT pg_sleep(30)%'")):
                break
            uow.session.execute(text("SELECT pg_sleep(0.05)"))
    token.cancel()
    thread.join(20)
    assert not thread.is_alive() and outcome == ["cancelled"]
    assert found(uow, "rutin*")  # the pool's connections still serve searches

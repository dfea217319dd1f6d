"""The decision log's hot path on SQLite (services.decision_log_sqlite: a search alone, one statement per window)
gives exactly what the statements it replaced give (``_from_best_ranked`` and its count, which PostgreSQL still
runs) and what the general path gives (every match joined, then ranked), on the generated sample database: the same
rows in the same order, each field the same (confidential items included and marked, highlights, ranks, days),
the same totals and the same "more than" - across pages, small windows read again wider, and counts that stop."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from postgres_testdb import sqlite_only
from sqlalchemy import text

import samverkan_desktop.services.decision_log as decision_log_service
from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.uow import create_unit_of_work
from samverkan_desktop.sampledata.generate import generate
from samverkan_desktop.services.decision_log import DecisionLogFilter, decision_log

pytestmark = sqlite_only("the hot path is SQLite's; PostgreSQL runs the statements it is compared with")

QUERIES_FILE = Path(__file__).resolve().parents[2] / "benchmarks" / "queries.txt"
#: Beside the benchmark's topical queries: prefixes, phrases, operators typed as text, and nothing found.
MORE = ["a*", "och", "mötet", "\"trygg hemgång\"", "beslut*", "AND OR NOT", "(", "zzzz", "ö*"]


@pytest.fixture(scope="module")
def generated_log(migrated_template, tmp_path_factory) -> Path:
    """3 groups x 2 years, generated once, with some items made confidential and some undecided."""
    path = tmp_path_factory.mktemp("hot") / "generated.db"
    shutil.copyfile(migrated_template, path)
    engine = create_database_engine(f"sqlite:///{path}")
    generate(create_unit_of_work(engine, actor="testare"), groups=3, years=2, seed=1, end=date(2026, 12, 31))
    with engine.begin() as connection:
        connection.execute(text("UPDATE agenda_item SET confidential = 1 WHERE outcome IS NOT NULL AND id % 7 = 0"))
        connection.execute(text("UPDATE agenda_item SET outcome = NULL WHERE outcome IS NOT NULL AND id % 11 = 0"))
    engine.dispose()
    return path


@pytest.fixture
def log_uow(generated_log, tmp_path):
    path = tmp_path / "log.db"
    shutil.copyfile(generated_log, path)
    engine = create_database_engine(f"sqlite:///{path}")
    yield create_unit_of_work(engine, actor="testare")
    engine.dispose()


def queries() -> list[str]:
    lines = (line.strip() for line in QUERIES_FILE.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")] + MORE


def page_of(uow, query: str, offset: int, limit: int, monkeypatch, **settings: object):
    for name, value in settings.items():
        monkeypatch.setattr(decision_log_service, name, value)
    return decision_log(uow, DecisionLogFilter(text=query), offset, limit)


@pytest.mark.parametrize("settings", [
    {},  # as shipped
    {"RANK_MARGIN": 0},  # windows too small: read again, wider
    {"RANK_MARGIN": 3, "COUNT_LIMIT": 5},  # counts that stop early
], ids=["shipped", "narrow-windows", "short-counts"])
def test_the_hot_path_gives_what_the_statements_it_replaced_give(log_uow, monkeypatch, settings) -> None:
    found = 0
    for query in queries():
        for offset, limit in ((0, 200), (0, 7), (5, 3), (40, 20)):
            hot = page_of(log_uow, query, offset, limit, monkeypatch, HOT_PATH=True, **settings)
            ranked = page_of(log_uow, query, offset, limit, monkeypatch, HOT_PATH=False)
            assert hot == ranked, (query, offset, limit)
            found += len(hot.rows)
            if offset == 0 and limit == 200:  # every match joined, then ranked: the rows are the same
                joined = page_of(log_uow, query, offset, limit, monkeypatch, RANK_WINDOW_MAX=0)
                assert hot.rows == joined.rows, query
                assert hot.total == joined.total or not hot.total_exact, query
                monkeypatch.setattr(decision_log_service, "RANK_WINDOW_MAX", 20_000)
    assert found > 500  # the queries find things in the generated data


def test_the_tabs_screen_pages_one_after_another_are_the_page_of_200(log_uow) -> None:
    """The decision-log tab reads SCREEN_PAGE rows at a time (the first page is what a window shows): its pages,
    read on, are the rows, order, highlights and count that one page of 200 has."""
    size = decision_log_service.SCREEN_PAGE
    assert size < 200
    for query in queries():
        whole = decision_log(log_uow, DecisionLogFilter(text=query), 0, 200)
        first = decision_log(log_uow, DecisionLogFilter(text=query), 0, size)
        assert (first.total, first.total_exact) == (whole.total, whole.total_exact), query
        rows = list(first.rows)
        while len(rows) < len(whole.rows):
            more = decision_log(log_uow, DecisionLogFilter(text=query), len(rows), size).rows
            assert more, query
            rows += more
        assert tuple(rows[:200]) == tuple(whole.rows), query


def test_confidential_items_are_in_the_log_and_marked(log_uow) -> None:
    with log_uow:
        secret = log_uow.session.execute(text(
            "SELECT id, title FROM agenda_item WHERE confidential AND outcome IS NOT NULL LIMIT 1")).one()
    word = secret.title.split()[0].strip(".,:;")
    page = decision_log(log_uow, DecisionLogFilter(text=word), limit=1000)
    (row,) = [row for row in page.rows if row.item_id == secret.id]
    assert row.confidential and row.title == secret.title

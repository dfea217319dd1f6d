"""The search benchmark asks questions that have answers, and its baseline answers the same question."""

from __future__ import annotations

import sqlite3

import pytest

from benchmarks import bench_search, datasets
from benchmarks.datasets import Scale
from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.uow import create_unit_of_work
from samverkan_desktop.domain.search_text import ELLIPSIS, MARK_CLOSE, MARK_OPEN, fts5_query
from samverkan_desktop.services.decision_log import DecisionLogFilter, decision_log


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    return datasets.ensure(Scale(2, 1), tmp_path_factory.mktemp("cache"), log=lambda _message: None)


@pytest.fixture
def search_uow(dataset):
    engine = create_database_engine(f"sqlite:///{dataset.path}")
    yield create_unit_of_work(engine, "test")
    engine.dispose()


def test_ten_distinct_queries_that_each_find_decisions(dataset, search_uow):
    queries = bench_search.typical_queries(dataset.path)

    assert len(queries) == bench_search.QUERY_COUNT == len(set(queries))
    for query in queries:
        assert decision_log(search_uow, DecisionLogFilter(text=query), limit=1).total > 0, query


def test_raw_baseline_finds_every_item_the_service_lists(dataset, search_uow):
    with sqlite3.connect(dataset.path) as raw:
        for query in bench_search.typical_queries(dataset.path)[:3]:
            found = {row[0] for row in raw.execute(
                bench_search.RAW_SQL, (MARK_OPEN, MARK_CLOSE, ELLIPSIS, 16, fts5_query(query)))}
            page = decision_log(search_uow, DecisionLogFilter(text=query), limit=bench_search.PAGE)
            assert page.total <= bench_search.PAGE  # small enough that neither side is cut off
            assert {row.item_id for row in page.rows} <= found
    raw.close()


def test_measure_gives_one_timing_per_query(dataset, search_uow):
    timings = bench_search.measure(search_uow, dataset.path, ["remiss", "förank*"], runs=1)

    assert [t.query for t in timings] == ["remiss", "förank*"]
    assert all(t.service_s > 0 and t.raw_s > 0 and t.ratio > 0 for t in timings)

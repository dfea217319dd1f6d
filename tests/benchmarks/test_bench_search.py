"""The search benchmark asks questions that have answers, and its baseline answers the same question."""

from __future__ import annotations

import sqlite3

import pytest

from benchmarks import bench_search, datasets
from benchmarks.datasets import Scale
from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.uow import create_unit_of_work
from samverkan_desktop.domain.search_text import fts5_query
from samverkan_desktop.services.decision_log import DecisionLogFilter, decision_log


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    return datasets.ensure(Scale(2, 1), tmp_path_factory.mktemp("cache"), log=lambda _message: None)


@pytest.fixture
def search_uow(dataset):
    engine = create_database_engine(f"sqlite:///{dataset.path}")
    yield create_unit_of_work(engine, "test")
    engine.dispose()


def test_the_topical_queries_are_fixed_distinct_and_searchable(dataset, search_uow):
    queries = bench_search.topical_queries()

    assert len(queries) >= 30 and len(set(queries)) == len(queries)
    assert all(fts5_query(query) for query in queries)  # each holds something to search for
    # At a tiny scale some find nothing (which is measured too), but the list is about what the data holds.
    assert sum(decision_log(search_uow, DecisionLogFilter(text=q), limit=1).total > 0 for q in queries) >= 5


def test_raw_baseline_ranks_plainly_and_finds_every_item_the_service_lists(dataset, search_uow):
    assert "snippet" not in bench_search.RAW_SQL and f"LIMIT {bench_search.PAGE}" in bench_search.RAW_SQL
    with sqlite3.connect(dataset.path) as raw:
        for query in ("SIP", "läkemedel", "avvikelse*"):
            found = {row[0] for row in raw.execute(bench_search.RAW_SQL, (fts5_query(query),))}
            page = decision_log(search_uow, DecisionLogFilter(text=query), limit=bench_search.PAGE)
            if page.total < bench_search.PAGE:  # neither side cut off
                assert {row.item_id for row in page.rows} <= found
    raw.close()


def test_percentile_is_nearest_rank():
    assert bench_search.percentile(list(range(1, 21)), 0.95) == 19
    assert bench_search.percentile([3.0], 0.95) == 3.0


def test_measure_gives_one_timing_per_query(dataset, search_uow):
    timings = bench_search.measure(search_uow, dataset.path, ["remiss", "förank*"], runs=1)

    assert [t.query for t in timings] == ["remiss", "förank*"]
    assert all(t.service_s > 0 and t.raw_s > 0 and t.ratio > 0 for t in timings)

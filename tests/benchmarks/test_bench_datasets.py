"""The benchmark databases: the generator's counts and determinism, the 40-item meeting, the cache."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from benchmarks import datasets
from benchmarks.datasets import BIG_MEETING_ITEMS, Scale
from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.migrate import upgrade_database
from samverkan_desktop.db.uow import create_unit_of_work
from samverkan_desktop.infra.config import migrations_dir

TINY = Scale(groups=2, years=1)


def rows(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        found = connection.execute(sql).fetchall()
    connection.close()
    return found


def generated(path: Path, scale: Scale):
    generate = pytest.importorskip(datasets.GENERATOR_MODULE).generate
    engine = create_database_engine(f"sqlite:///{path}")
    try:
        upgrade_database(engine, migrations_dir())
        return generate(create_unit_of_work(engine, "test"), groups=scale.groups, years=scale.years,
                        seed=scale.seed, end=datasets.GENERATED_UNTIL)
    finally:
        engine.dispose()


def test_generator_counts_are_the_rows_in_the_database(tmp_path):
    path = tmp_path / "tiny.db"
    summary = generated(path, TINY)

    assert summary.groups == TINY.groups
    assert summary.meetings > 0 and summary.agenda_items > summary.meetings
    assert rows(path, "SELECT count(*) FROM coordination_group") == [(summary.groups,)]
    assert rows(path, "SELECT count(*) FROM meeting") == [(summary.meetings,)]
    assert rows(path, "SELECT count(*) FROM agenda_item") == [(summary.agenda_items,)]
    # Every item is in the search index the decision-log benchmark searches.
    assert rows(path, "SELECT count(*) FROM decision_search") == [(summary.agenda_items,)]


def test_generator_gives_the_same_database_for_the_same_arguments(tmp_path):
    first, second, other = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "c.db"
    generated(first, TINY)
    generated(second, TINY)
    generated(other, Scale(TINY.groups, TINY.years, seed=TINY.seed + 1))
    content = "SELECT id, meeting_id, title, notes, decision_text, outcome FROM agenda_item ORDER BY id"

    assert rows(first, content) == rows(second, content)
    assert rows(first, "SELECT id, name, parent_id FROM coordination_group ORDER BY id") == rows(
        second, "SELECT id, name, parent_id FROM coordination_group ORDER BY id")
    assert rows(first, content) != rows(other, content)


def test_ensure_builds_once_with_a_40_item_meeting_and_then_reuses_the_file(tmp_path, monkeypatch):
    stale, other_scale = tmp_path / "g2-y1-s1-d0-0001-old.db", tmp_path / "g20-y1-s1-d0-0001-old.db"
    stale.write_bytes(b"made by an older generator")
    other_scale.write_bytes(b"another scale")
    dataset = datasets.ensure(TINY, tmp_path, log=lambda _message: None)

    assert not stale.exists() and other_scale.exists()

    assert dataset.path.parent == tmp_path and dataset.path.exists()
    assert dataset.generated is datasets.generator_available()
    items = rows(dataset.path, f"SELECT notes, decision_text FROM agenda_item WHERE meeting_id = "
                               f"{dataset.big_meeting_id}")
    assert len(items) == BIG_MEETING_ITEMS
    assert all(notes and decision.startswith("att ") for notes, decision in items)
    assert dataset.items == rows(dataset.path, "SELECT count(*) FROM agenda_item")[0][0]
    assert not list(tmp_path.glob("*.partial*"))

    def must_not_build(*_args):
        raise AssertionError("a cached database was built again")

    monkeypatch.setattr(datasets, "_build", must_not_build)
    assert datasets.ensure(TINY, tmp_path, log=lambda _message: None) == dataset


def test_cache_key_changes_with_every_argument_and_the_data_version(monkeypatch):
    keys = {datasets.cache_key(scale) for scale in (TINY, Scale(3, 1), Scale(2, 2), Scale(2, 1, seed=7))}
    assert len(keys) == 4
    before = datasets.cache_key(TINY)
    monkeypatch.setattr(datasets, "DATA_VERSION", datasets.DATA_VERSION + 1)
    assert datasets.cache_key(TINY) != before


def test_a_failed_build_leaves_no_file_in_the_cache(tmp_path, monkeypatch):
    def broken(path: Path, *_args):
        path.write_bytes(b"half a database")
        raise RuntimeError("generator crashed")

    monkeypatch.setattr(datasets, "_build", broken)
    with pytest.raises(RuntimeError, match="generator crashed"):
        datasets.ensure(TINY, tmp_path, log=lambda _message: None)
    assert list(tmp_path.iterdir()) == []


def test_working_copy_leaves_the_cached_file_alone(tmp_path):
    dataset = datasets.ensure(TINY, tmp_path / "cache", log=lambda _message: None)
    copy = datasets.working_copy(dataset, tmp_path)
    with sqlite3.connect(copy) as connection:
        connection.execute("UPDATE agenda_item SET notes = 'ändrad'")
    connection.close()

    assert "ändrad" not in {notes for notes, in rows(dataset.path, "SELECT notes FROM agenda_item")}

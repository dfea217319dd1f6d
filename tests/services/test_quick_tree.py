"""The group tree read plainly at start (services.quick_tree) is the service's (groups.list_group_tree): the same
groups, in the same order, with the same counts, chairs and active flags, on the days memberships and groups
begin and end; and nothing (None) where it cannot be read so."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from postgres_testdb import sqlite_only

from samverkan_desktop.db.preflight import read_schema
from samverkan_desktop.db.revisions import quick_head
from samverkan_desktop.infra.config import migrations_dir
from samverkan_desktop.sampledata.generate import generate
from samverkan_desktop.services import groups
from samverkan_desktop.services.quick_tree import read_group_tree

END = date(2026, 12, 31)


def plain(path, on):
    return read_group_tree(path, read_schema(path).revision, quick_head(migrations_dir()), on)


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    from samverkan_desktop.db.engine import create_database_engine
    from samverkan_desktop.db.migrate import upgrade_database
    from samverkan_desktop.db.uow import create_unit_of_work

    path = tmp_path_factory.mktemp("tree") / "generated.db"
    engine = create_database_engine(f"sqlite:///{path}")
    upgrade_database(engine, migrations_dir())
    uow = create_unit_of_work(engine, "testare")
    generate(uow, groups=8, years=2, seed=4, end=END)
    yield path, uow
    engine.dispose()


def test_the_plain_tree_is_the_services_on_every_day_that_matters(generated) -> None:
    path, uow = generated
    with uow:
        from sqlalchemy import text

        days = {date.fromisoformat(d) for (d,) in uow.session.execute(text(
            "SELECT valid_from FROM membership WHERE valid_from IS NOT NULL UNION "
            "SELECT valid_to FROM membership WHERE valid_to IS NOT NULL UNION "
            "SELECT active_from FROM coordination_group WHERE active_from IS NOT NULL UNION "
            "SELECT active_to FROM coordination_group WHERE active_to IS NOT NULL"))}
    days = sorted(days | {END, date(2020, 1, 1)})
    checked = sorted({*days[:: max(len(days) // 15, 1)], *(d + timedelta(days=1) for d in days[:5]), END})
    for day in checked:
        expected = groups.list_group_tree(uow, day)
        assert plain(path, day) == expected, day
    assert len(expected) >= 8 and any(n.chair_name for n in expected) and any(n.parent_id for n in expected)


@sqlite_only("the plain tree reads a SQLite file; on PostgreSQL the start keeps the SQLAlchemy path")
def test_lower_case_and_swedish_letters_sort_as_the_service(uow, db_path) -> None:
    from samverkan_desktop.domain.enums import GroupKind
    from samverkan_desktop.services.dto import GroupData

    for name in ("Öst", "arbetsgrupp", "Ängen", "Alfa", "zeta", "Åby", "alfa 2"):
        groups.create_group(uow, GroupData(name=name, kind=GroupKind.MANAGEMENT_GROUP))
    assert plain(db_path, END) == groups.list_group_tree(uow, END)


def test_nothing_when_the_schema_is_not_the_head_or_the_file_is_not_a_database(tmp_path, generated) -> None:
    path, _uow = generated
    assert read_group_tree(path, "0001", quick_head(migrations_dir())) is None
    assert read_group_tree(path, None, quick_head(migrations_dir())) is None
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 100)
    assert read_group_tree(junk, "x", "x") is None

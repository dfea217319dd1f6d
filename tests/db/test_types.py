"""Column types that behave alike on SQLite and PostgreSQL: aware UTC datetimes in and out, enums stored as their
values under a CHECK constraint."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, create_engine, insert, select, text
from sqlalchemy.exc import IntegrityError, StatementError

from samverkan_desktop.db.types import UTCDateTime, enum_column_type
from samverkan_desktop.domain.enums import MeetingStatus


@pytest.fixture
def table():
    engine = create_engine("sqlite://")
    metadata = MetaData()
    table = Table("t", metadata, Column("id", Integer, primary_key=True), Column("at", UTCDateTime()),
                  Column("status", enum_column_type(MeetingStatus, "meeting_status")))
    metadata.create_all(engine)
    yield engine, table
    engine.dispose()


def test_an_aware_time_comes_back_aware_in_utc_and_is_stored_as_utc(table):
    engine, t = table
    stockholm = timezone(timedelta(hours=2))
    with engine.begin() as connection:
        connection.execute(insert(t).values(id=1, at=datetime(2026, 6, 1, 13, 0, tzinfo=stockholm)))
        connection.execute(insert(t).values(id=2, at=None))
        stored = connection.execute(text("SELECT at FROM t WHERE id = 1")).scalar_one()
        back = connection.execute(select(t.c.at).order_by(t.c.id)).scalars().all()
    assert stored.startswith("2026-06-01 11:00:00")
    assert back == [datetime(2026, 6, 1, 11, 0, tzinfo=UTC), None]
    assert back[0].tzinfo is UTC


def test_a_naive_time_is_refused(table):
    engine, t = table
    with pytest.raises(StatementError, match="naive datetime"), engine.begin() as connection:
        connection.execute(insert(t).values(id=1, at=datetime(2026, 6, 1, 13, 0)))


def test_an_enum_is_stored_as_its_value_and_anything_else_is_refused_by_the_database(table):
    engine, t = table
    with engine.begin() as connection:
        connection.execute(insert(t).values(id=1, status=MeetingStatus.HELD))
        assert connection.execute(text("SELECT status FROM t")).scalar_one() == MeetingStatus.HELD.value
        assert connection.execute(select(t.c.status)).scalar_one() is MeetingStatus.HELD
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(text("INSERT INTO t (id, status) VALUES (2, 'HELD')"))  # the name, not the value

"""The engine's SQLite pragmas, the portable column types and the unit of work."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, func, insert, select, text
from sqlalchemy.exc import IntegrityError, StatementError

from samverkan_desktop.db.engine import BUSY_TIMEOUT_MS, create_database_engine, sqlite_path
from samverkan_desktop.db.models import Organisation
from samverkan_desktop.db.types import UTCDateTime
from samverkan_desktop.db.uow import create_unit_of_work
from samverkan_desktop.domain.enums import OrganisationKind
from samverkan_desktop.domain.errors import StorageError

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def pragmas(connection) -> dict[str, object]:
    return {
        name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
        for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
    }


def test_every_connection_gets_the_pragmas(engine) -> None:
    expected = {"foreign_keys": 1, "journal_mode": "wal", "synchronous": 2, "busy_timeout": BUSY_TIMEOUT_MS}
    for _ in range(3):  # NullPool: each checkout is a new DB-API connection
        with engine.connect() as connection:
            assert pragmas(connection) == expected
    assert BUSY_TIMEOUT_MS > 0


def test_a_new_file_gets_the_pragmas_too(tmp_path) -> None:
    engine = create_database_engine(f"sqlite:///{tmp_path / 'ny' / 'mapp' / 'samverkan.db'}")
    try:
        with engine.connect() as connection:
            values = pragmas(connection)
    finally:
        engine.dispose()
    assert values["foreign_keys"] == 1
    assert values["journal_mode"] == "wal"
    assert values["synchronous"] == 2


def test_foreign_keys_are_enforced(engine) -> None:
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(text("INSERT INTO person (name, employer_id) VALUES ('Anna', 4711)"))


def test_sqlite_path() -> None:
    assert sqlite_path("sqlite:////tmp/a/samverkan.db").as_posix() == "/tmp/a/samverkan.db"
    assert sqlite_path("sqlite://") is None
    assert sqlite_path("sqlite:///:memory:") is None
    assert sqlite_path("postgresql+psycopg://u@host/db") is None


# --- UTCDateTime -----------------------------------------------------------------------------------------


@pytest.fixture
def stamps(tmp_path):
    engine = create_database_engine(f"sqlite:///{tmp_path / 'typer.db'}")
    metadata = MetaData()
    table = Table("stamp", metadata, Column("id", Integer, primary_key=True), Column("at", UTCDateTime()))
    metadata.create_all(engine)
    yield engine, table
    engine.dispose()


@pytest.mark.parametrize(
    "value",
    [
        datetime(2026, 3, 10, 13, 5, tzinfo=STOCKHOLM),  # winter time, +01:00
        datetime(2026, 7, 1, 9, 30, 15, 123456, tzinfo=STOCKHOLM),  # summer time, +02:00
        datetime(2026, 1, 1, 0, 0, tzinfo=UTC),
        datetime(2025, 12, 31, 23, 0, tzinfo=timezone(timedelta(hours=-5))),
    ],
)
def test_aware_datetimes_come_back_as_the_same_instant_in_utc(stamps, value) -> None:
    engine, table = stamps
    with engine.begin() as connection:
        connection.execute(insert(table).values(id=1, at=value))
    with engine.connect() as connection:
        back = connection.execute(select(table.c.at)).scalar_one()
        raw = connection.exec_driver_sql("SELECT at FROM stamp").scalar_one()
    assert back == value
    assert back.utcoffset() == timedelta(0)
    assert back.tzinfo is UTC
    # Stored as UTC wall time, so that text comparison in SQL orders instants correctly.
    assert raw.startswith(value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S"))


def test_none_round_trips(stamps) -> None:
    engine, table = stamps
    with engine.begin() as connection:
        connection.execute(insert(table).values(id=1, at=None))
    with engine.connect() as connection:
        assert connection.execute(select(table.c.at)).scalar_one() is None


def test_naive_datetimes_are_refused(stamps) -> None:
    engine, table = stamps
    with pytest.raises(StatementError) as info, engine.begin() as connection:
        connection.execute(insert(table).values(id=1, at=datetime(2026, 3, 10, 13, 5)))
    assert isinstance(info.value.orig, ValueError)
    with engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(table)).scalar_one() == 0


# --- enum CHECK constraints ------------------------------------------------------------------------------


def test_the_enum_check_constraint_rejects_unknown_values(engine) -> None:
    with pytest.raises(IntegrityError) as info, engine.begin() as connection:
        connection.execute(text("INSERT INTO organisation (name, kind) VALUES ('Påhittat', 'landsting')"))
    assert "CHECK" in str(info.value)
    with engine.begin() as connection:  # a known value passes the same constraint
        connection.execute(text("INSERT INTO organisation (name, kind) VALUES ('Region Halland', 'region')"))


def test_enums_are_stored_by_value(engine, uow) -> None:
    with uow:
        uow.session.add(Organisation(name="Privat vård AB", kind=OrganisationKind.PRIVATE_PROVIDER))
        uow.commit()
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT kind FROM organisation").scalar_one() == "privat_vardgivare"
    with uow:
        assert uow.session.scalar(select(Organisation.kind)) is OrganisationKind.PRIVATE_PROVIDER


# --- the unit of work ------------------------------------------------------------------------------------


def count_organisations(engine) -> int:
    with engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(Organisation)).scalar_one()


def test_leaving_without_commit_rolls_back(engine, uow) -> None:
    with uow:
        uow.session.add(Organisation(name="Region Halland", kind=OrganisationKind.REGION))
        uow.session.flush()
    assert count_organisations(engine) == 0


def test_an_error_rolls_back_and_propagates(engine, uow) -> None:
    with pytest.raises(RuntimeError), uow:
        uow.session.add(Organisation(name="Region Halland", kind=OrganisationKind.REGION))
        uow.session.flush()
        raise RuntimeError("avbrutet")
    assert count_organisations(engine) == 0


def test_commit_stores_and_the_actor_is_kept(engine) -> None:
    uow = create_unit_of_work(engine, actor="Sekreteraren")
    assert uow.actor == "Sekreteraren"
    with uow:
        uow.session.add(Organisation(name="Region Halland", kind=OrganisationKind.REGION))
        uow.commit()
    with uow:  # reusable: a second block opens a new session
        uow.session.add(Organisation(name="Varbergs kommun", kind=OrganisationKind.KOMMUN))
        uow.commit()
    assert count_organisations(engine) == 2


def test_a_locked_database_becomes_a_storage_error_in_swedish(engine, uow) -> None:
    engine_fast = create_database_engine(str(engine.url))
    with engine.connect() as blocker:
        blocker.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            fast = create_unit_of_work(engine_fast)
            with fast:
                fast.session.connection().exec_driver_sql("PRAGMA busy_timeout = 0")
                fast.session.add(Organisation(name="Region Halland", kind=OrganisationKind.REGION))
                with pytest.raises(StorageError) as info:
                    fast.commit()
        finally:
            blocker.exec_driver_sql("ROLLBACK")
    engine_fast.dispose()
    assert "används av ett annat program" in info.value.message
    assert count_organisations(engine) == 0


def test_nested_units_of_work_share_one_transaction(uow):
    from sqlalchemy import func, select

    from samverkan_desktop.db.models import Organisation
    from samverkan_desktop.domain.enums import OrganisationKind

    def count() -> int:
        with uow:
            return uow.session.scalar(select(func.count()).select_from(Organisation))

    with uow:
        with uow:
            uow.session.add(Organisation(name="Inre", kind=OrganisationKind.REGION))
            uow.commit()  # only flushes: the outer block decides
        assert uow.session.scalar(select(func.count()).select_from(Organisation)) == 1
    assert count() == 0

    with uow:
        with uow:
            uow.session.add(Organisation(name="Yttre", kind=OrganisationKind.KOMMUN))
            uow.commit()
        uow.commit()
    assert count() == 1


def test_a_postgresql_url_is_accepted_without_sqlite_pragmas(monkeypatch) -> None:
    from samverkan_desktop.db.engine import create_database_engine
    from samverkan_desktop.infra.config import resolve_database_url

    url = "postgresql+psycopg://sekreterare@db.region.example/samverkan"
    monkeypatch.setenv("SAMVERKAN_DATABASE_URL", url)
    assert resolve_database_url(None) == url
    engine = create_database_engine(resolve_database_url(None))  # no connection is made here
    assert engine.dialect.name == "postgresql"
    assert engine.url.database == "samverkan"
    engine.dispose()


def test_an_in_memory_engine_is_one_database_for_every_thread() -> None:
    import threading

    engine = create_database_engine("sqlite://")
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE t (x INTEGER)"))
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        seen: list[int] = []

        def count() -> None:
            with engine.connect() as connection:
                seen.append(connection.execute(text("SELECT count(*) FROM t")).scalar_one())
        worker = threading.Thread(target=count)
        worker.start()
        worker.join()
        assert seen == [0]
    finally:
        engine.dispose()

"""The service and migration tests on PostgreSQL. When SAMVERKAN_TEST_POSTGRES_URL names a database
(postgresql+psycopg://user@host/db, e.g. the throwaway server of `.ci/postgres start`), their fixtures put every
database they would have made as a SQLite file into a schema of its own there, dropped at the end of the run.

The service tests share one schema migrated once per run and emptied before each test (its sequences restarted,
so ids start at 1 as in a fresh SQLite file); prepared data (the meeting world, held minutes) is kept
in snapshot schemas and copied back with INSERT … SELECT, which is what copying a template file is on SQLite."""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.migrate import head_revision, upgrade_database
from samverkan_desktop.db.models import Base
from samverkan_desktop.infra.config import migrations_dir

URL = os.environ.get("SAMVERKAN_TEST_POSTGRES_URL") or None
ON_POSTGRES = URL is not None
#: A test that waits this long for a lock is stuck behind a connection some test left open: fail, do not hang.
LOCK_TIMEOUT = "10s"


def sqlite_only(reason: str) -> pytest.MarkDecorator:
    """Skips a test that is about SQLite itself (its files, pragmas or FTS5) when the run is on PostgreSQL."""
    return pytest.mark.skipif(ON_POSTGRES, reason=f"SQLite only: {reason}")


#: A test of what only PostgreSQL does (the SQLite run has its own test of the same promise).
postgres_only = pytest.mark.skipif(not ON_POSTGRES, reason="PostgreSQL only: SAMVERKAN_TEST_POSTGRES_URL is not set")


def schema_url(schema: str) -> str:
    """The test database's URL with ``schema`` as the search path: the app needs no schema setting."""
    assert URL is not None
    url = make_url(URL).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)


class Schemas:
    """Creates schemas in the test database and drops every one of them at the end."""

    def __init__(self) -> None:
        assert URL is not None, "SAMVERKAN_TEST_POSTGRES_URL is not set"
        self.admin: Engine = create_engine(URL)
        self.made: list[str] = []

    def execute(self, *statements: str) -> None:
        with self.admin.begin() as connection:
            connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'")
            for statement in statements:
                connection.exec_driver_sql(statement)

    def create(self, label: str) -> str:
        name = f"samverkan_test_{label}_{uuid.uuid4().hex[:10]}"
        self.execute(f'CREATE SCHEMA "{name}"')
        self.made.append(name)
        return name

    def drop(self, name: str) -> None:
        self.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
        self.made.remove(name)

    def close(self) -> None:
        for name in list(self.made):
            self.drop(name)
        self.admin.dispose()


class ServiceDatabase:
    """One schema migrated to head for the whole run; ``reset()`` empties it, ``snapshot()``/``restore()`` keep
    and bring back its rows."""

    def __init__(self, schemas: Schemas) -> None:
        self.schemas = schemas
        self.schema = schemas.create("services")
        self.url = schema_url(self.schema)
        #: Shared by the tests (each gets a copy with options of its own: its event listeners stay its own):
        #: connecting costs more than most tests.
        self.engine = create_database_engine(self.url)
        assert upgrade_database(self.engine, migrations_dir()).after == head_revision(migrations_dir())
        # Parents before children, so that copied rows find the rows they point to.
        self.tables = [table.name for table in Base.metadata.sorted_tables]
        with schemas.admin.connect() as connection:
            self.sequences = connection.execute(text(
                "SELECT table_name, column_name, pg_get_serial_sequence(format('%I.%I', table_schema, table_name),"
                " column_name) FROM information_schema.columns WHERE table_schema = :schema"
                " AND (column_default LIKE 'nextval(%' OR is_identity = 'YES')"), {"schema": self.schema}).all()

    def _qualified(self, schema: str, table: str) -> str:
        return f'"{schema}"."{table}"'

    def _empty(self) -> list[str]:
        # DELETE, children first, rather than TRUNCATE: on tables this small it is many times faster. As a
        # replica: the audit events' triggers (migration 0010) refuse every DELETE the app could make.
        return ["SET LOCAL session_replication_role = replica",
                *(f"DELETE FROM {self._qualified(self.schema, t)}" for t in reversed(self.tables))]

    def _restart_sequences(self) -> list[str]:
        """Each sequence continues after the highest id in its table (at 1 in an empty table), as in SQLite."""
        setvals = ", ".join(
            f"setval('{sequence}', coalesce((SELECT max(\"{column}\") FROM {self._qualified(self.schema, table)}),"
            " 0) + 1, false)"
            for table, column, sequence in self.sequences)
        return [f"SELECT {setvals}"] if setvals else []

    def engine_for_test(self) -> Engine:
        """An engine for one test: the shared pool, and event listeners that leave with the test."""
        return self.engine.execution_options()

    def close(self) -> None:
        self.engine.dispose()

    def reset(self) -> None:
        self.schemas.execute(*self._empty(), *self._restart_sequences())

    def snapshot(self, label: str) -> str:
        """A copy of every table's rows in a schema of its own (no constraints: it is only read back)."""
        snapshot = self.schemas.create(label)
        self.schemas.execute(*(
            f"CREATE TABLE {self._qualified(snapshot, t)} AS TABLE {self._qualified(self.schema, t)}"
            for t in self.tables))
        return snapshot

    def restore(self, snapshot: str) -> None:
        """The schema emptied and filled with the snapshot's rows, parents first."""
        copies = [f"INSERT INTO {self._qualified(self.schema, t)} SELECT * FROM {self._qualified(snapshot, t)}"
                  for t in self.tables]
        self.schemas.execute(*self._empty(), *copies, *self._restart_sequences())


def fresh_engine(schemas: Schemas | None, sqlite_file) -> Engine:
    """An engine on a new, empty database: a new schema on PostgreSQL, else the SQLite file ``sqlite_file``."""
    if schemas is None:
        return create_database_engine(f"sqlite:///{sqlite_file}")
    return create_database_engine(schema_url(schemas.create("fresh")))

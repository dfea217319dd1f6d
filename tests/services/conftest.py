"""Service-test fixtures: a fast migrated database (a copy of one template, on a RAM disk if there is one),
and helpers that count rows and read the audit trail straight from the database.

With SAMVERKAN_TEST_POSTGRES_URL set, the same fixtures give a PostgreSQL schema instead (see
tests/postgres_testdb.py): migrated once per run, emptied before each test, templates kept as snapshot schemas."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from postgres_testdb import ON_POSTGRES, Schemas, ServiceDatabase
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.migrate import head_revision, upgrade_database
from samverkan_desktop.db.models import AuditEvent
from samverkan_desktop.infra.config import migrations_dir

if TYPE_CHECKING:
    from held_minutes import Held

RAM_DISK = Path("/dev/shm")


@pytest.fixture(scope="session")
def postgres_schemas() -> Iterator[Schemas | None]:
    """Schemas in the PostgreSQL test database, all dropped at the end of the run; None on SQLite."""
    if not ON_POSTGRES:
        yield None
        return
    schemas = Schemas()
    try:
        yield schemas
    finally:
        schemas.close()


@pytest.fixture(scope="session")
def postgres_services(postgres_schemas: Schemas | None) -> Iterator[ServiceDatabase | None]:
    """The one migrated schema the service tests share on PostgreSQL; None on SQLite."""
    if postgres_schemas is None:
        yield None
        return
    services = ServiceDatabase(postgres_schemas)
    try:
        yield services
    finally:
        services.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Iterator[Path]:
    """Overrides the root fixture: on a RAM disk where there is one. Service tests commit often and
    the engine asks for a full fsync on every commit; durability is not what they test."""
    if not (RAM_DISK.is_dir() and os.access(RAM_DISK, os.W_OK)):
        yield tmp_path / "samverkan.db"
        return
    folder = Path(tempfile.mkdtemp(prefix="samverkan-test-", dir=RAM_DISK))
    try:
        yield folder / "samverkan.db"
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database migrated to head per test run; each test gets a copy (much faster than migrating)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    template_engine = create_database_engine(f"sqlite:///{path}")
    upgrade_database(template_engine, migrations_dir())
    template_engine.dispose()  # the last connection closing checkpoints the WAL into the file
    assert not path.with_name(path.name + "-wal").exists()
    return path


@pytest.fixture
def engine(request: pytest.FixtureRequest, db_path: Path, postgres_services: ServiceDatabase | None):
    """Overrides the root fixture: a fresh copy of the migrated template, at head (on PostgreSQL: the shared
    schema, emptied; emptied before rather than after a test, so that a test that failed half-way leaves no
    rows behind for the next one)."""
    if postgres_services is not None:
        postgres_services.reset()  # migrated once, at the start of the run
        yield postgres_services.engine_for_test()
        return
    migrated_template: Path = request.getfixturevalue("migrated_template")
    shutil.copyfile(migrated_template, db_path)
    engine = create_database_engine(f"sqlite:///{db_path}")
    assert upgrade_database(engine, migrations_dir()).after == head_revision(migrations_dir())
    yield engine
    engine.dispose()


@pytest.fixture
def count(engine) -> Callable[[type], int]:
    """Rows of a model's table, read in a fresh session (what is really committed)."""

    def _count(model: type) -> int:
        with Session(engine) as session:
            return session.scalar(select(func.count()).select_from(model)) or 0

    return _count


@pytest.fixture
def audit_trail(engine) -> Callable[..., list[tuple[str, int | None, str, str]]]:
    """(entity, entity_id, action, actor) of every audit event, oldest first; optionally for one entity."""

    def _trail(entity: str | None = None) -> list[tuple[str, int | None, str, str]]:
        query = select(AuditEvent.entity, AuditEvent.entity_id, AuditEvent.action, AuditEvent.actor)
        if entity is not None:
            query = query.where(AuditEvent.entity == entity)
        with Session(engine) as session:
            return [tuple(row) for row in session.execute(query.order_by(AuditEvent.id))]

    return _trail


def _stored_snapshot(services: ServiceDatabase, label: str, source: str | None, build) -> str:
    """PostgreSQL's counterpart of held_minutes.stored_copy: the shared schema emptied (or set to the snapshot
    ``source``), ``build(uow)`` applied to it, and the result kept as a snapshot schema."""
    from samverkan_desktop.db.uow import create_unit_of_work

    if source is None:
        services.reset()
    else:
        services.restore(source)
    build(create_unit_of_work(services.engine_for_test(), actor="testare"))
    return services.snapshot(label)


@pytest.fixture(scope="session")
def world_template(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
                   postgres_services: ServiceDatabase | None):
    """The migrated template with meeting_fixtures.build_world() stored in it, built once per test run
    (on PostgreSQL: the name of a snapshot schema instead of a file)."""
    from meeting_fixtures import build_world

    from samverkan_desktop.db.uow import create_unit_of_work

    if postgres_services is not None:
        worlds = []
        snapshot = _stored_snapshot(postgres_services, "world", None, lambda uow: worlds.append(build_world(uow)))
        return snapshot, worlds[0]
    migrated_template: Path = request.getfixturevalue("migrated_template")
    path = tmp_path_factory.mktemp("world") / "world.db"
    shutil.copyfile(migrated_template, path)
    world_engine = create_database_engine(f"sqlite:///{path}")
    world = build_world(create_unit_of_work(world_engine, actor="testare"))
    world_engine.dispose()
    assert not path.with_name(path.name + "-wal").exists()
    return path, world


def _swap_in(engine, db_path: Path, template, postgres_services: ServiceDatabase | None) -> None:
    """The test's database replaced by a copy of ``template`` (a file, or on PostgreSQL a snapshot schema)."""
    from held_minutes import swap_in

    if postgres_services is None:
        swap_in(engine, db_path, template)
    else:  # an idle pooled connection holds no lock, so the engine can stay as it is
        postgres_services.restore(template)


@pytest.fixture
def meeting_world(engine, db_path: Path, world_template, postgres_services: ServiceDatabase | None):
    """Groups with members and a mandate for the meeting tests (see meeting_fixtures.build_world): the test's
    database is swapped for a copy of the world template (much faster than building it every time)."""
    path, world = world_template
    _swap_in(engine, db_path, path, postgres_services)
    return world


@pytest.fixture(scope="session")
def held_template(world_template, tmp_path_factory: pytest.TempPathFactory,
                  postgres_services: ServiceDatabase | None) -> tuple[Path | str, Path | str, Held]:
    """The world with populate() stored in it, and a copy where the chair has approved the minutes."""
    from held_minutes import populate, stored_copy

    from samverkan_desktop.domain.enums import ApprovalMethod
    from samverkan_desktop.services.approval import approve

    path, world = world_template
    folder = tmp_path_factory.mktemp("held")
    made: list[Held] = []

    def add_held(uow) -> None:
        made.append(populate(uow, world, folder / "bilagor"))

    def add_approval(uow) -> None:
        approve(uow, made[0].meeting, made[0].people["Anna Andersson"], ApprovalMethod.IN_APP)

    if postgres_services is not None:
        held_snapshot = _stored_snapshot(postgres_services, "held", path, add_held)
        return held_snapshot, _stored_snapshot(postgres_services, "approved", held_snapshot, add_approval), made[0]
    stored_copy(path, folder / "held.db", add_held)
    stored_copy(folder / "held.db", folder / "approved.db", add_approval)
    return folder / "held.db", folder / "approved.db", made[0]


@pytest.fixture
def held(engine, db_path: Path, held_template, postgres_services: ServiceDatabase | None) -> Held:
    _swap_in(engine, db_path, held_template[0], postgres_services)
    return held_template[2]


@pytest.fixture
def approved(engine, db_path: Path, held_template, postgres_services: ServiceDatabase | None) -> Held:
    """As ``held``, with the minutes approved by the chair (Anna Andersson, in the app)."""
    _swap_in(engine, db_path, held_template[1], postgres_services)
    return held_template[2]


@pytest.fixture(scope="module")
def arena(held_template, tmp_path_factory):
    """The hostile-input tests' world: a fresh copy of the held minutes for every example (hostile_input.Arena)."""
    from hostile_input import open_arena

    with open_arena(held_template, tmp_path_factory) as arena:
        yield arena

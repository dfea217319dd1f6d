"""Service-test fixtures: a fast migrated database (a copy of one template, on a RAM disk if there is one),
and helpers that count rows and read the audit trail straight from the database."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samverkan_desktop.config import migrations_dir
from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.migrate import head_revision, upgrade_database
from samverkan_desktop.db.models import AuditEvent

if TYPE_CHECKING:
    from held_minutes import Held

RAM_DISK = Path("/dev/shm")


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
def engine(db_path: Path, migrated_template: Path):
    """Overrides the root fixture: a fresh copy of the migrated template, at head."""
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


@pytest.fixture(scope="session")
def world_template(migrated_template: Path, tmp_path_factory: pytest.TempPathFactory):
    """The migrated template with meeting_fixtures.build_world() stored in it, built once per test run."""
    from meeting_fixtures import build_world

    from samverkan_desktop.db.uow import create_unit_of_work

    path = tmp_path_factory.mktemp("world") / "world.db"
    shutil.copyfile(migrated_template, path)
    world_engine = create_database_engine(f"sqlite:///{path}")
    world = build_world(create_unit_of_work(world_engine, actor="testare"))
    world_engine.dispose()
    assert not path.with_name(path.name + "-wal").exists()
    return path, world


@pytest.fixture
def meeting_world(engine, db_path: Path, world_template):
    """Groups with members and a mandate for the meeting tests (see meeting_fixtures.build_world): the test's
    database is swapped for a copy of the world template (much faster than building it every time)."""
    path, world = world_template
    engine.dispose()  # closes every pooled connection; the next one opens the copied file
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(path, db_path)
    return world


@pytest.fixture(scope="session")
def held_template(world_template, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Held]:
    """The world with populate() stored in it, and a copy where the chair has approved the minutes."""
    from held_minutes import populate, stored_copy

    from samverkan_desktop.domain.enums import ApprovalMethod
    from samverkan_desktop.services.approval import approve

    path, world = world_template
    folder = tmp_path_factory.mktemp("held")
    made: list[Held] = []
    stored_copy(path, folder / "held.db", lambda uow: made.append(populate(uow, world, folder / "bilagor")))
    held = made[0]
    stored_copy(folder / "held.db", folder / "approved.db",
                lambda uow: approve(uow, held.meeting, held.people["Anna Andersson"], ApprovalMethod.IN_APP))
    return folder / "held.db", folder / "approved.db", held


@pytest.fixture
def held(engine, db_path: Path, held_template) -> Held:
    from held_minutes import swap_in

    swap_in(engine, db_path, held_template[0])
    return held_template[2]


@pytest.fixture
def approved(engine, db_path: Path, held_template) -> Held:
    """As ``held``, with the minutes approved by the chair (Anna Andersson, in the app)."""
    from held_minutes import swap_in

    swap_in(engine, db_path, held_template[1])
    return held_template[2]


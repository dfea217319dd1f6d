"""Shared fixtures. Every test gets its own data folder and settings: nothing touches the real user's."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

# Set before Qt is imported anywhere (pytest-qt creates the QApplication lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from samverkan_desktop.config import migrations_dir, resources_dir
from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.migrate import upgrade_database
from samverkan_desktop.db.uow import UnitOfWork, create_unit_of_work


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("SAMVERKAN_DATA_DIR", str(folder))
    monkeypatch.delenv("SAMVERKAN_DATABASE_URL", raising=False)
    return folder


@pytest.fixture(scope="session")
def translations_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The checkout's .ts compiled for this run (tools/build_translations.py): a plain `pytest` in a fresh checkout
    needs no `make translations` first, and never tests a stale .qm."""
    tool = Path(__file__).resolve().parent.parent / "tools" / "build_translations.py"
    spec = importlib.util.spec_from_file_location("build_translations", tool)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    target = tmp_path_factory.mktemp("translations")
    module.compile_translations(resources_dir() / "translations", target)
    return target


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "samverkan.db"


@pytest.fixture
def engine(db_path: Path):
    engine = create_database_engine(f"sqlite:///{db_path}")
    upgrade_database(engine, migrations_dir())
    yield engine
    engine.dispose()


@pytest.fixture
def uow(engine) -> UnitOfWork:
    return create_unit_of_work(engine, actor="testare")

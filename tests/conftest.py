"""Shared fixtures. Every test gets its own data folder and settings: nothing touches the real user's."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

# Set before Qt is imported anywhere (pytest-qt creates the QApplication lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.migrate import upgrade_database
from samverkan_desktop.db.uow import UnitOfWork, create_unit_of_work
from samverkan_desktop.infra.config import migrations_dir, resources_dir


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("SAMVERKAN_DATA_DIR", str(folder))
    monkeypatch.delenv("SAMVERKAN_DATABASE_URL", raising=False)
    return folder


@pytest.fixture(scope="session", autouse=True)
def translations_dir() -> Path:
    """The compiled translations the app loads from the checkout, built here when missing or older than their .ts
    (what `make translations` does, with tools/build_translations.py): a plain `pytest` in a fresh checkout needs no
    make step first, and no test runs on a stale .qm."""
    folder = resources_dir() / "translations"
    sources = list(folder.glob("*.ts"))
    if any(not ts.with_suffix(".qm").exists() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
           for ts in sources):
        tool = Path(__file__).resolve().parent.parent / "tools" / "build_translations.py"
        spec = importlib.util.spec_from_file_location("build_translations", tool)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.compile_translations(folder, folder)
    return folder


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

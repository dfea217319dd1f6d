"""The package outside the checkout: what setup.py bundles, where config finds it, and time zones from tzdata."""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_python(code: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=120,
                          env={**os.environ, **env})


@pytest.fixture(scope="module")
def build_lib(tmp_path_factory) -> Path:
    """What the wheel holds: setup.py's build_py (the step `pip wheel` and `python -m build` run) into a folder."""
    target = tmp_path_factory.mktemp("build") / "lib"
    result = subprocess.run([sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(target)], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return target


def test_the_built_package_carries_migrations_templates_icons_and_compiled_translations(build_lib):
    bundled = build_lib / "samverkan_desktop" / "_bundled"
    versions = sorted(p.name for p in (bundled / "migrations" / "versions").glob("*.py"))
    assert versions == sorted(p.name for p in (ROOT / "migrations" / "versions").glob("*.py"))
    assert (bundled / "migrations" / "env.py").is_file()
    assert (bundled / "resources" / "templates" / "samverkan.docx").is_file()
    assert (bundled / "resources" / "icons" / "samverkan.ico").is_file()
    assert (bundled / "resources" / "icons" / "samverkan-256.png").is_file()
    qm = bundled / "resources" / "translations" / "samverkan_sv.qm"
    assert qm.read_bytes()[:16] == bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # Qt's .qm magic
    assert not list(bundled.rglob("__pycache__"))


def test_config_finds_the_bundled_folders_outside_the_checkout(build_lib, tmp_path):
    code = """
from samverkan_desktop.infra import config
from samverkan_desktop.db.migrate import head_revision
print(config.__file__)
print(config.bundle_root())
print(head_revision(config.migrations_dir()))
print((config.resources_dir() / "templates" / "samverkan.docx").is_file())
"""
    result = run_python(code, tmp_path, PYTHONPATH=str(build_lib))
    assert result.returncode == 0, result.stderr
    module, root, head, template = result.stdout.split("\n")[:4]
    assert Path(module).is_relative_to(build_lib)
    assert Path(root) == build_lib / "samverkan_desktop" / "_bundled"
    assert head == sorted((ROOT / "migrations" / "versions").glob("*.py"))[-1].name.split("_")[0]
    assert template == "True"


def test_a_checkout_uses_its_own_folders():
    from samverkan_desktop.infra import config

    assert config.bundle_root() == ROOT
    assert config.migrations_dir() == ROOT / "migrations"


def test_the_sdist_carries_the_folders_and_the_translation_sources_not_compiled_ones(tmp_path):
    result = subprocess.run([sys.executable, "setup.py", "-q", "egg_info", "--egg-base", str(tmp_path),
                             "sdist", "--dist-dir", str(tmp_path)], cwd=ROOT, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    (sdist,) = tmp_path.glob("samverkan[-_]desktop-*.tar.gz")  # setuptools < 69 keeps the hyphen
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for needed in ("setup.py", "pyproject.toml", "tools/build_translations.py", "migrations/env.py",
                   "migrations/script.py.mako", "resources/templates/samverkan.docx",
                   "resources/translations/samverkan_sv.ts", "resources/icons/samverkan.ico",
                   "resources/icons/samverkan.svg", "samverkan_desktop/cli/main.py"):
        assert needed in names, needed
    assert not [name for name in names if name.endswith((".qm", ".pyc"))]


def test_tzdata_is_a_dependency():
    requirements = importlib.metadata.requires("samverkan-desktop") or []
    assert any(r.split(">")[0].split("=")[0].strip().lower() == "tzdata" for r in requirements)


CALENDAR = """
import sys
{block}
from datetime import datetime
from samverkan_desktop.domain.calendar import STOCKHOLM
print(datetime(2026, 7, 1, 12, tzinfo=STOCKHOLM).utcoffset(), datetime(2026, 1, 1, 12, tzinfo=STOCKHOLM).utcoffset())
"""


def test_stockholm_time_without_a_system_time_zone_database(tmp_path):
    empty = tmp_path / "no-zoneinfo"
    empty.mkdir()
    result = run_python(CALENDAR.format(block=""), tmp_path, PYTHONTZPATH=str(empty))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["2:00:00", "1:00:00"]
    # The control: without tzdata the same start fails, so the empty PYTHONTZPATH really hides the system's zones.
    without = run_python(CALENDAR.format(block="sys.modules['tzdata'] = None"), tmp_path, PYTHONTZPATH=str(empty))
    assert without.returncode != 0 and "ZoneInfoNotFoundError" in without.stderr

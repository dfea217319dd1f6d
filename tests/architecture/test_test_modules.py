"""Every module of samverkan_desktop/ has a test module of its own, or says in this file why not.

The rule (docs/ARCHITECTURE.md, build point 6): tests mirror the package. ``samverkan_desktop/<path>/<name>.py`` is
tested by ``tests/<path>/test_<name>.py``; a package's ``__init__.py`` by ``tests/<path>/test_<package>.py``. Only
the mirrored folder counts, not a test of the same name anywhere under tests/: domain/signing.py and
services/signing.py are different modules, and tests/services/test_signing.py tests the second.

Because the test folders are no packages (pytest imports test modules by their base name and the helpers such as
``meeting_fixtures`` as top-level modules), two test modules may not share a base name. Where the plain name is
taken by a module of another layer, the test module in the mirrored folder takes the package name as a prefix:
``tests/cli/test_cli_data.py`` for cli/data.py, ``tests/domain/test_domain_signing.py`` for domain/signing.py.
A private module's leading underscore is dropped: services/_common.py is tested by tests/services/test_common.py.

A module without such a test module is listed below with a one-line reason:

- ``EXEMPT``: no logic of its own (checked: no function or method in it), or fully exercised by another named test
  module (checked: the named test module exists).
- ``NO_TEST_MODULE_YET``: modules with logic that still lack their own test module, with where they are exercised
  today. The list may only shrink: a module that gets its test module must leave it, and a new module may not join
  it without a reviewer seeing the line.

``__init__.py`` files without any function or class (re-exports and docstrings) need neither.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "samverkan_desktop"
TESTS = ROOT / "tests"

EXEMPT: dict[str, str] = {
    "__main__.py": "no logic: `python -m samverkan_desktop` hands over to app.main",
    "cli/__main__.py": "no logic: `python -m samverkan_desktop.cli` hands over to cli.main",
    "db/audit_chain.py":
        "appending to the chain, tested end to end (order, rollback, tamper) by tests/services/test_audit.py",
    "db/models/access.py":
        "no logic: declarative tables, held to the migrations by tests/migrations/test_migrations.py",
    "db/models/base.py": ("the declarative base (naming convention) and utcnow: the constraint names are held to the "
                          "migrations by tests/migrations/test_migrations.py"),
    "db/models/meetings.py":
        "no logic: declarative tables, held to the migrations by tests/migrations/test_migrations.py",
    "db/models/records.py":
        "no logic: declarative tables, held to the migrations by tests/migrations/test_migrations.py",
    "db/models/register.py":
        "no logic: declarative tables, held to the migrations by tests/migrations/test_migrations.py",
    "domain/audit_chain.py": "one hash function, tested through the stored chain by tests/services/test_audit.py",
    "domain/enums.py": "no logic: the StrEnum column types, names and values only",
    "domain/messages/application.py": "no logic: a message table, checked whole by tests/domain/test_messages.py",
    "domain/messages/audit_words.py": "no logic: a message table, checked whole by tests/domain/test_messages.py",
    "domain/messages/cli.py": "no logic: a message table, checked whole by tests/domain/test_messages.py",
    "domain/messages/db.py": "no logic: a message table, checked whole by tests/domain/test_messages.py",
    "domain/messages/domain.py": "no logic: a message table, checked whole by tests/domain/test_messages.py",
    "domain/messages/export.py": "no logic: a message table, checked whole by tests/domain/test_messages.py",
    "domain/messages/importing.py": "no logic: a message table, checked whole by tests/domain/test_messages.py",
    "domain/messages/reports.py": "no logic: a message table, checked whole by tests/domain/test_messages.py",
    "domain/messages/services_a_to_l.py": "no logic: a message table, checked whole by tests/domain/test_messages.py",
    "domain/messages/services_m_to_z.py": "no logic: a message table, checked whole by tests/domain/test_messages.py",
    "export/files.py": "no logic: re-exports domain.files, tested by tests/domain/test_files.py",
    "services/meeting_dto.py": "no logic: the meeting services' frozen data classes",
    "sampledata/demo.py":
        "tested by tests/services/test_demo.py, which needs the services conftest's PostgreSQL-parametrised engine",
    "sampledata/generate.py": "tested by tests/services/test_generate.py, which needs the services conftest's fixtures",
}

NO_TEST_MODULE_YET: dict[str, str] = {}  # emptied (issue 21, point 6): every module with logic has its own


def own_test_modules(module: Path, package: Path = PACKAGE, tests: Path = TESTS) -> list[Path]:
    """Where the test module of ``module`` may live (see the module docstring)."""
    relative = module.relative_to(package)
    folder, name = relative.parent, relative.stem.lstrip("_") or relative.stem
    if relative.stem == "__init__":
        folder, name = folder.parent, (folder.name or package.name)
    candidates = [tests / folder / f"test_{name}.py"]
    if folder.parts:
        candidates.append(tests / folder / f"test_{folder.parts[-1]}_{name}.py")
    return candidates


def has_logic(module: Path) -> bool:
    """A function or method anywhere in the module; a class alone (an enum, a declarative table) is not logic."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    return any(isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) for node in ast.walk(tree))


def defines_anything(module: Path) -> bool:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    return any(isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) for node in ast.walk(tree))


def needs_a_test_module(module: Path) -> bool:
    return not (module.name == "__init__.py" and not defines_anything(module))


def modules_without_a_test_module(package: Path = PACKAGE, tests: Path = TESTS) -> list[str]:
    return [module.relative_to(package).as_posix() for module in sorted(package.rglob("*.py"))
            if needs_a_test_module(module)
            and not any(candidate.exists() for candidate in own_test_modules(module, package, tests))]


def test_every_module_has_a_test_module_or_a_reason() -> None:
    listed = EXEMPT.keys() | NO_TEST_MODULE_YET.keys()
    unlisted = [name for name in modules_without_a_test_module() if name not in listed]
    assert unlisted == [], (
        "these modules have no test module of their own (tests/<same path>/test_<name>.py): write one, "
        "or list the module in EXEMPT with a one-line reason")


def test_the_lists_only_name_modules_that_still_lack_a_test_module() -> None:
    missing = set(modules_without_a_test_module())
    stale = sorted(name for name in EXEMPT.keys() | NO_TEST_MODULE_YET.keys() if name not in missing)
    assert stale == [], "these modules exist no more or have their own test module now: take them off the lists"


def test_a_module_is_on_one_list_only() -> None:
    assert EXEMPT.keys() & NO_TEST_MODULE_YET.keys() == set()


def test_a_module_without_logic_has_none() -> None:
    claimed = sorted(name for name, reason in EXEMPT.items() if reason.startswith("no logic"))
    assert claimed, "the check below would prove nothing"
    assert [name for name in claimed if has_logic(PACKAGE / name)] == []


def test_every_exemption_names_a_reason_and_the_test_modules_it_names_exist() -> None:
    for name, reason in {**EXEMPT, **NO_TEST_MODULE_YET}.items():
        assert len(reason) > 15, name
        for named in re.findall(r"tests/[\w/]+\.py", reason):
            assert (ROOT / named).is_file(), f"{name}: {named} does not exist"
    for name, reason in EXEMPT.items():
        if not reason.startswith("no logic"):
            assert re.search(r"tests/[\w/]+\.py", reason), f"{name}: name the test module that exercises it"


def test_no_two_test_modules_share_a_base_name() -> None:
    names = Counter(path.name for path in TESTS.rglob("test_*.py"))
    assert sorted(name for name, count in names.items() if count > 1) == []


def test_the_rule_finds_a_new_module_without_a_test_module(tmp_path: Path) -> None:
    package, tests = tmp_path / "pkg", tmp_path / "tests"
    for path in ("pkg/__init__.py", "pkg/services/__init__.py", "pkg/domain/__init__.py"):
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text('"""Docstring only."""\n', encoding="utf-8")
    (package / "services" / "__init__.py").write_text("def helper():\n    return 1\n", encoding="utf-8")
    for name in ("services/plain.py", "services/prefixed.py", "domain/plain.py", "services/untested.py"):
        (package / name).write_text("def f():\n    return 1\n", encoding="utf-8")
    for name in ("services/test_plain.py", "domain/test_domain_prefixed.py", "test_plain.py"):
        (tests / name).parent.mkdir(parents=True, exist_ok=True)
        (tests / name).write_text("", encoding="utf-8")
    (tests / "services" / "test_services_prefixed.py").write_text("", encoding="utf-8")
    # domain/plain.py is not covered by tests/services/test_plain.py nor by tests/test_plain.py: only its own folder
    # counts; services/__init__.py has logic and would need tests/test_services.py.
    assert modules_without_a_test_module(package, tests) == [
        "domain/plain.py", "services/__init__.py", "services/untested.py"]

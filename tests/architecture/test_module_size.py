"""No module over 400 lines without a one-line reason at its top (docs/ARCHITECTURE.md, "Where a new feature
goes"): a first line ``# Over 400 lines: <why this is one module>``. A long module without a reason is a sign that
two things grew together; split it along what changes for different reasons."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "samverkan_desktop"
LIMIT = 400
REASON = re.compile(r"^# Over 400 lines: \S.{10,}$")


def long_modules_without_a_reason(root: Path) -> list[str]:
    found = []
    for module in sorted(root.rglob("*.py")):
        lines = module.read_text(encoding="utf-8").splitlines()
        if len(lines) > LIMIT and not (lines and REASON.match(lines[0])):
            found.append(f"{module.relative_to(root.parent)}: {len(lines)} lines")
    return found


def test_every_long_module_says_why_it_is_one() -> None:
    assert long_modules_without_a_reason(PACKAGE) == []


def test_a_long_module_without_a_reason_is_found(tmp_path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "long.py").write_text("x = 1\n" * (LIMIT + 1), encoding="utf-8")
    (package / "reasoned.py").write_text("# Over 400 lines: one table of data, read as a whole.\n"
                                         + "x = 1\n" * LIMIT, encoding="utf-8")
    (package / "short.py").write_text("x = 1\n" * LIMIT, encoding="utf-8")
    assert long_modules_without_a_reason(package) == [f"{Path('pkg', 'long.py')}: {LIMIT + 1} lines"]

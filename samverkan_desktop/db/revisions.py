"""The schema revisions this program's migrations know, read off the version files without importing alembic or
SQLAlchemy (a start at the head never needs alembic). Below ``preflight``, ``backup`` and ``migrate``, which all
ask it."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

_REVISION = re.compile(r"^revision(?:: str)? = ['\"](?P<id>[^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision(?:: [\w |]+)? = ['\"](?P<id>[^'\"]+)['\"]", re.MULTILINE)


@cache
def quick_head(migrations_dir: Path) -> str | None:
    """The head revision read off the version files without importing alembic; None when that is not certain
    (a branch, an unusual file): then alembic decides. Kept equal to ``head_revision`` by a test."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (migrations_dir / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        revision = _REVISION.search(text)
        if revision is None:
            return None
        revisions.add(revision["id"])
        parents.update(match["id"] for match in _DOWN.finditer(text))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


@cache
def known_revisions(migrations_dir: Path) -> frozenset[str]:
    """Every schema revision this program's migrations know (read off the version files)."""
    found = set()
    for script in (migrations_dir / "versions").glob("*.py"):
        match = _REVISION.search(script.read_text(encoding="utf-8"))
        if match:
            found.add(match["id"])
    return frozenset(found)

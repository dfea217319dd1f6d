"""db/revisions.py: the schema revisions read off the version files, without alembic."""

from __future__ import annotations

import subprocess
import sys

from samverkan_desktop.db.revisions import known_revisions, quick_head
from samverkan_desktop.infra.config import migrations_dir


def test_every_version_file_is_a_known_revision_and_the_head_is_one_of_them() -> None:
    files = [p for p in (migrations_dir() / "versions").glob("*.py")]
    known = known_revisions(migrations_dir())
    assert len(known) == len(files)
    assert quick_head(migrations_dir()) in known


def test_a_branch_or_an_unreadable_file_leaves_the_head_to_alembic(tmp_path) -> None:
    versions = tmp_path / "versions"
    versions.mkdir()
    (versions / "a.py").write_text('revision = "a"\ndown_revision = None\n', encoding="utf-8")
    (versions / "b.py").write_text('revision = "b"\ndown_revision = "a"\n', encoding="utf-8")
    (versions / "c.py").write_text('revision = "c"\ndown_revision = "a"\n', encoding="utf-8")
    assert quick_head(tmp_path) is None  # two heads
    (versions / "c.py").unlink()
    assert quick_head.__wrapped__(tmp_path) == "b"
    (versions / "odd.py").write_text("# no revision here\n", encoding="utf-8")
    assert quick_head.__wrapped__(tmp_path) is None
    assert known_revisions.__wrapped__(tmp_path) == {"a", "b"}


def test_reading_the_revisions_imports_neither_alembic_nor_sqlalchemy() -> None:
    probe = ("import sys\nfrom samverkan_desktop.db.revisions import quick_head\n"
             "from samverkan_desktop.infra.config import migrations_dir\nquick_head(migrations_dir())\n"
             "print(sorted({m.split('.')[0] for m in sys.modules} & {'alembic', 'sqlalchemy'}))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.strip() == "[]"

"""db/sqlite_files.py: read-only URIs that keep odd folder names and leave no trace."""

from __future__ import annotations

import sqlite3
from urllib.parse import unquote, urlparse

from samverkan_desktop.db.sqlite_files import SQLITE_HEADER, inspection_uri, readonly_uri


def test_a_read_only_uri_keeps_hash_question_mark_and_percent_in_the_path(tmp_path) -> None:
    folder = tmp_path / "möten #1 ? 100%"
    folder.mkdir()
    path = folder / "samverkan.db"
    uri = readonly_uri(path)
    assert uri.endswith("?mode=ro")
    assert unquote(urlparse(uri).path) == str(path.resolve())


def test_a_file_without_a_wal_is_inspected_immutable_and_one_with_a_wal_is_not(tmp_path) -> None:
    path = tmp_path / "samverkan.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    assert path.read_bytes()[:len(SQLITE_HEADER)] == SQLITE_HEADER
    assert inspection_uri(path).endswith("mode=ro&immutable=1")
    reader = sqlite3.connect(inspection_uri(path), uri=True)
    assert reader.execute("SELECT count(*) FROM t").fetchone() == (0,)
    reader.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["samverkan.db"]  # nothing left beside it
    (tmp_path / "samverkan.db-wal").write_bytes(b"")
    assert inspection_uri(path).endswith("?mode=ro")

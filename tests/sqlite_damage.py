"""Damaging a test database the way a failing disk would: bytes overwritten inside a table's b-tree page."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def corrupt_table_page(db_file: Path, table: str = "organisation") -> None:
    """Overwrite 32 bytes in the middle of the cells of ``table``'s root page, so that ``integrity_check``
    (and ``quick_check``) report it. Close every connection first: the WAL is checkpointed into the file here.
    The table needs rows enough to reach the middle of its page (a few dozen short ones)."""
    connection = sqlite3.connect(db_file)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        connection.close()
    start = (root - 1) * page_size
    with db_file.open("r+b") as handle:
        handle.seek(start)
        page = handle.read(page_size)
        content_start = int.from_bytes(page[5:7], "big") or 65536  # where the cells begin (they grow downwards)
        assert content_start < page_size * 3 // 4, "too few rows: the cells do not reach the middle of the page"
        handle.seek(start + (content_start + page_size) // 2)
        handle.write(b"\xff" * 32)


def add_organisations(db_file: Path, count: int = 60, prefix: str = "Kommun") -> None:
    """Rows enough to fill most of a page, written without the app (foreign keys do not matter here)."""
    connection = sqlite3.connect(db_file)
    try:
        with connection:
            connection.executemany(
                "INSERT INTO organisation (name, short_name, kind) VALUES (?, ?, 'kommun')",
                [(f"{prefix} nummer {i}", f"{prefix[:1]}{i}") for i in range(count)])
    finally:
        connection.close()


def organisation_names(db_file: Path) -> list[str]:
    connection = sqlite3.connect(f"{db_file.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM organisation ORDER BY id")]
    finally:
        connection.close()

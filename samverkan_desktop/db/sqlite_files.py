"""How a SQLite file is recognised and opened for looking only: its header, and read-only URIs. The bottom of the
database layer beside ``files``: ``preflight``, ``engine``, ``backup`` and ``migrate`` import it, it imports none
of them."""

from __future__ import annotations

from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"


def readonly_uri(path: Path) -> str:
    """A read-only SQLite URI; percent-encoded, so that '#', '?' or '%' in a folder name stay in the path."""
    return path.resolve().as_uri() + "?mode=ro"


def inspection_uri(path: Path) -> str:
    """A read-only URI for looking at a file without leaving a trace. A WAL database opened with ``mode=ro``
    creates an empty -wal and a -shm that a reader cannot remove again; with no -wal beside the file, every
    page is in the file itself (nobody has it open), so it is read as ``immutable`` and nothing is created.
    A writer starting in between changes only its -wal until a checkpoint: at worst a check reports damage
    that a second look does not find, never a change to the file."""
    uri = readonly_uri(path)
    beside = (path.with_name(path.name + suffix) for suffix in ("-wal", "-journal"))
    return uri if any(side.exists() for side in beside) else uri + "&immutable=1"


__all__ = ["SQLITE_HEADER", "inspection_uri", "readonly_uri"]

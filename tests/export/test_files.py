"""Atomic file writing: the whole new file or the old one, never half a file, never a stray temporary."""

from __future__ import annotations

import os

import pytest

from samverkan_desktop.domain.errors import StorageError
from samverkan_desktop.export import files
from samverkan_desktop.export.files import write_atomically


def test_writes_and_replaces(tmp_path):
    target = tmp_path / "ny mapp" / "kvitto.kvitto"
    assert write_atomically(target, b"first") == target
    write_atomically(target, b"second")
    assert target.read_bytes() == b"second"
    assert sorted(p.name for p in target.parent.iterdir()) == ["kvitto.kvitto"]


def test_a_failed_rename_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "granskning.granskning"
    target.write_bytes(b"old content")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", broken_replace)
    with pytest.raises(StorageError, match="kunde inte sparas; inget har skrivits"):
        write_atomically(target, b"new content")
    monkeypatch.setattr(files.os, "replace", os.replace)
    assert target.read_bytes() == b"old content"
    assert [p.name for p in tmp_path.iterdir()] == ["granskning.granskning"]


def test_a_folder_that_cannot_be_created_is_refused_in_swedish(tmp_path):
    blocker = tmp_path / "fil.txt"
    blocker.write_text("en fil, ingen mapp")
    with pytest.raises(StorageError, match="Det går inte att skriva i mappen"):
        write_atomically(blocker / "kvitto.kvitto", b"x")


def test_partials_left_by_a_killed_writer_are_tidied_by_the_next_write(tmp_path):
    import time

    target = tmp_path / "minnesanteckningar.docx"
    stale = tmp_path / ".minnesanteckningar.docx.x1y2z3.tmp"
    fresh = tmp_path / ".minnesanteckningar.docx.a1b2c3.tmp"
    other = tmp_path / ".kallelse.docx.q1w2e3.tmp"
    for path in (stale, fresh, other):
        path.write_bytes(b"halv fil")
    long_ago = time.time() - 3600
    for path in (stale, other):
        os.utime(path, (long_ago, long_ago))
    write_atomically(target, b"hel fil")
    assert target.read_bytes() == b"hel fil"
    assert not stale.exists()  # killed mid-write an hour ago: gone
    assert fresh.exists()  # may be another writer's, still writing
    assert other.exists()  # another document's: not ours to touch

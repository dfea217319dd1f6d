"""Atomic file writing: the whole new file or the old one, never half a file, never a stray temporary; a file
held open by another program (Word on Windows) is waited for a moment, then refused in words."""

from __future__ import annotations

import os
import stat
import time

import pytest

from samverkan_desktop.domain import files
from samverkan_desktop.domain.errors import StorageError
from samverkan_desktop.domain.files import FileInUseError, replacing, write_atomically


def _sharing_violation() -> PermissionError:
    """What os.replace raises on Windows when Word has the target open."""
    error = PermissionError(13, "The process cannot access the file because it is being used by another process")
    error.winerror = 32
    return error


@pytest.fixture
def no_waiting(monkeypatch):
    """A fake clock that the pauses advance: the retries run instantly, and their pauses are recorded."""
    pauses: list[float] = []
    now = [1000.0]

    def sleep(seconds: float) -> None:
        pauses.append(seconds)
        now[0] += seconds

    monkeypatch.setattr(files, "_sleep", sleep)
    monkeypatch.setattr(files, "_clock", lambda: now[0])
    return pauses


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


def test_a_replace_blocked_for_a_moment_is_retried(tmp_path, monkeypatch, no_waiting):
    target = tmp_path / "minnesanteckningar.docx"
    target.write_bytes(b"old")
    real_replace = os.replace
    calls = []

    def busy_three_times(src, dst):
        calls.append(dst)
        if len(calls) <= 3:
            raise _sharing_violation()
        real_replace(src, dst)

    monkeypatch.setattr(files.os, "replace", busy_three_times)
    write_atomically(target, b"new")
    assert len(calls) == 4
    assert no_waiting == [0.05, 0.1, 0.2]  # a short, growing back-off
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["minnesanteckningar.docx"]


def test_a_file_held_open_is_refused_in_swedish_and_left_unchanged(tmp_path, monkeypatch, no_waiting):
    target = tmp_path / "minnesanteckningar.docx"
    target.write_bytes(b"old")

    def always_busy(src, dst):
        raise _sharing_violation()

    monkeypatch.setattr(files.os, "replace", always_busy)
    with pytest.raises(FileInUseError) as caught:
        write_atomically(target, b"new")
    message = caught.value.message
    assert "minnesanteckningar.docx är öppen i ett annat program (till exempel Word)" in message
    assert "ingenting har ändrats" in message
    assert isinstance(caught.value, StorageError)  # the UI shows it like every storage error
    assert 2.5 <= sum(no_waiting) <= files.RETRY_SECONDS  # a few seconds of trying, not forever
    monkeypatch.setattr(files.os, "replace", os.replace)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["minnesanteckningar.docx"]


def test_access_denied_from_windows_counts_as_in_use_but_a_posix_refusal_does_not(tmp_path, monkeypatch,
                                                                                    no_waiting):
    denied = PermissionError(13, "Access is denied")
    denied.winerror = 5
    assert files.in_use_by_another_program(denied)
    assert files.in_use_by_another_program(_sharing_violation())
    posix = PermissionError(13, "Permission denied")
    assert not files.in_use_by_another_program(posix) or os.name == "nt"

    def refused(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.os, "replace", refused)
    if os.name != "nt":
        with pytest.raises(StorageError, match="kunde inte sparas"):  # at once: waiting would not help
            write_atomically(tmp_path / "fil.txt", b"x")
        assert no_waiting == []
    assert list(tmp_path.iterdir()) == []


def test_the_file_and_its_folder_are_synced(tmp_path, monkeypatch):
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(files.os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))
    write_atomically(tmp_path / "kallelse.ics", b"BEGIN:VCALENDAR")
    assert len(synced) == (1 if os.name == "nt" else 2)  # the file, then (POSIX) the folder holding the rename


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_the_mode_asked_for_is_given_and_otherwise_the_umask_decides(tmp_path):
    private = write_atomically(tmp_path / "inställningar.json", b"{}", mode=files.OWNER_ONLY)
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    old = os.umask(0o022)
    try:
        shared = write_atomically(tmp_path / "protokoll.docx", b"docx")
    finally:
        os.umask(old)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o644  # a document, like any program would write it
    os.chmod(shared, 0o640)
    write_atomically(shared, b"docx 2")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o640  # a replaced file keeps the mode its owner gave it


def test_replacing_yields_a_path_for_another_writer_and_cleans_up_on_error(tmp_path):
    target = tmp_path / "kopia.db"
    with replacing(target, mode=files.OWNER_ONLY) as partial:
        assert partial.parent == tmp_path and partial.name.startswith(".kopia.db.") and partial.exists()
        partial.write_bytes(b"SQLite format 3")
    assert target.read_bytes() == b"SQLite format 3"
    with pytest.raises(RuntimeError), replacing(target) as partial:
        partial.write_bytes(b"half")
        raise RuntimeError("the copy failed")
    assert target.read_bytes() == b"SQLite format 3"
    assert [p.name for p in tmp_path.iterdir()] == ["kopia.db"]


def test_a_folder_that_cannot_be_created_is_refused_in_swedish(tmp_path):
    blocker = tmp_path / "fil.txt"
    blocker.write_text("en fil, ingen mapp")
    with pytest.raises(StorageError, match="Det går inte att skriva i mappen"):
        write_atomically(blocker / "kvitto.kvitto", b"x")


def test_partials_left_by_a_killed_writer_are_tidied_by_the_next_write(tmp_path):
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

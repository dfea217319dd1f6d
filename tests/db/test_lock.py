"""One writer per database file: the OS lock on ``<db>.lock``, its holder, and taking over a crashed one's."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys

import pytest

from samverkan_desktop.db.lock import (
    LockHolder,
    acquire_writer_lock,
    lock_path,
    read_only_banner,
    took_over_notice,
)

HOLD_LOCK = """
import sys
from pathlib import Path
from samverkan_desktop.db.lock import acquire_writer_lock
outcome = acquire_writer_lock(Path(sys.argv[1]))
print("held" if outcome.acquired else "refused", flush=True)
sys.stdin.readline()  # hold the lock until told (or killed)
"""


@pytest.fixture
def db_file(tmp_path):
    return tmp_path / "samverkan.db"


@pytest.fixture
def holder_process(db_file):
    """A second program holding the lock; the test kills it or it is ended afterwards."""
    child = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db_file)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "held"
        yield child
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        child.stdin.close()
        child.stdout.close()


def test_the_first_instance_becomes_the_writer_and_says_who_it_is(db_file):
    outcome = acquire_writer_lock(db_file)
    try:
        assert outcome.acquired and outcome.took_over is None and outcome.error is None
        info = json.loads(lock_path(db_file).read_text(encoding="utf-8"))
        assert info["pid"] == os.getpid()
        assert set(info) == {"pid", "host", "user", "started"}
    finally:
        outcome.release()


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_the_lock_file_is_readable_by_its_owner_only(db_file):
    outcome = acquire_writer_lock(db_file)
    outcome.release()
    assert stat.S_IMODE(lock_path(db_file).stat().st_mode) == 0o600


def test_a_second_acquire_in_the_same_process_is_refused_and_names_the_holder(db_file):
    first = acquire_writer_lock(db_file)
    try:
        second = acquire_writer_lock(db_file)
        assert not second.acquired
        assert second.holder is not None and second.holder.pid == os.getpid()
        second.release()  # harmless on a refused lock: the first still holds it
        assert not acquire_writer_lock(db_file).acquired
    finally:
        first.release()


def test_another_process_holding_the_lock_is_reported(db_file, holder_process):
    outcome = acquire_writer_lock(db_file)
    assert not outcome.acquired
    assert outcome.holder is not None and outcome.holder.pid == holder_process.pid
    banner = read_only_banner(outcome)
    assert "skrivskyddad" in banner and f"process {holder_process.pid}" in banner


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_a_crashed_holders_lock_is_taken_over(db_file, holder_process):
    holder_process.send_signal(signal.SIGKILL)
    holder_process.wait()
    outcome = acquire_writer_lock(db_file)
    try:
        assert outcome.acquired
        assert outcome.took_over is not None and outcome.took_over.pid == holder_process.pid
        assert "avslutades inte ordentligt" in took_over_notice(outcome.took_over)
        assert json.loads(lock_path(db_file).read_text(encoding="utf-8"))["pid"] == os.getpid()
    finally:
        outcome.release()


def test_release_frees_the_lock_and_leaves_no_crash_behind(db_file):
    first = acquire_writer_lock(db_file)
    first.release()
    first.release()  # twice is harmless
    assert lock_path(db_file).read_text(encoding="utf-8") == ""
    again = acquire_writer_lock(db_file)
    try:
        assert again.acquired and again.took_over is None
    finally:
        again.release()


def test_after_release_another_process_can_become_the_writer(db_file):
    acquire_writer_lock(db_file).release()
    child = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db_file)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        answer = child.stdout.readline().strip()
    finally:
        child.kill()
        child.wait()
        child.stdin.close()
        child.stdout.close()
    assert answer == "held"


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="POSIX permissions; root ignores them")
def test_a_folder_without_permission_is_reported_in_words(tmp_path):
    folder = tmp_path / "låst"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        outcome = acquire_writer_lock(folder / "samverkan.db")
    finally:
        folder.chmod(0o700)
    assert not outcome.acquired and outcome.holder is None
    assert "Låsfilen" in outcome.error and "kan inte skapas" in outcome.error
    assert "skrivskyddad" in read_only_banner(outcome)


def test_holder_description_is_swedish_local_time():
    holder = LockHolder(4711, "kontor-12", "anna", "2026-03-10T12:05:00+00:00")
    assert holder.describe() == "anna på datorn kontor-12 sedan 2026-03-10 13:05, process 4711"
    assert LockHolder.from_text("inte json") is None
    assert LockHolder.from_text('{"pid": 1}') is None


def test_a_first_start_makes_the_folder(tmp_path):
    outcome = acquire_writer_lock(tmp_path / "ny" / "mapp" / "samverkan.db")
    try:
        assert outcome.acquired
    finally:
        outcome.release()

"""One writer per database file: an OS-level advisory lock on ``<db>.lock`` beside it.

The operating system drops the lock when the holding process ends, however it ends, so a lock left by a crashed
instance never blocks anyone: the file is still there with the old holder's details, but nobody holds the lock
on it, and the next start takes it over (and says so). The file's content only describes the holder for people;
the OS lock alone decides.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..domain.calendar import STOCKHOLM
from ..domain.messages import msg
from ..infra.config import os_user
from .files import make_private_dir

#: Windows locks byte ranges and refuses reads of a locked range, so the lock sits far beyond the JSON text.
_WINDOWS_LOCK_OFFSET = 1 << 30
_MAX_INFO_BYTES = 4096


def lock_path(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + ".lock")


@dataclass(frozen=True)
class LockHolder:
    pid: int
    host: str
    user: str
    started: str  # ISO 8601, UTC

    @classmethod
    def current(cls) -> LockHolder:
        return cls(os.getpid(), socket.gethostname(), os_user(), datetime.now(UTC).isoformat(timespec="seconds"))

    @classmethod
    def from_text(cls, text: str) -> LockHolder | None:
        try:
            raw = json.loads(text)
            return cls(int(raw["pid"]), str(raw["host"]), str(raw["user"]), str(raw["started"]))
        except (ValueError, KeyError, TypeError):
            return None

    def describe(self) -> str:
        """``anna på datorn kontor-12 sedan 2026-03-10 13:05, process 4711``."""
        try:
            since = datetime.fromisoformat(self.started).astimezone(STOCKHOLM).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            since = self.started
        return f"{self.user} på datorn {self.host} sedan {since}, process {self.pid}"


@dataclass
class LockOutcome:
    """``acquired``: this process is the writer until ``release()``. Otherwise ``holder`` names who is (None if
    the lock file could not be read) and ``error`` says why the lock file could not be used at all.
    ``took_over``: the holder recorded by an instance that ended without releasing (a crash)."""

    acquired: bool
    holder: LockHolder | None = None
    took_over: LockHolder | None = None
    error: str | None = None
    path: Path | None = None
    _fd: int | None = None

    def release(self) -> None:
        """Give up the lock (idempotent). The file stays, emptied: deleting it would let a process that opened
        the old file just before lock a file nobody else can see any more."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):  # the emptied file only tells a later start we ended cleanly
            os.ftruncate(fd, 0)
        try:
            _unlock(fd)
        finally:
            os.close(fd)
            self.acquired = False


def acquire_writer_lock(db_file: Path) -> LockOutcome:
    """Try to become the one writer of ``db_file``; never blocks."""
    path = lock_path(db_file)
    try:
        make_private_dir(path.parent)  # a first start: the database's folder, owner-only as the engine makes it
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    except OSError as exc:
        return LockOutcome(False, error=msg("db.lock.lasfilen_skapas_oppnas", path=path, value=exc.strerror or exc),
                           path=path)
    if not _try_lock(fd):
        holder = LockHolder.from_text(_read(fd))
        os.close(fd)
        return LockOutcome(False, holder=holder, path=path)
    previous = _read(fd)
    took_over = LockHolder.from_text(previous) if previous.strip() else None
    try:
        info = json.dumps(asdict(LockHolder.current()), ensure_ascii=False).encode("utf-8")
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, info)
        os.fsync(fd)
    except OSError:
        pass  # the description is a courtesy; holding the OS lock is what makes us the writer
    return LockOutcome(True, took_over=took_over, path=path, _fd=fd)


def _read(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, _MAX_INFO_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return ""


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        # flock, not fcntl/lockf: flock locks belong to the open file, so a second open in this same process
        # is refused too, and closing another descriptor of the file does not drop the lock.
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def read_only_banner(outcome: LockOutcome) -> str:
    """The sentence shown above the main window when the database was opened read-only."""
    if outcome.error:
        return (f"Databasen öppnades skrivskyddad: {outcome.error} Du kan läsa men inte ändra något.")
    who = f" ({outcome.holder.describe()})" if outcome.holder else ""
    return (f"Databasen är redan öppen i Samverkan i ett annat fönster eller på en annan dator{who}. "
            "Den är därför öppnad skrivskyddad: du kan läsa men inte ändra något. Stäng det andra programmet "
            "och starta om för att kunna skriva.")


def took_over_notice(holder: LockHolder) -> str:
    """Said once at start-up when a crashed instance's lock was taken over."""
    return (f"Samverkan avslutades inte ordentligt förra gången ({holder.describe()}). "
            "Databasen är nu öppen här. Text som inte hann sparas erbjuds för återställning om den finns.")

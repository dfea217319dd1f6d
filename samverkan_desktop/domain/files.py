"""Writing a file atomically, the one way the whole program does it.

The new content goes to a temporary file with a unique name in the target's folder, is flushed and fsynced, gets
its mode, and is renamed over the target (``os.replace``); on POSIX the folder is fsynced too, so the rename
survives a power cut. Either the whole new file is at the target or the old one (or none) is; no temporary file is
left behind by any failure.

Windows refuses to replace a file another program holds open (Word keeps the DOCX it shows open; a virus scanner
or an indexer holds a new file for a moment). That replace is retried for a few seconds with a short back-off,
then refused with a sentence saying the file is open elsewhere and nothing was changed.

This is the one piece of the domain package that touches the disk: it uses only the standard library, and every
layer (db, export, the settings, the recovery files) needs it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from .errors import StorageError
from .messages import msg

#: How long a replace blocked by another program is retried before giving up.
RETRY_SECONDS = 3.0
_FIRST_PAUSE = 0.05
_LONGEST_PAUSE = 0.5
# ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION: what MoveFileEx says about a file in use.
_WINDOWS_IN_USE = frozenset({5, 32, 33})

#: A partial file older than this belongs to a writer that was killed (its own write takes well under a second).
STALE_AFTER_SECONDS = 120

OWNER_ONLY = 0o600

# Seams for the tests: the clock and the pause between two tries of a blocked replace.
_sleep: Callable[[float], None] = time.sleep
_clock: Callable[[], float] = time.monotonic


class FileInUseError(StorageError):
    """The target is held open by another program (on Windows); the old file is unchanged."""


def write_atomically(target: Path, content: bytes, *, mode: int | None = None,
                     retry_seconds: float = RETRY_SECONDS) -> Path:
    """Write ``content`` to ``target`` atomically and return ``target``.

    ``mode`` gives the file's permission bits (``OWNER_ONLY`` for personal data); without it the file keeps the
    mode of the one it replaces, or gets what a new file gets under the umask. Raises ``StorageError`` in
    Swedish (``FileInUseError`` when another program holds the target open)."""
    target = Path(target)
    with replacing(target, mode=mode, retry_seconds=retry_seconds) as partial:
        with open(partial, "wb") as stream:
            stream.write(content)
    return target


@contextlib.contextmanager
def replacing(target: Path, *, mode: int | None = None, retry_seconds: float = RETRY_SECONDS) -> Iterator[Path]:
    """For content another library writes to a path (an SQLite copy): yields an empty temporary file in the
    target's folder to fill; when the block ends without an error it is synced and renamed over ``target`` as
    ``write_atomically`` does. On any error the temporary file is removed and the target left alone."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise StorageError(msg("domain.files.gar_skriva_mappen", target_parent=target.parent)) from exc
    os.close(handle)
    partial = Path(name)
    try:
        yield partial
        fsync_file(partial)
        _set_mode(partial, _wanted_mode(target, mode))
        replace_retrying(partial, target, retry_seconds=retry_seconds)
    except FileInUseError:
        partial.unlink(missing_ok=True)
        raise
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(msg("domain.files.filen_kunde_sparas_inget", target_name=target.name)) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    with contextlib.suppress(OSError):  # the file is in place; a folder that cannot be synced changes nothing
        fsync_dir(target.parent)
    remove_stale_partials(target)


def replace_retrying(source: Path, target: Path, *, retry_seconds: float = RETRY_SECONDS) -> None:
    """``os.replace(source, target)``; a target held open by another program is tried again with a growing
    pause for up to ``retry_seconds``, then ``FileInUseError``. Other errors pass through at once."""
    deadline = _clock() + retry_seconds
    pause = _FIRST_PAUSE
    while True:
        try:
            os.replace(source, target)
            return
        except PermissionError as exc:
            if not in_use_by_another_program(exc):
                raise
            if _clock() + pause > deadline:
                raise FileInUseError(
                    msg("domain.files.filen_ar_oppen_annat", name=Path(target).name)) from exc
            _sleep(pause)
            pause = min(pause * 2, _LONGEST_PAUSE)


def in_use_by_another_program(exc: OSError) -> bool:
    """Whether ``exc`` is Windows refusing a replace because another process holds the file open. POSIX never
    says that (a rename does not care who has the file open): a refusal there is a real permission problem."""
    winerror = getattr(exc, "winerror", None)
    if winerror is not None:
        return winerror in _WINDOWS_IN_USE
    return os.name == "nt" and exc.errno == errno.EACCES


def fsync_file(path: Path) -> None:
    # Windows flushes a file only through a handle that may write to it; POSIX syncs through any.
    with open(path, "r+b" if os.name == "nt" else "rb") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename durable. Windows cannot open a folder for syncing; NTFS journals renames anyway."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def remove_stale_partials(target: Path) -> list[Path]:
    """Temporary files of ``target`` left by a process killed mid-write (a crash, a power cut): tidied away by
    the next successful write of the same file. Fresh ones may be another writer's and stay."""
    removed = []
    cutoff = time.time() - STALE_AFTER_SECONDS
    for partial in Path(target).parent.glob(f".{Path(target).name}.*.tmp"):
        with contextlib.suppress(OSError):
            if partial.stat().st_mtime < cutoff:
                partial.unlink()
                removed.append(partial)
    return removed


def _wanted_mode(target: Path, mode: int | None) -> int:
    if mode is not None:
        return mode
    try:
        return target.stat().st_mode & 0o7777  # a replaced file keeps the mode it had
    except OSError:
        return 0o666 & ~_umask()


def _set_mode(path: Path, mode: int) -> None:
    # mkstemp made the file 0o600. Windows knows only the read-only bit: its profile ACLs keep others out.
    if os.name != "nt":
        os.chmod(path, mode)


def _umask() -> int:
    """The process's umask, read without changing it where the system allows (changing it is not thread-safe)."""
    with contextlib.suppress(OSError, ValueError):
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    current = os.umask(0o022)
    os.umask(current)
    return current

"""Writing files atomically: to a temporary file in the target folder, flushed, then renamed into place."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path

from ..domain.errors import StorageError


def write_atomically(target: Path, content: bytes) -> Path:
    """Either the whole new file is at ``target`` or the old one (or none) is; never half a file."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, partial = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise StorageError(f"Det går inte att skriva i mappen {target.parent}.") from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(partial, target)
    except OSError as exc:
        Path(partial).unlink(missing_ok=True)
        raise StorageError(f"Filen {target.name} kunde inte sparas; inget har skrivits.") from exc
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    remove_stale_partials(target)
    return target


#: A partial file older than this belongs to a writer that was killed (its own write takes well under a second).
STALE_AFTER_SECONDS = 120


def remove_stale_partials(target: Path) -> list[Path]:
    """Temporary files of ``target`` left by a process killed mid-write (a crash, a power cut): tidied away by
    the next successful write of the same file. Fresh ones may be another writer's and stay."""
    removed = []
    cutoff = time.time() - STALE_AFTER_SECONDS
    for partial in target.parent.glob(f".{target.name}.*.tmp"):
        with contextlib.suppress(OSError):
            if partial.stat().st_mtime < cutoff:
                partial.unlink()
                removed.append(partial)
    return removed

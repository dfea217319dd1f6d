"""Files and folders readable by their owner only: the database, its backups, recovery files, settings.

Minutes and member lists are personal data; other accounts on a shared computer have no business reading
them. Only what we create gets these modes: a folder or file the user made themselves is left as it is.
SQLite gives the -wal, -shm and -journal files the mode of the database file, so they follow.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from ..domain.files import fsync_dir, fsync_file

__all__ = [
    "OWNER_ONLY_DIR", "OWNER_ONLY_FILE", "create_private_file", "fsync_dir", "fsync_file", "make_private",
    "make_private_dir",
]

OWNER_ONLY_FILE = 0o600
OWNER_ONLY_DIR = 0o700


def make_private_dir(folder: Path) -> Path:
    """Create ``folder`` (and missing parents); the folder itself, when new, gets mode 0o700."""
    if folder.is_dir():
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=OWNER_ONLY_DIR)
    except FileExistsError:  # made by someone else meanwhile: theirs, not ours to change
        if folder.is_dir():
            return folder
        raise
    _chmod(folder, OWNER_ONLY_DIR)  # mkdir's mode passes through the umask; say it exactly
    return folder


def create_private_file(path: Path) -> bool:
    """Create ``path`` empty with mode 0o600 unless it exists; True when this call created it."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY_FILE)
    except FileExistsError:
        return False
    os.close(descriptor)
    _chmod(path, OWNER_ONLY_FILE)
    return True


def make_private(path: Path) -> None:
    """Mode 0o600 for a file this program wrote (a backup, a moved-aside database)."""
    _chmod(path, OWNER_ONLY_FILE)


def _chmod(path: Path, mode: int) -> None:
    # Windows knows only the read-only bit; its folder ACLs already keep other users out of the profile.
    if os.name != "nt":
        with contextlib.suppress(OSError):
            os.chmod(path, mode)

"""Is the database file on a network file system? SQLite's file locking cannot be trusted there."""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path, PureWindowsPath
from typing import Protocol

import psutil

from ..infra.config import DATABASE_URL_ENV

#: File system types (as psutil names them: Linux's names, and macOS's smbfs, afpfs, webdav) that live on another
#: computer.
NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "smb", "ncpfs", "afs", "openafs", "coda", "9p", "davfs", "davfs2",
    "sshfs", "fuse.sshfs", "fuse.davfs", "fuse.davfs2", "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse",
    "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph", "cephfs", "lustre", "gpfs", "beegfs", "fuse.smbnetfs",
    "afpfs", "webdav",
})

_DRIVE_REMOTE = 4  # GetDriveTypeW's DRIVE_REMOTE


class Mount(Protocol):
    """What ``mount_type`` reads of a mount: psutil's ``sdiskpart``."""

    @property
    def mountpoint(self) -> str: ...

    @property
    def fstype(self) -> str: ...


def _mounts() -> Sequence[Mount]:
    return psutil.disk_partitions(all=True)


def network_filesystem(path: Path, *, mounts: Callable[[], Sequence[Mount]] = _mounts) -> str | None:
    """The type of network file system holding ``path`` (``"nfs4"``, ``"cifs"``, ``"smb"``…), or None when the
    file is local or we cannot tell."""
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        return windows_network_type(PureWindowsPath(os.path.abspath(path)), _windows_drive_type)
    try:
        found = mounts()
    except (OSError, psutil.Error):
        return None  # the mount table cannot be read: say nothing rather than guess
    fs_type = mount_type(found, Path(os.path.abspath(path)))
    return fs_type if fs_type in NETWORK_TYPES else None


def mount_type(mounts: Iterable[Mount], path: Path) -> str | None:
    """The file system type of the mount with the longest mount point containing ``path``; of two mounts on
    the same point the later one, which hides the earlier."""
    best: tuple[int, str] | None = None
    target = path.as_posix()
    for mount in mounts:
        mount_point = mount.mountpoint
        inside = target == mount_point or mount_point == "/" or target.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) >= best[0]):
            best = (len(mount_point), mount.fstype)
    return best[1] if best else None


def windows_network_type(path: PureWindowsPath, drive_type: Callable[[str], int]) -> str | None:
    """``\\\\server\\share\\…`` is SMB; a mapped drive letter is whatever Windows calls a remote drive."""
    if path.drive.startswith("\\\\"):
        return "smb"
    if path.drive and drive_type(path.drive + "\\") == _DRIVE_REMOTE:
        return "nätverksenhet"
    return None


def _windows_drive_type(root: str) -> int:  # pragma: no cover - Windows only
    if sys.platform != "win32":
        raise OSError(errno.ENOSYS, "GetDriveTypeW is Windows's")
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))


def network_warning(path: Path, fs_type: str) -> str:
    """The warning shown while a database on a network file system is open: the risk, and the way out."""
    return (
        f"Databasfilen {path} ligger på en nätverksenhet ({fs_type}). SQLite kan inte lita på fillåsningen över "
        "nätverksfilsystem: om två datorer skriver i filen samtidigt kan den bli skadad och anteckningar och beslut "
        "gå förlorade. Öppna den bara från en dator i taget och ta säkerhetskopior ofta. Ska flera arbeta i samma "
        "register behövs en gemensam PostgreSQL-databas: be IT sätta upp en och ange den med miljövariabeln "
        f"{DATABASE_URL_ENV}."
    )

"""A database on a network file system is recognised, and the warning says why and what to do instead."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath
from typing import NamedTuple

import psutil
import pytest

from samverkan_desktop.db.location import mount_type, network_filesystem, network_warning, windows_network_type


class Mount(NamedTuple):
    mountpoint: str
    fstype: str


MOUNTS = [Mount(point, fs_type) for point, fs_type in (
    ("/", "ext4"),
    ("/home", "ext4"),
    ("/home/anna/Delat", "nfs4"),
    ("/home/anna/Region Skåne", "cifs"),
    ("/home/anna/Delat/lokal", "ext4"),
    ("/mnt/sshfs", "fuse.sshfs"),
    ("/Volumes/Delat", "smbfs"),  # macOS
)]


def mounts() -> list[Mount]:
    return MOUNTS


@pytest.mark.parametrize(("path", "expected"), [
    ("/home/anna/Delat/samverkan.db", "nfs4"),
    ("/home/anna/Delat/grupper/lgs/samverkan.db", "nfs4"),
    ("/home/anna/Region Skåne/samverkan.db", "cifs"),
    ("/mnt/sshfs/samverkan.db", "fuse.sshfs"),
    ("/Volumes/Delat/samverkan.db", "smbfs"),
    ("/home/anna/Delat/lokal/samverkan.db", None),  # a local disk mounted inside the share: longest prefix wins
    ("/home/anna/Delatmapp/samverkan.db", None),  # a prefix of the name, not of the path
    ("/home/anna/samverkan.db", None),
    ("/tmp/samverkan.db", None),
])
def test_network_file_systems_are_recognised(path, expected):
    assert network_filesystem(Path(path), mounts=mounts) == expected


def test_a_later_mount_on_the_same_point_hides_the_earlier():
    assert mount_type([*MOUNTS, Mount("/home", "nfs")], Path("/home/bo/samverkan.db")) == "nfs"


def test_without_a_mount_table_nothing_is_claimed(tmp_path):
    def unreadable() -> list[Mount]:
        raise PermissionError("/proc/self/mounts")

    assert network_filesystem(tmp_path / "samverkan.db", mounts=unreadable) is None


def test_this_machines_mount_table_is_read_through_psutil(tmp_path):
    """The real table: the test's own folder lies on some mount, and its type is the one psutil reports."""
    assert mount_type(psutil.disk_partitions(all=True), tmp_path) is not None


def test_windows_paths():
    def local(_root: str) -> int:
        return 3  # DRIVE_FIXED

    def remote(_root: str) -> int:
        return 4  # DRIVE_REMOTE

    assert windows_network_type(PureWindowsPath(r"\\fil01\delat\samverkan.db"), local) == "smb"
    assert windows_network_type(PureWindowsPath(r"S:\Samverkan\samverkan.db"), remote) == "nätverksenhet"
    assert windows_network_type(PureWindowsPath(r"C:\Users\anna\samverkan.db"), local) is None


def test_the_warning_names_the_risk_and_postgresql():
    text = network_warning(Path("/home/anna/Delat/samverkan.db"), "nfs4")
    assert "/home/anna/Delat/samverkan.db" in text and "nfs4" in text
    assert "skadad" in text and "två datorer" in text
    assert "PostgreSQL" in text and "SAMVERKAN_DATABASE_URL" in text

"""A database on a network file system is recognised, and the warning says why and what to do instead."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import pytest

from samverkan_desktop.db.location import mount_type, network_filesystem, network_warning, windows_network_type

MOUNTINFO = """\
22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
30 22 0:40 / /home rw,relatime shared:2 - ext4 /dev/sda2 rw
41 30 0:51 / /home/anna/Delat rw,relatime shared:30 - nfs4 fil01:/export/delat rw,vers=4.2
42 30 0:52 / /home/anna/Region\\040Skåne rw,relatime shared:31 - cifs //fil02/region rw,vers=3.1.1
43 41 8:3 / /home/anna/Delat/lokal rw,relatime shared:32 - ext4 /dev/sdb1 rw
44 22 0:53 / /mnt/sshfs rw,nosuid - fuse.sshfs anna@server:/srv rw
trasig rad utan bindestreck
"""


@pytest.fixture
def mountinfo(tmp_path) -> Path:
    path = tmp_path / "mountinfo"
    path.write_text(MOUNTINFO, encoding="utf-8")
    return path


@pytest.mark.parametrize(("path", "expected"), [
    ("/home/anna/Delat/samverkan.db", "nfs4"),
    ("/home/anna/Delat/grupper/lgs/samverkan.db", "nfs4"),
    ("/home/anna/Region Skåne/samverkan.db", "cifs"),  # \040 in mountinfo is a space
    ("/mnt/sshfs/samverkan.db", "fuse.sshfs"),
    ("/home/anna/Delat/lokal/samverkan.db", None),  # a local disk mounted inside the share: longest prefix wins
    ("/home/anna/Delatmapp/samverkan.db", None),  # a prefix of the name, not of the path
    ("/home/anna/samverkan.db", None),
    ("/tmp/samverkan.db", None),
])
def test_network_file_systems_are_recognised(mountinfo, path, expected):
    assert network_filesystem(Path(path), mountinfo=mountinfo) == expected


def test_a_later_mount_on_the_same_point_hides_the_earlier():
    text = MOUNTINFO + "50 22 0:60 / /home rw - nfs server:/home rw\n"
    assert mount_type(text, Path("/home/bo/samverkan.db")) == "nfs"


def test_without_mountinfo_nothing_is_claimed(tmp_path):
    assert network_filesystem(tmp_path / "samverkan.db", mountinfo=tmp_path / "saknas") is None


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

"""Files and folders this program creates are readable by their owner only; what the user made is left alone."""

from __future__ import annotations

import os
import stat

import pytest

from samverkan_desktop.db.files import (
    OWNER_ONLY_DIR,
    OWNER_ONLY_FILE,
    create_private_file,
    make_private,
    make_private_dir,
)

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Windows keeps only the read-only bit")


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_folder_is_the_owners_only_whatever_the_umask(tmp_path):
    old = os.umask(0o000)
    try:
        folder = make_private_dir(tmp_path / "a" / "data")
    finally:
        os.umask(old)
    assert folder.is_dir() and mode(folder) == OWNER_ONLY_DIR


def test_a_folder_the_user_made_keeps_its_mode(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    assert make_private_dir(folder) == folder
    assert mode(folder) == 0o755


def test_a_file_is_created_once_and_private(tmp_path):
    path = tmp_path / "samverkan.db"
    assert create_private_file(path) is True
    assert mode(path) == OWNER_ONLY_FILE and path.read_bytes() == b""
    path.write_bytes(b"data")
    assert create_private_file(path) is False
    assert path.read_bytes() == b"data"


def test_a_written_file_is_made_private(tmp_path):
    path = tmp_path / "backup.db"
    path.write_bytes(b"x")
    os.chmod(path, 0o644)
    make_private(path)
    assert mode(path) == OWNER_ONLY_FILE
    make_private(tmp_path / "gone.db")  # a file that is gone: nothing to do, no error


def test_a_file_where_the_folder_should_be_is_an_error(tmp_path):
    (tmp_path / "data").write_text("x")
    with pytest.raises(FileExistsError):
        make_private_dir(tmp_path / "data")

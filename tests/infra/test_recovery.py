"""Recovery files: unsaved minutes text kept on disk, privately, until it is saved or thrown away."""

from __future__ import annotations

import errno
import os
import stat
from datetime import UTC, datetime, timedelta

import pytest

from samverkan_desktop.infra.config import data_dir
from samverkan_desktop.infra.recovery import RecoveryEntry, RecoveryStore

DB = "sqlite:////hem/anna/samverkan.db"


def entry(item_id: int = 7, notes: str = "Anna redogjorde för läget.\n- punkt ett", minutes_ago: int = 0,
          database: str = DB) -> RecoveryEntry:
    return RecoveryEntry(database, 3, item_id, "Handlingsplan", notes, "att anta handlingsplanen",
                         datetime(2026, 3, 10, 12, 30, tzinfo=UTC) - timedelta(minutes=minutes_ago))


def test_the_default_folder_is_in_the_data_folder(isolated_data_dir):
    assert RecoveryStore().folder == data_dir() / "återställning"
    assert data_dir() == isolated_data_dir


def test_roundtrip_and_discard(tmp_path):
    store = RecoveryStore(tmp_path / "återställning")
    assert store.pending() == []  # no folder yet is not an error
    assert store.save(entry(7, minutes_ago=1))
    assert store.save(entry(8, notes="Äldre text", minutes_ago=5))
    assert store.save(entry(7, notes="Senaste versionen"))  # replaces the item's earlier file
    assert store.save(entry(7, database="postgresql+psycopg://samverkan@db/register"))
    assert [(e.item_id, e.notes) for e in store.pending(DB)] == [(8, "Äldre text"), (7, "Senaste versionen")]
    assert len(store.pending()) == 3
    assert store.pending(DB)[1] == entry(7, notes="Senaste versionen")
    store.discard(3, 7, DB)
    store.discard(3, 7, DB)  # already gone: fine
    assert [e.item_id for e in store.pending(DB)] == [8]
    assert len(store.pending("postgresql+psycopg://samverkan@db/register")) == 1
    assert not list(store.folder.glob("*.tmp"))


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_files_are_private_to_their_owner(tmp_path):
    folder = tmp_path / "återställning"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)  # made by someone else, too open
    store = RecoveryStore(folder)
    assert store.save(entry())
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    [path] = folder.iterdir()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_corrupt_and_unreadable_files_are_skipped(tmp_path):
    store = RecoveryStore(tmp_path)
    assert store.save(entry(7))
    (tmp_path / "trasig.json").write_text("{inte json", encoding="utf-8")
    (tmp_path / "ofullständig.json").write_text('{"database": "x", "meeting_id": 1}', encoding="utf-8")
    (tmp_path / "naiv-tid.json").write_text(entry(9).to_json().replace("+00:00", ""), encoding="utf-8")
    (tmp_path / "binär.json").write_bytes(b"\xff\xfe\x00")
    (tmp_path / "mapp.json").mkdir()
    assert [e.item_id for e in store.pending()] == [7]


def test_a_full_disk_returns_false_and_leaves_no_temporary_file(tmp_path, monkeypatch, caplog):
    store = RecoveryStore(tmp_path)

    def no_space(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("samverkan_desktop.infra.recovery.os.fsync", no_space)
    assert store.save(entry()) is False
    assert list(tmp_path.iterdir()) == []
    assert "could not be written" in caplog.text


def test_an_unwritable_place_returns_false(tmp_path):
    blocker = tmp_path / "fil"
    blocker.write_text("ingen mapp", encoding="utf-8")
    assert RecoveryStore(blocker / "återställning").save(entry()) is False


def test_preview_is_one_short_line():
    short = entry(notes="Kort.\n")
    assert short.preview() == "Kort. att anta handlingsplanen"
    long = entry(notes="Första raden\nandra raden " + "ord " * 40)
    assert long.preview(30) == "Första raden andra raden ord…"
    assert len(long.preview(31)) == 31

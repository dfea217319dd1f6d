"""Real faults under the services and the minutes pane: a database locked by another program, a full disk, a
read-only file. Each gives a Swedish sentence, changes nothing in the database, and typed text is kept."""

from __future__ import annotations

import sqlite3
from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import event

from samverkan_desktop.db import engine as engine_module
from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.uow import create_unit_of_work
from samverkan_desktop.domain.enums import GroupKind
from samverkan_desktop.domain.errors import StorageError
from samverkan_desktop.infra.recovery import RecoveryStore
from samverkan_desktop.services import agenda, groups, meetings, minutes
from samverkan_desktop.services.dto import GroupData
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData


def dump(db_path: Path) -> list[str]:
    connection = sqlite3.connect(db_path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


@pytest.fixture
def item(uow):
    group = groups.create_group(uow, GroupData("Temagrupp Psykiatri", GroupKind.THEME_GROUP))
    meeting = meetings.create_meeting(uow, MeetingData(group.id, date(2026, 3, 10), time(13), time(15)))
    return agenda.add_item(uow, meeting.value.id, AgendaItemData("Läget i verksamheterna"))


def test_a_database_locked_by_another_program_is_said_and_nothing_changes(item, db_path, monkeypatch) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)  # the app waits 5 s before it gives up
    impatient = create_database_engine(f"sqlite:///{db_path}")
    other_program = sqlite3.connect(db_path)
    try:
        other_program.execute("BEGIN IMMEDIATE")  # holds the write lock, as a sync tool or a DB browser may
        before = [row for row in other_program.iterdump()]
        with pytest.raises(StorageError, match="används av ett annat program"):
            minutes.save_text(create_unit_of_work(impatient), item.id, "Anna redogjorde.", None)
        other_program.rollback()
    finally:
        other_program.close()
        impatient.dispose()
    assert dump(db_path) == before


def full_disk_engine(db_path: Path):
    """SQLite's own way to make a disk full: no page beyond those the file already has."""
    full = create_database_engine(f"sqlite:///{db_path}")

    @event.listens_for(full, "connect")
    def _no_more_pages(connection, _record) -> None:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")

    return full


def test_a_full_disk_is_said_and_nothing_is_half_saved(item, db_path) -> None:
    before = dump(db_path)
    full = full_disk_engine(db_path)
    try:
        with pytest.raises(StorageError, match="full"):
            minutes.save_text(create_unit_of_work(full), item.id, "Lång text. " * 20_000, "att anta planen")
    finally:
        full.dispose()
    assert dump(db_path) == before


def test_the_minutes_pane_keeps_the_text_on_a_full_disk_and_offers_it_next_time(qtbot, uow, item, db_path,
                                                                                  tmp_path) -> None:
    from samverkan_desktop.ui.widgets.minutes_pane import MinutesPane

    full = full_disk_engine(db_path)
    store = RecoveryStore(tmp_path / "återställning")
    typed = "Anna redogjorde för läget. " * 5_000
    try:
        pane = MinutesPane(create_unit_of_work(full), recovery=store)
        qtbot.addWidget(pane)
        pane.show_item(agenda.get_item(uow, item.id))
        pane.notes_edit.setPlainText(typed)
        with qtbot.waitSignal(pane.failed) as failure:
            assert not pane.save_now()
    finally:
        full.dispose()
    assert "full" in failure.args[0]
    assert pane.notes_edit.toPlainText() == typed  # kept in memory ...
    [kept] = store.pending()
    assert kept.notes == typed and kept.item_id == item.id  # ... and in a recovery file for the next start
    assert agenda.get_item(uow, item.id).notes is None
    assert oct((tmp_path / "återställning").stat().st_mode & 0o777) == "0o700"


def test_a_read_only_file_is_said_and_nothing_changes(item, db_path) -> None:
    before = dump(db_path)
    reader = create_database_engine(f"sqlite:///{db_path}", read_only=True)
    try:
        with pytest.raises(StorageError, match="skrivskyddad"):
            minutes.save_text(create_unit_of_work(reader), item.id, "Text", None)
    finally:
        reader.dispose()
    assert dump(db_path) == before

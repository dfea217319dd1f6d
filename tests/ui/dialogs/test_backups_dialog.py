"""Arkiv > Säkerhetskopior: the list with date, size and why; a backup taken now; a restore only after yes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from samverkan_desktop.application.safety import BackupKeeper
from samverkan_desktop.db.backup import take_backup
from samverkan_desktop.ui.dialogs.backups_dialog import BackupsDialog, human_size

MORNING = datetime(2026, 11, 20, 8, 15, tzinfo=UTC)


def organisation_names(uow) -> list[str]:
    with uow:
        return list(uow.session.scalars(text("SELECT name FROM organisation ORDER BY id")))


def add_organisation(uow, name: str) -> None:
    with uow:
        uow.session.execute(text("INSERT INTO organisation (name, kind) VALUES (:n, 'kommun')"), {"n": name})
        uow.commit()


@pytest.fixture
def keeper(uow, db_path: Path) -> BackupKeeper:
    add_organisation(uow, "Partille kommun")
    take_backup(db_path, "stängning", now=MORNING)
    add_organisation(uow, "Härryda kommun")
    return BackupKeeper(db_path, uow)


def make_dialog(qtbot, keeper: BackupKeeper, **kwargs) -> BackupsDialog:
    dialog = BackupsDialog(keeper, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def test_the_list_shows_when_how_big_and_why_in_swedish(qtbot, qtmodeltester, keeper) -> None:
    dialog = make_dialog(qtbot, keeper)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    taken, size, why = (dialog.model.index(0, column).data() for column in range(3))
    assert taken.endswith("09:15")  # 08:15 UTC is 09:15 in Stockholm in November
    assert size.endswith(("kB", "MB")) and why == "när programmet stängdes"
    assert not dialog.empty_label.isVisibleTo(dialog)
    assert not dialog.restore_button.isEnabled()  # nothing chosen yet


def test_sizes_are_written_the_swedish_way() -> None:
    assert human_size(1_300_000) == "1,2 MB"
    assert human_size(640 * 1024) == "640,0 kB"
    assert human_size(12) == "12 B"


def test_back_up_now_adds_a_checked_backup_at_the_top(qtbot, keeper) -> None:
    dialog = make_dialog(qtbot, keeper)
    dialog.take_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert dialog.model.index(0, 2).data() == "tagen för hand"
    assert dialog.runner is None and dialog.take_button.isEnabled()


def test_restore_asks_first_and_no_changes_nothing(qtbot, keeper, uow, monkeypatch) -> None:
    dialog = make_dialog(qtbot, keeper)
    dialog.view.selectRow(0)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, question: asked.append(question) or QMessageBox.StandardButton.No)
    dialog.restore_button.click()
    assert "09:15" in asked[0] and "säkerhetskopia av databasen som den är nu" in asked[0]
    assert dialog.runner is None
    assert organisation_names(uow) == ["Partille kommun", "Härryda kommun"]


def test_restore_after_yes_brings_the_backup_back_and_keeps_what_it_replaced(qtbot, keeper, uow, monkeypatch) -> None:
    closed_editors: list[bool] = []
    dialog = make_dialog(qtbot, keeper, before_restore=lambda: closed_editors.append(True) or True)
    dialog.view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, message: told.append(message))
    with qtbot.waitSignal(dialog.restored, timeout=10_000) as restored:
        dialog.restore_button.click()
    assert closed_editors == [True]
    assert organisation_names(uow) == ["Partille kommun"]
    safety = restored.args[0]
    assert safety is not None and safety.reason == "före-återställning"
    assert safety.path.name in told[0]
    assert dialog.model.rowCount() == 2  # the safety backup is listed too


def test_a_failing_backup_is_said_in_words(qtbot, keeper, monkeypatch) -> None:
    from samverkan_desktop.domain.errors import StorageError

    def full_disk(reason):
        raise StorageError("Disken är full; säkerhetskopian kunde inte tas. De tidigare finns kvar.")

    monkeypatch.setattr(keeper, "backup", full_disk)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, message: warned.append(message))
    dialog = make_dialog(qtbot, keeper)
    dialog.take_button.click()
    qtbot.waitUntil(lambda: bool(warned))
    assert "Disken är full" in warned[0]
    assert dialog.model.rowCount() == 1


def test_a_backup_in_progress_offers_no_stop_button_that_would_do_nothing(qtbot, keeper, monkeypatch) -> None:
    import threading

    from PySide6.QtWidgets import QPushButton

    release = threading.Event()
    real_backup = keeper.backup
    monkeypatch.setattr(keeper, "backup", lambda reason: release.wait(5) and real_backup(reason))
    dialog = make_dialog(qtbot, keeper)
    dialog.take_button.click()
    runner = dialog.runner
    assert runner is not None and not dialog.take_button.isEnabled()
    assert runner.dialog.findChildren(QPushButton) == []
    release.set()
    qtbot.waitUntil(lambda: dialog.runner is None, timeout=10_000)
    assert dialog.model.rowCount() == 2


def test_a_backup_of_another_program_or_a_newer_version_is_refused_in_the_cli_s_words(
        qtbot, keeper, uow, db_path, monkeypatch) -> None:
    """A file in the backup folder that is not a Samverkan database of this version: refused before anything
    is replaced, with the message `samverkan restore` gives; the database and every backup stay as they were."""
    import hashlib
    import sqlite3

    from samverkan_desktop.db.backup import backup_folder, check_restorable
    from samverkan_desktop.domain.errors import StorageError

    intruder = backup_folder(db_path) / f"{db_path.stem}-manuell-20261121T081500Z.db"
    with sqlite3.connect(intruder) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.close()

    def state() -> dict[str, str]:
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
                for p in [*db_path.parent.iterdir(), *backup_folder(db_path).iterdir()] if p.is_file()}

    before = state()
    with pytest.raises(StorageError) as expected:
        check_restorable(intruder, db_path)
    dialog = make_dialog(qtbot, keeper)
    dialog.view.selectRow(0)  # the newest: the intruder
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, message: warned.append(message))
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    assert warned == [expected.value.message] and "inte en Samverkan-databas" in warned[0]
    assert state() == before
    assert organisation_names(uow) == ["Partille kommun", "Härryda kommun"]

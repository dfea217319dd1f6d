"""The GUI's composition root: start-up on good and bad databases."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from samverkan_desktop import app
from samverkan_desktop.db.migrate import head_revision
from samverkan_desktop.infra.config import migrations_dir


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_smoke_test_migrates_a_new_database_and_exits_0(qapp, tmp_path, capsys):
    db = tmp_path / "ny" / "samverkan.db"
    assert app.main(["--smoke-test", "--db", str(db)]) == 0
    assert "smoke test ok" in capsys.readouterr().out
    with sqlite3.connect(db) as connection:
        version = connection.execute("select version_num from alembic_version").fetchone()
    assert version == (head_revision(migrations_dir()),)


def test_screenshot_is_written(qapp, tmp_path):
    png = tmp_path / "shot.png"
    assert app.main(["--screenshot", str(png), "--db", str(tmp_path / "s.db")]) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_file_that_is_not_a_database_is_refused_untouched(qapp, tmp_path, capsys):
    bogus = tmp_path / "anteckningar.db"
    bogus.write_text("Det här är ingen databas, bara text.\n" * 50, encoding="utf-8")
    before = digest(bogus)
    assert app.main(["--smoke-test", "--db", str(bogus)]) == 1
    assert "inte en Samverkan-databas" in capsys.readouterr().err
    assert digest(bogus) == before


def test_a_folder_that_cannot_be_written_is_refused(qapp, tmp_path, capsys):
    blocker = tmp_path / "fil.txt"
    blocker.write_text("en fil, ingen mapp")
    assert app.main(["--smoke-test", "--db", str(blocker / "samverkan.db")]) == 1
    assert "kan inte skapas" in capsys.readouterr().err


def test_a_database_from_a_newer_version_is_refused_untouched(qapp, tmp_path, capsys):
    db = tmp_path / "framtid.db"
    assert app.main(["--smoke-test", "--db", str(db)]) == 0
    with sqlite3.connect(db) as connection:
        connection.execute("update alembic_version set version_num = '9999_future'")
    before = digest(db)
    assert app.main(["--smoke-test", "--db", str(db)]) == 1
    assert "nyare version" in capsys.readouterr().err
    assert digest(db) == before


def test_interactive_start_shows_the_error_in_a_message_box(qapp, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    bogus = tmp_path / "x.db"
    bogus.write_bytes(b"\x00garbage" * 100)
    assert app.main(["--db", str(bogus)]) == 1
    assert shown and "inte en Samverkan-databas" in shown[0]


def test_database_url_from_the_environment(qapp, tmp_path, monkeypatch, capsys):
    db = tmp_path / "env.db"
    monkeypatch.setenv("SAMVERKAN_DATABASE_URL", f"sqlite:///{db}")
    assert app.main(["--smoke-test"]) == 0
    assert db.exists()


def test_english_is_available_in_settings(qapp, translations_dir):
    from PySide6.QtCore import QLocale

    from samverkan_desktop.ui.i18n import install_translators

    try:
        assert install_translators(qapp, "en", translations_dir) == []
        assert QLocale().language() == QLocale.Language.English
        swedish = install_translators(qapp, "sv", translations_dir)
        assert len(swedish) == 3  # Qt's own (standard buttons), our corrections to it ("OK") and ours
        assert QLocale().language() == QLocale.Language.Swedish
    finally:
        for translator in locals().get("swedish", []):
            qapp.removeTranslator(translator)


@pytest.fixture
def shown_windows(monkeypatch) -> list:
    """Runs app.main without the event loop and hands over the main window it showed."""
    from PySide6.QtWidgets import QApplication

    from samverkan_desktop.ui.main_window import MainWindow

    shown: list = []
    original = MainWindow.show
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(self) or original(self))
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: 0))
    monkeypatch.setattr(MainWindow, "choose_user_at_first_start", lambda self: None)  # no modal question
    return shown


def test_a_second_instance_opens_read_only_and_says_so(qapp, tmp_path, shown_windows) -> None:
    from samverkan_desktop.db.lock import acquire_writer_lock
    from samverkan_desktop.domain.enums import GroupKind
    from samverkan_desktop.domain.errors import StorageError
    from samverkan_desktop.services import groups
    from samverkan_desktop.services.dto import GroupData

    db = tmp_path / "delad.db"
    assert app.main(["--smoke-test", "--db", str(db)]) == 0
    shown_windows.clear()
    first = acquire_writer_lock(db)  # the other instance
    try:
        before = digest(db)
        assert app.main(["--db", str(db)]) == 0
        [window] = shown_windows
        assert window.read_only and "skrivskyddad" in window.windowTitle()
        [banner] = window.banners()
        assert "redan öppen" in banner.text() and "skrivskyddad" in banner.text()
        assert not window.backups_action.isEnabled()
        with pytest.raises(StorageError, match="skrivskyddad"):
            groups.create_group(window.uow, GroupData("Ny grupp", GroupKind.THEME_GROUP))
        assert digest(db) == before
    finally:
        first.release()


def test_the_writer_backs_up_at_closing_only_after_changes(qapp, tmp_path, shown_windows) -> None:
    from samverkan_desktop.db.backup import list_backups
    from samverkan_desktop.domain.enums import GroupKind
    from samverkan_desktop.services import groups
    from samverkan_desktop.services.dto import GroupData

    db = tmp_path / "egen.db"
    assert app.main(["--db", str(db)]) == 0
    assert list_backups(db) == []  # nothing changed: nothing to keep
    shown_windows.clear()

    original = app.backup_on_closing

    def edit_then_close(keeper) -> None:
        groups.create_group(keeper.uow, GroupData("Temagrupp Barn", GroupKind.THEME_GROUP))
        original(keeper)

    import unittest.mock

    with unittest.mock.patch.object(app, "backup_on_closing", edit_then_close):
        assert app.main(["--db", str(db)]) == 0
    [closing] = list_backups(db)
    assert closing.reason == "stängning"
    assert not db.with_name(db.name + ".lock").read_text().strip()  # the lock was let go

"""Start-up on a damaged database: moved aside untouched, the newest good backup offered with its date,
never written over and never replaced by an empty database unless the user chooses one."""

from __future__ import annotations

import hashlib
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlite_damage import add_organisations, corrupt_table_page, organisation_names

from samverkan_desktop import app
from samverkan_desktop.db.backup import list_backups, quick_check, take_backup
from samverkan_desktop.ui import startup_recovery
from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.startup_recovery import Choice, recover_damaged_database

BACKED_UP_AT = datetime(2026, 11, 20, 15, 30, tzinfo=UTC)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def damaged(engine, db_path: Path, tmp_path: Path) -> Path:
    """A copy of a real database with a backup taken while it was sound, then a table page overwritten."""
    engine.dispose()
    folder = tmp_path / "kopia"
    folder.mkdir()
    copy = folder / "samverkan.db"
    shutil.copyfile(db_path, copy)
    add_organisations(copy, 60, "Före")
    take_backup(copy, "stängning", now=BACKED_UP_AT)
    add_organisations(copy, 5, "Efter")
    corrupt_table_page(copy)
    assert quick_check(copy)
    return copy


@pytest.fixture
def no_event_loop(monkeypatch):
    """app.main without blocking in the event loop or a recovery offer."""
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: 0))
    monkeypatch.setattr(MainWindow, "choose_user_at_first_start", lambda self: None)  # no modal question


def moved_copies(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("samverkan.db.skadad-*") if not p.name.endswith(("-wal", "-shm")))


def test_the_app_offers_the_backup_with_its_date_and_never_writes_over_the_damaged_file(
        qapp, damaged: Path, no_event_loop, monkeypatch) -> None:
    damaged_bytes = sha256(damaged)
    offers = []

    def restore(health):
        offers.append(health)
        return Choice.RESTORE

    monkeypatch.setattr(startup_recovery, "ask_what_to_do", restore)
    assert app.main(["--db", str(damaged)]) == 0

    [health] = offers
    assert health.offer is not None and health.offer.taken_at == BACKED_UP_AT
    assert "16:30" in startup_recovery.describe_damage(health)  # the backup's time, in Swedish local time
    [moved] = moved_copies(damaged.parent)
    assert moved == health.moved_to
    assert sha256(moved) == damaged_bytes  # moved aside byte for byte, never opened for writing
    assert quick_check(damaged) == []  # the restored database is sound ...
    names = organisation_names(damaged)
    assert "Före nummer 59" in names and "Efter nummer 0" not in names  # ... and holds the backup's rows


def test_quitting_leaves_no_empty_database_in_its_place(qapp, damaged: Path, no_event_loop, monkeypatch) -> None:
    damaged_bytes = sha256(damaged)
    monkeypatch.setattr(startup_recovery, "ask_what_to_do", lambda health: Choice.QUIT)
    assert app.main(["--db", str(damaged)]) == 1
    assert not damaged.exists()
    [moved] = moved_copies(damaged.parent)
    assert sha256(moved) == damaged_bytes
    assert len(list_backups(damaged)) == 1  # the good backup is still there for the next start


def test_unattended_start_stops_with_the_reason_and_the_new_place(qapp, damaged: Path, capsys) -> None:
    assert app.main(["--smoke-test", "--db", str(damaged)]) == 1
    err = capsys.readouterr().err
    assert "skadad" in err and "skadad-" in err
    assert not damaged.exists()


def test_an_empty_database_only_when_chosen(damaged: Path) -> None:
    outcome = recover_damaged_database(damaged, unattended=False, ask=lambda health: Choice.EMPTY)
    assert outcome.proceed and "tom" in (outcome.banner or "")
    assert not damaged.exists()  # created by the normal opening afterwards, not here


def test_the_question_names_the_backup_and_its_buttons_do_what_they_say(qtbot, damaged: Path) -> None:
    seen: list[str] = []

    def click_restore() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        [button] = [b for b in box.buttons() if b.text() == "Återställ säkerhetskopian"]
        button.click()

    QTimer.singleShot(0, click_restore)
    outcome = recover_damaged_database(damaged, unattended=False)
    assert outcome.proceed
    assert "säkerhetskopian" in (outcome.banner or "")
    assert "flyttats undan" in seen[0] and "2026" in seen[0]
    assert quick_check(damaged) == []


def test_a_large_database_is_checked_after_the_window_opened_and_repaired_the_same_way(
        qtbot, damaged: Path) -> None:
    from samverkan_desktop.db.engine import create_database_engine
    from samverkan_desktop.db.uow import create_unit_of_work
    from samverkan_desktop.infra.config import Settings
    from samverkan_desktop.ui.main_window import MainWindow
    from samverkan_desktop.ui.startup_recovery import BackgroundCheck, check_before_start

    assert check_before_start(damaged, crashed_last_time=True)  # after a crash: always before the window opens
    damaged_bytes = sha256(damaged)
    engine = create_database_engine(f"sqlite:///{damaged}")
    window = MainWindow(create_unit_of_work(engine, "testare"), Settings(), database_label="test")
    qtbot.addWidget(window)
    offers = []
    check = BackgroundCheck(window, damaged, engine.dispose, ask=lambda health: offers.append(health) or Choice.RESTORE)
    with qtbot.waitSignal(check.finished, timeout=20_000) as done:
        pass
    assert done.args[0]  # the problems found
    assert offers[0].offer is not None and offers[0].offer.taken_at == BACKED_UP_AT
    [moved] = moved_copies(damaged.parent)
    assert sha256(moved) == damaged_bytes
    assert quick_check(damaged) == []
    assert any("återställts" in banner.text() for banner in window.banners())
    engine.dispose()


def test_a_sound_large_database_is_left_alone(qtbot, engine, uow, db_path: Path) -> None:
    from samverkan_desktop.infra.config import Settings
    from samverkan_desktop.ui.main_window import MainWindow
    from samverkan_desktop.ui.startup_recovery import BackgroundCheck

    window = MainWindow(uow, Settings(), database_label="test")
    qtbot.addWidget(window)
    check = BackgroundCheck(window, db_path, engine.dispose, ask=lambda health: pytest.fail("nothing to ask"))
    with qtbot.waitSignal(check.finished, timeout=20_000) as done:
        pass
    assert done.args[0] == []
    assert db_path.exists() and window.banners() == []


def test_the_check_after_start_waits_for_its_delay_and_runs_at_normal_priority(qtbot, engine, uow, db_path: Path,
                                                                               monkeypatch) -> None:
    """Not a timing test: before the delay nothing has started; then the thread starts at the priority it inherits,
    not idle (an idle thread preempted while it holds the GIL stalls the GUI thread)."""
    from PySide6.QtCore import QThread

    from samverkan_desktop.infra.config import Settings
    from samverkan_desktop.ui import startup_recovery
    from samverkan_desktop.ui.main_window import MainWindow

    window = MainWindow(uow, Settings(), database_label="test")
    qtbot.addWidget(window)
    threads = []
    real_check = startup_recovery.quick_check
    monkeypatch.setattr(startup_recovery, "quick_check",
                        lambda path: (threads.append(QThread.currentThread().priority()), real_check(path))[1])
    check = startup_recovery.BackgroundCheck(window, db_path, engine.dispose, delay_ms=300,
                                             ask=lambda health: pytest.fail("nothing to ask"))
    assert threads == [] and not check.started
    with qtbot.waitSignal(check.finished, timeout=20_000) as done:
        pass
    # A worker of the long-work pool, at the priority it inherits (not idle), never the GUI thread.
    assert startup_recovery.long_work_pool().threadPriority() == QThread.Priority.InheritPriority
    assert threads == [QThread.Priority.InheritPriority] and done.args[0] == []


def test_choosing_an_empty_database_while_running_gives_a_working_one(qtbot, damaged: Path) -> None:
    from samverkan_desktop.app import reopen_after_repair
    from samverkan_desktop.db.engine import create_database_engine
    from samverkan_desktop.db.migrate import current_revision, head_revision
    from samverkan_desktop.db.uow import create_unit_of_work
    from samverkan_desktop.infra.config import Settings, migrations_dir
    from samverkan_desktop.services import groups
    from samverkan_desktop.ui.main_window import MainWindow
    from samverkan_desktop.ui.startup_recovery import BackgroundCheck

    engine = create_database_engine(f"sqlite:///{damaged}")
    uow = create_unit_of_work(engine, "testare")
    window = MainWindow(uow, Settings(), database_label="test")
    qtbot.addWidget(window)
    check = BackgroundCheck(window, damaged, engine.dispose, ask=lambda health: Choice.EMPTY,
                            reopen=lambda: reopen_after_repair(engine, damaged))
    with qtbot.waitSignal(check.finished, timeout=20_000):
        pass
    assert current_revision(engine) == head_revision(migrations_dir())
    assert groups.list_group_tree(uow) == []  # empty, and working
    assert oct(damaged.stat().st_mode & 0o777) == "0o600"
    assert len(moved_copies(damaged.parent)) == 1
    engine.dispose()

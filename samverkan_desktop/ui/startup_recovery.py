"""Start-up with a damaged database: the file is moved aside untouched and the newest good backup is offered.

Never overwritten, never silently replaced by an empty database: an empty one only when the user chooses it."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from .. import APP_NAME
from ..application.safety import StartupHealth, quick_check, restore_into_place, startup_check
from .dialogs.backups_dialog import human_size, local_time
from .operations import ServiceOp, long_work_pool
from .widgets.banner import BannerKind

#: Files up to this size are checked before the window opens (a fraction of a second); larger ones right after,
#: off the GUI thread, so that start-up stays quick on a region's twenty years of minutes (about 1 s per 400 MB).
CHECK_BEFORE_START_BYTES = 48 * 1024 * 1024


def check_before_start(path: Path | None, crashed_last_time: bool) -> bool:
    """Whether the quick check runs before the window opens: small files, and always after a crash."""
    if path is None or not path.is_file():
        return True
    return crashed_last_time or path.stat().st_size <= CHECK_BEFORE_START_BYTES


class Choice(Enum):
    RESTORE = "restore"
    EMPTY = "empty"
    QUIT = "quit"


@dataclass(frozen=True)
class StartupOutcome:
    proceed: bool
    banner: str | None = None  # said above the main window when the start went on after a repair


def describe_damage(health: StartupHealth) -> str:
    translate = QCoreApplication.translate
    lines = [translate("StartupRecovery", "The database cannot be used: it is damaged (%1).")
             .replace("%1", health.problems[0][:200]),
             translate("StartupRecovery", "The damaged file has been moved aside, untouched:") + f"\n{health.moved_to}"]
    if health.offer is not None:
        lines.append(translate("StartupRecovery", "The newest good backup is from %1 (%2). Restore it? What was "
                                                  "changed after it is not in it.")
                     .replace("%1", local_time(health.offer)).replace("%2", human_size(health.offer.size)))
    else:
        lines.append(translate("StartupRecovery", "There is no good backup to restore."))
    return "\n\n".join(lines)


def ask_what_to_do(health: StartupHealth) -> Choice:
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, describe_damage(health))
    restore = None
    if health.offer is not None:
        restore = box.addButton(translate("StartupRecovery", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    empty = box.addButton(translate("StartupRecovery", "Start with an empty database"),
                          QMessageBox.ButtonRole.DestructiveRole)
    quit_button = box.addButton(translate("StartupRecovery", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore or quit_button)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return Choice.RESTORE
    return Choice.EMPTY if clicked is empty else Choice.QUIT


def recover_damaged_database(path: Path | None, unattended: bool,
                             ask: Callable[[StartupHealth], Choice] | None = None) -> StartupOutcome:
    """Run the quick check; on damage, ask (or, unattended, stop) and do what was chosen."""
    health = startup_check(path)
    if not health.damaged or health.moved_to is None or path is None:
        return StartupOutcome(True)  # sound, or not ours at all: opening it says so in its own words
    if unattended:
        print(describe_damage(health), file=sys.stderr)
        return StartupOutcome(False)
    choice = (ask or ask_what_to_do)(health)
    translate = QCoreApplication.translate
    if choice is Choice.RESTORE and health.offer is not None:
        restore_into_place(health.offer, path)
        return StartupOutcome(True, translate(
            "StartupRecovery", "The database was damaged and has been restored from the backup from %1. What was "
                               "changed after it is not in it. The damaged file is kept in %2.")
            .replace("%1", local_time(health.offer)).replace("%2", str(health.moved_to)))
    if choice is Choice.EMPTY:
        return StartupOutcome(True, translate(
            "StartupRecovery", "The database was damaged; you started with an empty one. The damaged file is kept "
                               "in %1.").replace("%1", str(health.moved_to)))
    return StartupOutcome(False)


#: The app starts the quick check of a large database this long after its window opened (``delay_ms``).
CHECK_DELAY_MS = 15_000


class BackgroundCheck(QObject):
    """The quick check of a large database, after the window opened. Damage found leads to the same choice as
    before start-up, after the open editors are saved and every connection is closed.

    Scheduled so that it never competes with the first seconds of use: it starts ``delay_ms`` after the window
    (the app gives CHECK_DELAY_MS), when the first searches and openings are done. It runs at normal thread
    priority, not idle: a thread at SCHED_IDLE that is preempted while it holds the GIL (between SQLite's calls)
    stops the GUI thread until the machine is idle (benchmarks/bench_quick_check.py on a busy machine: GUI stalls
    of 0.3-1.4 s and a check 2-40 times longer, against stalls no longer than an idle window's at normal
    priority); SQLite releases the GIL while it checks. Not skipped after a recent good check: damage is not
    announced by a file's size or time, and the check reading the whole file is the only way to find it; a crash
    or a small file still checks before the window opens (check_before_start)."""

    finished = Signal(object)  # the problems found (empty: sound)

    def __init__(self, window, path: Path, close_connections: Callable[[], None],
                 ask: Callable[[StartupHealth], Choice] | None = None,
                 reopen: Callable[[], object] | None = None, delay_ms: int = 0) -> None:
        super().__init__(window)
        self.window, self.path = window, path
        self._close_connections, self._ask, self._reopen = close_connections, ask, reopen
        # A refusal goes to the status bar (ServiceOp's line there), not into a box that interrupts.
        self.task = ServiceOp(window, lambda: quick_check(path)).success(self._checked).failure(lambda _error: None)
        self.task.setParent(self)
        self.started = False
        if delay_ms > 0:
            QTimer.singleShot(delay_ms, self, self._start)
        else:
            self._start()

    def _start(self) -> None:
        self.started = True
        self.task.run_in_background(long_work_pool())

    def _checked(self, problems: object) -> None:
        self.task.wait()
        found = list(problems) if isinstance(problems, list) else []
        if found:
            self._recover()
        self.finished.emit(found)

    def _recover(self) -> None:
        if not self.window.close_meeting_editors():
            # An editor kept its window open (its text could not be saved): the user decides first; the damage
            # stays in the status bar and the next start checks again before anything opens.
            self.window.statusBar().showMessage(QCoreApplication.translate(
                "StartupRecovery", "The database is damaged: close the program and start it again to repair it."))
            return
        self._close_connections()
        outcome = recover_damaged_database(self.path, unattended=False, ask=self._ask)
        if not outcome.proceed:
            self.window.close()
            return
        if self._reopen is not None:
            self._reopen()  # a new empty file, or a backup older than the program: brought up to the schema
        self.window.reload_after_restore()
        if outcome.banner:
            self.window.add_banner(outcome.banner, BannerKind.WARNING)

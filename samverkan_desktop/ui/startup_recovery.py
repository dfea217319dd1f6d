"""Start-up with a damaged database: the file is moved aside untouched and the newest good backup is offered.

Never overwritten, never silently replaced by an empty database: an empty one only when the user chooses it."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from .. import APP_NAME
from ..safety import StartupHealth, restore_into_place, startup_check
from .dialogs.backups_dialog import human_size, local_time


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

"""Opening a meeting of 40 written-up items in the editor, the way the GUI does it.

The main window is built once on the database; each run calls ``group_page.open_meeting(id)`` (what the
meetings tab, the follow-up page and the decision log call), lets one round of events paint the window, and
closes and deletes the editor again so that the next run builds a new one. No baseline: the target is on the
time itself.
"""

from __future__ import annotations

from collections.abc import Callable

from samverkan_desktop.db.uow import UnitOfWork
from samverkan_desktop.infra.config import Settings

from .probes import timed


def main_window(uow: UnitOfWork):
    from PySide6.QtWidgets import QApplication

    from samverkan_desktop.app import settle_heap
    from samverkan_desktop.ui.main_window import MainWindow

    window = MainWindow(uow, Settings())
    window.show()
    _ = window.group_page  # built when a group is first shown; a person opens a meeting from a shown group
    QApplication.processEvents()
    settle_heap()  # as the app does once its window is up
    return window


def opener(window, meeting_id: int) -> Callable[[], object]:
    from PySide6.QtWidgets import QApplication

    def open_meeting() -> object:
        editor = window.group_page.open_meeting(meeting_id)
        QApplication.processEvents()
        return editor

    return open_meeting


def close_editor(window, meeting_id: int) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    editor = window.group_page.editors.pop(meeting_id, None)
    if editor is not None:
        editor.close()
        editor.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def measure(window, meeting_id: int, runs: int, warmup: int = 1) -> list[float]:
    """Seconds per opening after ``warmup`` openings; the editor is checked to show all 40 items (a failed open
    is no sample)."""
    return measure_first_and_again(window, meeting_id, runs, warmup)[1]


def measure_first_and_again(window, meeting_id: int, runs: int, warmup: int = 1) -> tuple[float, list[float]]:
    """The first opening in this window (the editor's modules, the meeting's pages and the first statements all
    new) and the openings after ``warmup`` more."""
    open_meeting = opener(window, meeting_id)
    first, samples = None, []
    for round_ in range(1 + warmup + runs):
        elapsed = timed(open_meeting)
        editor = window.group_page.editors[meeting_id]
        if not editor.isVisible() or editor.agenda_model.rowCount() == 0:
            raise RuntimeError(f"the editor of meeting {meeting_id} did not open with its items")
        close_editor(window, meeting_id)
        if round_ == 0:
            first = elapsed
        elif round_ > warmup:
            samples.append(elapsed)
    return first, samples


def profile_target(window, meeting_id: int) -> Callable[[], object]:
    open_meeting = opener(window, meeting_id)

    def once() -> None:
        open_meeting()
        close_editor(window, meeting_id)

    return once

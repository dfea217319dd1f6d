"""Work off the GUI thread: exports and publishing (LibreOffice takes seconds) run in a thread of their own,
report progress through signals and can be stopped between two documents."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..domain.errors import DomainError
from ..infra.logging_setup import describe
from .error_reporting import report_for_support, show_error

log = logging.getLogger(__name__)

# work(progress) -> result, where progress(done, total, what) returns False when the user stopped it
Work = Callable[[Callable[[int, int, str], bool]], object]


class BackgroundTask(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    crashed = Signal(str, str)  # an unexpected error (before ``failed``): what happened, the report for support

    def __init__(self, work: Work, parent=None, *, cancel_event: threading.Event | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.cancelled = False
        # Set on Stop too, for work that waits on a program (LibreOffice) and must kill it, not wait for it.
        self.cancel_event = cancel_event or threading.Event()

    def cancel(self) -> None:
        self.cancelled = True
        self.cancel_event.set()

    def _progress(self, done: int, total: int, what: str) -> bool:
        self.progressed.emit(done, total, what)
        return not self.cancelled

    def run(self) -> None:
        try:
            result = self.work(self._progress)
        except DomainError as error:
            self.failed.emit(error.message)
        except Exception as error:  # a worker must never die silently: into the log, and say what happened
            log.exception("background task failed")
            what = describe(error)
            self.crashed.emit(what, report_for_support(type(error), error, error.__traceback__))
            self.failed.emit(QCoreApplication.translate("BackgroundTask", "Unexpected error: %1").replace("%1", what))
        else:
            self.succeeded.emit(result)


class ProgressRunner(QObject):
    """Runs ``work`` in a thread under a progress dialog (Stop takes effect between two documents).

    Lives in the GUI thread: the task's signals reach its slots through queued connections, so the
    callbacks always run on the GUI thread. An unexpected error (not a DomainError) is shown in the ErrorDialog
    instead of through ``on_failure``; then ``on_crash`` runs, for a caller that has to tidy up either way."""

    def __init__(self, parent: QWidget, title: str, work: Work, on_success: Callable[[Any], object],
                 on_failure: Callable[[str], object], *, can_stop: bool = True,
                 on_crash: Callable[[], None] | None = None, cancel_event: threading.Event | None = None) -> None:
        super().__init__(parent)
        self.on_success, self.on_failure, self.on_crash = on_success, on_failure, on_crash
        self.crash: tuple[str, str] | None = None
        self.dialog = QProgressDialog(title, QCoreApplication.translate("BackgroundTask", "Stop"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setMinimumDuration(300)  # quick exports finish before a dialog flashes up
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.task = BackgroundTask(work, self, cancel_event=cancel_event)
        self.task.progressed.connect(self._progressed)
        self.task.succeeded.connect(self._succeeded)
        self.task.crashed.connect(self._crashed)
        self.task.failed.connect(self._failed)
        self.dialog.canceled.connect(self.task.cancel)
        if not can_stop:  # one step that cannot be interrupted (a backup, a restore): no Stop that does nothing
            self.dialog.setCancelButton(None)
        self.task.start()

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, what: str) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        if what:
            self.dialog.setLabelText(what)

    def _finish(self) -> None:
        self.task.wait()
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.deleteLater()

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._finish()
        self.on_success(result)

    @Slot(str, str)
    def _crashed(self, what: str, report: str) -> None:
        self.crash = (what, report)  # ``failed`` follows from the same thread, so in this order

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._finish()
        if self.crash is None:
            self.on_failure(message)
            return
        parent = self.parent()
        show_error(*self.crash, parent if isinstance(parent, QWidget) else None)
        if self.on_crash is not None:
            self.on_crash()

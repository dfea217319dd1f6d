"""Long work under a progress dialog: exports and publishing (LibreOffice takes seconds), verification, backups.
The work runs on ``operations.ServiceOp``'s worker path (in ``long_work_pool()``), reports progress through it and
can be stopped between two documents; a refusal and an unexpected error are said as everywhere else."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from .operations import ServiceOp, long_work_pool

# work(progress) -> result, where progress(done, total, what) returns False when the user stopped it
Work = Callable[[Callable[[int, int, str], bool]], object]


class ProgressRunner(QObject):
    """Runs ``work`` in a worker under a progress dialog (Stop takes effect between two documents).

    Lives in the GUI thread: the callbacks always run on the GUI thread, after the dialog has closed. A refusal
    (a DomainError) is said as everywhere (a warning box titled ``failure_title``, and the status bar), or goes to
    ``on_failure(message)`` where one is given; an unexpected error is shown in the ErrorDialog instead (and
    logged), then ``on_crash`` runs, for a caller that has to tidy up either way. ``op`` is the ServiceOp: its
    ``cancel()`` is Stop, its ``wait()`` waits for the work to leave."""

    def __init__(self, parent: QWidget, title: str, work: Work, on_success: Callable[[Any], object],
                 on_failure: Callable[[str], object] | None = None, *, failure_title: str = "", can_stop: bool = True,
                 on_crash: Callable[[], None] | None = None, cancel_event: threading.Event | None = None) -> None:
        super().__init__(parent)
        self.dialog = QProgressDialog(title, QCoreApplication.translate("BackgroundTask", "Stop"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setMinimumDuration(300)  # quick exports finish before a dialog flashes up
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.op = ServiceOp(parent, work, title=failure_title, progress=True, cancel_event=cancel_event)
        self.op.setParent(self)
        self.op.progressed.connect(self._progressed)
        self.op.arrived.connect(self._close_dialog)
        self.op.success(on_success)
        if on_failure is not None:
            self.op.failure(lambda error: on_failure(error.message))
        if on_crash is not None:
            self.op.crash(on_crash)
        self.op.finished.connect(self.deleteLater)
        self.dialog.canceled.connect(self.op.cancel)
        if not can_stop:  # one step that cannot be interrupted (a backup, a restore): no Stop that does nothing
            self.dialog.setCancelButton(None)
        self.op.run_in_background(long_work_pool())

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, what: str) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        if what:
            self.dialog.setLabelText(what)

    @Slot()
    def _close_dialog(self) -> None:
        self.op.wait()  # the worker has left the work (it emitted its outcome last)
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()

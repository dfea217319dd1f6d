"""The GUI's side of the support log: Qt's own messages into it, and an unexpected error shown in ErrorDialog.

``gui_error_handling`` is entered once by app.py after the QApplication exists. Inside it, an exception that no
one caught, in the GUI thread (``sys.excepthook``) or in any other thread (``threading.excepthook``), is logged and
then shown in an ErrorDialog on the GUI thread; the program goes on running. A worker of ``ui/background.py``
that fails unexpectedly shows the same dialog through its ProgressRunner.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Qt, QtMsgType, QUrl, Signal, Slot, qInstallMessageHandler
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget

from ..infra.logging_setup import crash_report, current_log_file, default_log_folder, describe, support_log
from .dialogs.error_dialog import ErrorDialog

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(kind: QtMsgType, context, message: str) -> None:
    """Qt's qDebug/qWarning/… into the log, under the logger "qt" (and its category, when Qt names one)."""
    category = getattr(context, "category", None)
    logger = qt_log.getChild(category) if category and category != "default" else qt_log
    logger.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def report_for_support(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    return crash_report(exc_type, exc, tb, extra=(f"PySide6 {pyside_version}",))


def show_error(what: str, report: str, parent: QWidget | None = None) -> None:
    """The ErrorDialog for an error already logged (modal; the caller's work has ended)."""
    ErrorDialog(what, report, current_log_file(), parent or QApplication.activeWindow()).exec()


class ErrorReporter(QObject):
    """Receives uncaught exceptions from any thread and shows them, one dialog at a time, on the GUI thread."""

    _reported = Signal(str, str, str)  # what happened, the report, where it happened

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Always queued, also from the GUI thread: the dialog opens once the failed slot has unwound.
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.showing = False
        self._seen: set[str] = set()

    def report(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        """Safe from any thread; the exception has been logged by the hook already."""
        self._reported.emit(describe(exc), report_for_support(exc_type, exc, tb), _where(exc_type, tb))

    @Slot(str, str, str)
    def _show(self, what: str, report: str, where: str) -> None:
        # One dialog at a time, and one per place: an error in a paint event would otherwise come back each time
        # the dialog closes. The log has every one.
        if self.showing or where in self._seen:
            return
        self._seen.add(where)
        self.showing = True
        try:
            show_error(what, report)
        finally:
            self.showing = False


def _where(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """The exception's type and the line it was raised at: the same error from the same place is one error."""
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    place = f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}" if tb is not None else "?"
    return f"{exc_type.__qualname__} {place}"


@contextlib.contextmanager
def gui_error_handling(*, debug: bool = False, folder: Path | None = None) -> Iterator[ErrorReporter]:
    """The support log with Qt's messages and the error dialog, for the duration of the block."""
    reporter = ErrorReporter()
    with support_log(debug=debug, folder=folder, on_error=reporter.report):
        previous = qInstallMessageHandler(qt_message_handler)
        try:
            yield reporter
        finally:
            qInstallMessageHandler(previous)


def open_log_folder() -> bool:
    """Hjälp → Öppna loggmappen: the folder of the current log file (made if missing) in the file manager."""
    log_file = current_log_file()
    folder = log_file.parent if log_file is not None else default_log_folder()
    with contextlib.suppress(OSError):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

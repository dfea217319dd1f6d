"""The one way from a widget to a service (in the spirit of Anki's ``aqt/operations``).

``perform(parent, op)`` runs a short service call on the GUI thread; ``ServiceOp(parent, op).run_in_background()``
runs a long one in a worker of the global QThreadPool (``op`` then opens its own unit of work, for example
through ``uow.for_another_thread()``). Both say a refusal the same way:

- a ``DomainError`` becomes a Swedish message at the action, ``at(error)`` where the caller gives one (the field
  of a form, the pane's error line), else a warning box over ``parent``; the message goes to the window's
  status bar as well, so it is said where the user looks;
- an unexpected error goes to the existing error reporting: on the GUI thread it propagates to the hook of
  ``error_reporting.gui_error_handling`` (logged, shown in the ErrorDialog); in a worker it is logged and shown in
  the ErrorDialog on the GUI thread. Never a traceback in a message box.

After a change succeeded, ``changes`` (what changed: meetings, groups, the register, cases, follow-up lists) goes out
on the ``ChangeHub`` (``ui/changes.py``, re-exported here); pages ``subscribe`` to it and refresh what concerns
them instead of calling each other's ``refresh``.

A long call (an export, a verification, a backup) takes ``progress=True``: ``op(report)`` is called with
``report(done, total, what) -> bool``, which shows as ``progressed`` on the GUI thread and answers False once
``cancel()`` was called; ``cancel_event`` is set then too, for work that waits on a program rather than reporting.
``cancel(drop=True)`` also says nothing more of the op (a search replaced by a newer one). ``wait()`` waits for the
worker to leave ``op`` (closing a window, tests); ``settle()`` also takes its outcome at once (the autosave, before
the save that must follow it). Long work goes to ``long_work_pool()``, so that it never holds a
thread of the global pool that searches use.

``lookup(op)`` is for a read whose refusal is an answer rather than a message (a meeting deleted meanwhile, a group
not in a restored database): ``Done(result)`` or None, nothing said.

``refuse(parent, text)`` says a refusal that comes as text, not as a DomainError (a file that cannot be read), in the
same display: every warning box of the UI goes through it."""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from ..domain.errors import DomainError
from ..infra.logging_setup import describe
from .changes import ChangeHub, Changes, application_child, change_hub, notify, subscribe
from .error_reporting import report_for_support, show_error

__all__ = ["ChangeHub", "Changes", "Done", "ServiceOp", "change_hub", "long_work_pool", "lookup", "notify",
           "perform", "refuse", "said_on", "say_refusal", "show_in_status_bar", "subscribe"]

log = logging.getLogger(__name__)

T = TypeVar("T")


# -- saying a refusal ----------------------------------------------------------------------------------------
def show_in_status_bar(widget: QWidget | None, message: str, timeout: int = 10000) -> None:
    """The message in the status bar of ``widget``'s window, if that window has one."""
    window = widget.window() if widget is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, timeout)


def refuse(parent: QWidget | None, text: str, *, title: str = "", status: str | None = None,
           status_timeout: int = 10000) -> None:
    """The one error display: a warning box over ``parent`` and ``status`` (by default the text's first line) in
    the window's status bar. For a refusal that comes as text (a file that cannot be read, a verification's
    problems); ``say_refusal`` says a DomainError the same way."""
    show_in_status_bar(parent, status if status is not None else
                       next((line for line in text.splitlines() if line.strip()), text), status_timeout)
    QMessageBox.warning(parent, title or QCoreApplication.translate("operations", "Could not be done"), text)


def say_refusal(parent: QWidget | None, error: DomainError, *, title: str = "",
                at: Callable[[DomainError], object] | None = None) -> None:
    """The one display of a refusal: at the action (``at``) where given, else a warning box; and the status bar."""
    if at is not None:
        show_in_status_bar(parent, error.message)
        at(error)
    else:
        refuse(parent, error.message, title=title)


def said_on(label: QLabel, style: str | None = None) -> Callable[[DomainError], None]:
    """``at=`` for a refusal said on a line next to the action (a wizard page's problem line, a dialog that stays
    open): the label shows the message, in ``style`` where given."""
    def say(error: DomainError) -> None:
        if style is not None:
            label.setStyleSheet(style)
        label.setText(error.message)
        label.show()
    return say


@dataclass(frozen=True)
class Done(Generic[T]):
    """A service call that succeeded, with its result (truthy, also when the result is None)."""

    value: T


def perform(parent: QWidget | None, op: Callable[[], T], *, title: str = "",
            at: Callable[[DomainError], object] | None = None,
            changes: Changes | Callable[[T], Changes | None] | None = None) -> Done[T] | None:
    """Run ``op`` on the GUI thread: ``Done(result)``, or None after the refusal was said. ``changes`` (or
    ``changes(result)``) goes out on the hub after a success. Unexpected errors propagate to the error hook."""
    try:
        value = op()
    except DomainError as error:
        say_refusal(parent, error, title=title, at=at)
        return None
    _announce(changes, value)
    return Done(value)


def lookup(op: Callable[[], T]) -> Done[T] | None:
    """A read whose refusal is an answer, not something to say (the meeting was deleted meanwhile): ``Done(result)``
    or None. Unexpected errors propagate to the error hook as with ``perform``."""
    try:
        return Done(op())
    except DomainError:
        return None


def _announce(changes: Changes | Callable[[Any], Changes | None] | None, value: object) -> None:
    what = changes(value) if callable(changes) else changes
    if what is not None:
        notify(what)


# -- in a worker ---------------------------------------------------------------------------------------------
class _WorkerSignals(QObject):
    succeeded = Signal(object)
    refused = Signal(object)  # the DomainError
    crashed = Signal(str, str)  # what happened, the report for support
    progressed = Signal(int, int, str)  # done, total, what


def long_work_pool() -> QThreadPool:
    """The pool for work that takes seconds or minutes (exports, verification, backups, the quick check): one of
    its own, so that the global pool stays free for the searches typed meanwhile. A child of the QApplication."""
    def make(app: QObject) -> QThreadPool:
        pool = QThreadPool(app)
        pool.setMaxThreadCount(8)
        return pool

    return application_child(QThreadPool, "long_work_pool", make)


def _work(op: Callable[[], object], signals: _WorkerSignals, outcome: list[tuple[Any, ...]]) -> None:
    """The worker's side: run ``op``, put the outcome in ``outcome`` (for ``settle``) and report it through
    ``signals`` (queued to the GUI thread)."""
    try:
        result = op()
    except DomainError as error:
        outcome.append(("refused", error))
        signals.refused.emit(error)
    except Exception as error:  # a worker must never die silently: into the log, and the error dialog
        log.exception("operation in a worker failed")
        crash = (describe(error), report_for_support(type(error), error, error.__traceback__))
        outcome.append(("crashed", *crash))
        signals.crashed.emit(*crash)
    else:
        outcome.append(("succeeded", result))
        signals.succeeded.emit(result)


# Each running job's signals, held here until the pool has let go of the job, so that the last reference to a
# QObject made on the GUI thread is dropped on the GUI thread (never in the worker, nor while it still emits),
# whatever happened to the widget that started it.
_RUNNING: list[tuple[_WorkerSignals, weakref.ref]] = []


def _keep_until_done(signals: _WorkerSignals, job: Callable[[], None]) -> None:
    if not _RUNNING:
        QTimer.singleShot(20, _reap)
    _RUNNING.append((signals, weakref.ref(job)))


def _reap() -> None:
    _RUNNING[:] = [(signals, job) for signals, job in _RUNNING if job() is not None]
    if _RUNNING:
        QTimer.singleShot(20, _reap)


class ServiceOp(QObject):
    """A service call with the common error display and change notification, on the GUI thread (``run``) or in a
    worker (``run_in_background``). Callbacks run on the GUI thread. Emits ``finished`` last, whatever happened::

        ServiceOp(self, lambda: search(uow.for_another_thread(), wanted)).success(self.show_rows).run_in_background()
    """

    succeeded = Signal(object)
    refused = Signal(str)  # the message, however it was said
    progressed = Signal(int, int, str)  # done, total, what (``progress=True``)
    arrived = Signal()  # the outcome is here, before anything of it is said (a progress dialog closes now)
    finished = Signal()

    def __init__(self, parent: QWidget, op: Callable[..., Any], *, title: str = "",
                 changes: Changes | Callable[[Any], Changes | None] | None = None, progress: bool = False,
                 cancel_event: threading.Event | None = None) -> None:
        super().__init__(parent)
        self.parent_widget, self.op, self.title, self.changes = parent, op, title, changes
        self.progress = progress
        self.cancel_event = cancel_event or threading.Event()
        self.started = self.ended = False
        self.done = threading.Event()  # set when ``op`` has returned or raised, on whatever thread
        self.dropped = False
        self._on_success: Callable[[Any], object] | None = None
        self._on_failure: Callable[[DomainError], object] | None = None
        self._on_crash: Callable[[], None] | None = None
        self._crash_dialog = True
        self._outcome: list[tuple[Any, ...]] = []  # the worker's outcome, once it has one
        self._taken = False  # the outcome has been said (by its signal or by ``settle``)
        self._on_cancel: list[Callable[[], None]] = []

    def success(self, callback: Callable[[Any], object]) -> ServiceOp:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[DomainError], object]) -> ServiceOp:
        """Say a refusal at the action with ``callback(error)`` instead of a warning box."""
        self._on_failure = callback
        return self

    def crash(self, callback: Callable[[], None], *, dialog: bool = True) -> ServiceOp:
        """Tidy up after an unexpected error (the ErrorDialog has been shown). ``dialog=False``: the error is logged
        and ``callback`` says it (an autosave that would fail at every pause in typing says so once)."""
        self._on_crash, self._crash_dialog = callback, dialog
        return self

    def when_cancelled(self, hook: Callable[[], None]) -> ServiceOp:
        """Call ``hook`` (on the GUI thread) when the op is cancelled, for example to stop a running query."""
        self._on_cancel.append(hook)
        return self

    @property
    def running(self) -> bool:
        """Started, and its outcome not yet said (a window that closes meanwhile stays until it has been)."""
        return self.started and not self.ended

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def cancel(self, *, drop: bool = False) -> None:
        """Ask the op to stop: ``report`` answers False from now on, ``cancel_event`` is set and the hooks run.
        What the op then returns still reaches ``success`` (the op decides what stopping means), unless ``drop``:
        then nothing more is said or called of it."""
        self.dropped = self.dropped or drop
        if self.cancel_event.is_set():
            return
        self.cancel_event.set()
        for hook in self._on_cancel:
            hook()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Wait for ``op`` to return in its worker; True when it has."""
        return self.done.wait(timeout_s)

    def settle(self) -> None:
        """Wait for the worker and take its outcome now, on the GUI thread, rather than when its signal arrives
        (a save that must come after this one); the signal then finds it taken."""
        self.wait()
        self._take()

    def report(self, done: int, total: int, what: str = "") -> bool:
        """Progress from ``op`` on the GUI thread (``run``); False once cancelled."""
        self.progressed.emit(done, total, what)
        return not self.cancel_event.is_set()

    def run(self) -> bool:
        """On the GUI thread, now; True when it succeeded."""
        self.started = True
        try:
            value = self.op(self.report) if self.progress else self.op()
        except DomainError as error:
            self.done.set()
            self.arrived.emit()
            self._say(error)
            return False
        except BaseException:
            self.done.set()
            raise
        else:
            self.done.set()
            self.arrived.emit()
            self._succeeded(value)
            return True
        finally:
            self._end()

    def run_in_background(self, pool: QThreadPool | None = None) -> None:
        """In a worker of ``pool`` (the global pool by default; ``long_work_pool()`` for work of seconds); the
        result comes back through queued signals."""
        self.started = True
        signals = _WorkerSignals()  # no parent: it must outlive this object while the job runs
        queued = Qt.ConnectionType.QueuedConnection
        signals.succeeded.connect(self._worker_succeeded, queued)
        signals.refused.connect(self._worker_refused, queued)
        signals.crashed.connect(self._worker_crashed, queued)
        signals.progressed.connect(self._worker_progressed, queued)
        op, cancel_event, done = self.op, self.cancel_event, self.done
        if self.progress:
            given = op

            def report(done_count: int, total: int, what: str = "") -> bool:
                signals.progressed.emit(done_count, total, what)
                return not cancel_event.is_set()

            def op() -> object:
                return given(report)

        outcome = self._outcome

        def job() -> None:
            try:
                _work(op, signals, outcome)
            finally:
                done.set()
        # A plain callable: the pool's own runnable holds it (and so ``op`` and ``signals``) until it has run.
        _keep_until_done(signals, job)
        (pool or QThreadPool.globalInstance()).start(job)

    def _say(self, error: DomainError) -> None:
        self.refused.emit(error.message)
        say_refusal(self.parent_widget, error, title=self.title, at=self._on_failure)

    def _succeeded(self, value: object) -> None:
        _announce(self.changes, value)
        self.succeeded.emit(value)
        if self._on_success is not None:
            self._on_success(value)

    def _end(self) -> None:
        # Not deleteLater(): an op stays a child of its widget (two small QObjects) and goes with it; deleting it
        # here raced the pool thread's last reference to the job in the tests (a crash in ~QObject).
        self.ended = True
        self.finished.emit()

    @Slot(int, int, str)
    def _worker_progressed(self, done: int, total: int, what: str) -> None:
        if not self.dropped:
            self.progressed.emit(done, total, what)

    @Slot(object)
    def _worker_succeeded(self, _value: object) -> None:
        self._take()

    @Slot(object)
    def _worker_refused(self, _error: DomainError) -> None:
        self._take()

    @Slot(str, str)
    def _worker_crashed(self, _what: str, _report: str) -> None:
        self._take()

    def _take(self) -> None:
        """Say the worker's outcome, once (its signal or ``settle``, whichever comes first)."""
        if self._taken or not self._outcome:
            return
        self._taken = True
        kind, *details = self._outcome[0]
        try:
            if self.dropped:  # a crash was logged by the worker; nobody waits for this op any more
                return
            self.arrived.emit()
            if kind == "succeeded":
                self._succeeded(details[0])
            elif kind == "refused":
                self._say(details[0])
            else:
                if self._crash_dialog:
                    show_error(details[0], details[1], self.parent_widget)
                if self._on_crash is not None:
                    self._on_crash()
        finally:
            self._end()


"""Long work off the GUI thread: ProgressRunner runs it on ServiceOp's worker path, hands the outcome back on the
GUI thread, stops when asked and tidies up after itself."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QPushButton, QWidget

from samverkan_desktop.domain.errors import StorageError
from samverkan_desktop.ui.background import ProgressRunner


def test_progress_runner_calls_on_success_on_the_gui_thread_and_cleans_up(qtbot, qapp):
    parent = QWidget()
    qtbot.addWidget(parent)
    worker_threads: list[QThread] = []
    seen: list[tuple[object, bool]] = []
    finished: list[bool] = []
    failures: list[str] = []

    def work(progress):
        worker_threads.append(QThread.currentThread())
        progress(1, 1, "Klart")
        return 42

    def on_success(result):
        seen.append((result, QThread.currentThread() == qapp.thread()))
        finished.append(op.done.is_set() and not dialog.isVisible())

    runner = ProgressRunner(parent, "Exporterar…", work, on_success, failures.append)
    op, dialog = runner.op, runner.dialog
    assert dialog.windowTitle() == "Exporterar…" and dialog.findChild(QPushButton).text() == "Avbryt"
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [(42, True)]
    assert failures == []
    assert worker_threads and worker_threads[0] != qapp.thread()  # the work itself ran elsewhere
    assert finished == [True]  # the thread had ended and the dialog was gone before the callback ran
    # Runner, op and progress dialog are deleted once control returns to the event loop.
    qtbot.waitUntil(lambda: not shiboken6.isValid(runner) and not shiboken6.isValid(dialog)
                    and not shiboken6.isValid(op), timeout=2000)


def test_progress_runner_reports_a_failure_on_the_gui_thread(qtbot, qapp):
    parent = QWidget()
    qtbot.addWidget(parent)
    failures: list[tuple[str, bool]] = []

    def work(_progress):
        raise StorageError("Det går inte att skriva i mappen /webb.")

    runner = ProgressRunner(parent, "Publicerar…", work, lambda result: failures.append(("lyckades?!", False)),
                            lambda message: failures.append((message, QThread.currentThread() == qapp.thread())))
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert failures == [("Det går inte att skriva i mappen /webb.", True)]
    qtbot.waitUntil(lambda: not shiboken6.isValid(runner), timeout=2000)


def test_stop_in_the_progress_dialog_cancels_the_task(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    started, go_on = threading.Event(), threading.Event()
    results: list[object] = []

    def work(progress):
        progress(0, 2, "Första")
        started.set()
        assert go_on.wait(5)
        return progress(1, 2, "Andra")

    runner = ProgressRunner(parent, "Publicerar…", work, results.append, results.append)
    assert started.wait(5)
    stop = runner.dialog.findChild(QPushButton)
    assert stop.text() == "Avbryt"
    stop.click()
    assert runner.op.cancelled
    go_on.set()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == [False]


def test_stop_sets_the_event_that_work_waiting_on_a_program_watches(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    stop_event = threading.Event()
    started = threading.Event()
    results: list[object] = []

    def work(_progress):  # like a LibreOffice conversion: it waits on the event, not on progress()
        started.set()
        return stop_event.wait(5)

    runner = ProgressRunner(parent, "Publicerar…", work, results.append, results.append, cancel_event=stop_event)
    assert started.wait(5)
    runner.dialog.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == [True] and stop_event.is_set()


def test_without_on_failure_a_refusal_is_said_once_in_the_common_box_titled_as_asked(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMainWindow, QMessageBox

    window = QMainWindow()
    qtbot.addWidget(window)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *rest: shown.append((title, text)))

    def work(_progress):
        raise StorageError("Det går inte att skriva i mappen /webb.")

    runner = ProgressRunner(window, "Publicerar…", work, lambda result: None, failure_title="Kunde inte publiceras")
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == [("Kunde inte publiceras", "Det går inte att skriva i mappen /webb.")]
    assert window.statusBar().currentMessage() == "Det går inte att skriva i mappen /webb."
    assert not shiboken6.isValid(runner.dialog) or not runner.dialog.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(runner), timeout=2000)

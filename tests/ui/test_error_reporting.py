"""An error nobody expected, in the GUI thread or in a worker, reaches the support log and is shown in the
ErrorDialog; Qt's own warnings reach the log too."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QTimer, QUrl, qWarning
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMenu, QWidget

from samverkan_desktop.infra.logging_setup import FILE_NAME
from samverkan_desktop.ui import error_reporting
from samverkan_desktop.ui.background import ProgressRunner
from samverkan_desktop.ui.dialogs.error_dialog import ErrorDialog
from samverkan_desktop.ui.error_reporting import gui_error_handling

# The hooks of gui_error_handling replace pytest-qt's own capture inside each test (and put it back after).
pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def shown(monkeypatch) -> list[ErrorDialog]:
    """ErrorDialogs opened, with exec patched so that the modal does not block."""
    dialogs: list[ErrorDialog] = []

    def fake_exec(dialog: ErrorDialog) -> int:
        dialogs.append(dialog)
        return 0

    monkeypatch.setattr(ErrorDialog, "exec", fake_exec)
    return dialogs


def log_text(folder) -> str:
    path = folder / FILE_NAME
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_an_exception_in_the_gui_thread_is_logged_and_shown(qtbot, tmp_path, shown):
    def slot_that_fails():
        raise ZeroDivisionError("division med noll i mötesvyn")

    with gui_error_handling(folder=tmp_path):
        QTimer.singleShot(0, slot_that_fails)
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
        text = log_text(tmp_path)
    assert "Unexpected error" in text and "Traceback" in text
    assert "ZeroDivisionError: division med noll i mötesvyn" in text
    [dialog] = shown
    assert dialog.windowTitle() == "Oväntat fel"
    assert "ZeroDivisionError: division med noll i mötesvyn" in dialog.what_label.text()
    assert str(tmp_path / FILE_NAME) in dialog.log_label.text()


def test_an_exception_in_a_plain_thread_is_logged_and_shown_on_the_gui_thread(qtbot, tmp_path, shown):
    def work():
        raise RuntimeError("kontrollen av säkerhetskopian föll")

    with gui_error_handling(folder=tmp_path):
        thread = threading.Thread(target=work, name="backup-check")
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    text = log_text(tmp_path)
    assert "Unexpected error in thread backup-check" in text
    assert "RuntimeError: kontrollen av säkerhetskopian föll" in text
    assert "RuntimeError" in shown[0].what_label.text()


def test_an_exception_in_the_apps_worker_is_logged_and_shown_instead_of_the_failure_message(qtbot, tmp_path,
                                                                                           shown):
    parent = QWidget()
    qtbot.addWidget(parent)
    failures: list[str] = []
    tidied: list[bool] = []

    def work(_progress):
        raise KeyError("mall för kallelse")

    with gui_error_handling(folder=tmp_path):
        runner = ProgressRunner(parent, "Exporterar…", work, lambda result: None, failures.append,
                                on_crash=lambda: tidied.append(True))
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
        qtbot.waitUntil(lambda: not shiboken6.isValid(runner), timeout=2000)
    text = log_text(tmp_path)
    assert "operation in a worker failed" in text and "KeyError: 'mall för kallelse'" in text and "Traceback" in text
    assert failures == []  # one dialog, not the error dialog and a warning box
    assert tidied == [True]
    assert "KeyError" in shown[0].what_label.text()
    assert "Traceback" in shown[0].report


def test_copy_report_puts_a_scrubbed_report_on_the_clipboard(qtbot, qapp, tmp_path, shown):
    def slot_that_fails():
        raise ValueError("kunde inte nå anna.berg@vgregion.se på 0701-23 45 67")

    with gui_error_handling(folder=tmp_path):
        QTimer.singleShot(0, slot_that_fails)
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert dialog.copy_button.text() == "Kopiera rapport"
    dialog.copy_button.click()
    report = qapp.clipboard().text()
    assert report.startswith("Samverkan Desktop ") and "PySide6" in report
    assert "Traceback" in report and "ValueError" in report
    assert "anna.berg" not in report and "23 45 67" not in report
    assert "[e-postadress borttagen]" in report
    assert "anna.berg" not in dialog.what_label.text()
    assert "kopierad" in dialog.status.text()
    assert "anna.berg" not in log_text(tmp_path)


def test_only_one_dialog_at_a_time(qtbot, tmp_path, monkeypatch):
    """An error while the dialog is open (or from the dialog) is logged, not stacked in a second dialog."""
    opened: list[str] = []

    def fake_exec(dialog: ErrorDialog) -> int:
        opened.append(dialog.report)
        QTimer.singleShot(0, lambda: (_ for _ in ()).throw(OSError("andra felet")))
        qtbot.wait(50)
        return 0

    monkeypatch.setattr(ErrorDialog, "exec", fake_exec)
    with gui_error_handling(folder=tmp_path):
        QTimer.singleShot(0, lambda: (_ for _ in ()).throw(OSError("första felet")))
        qtbot.waitUntil(lambda: "andra felet" in log_text(tmp_path), timeout=5000)
    assert len(opened) == 1


def test_qt_warnings_reach_the_log(qtbot, tmp_path):
    with gui_error_handling(folder=tmp_path, debug=True):
        qWarning("QFont::setPointSizeF: Point size <= 0 (-1.000000), must be greater than 0")
    text = log_text(tmp_path)
    assert "WARNING" in text and " qt " in text and "QFont::setPointSizeF" in text


def test_help_menu_opens_the_log_folder(qtbot, main_window, tmp_path, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    [action] = [a for a in main_window.findChildren(QAction) if a.text() == "Öppna loggmappen"]
    [help_menu] = [m for m in main_window.menuBar().findChildren(QMenu) if m.title() == "&Hjälp"]
    assert action in help_menu.actions()
    with gui_error_handling(folder=tmp_path / "loggar"):
        action.trigger()
    assert [url.toLocalFile() for url in opened] == [str(tmp_path / "loggar")]
    action.trigger()  # no log set up: the default folder in the data folder, made for the occasion
    assert opened[-1].toLocalFile() == str(error_reporting.default_log_folder())
    assert error_reporting.default_log_folder().is_dir()


def test_the_same_error_from_the_same_place_opens_one_dialog_and_is_logged_each_time(qtbot, tmp_path, shown):
    def paint_that_fails(number: int):
        raise AttributeError(f"'NoneType' object has no attribute 'title' ({number})")

    with gui_error_handling(folder=tmp_path):
        for number in range(3):
            QTimer.singleShot(0, lambda number=number: paint_that_fails(number))
        qtbot.waitUntil(lambda: log_text(tmp_path).count("AttributeError: 'NoneType'") == 3, timeout=5000)
        qtbot.wait(50)
    assert len(shown) == 1

"""ui/dialogs/error_dialog.py: an unexpected error in plain words, where the log is, the report to copy, the
details behind a button, and the log folder opened (tests/ui/test_error_reporting.py: when it is shown)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from samverkan_desktop.infra.logging_setup import FILE_NAME
from samverkan_desktop.ui.dialogs.error_dialog import ErrorDialog


def test_it_says_what_happened_and_where_the_log_is(qtbot, tmp_path) -> None:
    log = tmp_path / "logs" / FILE_NAME
    dialog = ErrorDialog("KeyError: 'x'", "rapport", log)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Oväntat fel"
    assert dialog.what_label.text() == "Vad som hände: KeyError: 'x'"
    assert dialog.log_label.text() == f"Loggen finns här: {log}"
    assert not dialog.details.isVisibleTo(dialog) and dialog.details.isReadOnly()


def test_without_a_log_file_it_says_so_and_cannot_open_a_folder(qtbot) -> None:
    dialog = ErrorDialog("OSError", "rapport", None)
    qtbot.addWidget(dialog)
    assert dialog.log_label.text() == "Loggen finns här: ingen loggfil kunde skrivas"
    assert not dialog.open_button.isEnabled()
    dialog.open_log_folder()  # nothing to open, and no error


def test_copying_puts_the_whole_report_on_the_clipboard_and_says_so(qtbot, tmp_path) -> None:
    dialog = ErrorDialog("KeyError", "rad 1\nrad 2", tmp_path / FILE_NAME)
    qtbot.addWidget(dialog)
    assert dialog.status.text() == ""
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "rad 1\nrad 2"
    assert dialog.status.text() == ("Rapporten är kopierad: klistra in den i ett e-postmeddelande till din "
                                    "IT-support.")


def test_the_dialog_opens_the_log_folder(qtbot, tmp_path, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = ErrorDialog("KeyError: 'x'", "rapport", tmp_path / "logs" / FILE_NAME)
    qtbot.addWidget(dialog)
    assert dialog.open_button.text() == "Öppna loggmappen"
    dialog.open_button.click()
    assert [url.toLocalFile() for url in opened] == [str(tmp_path / "logs")]
    dialog.details_button.click()
    assert dialog.details.isVisibleTo(dialog) and dialog.details.toPlainText() == "rapport"

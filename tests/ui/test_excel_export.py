"""Lists to Excel: the file asked for gets .xlsx, the workbook is written off the GUI thread, and the user is told
where it went or why it did not; cancelling the file dialog writes nothing. (The register's workbook itself:
tests/services/test_register_import.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from samverkan_desktop.domain.errors import StorageError
from samverkan_desktop.ui import excel_export


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def said(monkeypatch) -> list[tuple[str, str, str]]:
    messages: list[tuple[str, str, str]] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text: messages.append(("info", title, text)))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: messages.append(("warning", title, text)))
    return messages


@pytest.mark.parametrize(("chosen", "expected"), [
    ("/tmp/register", "/tmp/register.xlsx"), ("/tmp/register.XLSX", "/tmp/register.XLSX"), ("", None)])
def test_the_file_asked_for_ends_in_xlsx(parent, monkeypatch, chosen, expected):
    asked = []

    def dialog(_parent, caption, suggested, file_filter):
        asked.append((caption, Path(suggested).name, file_filter))
        return chosen, file_filter
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    target = excel_export.ask_xlsx_target(parent, "Exportera registret", "register.xlsx")
    assert target == (Path(expected) if expected else None)
    assert asked[0][:2] == ("Exportera registret", "register.xlsx") and "*.xlsx" in asked[0][2]


def test_the_workbook_is_written_off_the_gui_thread_and_the_user_told_where(qtbot, qapp, parent, said, tmp_path):
    threads = []

    def write(target: Path) -> Path:
        threads.append(QThread.currentThread())
        target.write_bytes(b"PK")
        return target

    runner = excel_export.export_to_excel(parent, "Exportera", "lista.xlsx", write, tmp_path / "lista.xlsx")
    assert runner is not None
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert said == [("info", "Exporterad", f"Sparad i {tmp_path / 'lista.xlsx'}.")]
    assert threads and threads[0] is not qapp.thread()


def test_a_refused_write_is_said_as_a_warning(qtbot, parent, said, tmp_path):
    def write(_target: Path) -> Path:
        raise StorageError("Filen är öppen i Excel.")

    excel_export.export_to_excel(parent, "Exportera", "lista.xlsx", write, tmp_path / "lista.xlsx")
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert said == [("warning", "Kunde inte exporteras", "Filen är öppen i Excel.")]


def test_cancelling_the_file_dialog_writes_nothing(parent, monkeypatch, said):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: ("", ""))
    written = []
    assert excel_export.export_to_excel(parent, "Exportera", "lista.xlsx", written.append) is None
    assert written == [] and said == []

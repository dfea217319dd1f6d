"""Lists to Excel from their views (the register, actions, anchoring): ask where, then build and write the
workbook off the GUI thread under a progress dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .background import ProgressRunner
from .folders import documents_folder


def ask_xlsx_target(parent: QWidget, caption: str, file_name: str) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(parent, caption, str(documents_folder() / file_name),
                                                  QCoreApplication.translate("ExcelExport", "Excel workbook (*.xlsx)"))
    if not chosen:
        return None
    return Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")


def export_to_excel(parent: QWidget, caption: str, file_name: str, write: Callable[[Path], Path],
                    target: Path | None = None) -> ProgressRunner | None:
    """Ask for the file (unless ``target`` is given), then run ``write(target)`` in a thread; says where it went."""
    target = target or ask_xlsx_target(parent, caption, file_name)
    if target is None:
        return None
    translate = QCoreApplication.translate
    exported, saved = translate("ExcelExport", "Exported"), translate("ExcelExport", "Saved to %1.")
    failed = translate("ExcelExport", "Could not be exported")
    return ProgressRunner(
        parent, translate("ExcelExport", "Exporting…"), lambda _progress: write(target),
        lambda path: QMessageBox.information(parent, exported, saved.replace("%1", str(path))), failure_title=failed)


def write_register(uow) -> Callable[[Path], Path]:
    def work(target: Path) -> Path:
        from ..export.register_workbook import write_register_xlsx
        from ..services.register_export import register_tables

        return write_register_xlsx(register_tables(uow), target)

    return work

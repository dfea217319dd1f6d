"""The preview of old minutes from Word: what was recognised, before anything is saved; Import or Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...services import UnitOfWork
from ...services.legacy_minutes import MinutesImportPlan, MinutesImportResult, import_minutes
from ..models.minutes_import_model import MinutesImportModel
from ..operations import perform


class ImportMinutesDialog(QDialog):
    def __init__(self, uow: UnitOfWork, plan: MinutesImportPlan, original: bytes,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow, self.plan, self.original = uow, plan, original
        self.result_value: MinutesImportResult | None = None
        self.setWindowTitle(self.tr("Import minutes from Word"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("This is what was recognised in %1. Importing creates a held meeting in %2 with "
                               "the minutes as a draft, and keeps the document as an attachment. Nothing has been "
                               "saved yet.").replace("%1", plan.minutes.file_name).replace("%2", plan.group_name),
                       self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = MinutesImportModel(plan, self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.tree.setColumnWidth(0, 330)
        self.tree.expandToDepth(0)
        layout.addWidget(self.tree, 1)
        if plan.unmatched:
            warning = QLabel(self.tr("%1 names match no member of the group; they are left out of the attendance.")
                             .replace("%1", str(len(plan.unmatched))), self)
            warning.setWordWrap(True)
            layout.addWidget(warning)
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.import_now)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def import_now(self) -> None:
        imported = perform(self, lambda: import_minutes(self.uow, self.plan, self.original), title=self.windowTitle())
        if imported is None:
            return
        self.result_value = imported.value
        self.accept()

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableView, QVBoxLayout, QWidget

from ...services import UnitOfWork, audit
from ..i18n import format_datetime
from ..models.table_model import Column, DtoTableModel


def history_model(parent=None) -> DtoTableModel[audit.AuditEntry]:
    return DtoTableModel([
        Column(QCoreApplication.translate("HistoryDialog", "When"), lambda e: format_datetime(e.at)),
        Column(QCoreApplication.translate("HistoryDialog", "Who"), lambda e: e.actor),
        Column(QCoreApplication.translate("HistoryDialog", "What"), lambda e: f"{e.entity} {e.action}"),
        Column(QCoreApplication.translate("HistoryDialog", "Details"), lambda e: e.summary or ""),
        Column(QCoreApplication.translate("HistoryDialog", "Login"), lambda e: e.login or ""),
    ], parent)


class HistoryDialog(QDialog):
    """The meeting's audit trail, read-only."""

    def __init__(self, uow: UnitOfWork, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of the meeting"))
        self.model = history_model(self)
        self.model.set_rows(audit.meeting_history(uow, meeting_id))
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(900, 480)

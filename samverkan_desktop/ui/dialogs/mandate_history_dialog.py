"""Every version of a group's mandate (uppdragshandling), newest first, with the chosen version's text: the way
in to mandates.mandate_history. Read-only: a revision is made in the mandate dialog."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QSplitter, QTableView, QTextBrowser, QVBoxLayout, QWidget

from ...services import UnitOfWork, mandates
from ...services.dto import MandateDTO
from ..i18n import format_date
from ..models.table_model import Column, DtoTableModel


def _count(m: MandateDTO) -> str:
    if m.meetings_min is None and m.meetings_max is None:
        return "—"
    return f"{m.meetings_min if m.meetings_min is not None else '…'}–" \
           f"{m.meetings_max if m.meetings_max is not None else '…'}"


def mandate_version_model(parent=None) -> DtoTableModel[MandateDTO]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("MandateHistoryDialog", text)

    return DtoTableModel([
        Column(tr("Version"), lambda m: str(m.version)),
        Column(tr("Decided"), lambda m: format_date(m.decided_on) or "—"),
        Column(tr("Decided by"), lambda m: m.decided_by or "—"),
        Column(tr("Registry reference"), lambda m: m.reference or "—"),
        Column(tr("Meetings per year"), _count),
        Column(tr("Saved"), lambda m: format_date(m.created_at.date())),
    ], parent)


class MandateHistoryDialog(QDialog):
    def __init__(self, uow: UnitOfWork, group_id: int, group_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mandate history: %1").replace("%1", group_name))
        self.model = mandate_version_model(self)
        self.model.set_rows(mandates.mandate_history(uow, group_id))
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.resizeColumnsToContents()
        self.text = QTextBrowser(self)
        self.view.selectionModel().currentRowChanged.connect(lambda current, _previous: self.show_version(
            current.row()))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        self.resize(760, 520)
        if self.model.rowCount():
            self.view.selectRow(0)
        else:
            self.text.setPlainText(self.tr("No mandate recorded."))

    def show_version(self, row: int) -> None:
        m = self.model.row_at(row)
        if m is None:
            return
        heading = self.tr("Version %1").replace("%1", str(m.version))
        parts = [f"<h3>{escape(heading)}</h3>"]
        facts = [(self.tr("Commissioned by"), m.commissioned_by or "—"),
                 (self.tr("Chair's term"), self.tr("%1 months").replace("%1", str(m.chair_term_months))
                  if m.chair_term_months else "—"),
                 (self.tr("Revised"), ", ".join(format_date(d) for d in m.revision_dates) or "—")]
        parts.append("".join(f"<p><b>{escape(k)}:</b> {escape(v)}</p>" for k, v in facts))
        for heading, body in ((self.tr("Purpose"), m.purpose), (self.tr("Assignment"), m.assignment)):
            if body:
                parts.append(f"<h4>{escape(heading)}</h4><p>{escape(body).replace(chr(10), '<br>')}</p>")
        self.text.setHtml("".join(parts))

"""Publish every approved, not yet published minutes since a date: where to, and whether PDF too (with which
converter, or why there is no PDF)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ...domain.errors import ValidationError
from ...services import UnitOfWork, publication
from ..folders import existing_or_documents
from ..operations import lookup
from ..widgets.date_field import DateField
from ..widgets.form_dialog import FormDialog


@dataclass(frozen=True)
class PublishRequest:
    since: date | None
    folder: Path
    with_pdf: bool


class PublishDialog(FormDialog):
    def __init__(self, uow: UnitOfWork, pdf_reason: str | None, parent: QWidget | None = None, *,
                 today: date | None = None, folder: str = "", pdf_via: str | None = None) -> None:
        super().__init__(self.tr("Publish approved minutes"), parent)
        self.uow = uow
        today = today or date.today()
        self.since = DateField("since", self)
        self.since.set_value(date(today.year, 1, 1))
        self.since.textChanged.connect(self._count)
        self.add_row(self.tr("Meetings from"), self.since, "since")
        self.folder = QLineEdit(existing_or_documents(folder), self)  # never a folder that is not there
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self._choose_folder)
        row = QWidget(self)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.folder)
        row_layout.addWidget(choose)
        self.folder_row = self.add_row(self.tr("Folder"), row, "folder")
        self.pdf = QCheckBox(self.tr("Also save as PDF"), self)
        self.pdf.setChecked(pdf_reason is None)
        self.pdf.setEnabled(pdf_reason is None)
        self.add_row("", self.pdf)
        # Why there is no PDF, or which program makes it (LibreOffice, or Word where LibreOffice is missing).
        self.pdf_reason = QLabel(pdf_reason or pdf_via or "", self)
        self.pdf_reason.setWordWrap(True)
        self.pdf_reason.setMinimumWidth(400)  # a wrapped label would otherwise take half the column
        self.pdf_reason.setVisible(bool(pdf_reason or pdf_via))
        self.add_row("", self.pdf_reason)
        self.waiting = QLabel(self)
        self.add_row("", self.waiting)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Publish"))
        self.resize(560, self.sizeHint().height())
        self._count()

    def _count(self) -> None:
        counted = lookup(lambda: publication.awaiting_publication(self.uow, self.since.value()))
        if counted is None:  # a date still being typed: OK stays enabled so that it can say what is wrong
            self.waiting.setText("")
            self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(True)
            return
        waiting = counted.value
        self.waiting.setText(self.tr("Approved minutes waiting to be published: %1").replace("%1", str(len(waiting))))
        self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(bool(waiting))

    def _choose_folder(self) -> None:
        typed = Path(self.folder.text().strip()).expanduser()  # the folder typed, or the one it would be made in
        start = existing_or_documents(str(typed if typed.is_dir() or not self.folder.text().strip() else typed.parent))
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Publish to folder"), start)
        if chosen:
            self.folder.setText(chosen)

    def save(self) -> PublishRequest:
        since = self.since.value()
        text = self.folder.text().strip()
        if not text:
            raise ValidationError("Välj mappen som filerna ska publiceras i.", field="folder")
        folder = Path(text).expanduser()
        if folder.exists() and not folder.is_dir():
            raise ValidationError(f"{folder} är en fil, inte en mapp.", field="folder")
        return PublishRequest(since, folder, self.pdf.isChecked())

"""The attachments of one agenda item: attach a file, open one, save a copy, remove one.

The content lives in the database (services.attachments); opening writes a checked copy into a temporary folder of
this session and hands it to the desktop's program for that kind of file.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...export.files import write_atomically
from ...services import UnitOfWork, attachments
from ...services.meeting_dto import AttachmentDTO
from ..models.meeting_models import attachment_model
from ..operations import perform
from .disabled_reason import explain

_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]')
_opened: list[tempfile.TemporaryDirectory[str]] = []  # made at the first Öppna, removed when the program ends


def opened_copies_folder() -> Path:
    """This session's folder for copies handed to other programs. It outlives the editor that opened them (a
    viewer may start reading after the editor closed) and goes when the program ends."""
    if not _opened:
        _opened.append(tempfile.TemporaryDirectory(prefix="samverkan-bilagor-", ignore_cleanup_errors=True))
    return Path(_opened[0].name)


def _holds(path: Path, content: bytes) -> bool:
    try:
        return path.stat().st_size == len(content) and path.read_bytes() == content
    except OSError:
        return False


def safe_file_name(name: str) -> str:
    """``name`` usable as a file name on Windows, macOS and Linux (the stored name is whatever the user had)."""
    cleaned = _UNSAFE.sub("_", name).strip(" .") or "bilaga"
    return cleaned[:150]


class AttachmentList(QWidget):
    """Emits ``changed`` after an attachment was added or removed, ``failed(message)`` when something was refused."""

    changed = Signal()
    failed = Signal(str)

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow = uow
        self.item_id: int | None = None
        self.editable = True
        # How a written copy is opened; tests replace it.
        self.opener: Callable[[Path], bool] = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.model = attachment_model(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name; the size fits its text
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setMaximumHeight(120)
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.attach_button = QPushButton(self.tr("Attach file…"), self)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.attach_button.clicked.connect(self.attach_file)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        for button in (self.attach_button, self.open_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self._update_buttons()

    def show_attachments(self, item_id: int | None, rows: list[AttachmentDTO]) -> None:
        self.item_id = item_id
        self.model.set_rows(rows)
        self._update_buttons()

    def set_editable(self, editable: bool) -> None:
        """Off (approved or cancelled minutes): attachments can be opened and saved, not added or removed."""
        self.editable = editable
        self._update_buttons()

    def selected(self) -> AttachmentDTO | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        locked = self.tr("The minutes are approved or the meeting cancelled: attachments can be opened and saved, "
                         "not added or removed.")
        choose = self.tr("Choose an attachment in the list first.")
        explain(self.attach_button, self.item_id is not None and self.editable,
                locked if self.item_id is not None else self.tr("Choose an agenda item first."))
        explain(self.open_button, chosen, choose)
        explain(self.save_button, chosen, choose)
        explain(self.remove_button, chosen and self.editable, locked if chosen else choose)

    def attach_file(self) -> None:
        item_id = self.item_id
        if item_id is None:
            return
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Attach file"))
        if path and self._run(lambda: attachments.add_attachment(self.uow, item_id, Path(path))):
            self.changed.emit()

    def _read(self, chosen: AttachmentDTO) -> attachments.AttachmentContent | None:
        return self._run(lambda: attachments.read_attachment(self.uow, chosen.id))

    def open_selected(self) -> Path | None:
        """Writes a checked copy into this session's temporary folder and opens it; returns the copy's path."""
        chosen = self.selected()
        read = self._read(chosen) if chosen is not None else None
        if read is None:
            return None
        target = opened_copies_folder() / read.attachment.sha256[:16] / safe_file_name(read.attachment.file_name)
        # Opened before and still as it was: opened again as it is (Windows refuses to replace a file a viewer holds).
        if not _holds(target, read.content) and self._run(lambda: write_atomically(target, read.content)) is None:
            return None
        if not self.opener(target):
            self.failed.emit(self.tr("No program on this computer opens %1.").replace("%1", target.name))
        return target

    def save_selected(self) -> Path | None:
        chosen = self.selected()
        if chosen is None:
            return None
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save attachment"), safe_file_name(chosen.file_name))
        read = self._read(chosen) if path else None
        if read is None:
            return None
        return self._run(lambda: write_atomically(Path(path), read.content))

    def remove_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or not self.editable:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove attachment"),
            self.tr("Remove %1 from the item? This cannot be undone.").replace("%1", chosen.file_name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._run(lambda: attachments.remove_attachment(self.uow, chosen.id)) is not None:
            self.changed.emit()

    def _run(self, action: Callable[[], object]):
        """The action's result; None when it was refused (the message goes out through ``failed``)."""
        done = perform(self, action, at=lambda error: self.failed.emit(error.message))
        if done is None:
            return None
        return True if done.value is None else done.value

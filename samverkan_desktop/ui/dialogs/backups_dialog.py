"""The list of backups: when each was taken, its size and why; take one now, or restore one with confirmation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.codes import BackupReason
from ..background import ProgressRunner
from ..i18n import STOCKHOLM, format_date
from ..models.table_model import Column, DtoTableModel
from ..operations import perform


class BackupLike(Protocol):
    @property
    def path(self) -> Path: ...

    @property
    def size(self) -> int: ...

    @property
    def reason(self) -> str: ...

    @property
    def taken_at(self): ...


class BackupSource(Protocol):
    """What the dialog needs of ``safety.BackupKeeper``: kept as a protocol so the UI does not import the db layer."""

    @property
    def folder(self) -> Path | None: ...  # None: not a database file (the dialog is offered only for one)

    def list(self) -> list: ...

    def backup(self, reason: str): ...

    def restore(self, path: Path): ...


def human_size(size: int) -> str:
    """Sizes the Swedish way: 1,2 MB, 640 kB."""
    for unit, factor in (("GB", 1024 ** 3), ("MB", 1024 ** 2), ("kB", 1024)):
        if size >= factor:
            return f"{size / factor:.1f} {unit}".replace(".", ",")
    return f"{size} B"


def local_time(info: BackupLike) -> str:
    moment = info.taken_at.astimezone(STOCKHOLM)
    return f"{format_date(moment.date())} {moment:%H:%M}"


class BackupsDialog(QDialog):
    restored = Signal(object)  # the safety backup of what the restore replaced

    def __init__(self, source: BackupSource, parent: QWidget | None = None, *,
                 before_restore: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self._before_restore = before_restore
        self.runner: ProgressRunner | None = None
        self.setWindowTitle(self.tr("Backups"))
        self.reasons: dict[str, str] = {
            BackupReason.MANUAL: self.tr("taken by hand"),
            BackupReason.CLOSING: self.tr("when the program closed"),
            BackupReason.PERIODIC: self.tr("automatic, after changes"),
            BackupReason.BEFORE_APPROVAL: self.tr("before an approval"),
            BackupReason.BEFORE_PUBLICATION: self.tr("before a publication"),
            BackupReason.BEFORE_RESTORE: self.tr("before a restore"),
        }
        self.model: DtoTableModel = DtoTableModel([
            Column(self.tr("Taken"), local_time),
            Column(self.tr("Size"), lambda b: human_size(b.size)),
            Column(self.tr("Why"), self.reason_text,
                   tooltip=lambda b: str(b.path)),
        ], self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.setWordWrap(False)
        self.view.doubleClicked.connect(lambda _index: self.restore_selected())
        self.folder_label = QLabel(self.tr("Folder: %1").replace("%1", str(source.folder)), self)
        self.folder_label.setWordWrap(True)
        self.empty_label = QLabel(self.tr("No backups yet."), self)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.take_button = QPushButton(self.tr("Back up now"), self)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.open_button = QPushButton(self.tr("Open folder"), self)
        for button in (self.take_button, self.restore_button, self.open_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.take_button.clicked.connect(self.take_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.source.folder))))
        buttons.rejected.connect(self.reject)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.resize(620, 420)
        self.reload()

    def reason_text(self, info: BackupLike) -> str:
        if info.reason in self.reasons:
            return self.reasons[info.reason]
        if info.reason.startswith("före-") and info.reason[5:].isdigit():  # named by the schema version it preceded
            return self.tr("before a database upgrade")
        return info.reason

    def reload(self) -> None:
        listed = perform(self, self.source.list, title=self.windowTitle())
        self.model.set_rows(listed.value if listed is not None else [])
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self._update_buttons()

    def selected(self) -> BackupLike | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        busy = self.runner is not None
        self.restore_button.setEnabled(self.selected() is not None and not busy)
        self.take_button.setEnabled(not busy)

    def take_now(self) -> None:
        self._run(self.tr("Backing up…"), lambda: self.source.backup(BackupReason.MANUAL), self._taken)

    def _taken(self, info: object) -> None:
        self.reload()
        if info is not None:
            self.view.selectRow(0)

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore backup"),
            self.tr("Restore the database to the backup from %1?\n\nEverything changed since then is replaced. "
                    "A backup of the database as it is now is taken first, so this can be undone.")
            .replace("%1", local_time(chosen)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._before_restore is not None and not self._before_restore():
            return
        self._run(self.tr("Restoring…"), lambda: self.source.restore(chosen.path), self._restored)

    def _restored(self, safety: object) -> None:
        self.reload()
        where = getattr(safety, "path", None)
        text = self.tr("The database is restored.")
        if where is not None:
            text += " " + self.tr("What it replaced is kept as a backup: %1").replace("%1", Path(where).name)
        QMessageBox.information(self, self.tr("Restore backup"), text)
        self.restored.emit(safety)

    def _run(self, title: str, work: Callable[[], object], done: Callable[[object], None]) -> None:
        """Backups of a large database take seconds: off the GUI thread, under a progress dialog."""
        def settle() -> None:  # whatever the outcome, before it is said
            self.runner = None
            self._update_buttons()

        self.runner = ProgressRunner(self, title, lambda _progress: work(), done, failure_title=self.windowTitle(),
                                     can_stop=False)
        self.runner.op.arrived.connect(settle)
        self._update_buttons()

"""Unsaved minutes text from an earlier session: write it back into its agenda item, copy it, or throw it away."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError, NotFoundError
from ...infra.recovery import RecoveryEntry, RecoveryStore
from ...services import UnitOfWork, agenda, meetings, minutes
from ..i18n import STOCKHOLM, format_date, format_datetime
from ..models.table_model import Column, DtoTableModel
from ..operations import lookup, perform


def full_text(entry: RecoveryEntry) -> str:
    """Notes, then the decision clauses, as they would be pasted back."""
    return "\n\n".join(part for part in (entry.notes, entry.decision_text) if part.strip())


class RecoveryDialog(QDialog):
    """Lists the recovery entries; each one is restored, copied or discarded. Closes itself when none are left."""

    def __init__(self, uow: UnitOfWork, store: RecoveryStore, entries: list[RecoveryEntry],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow = uow
        self.store = store
        self.restored: list[RecoveryEntry] = []
        self.setWindowTitle(self.tr("Unsaved text from last time"))
        self.resize(760, 460)
        self._meeting_labels = {e.meeting_id: self._meeting_label(e.meeting_id) for e in entries}
        intro = QLabel(self.tr("This text was typed but could not be saved to the database. Restore it into its "
                               "agenda item, or discard it."), self)
        intro.setWordWrap(True)
        self.model: DtoTableModel[RecoveryEntry] = DtoTableModel([
            Column(self.tr("Meeting"), lambda e: self._meeting_labels.get(e.meeting_id, "")),
            Column(self.tr("Item"), lambda e: e.item_title),
            Column(self.tr("Typed"), lambda e: format_datetime(e.saved_at)),
            Column(self.tr("Text"), lambda e: e.preview(), full_text),
        ], self)
        self.model.set_rows(entries)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(lambda _current, _previous: self._show_current())
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.copy_button = QPushButton(self.tr("Copy text"), self)
        self.discard_button = QPushButton(self.tr("Discard"), self)
        self.close_button = QPushButton(self.tr("Decide later"), self)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_current)
        self.copy_button.clicked.connect(self.copy_current)
        self.discard_button.clicked.connect(self.discard_current)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.restore_button, self.copy_button, self.discard_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        if entries:
            self.view.selectRow(0)
        self._show_current()
        self.resize(760, max(460, self.sizeHint().height()))  # the text shown whole; never beyond the screen

    def _meeting_label(self, meeting_id: int) -> str:
        found = lookup(lambda: meetings.get_meeting(self.uow, meeting_id))
        if found is None:
            return self.tr("(meeting no longer exists)")
        meeting = found.value
        return f"{meeting.group_name} {format_date(meeting.starts_at.astimezone(STOCKHOLM).date())}"

    def current_entry(self) -> RecoveryEntry | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        entry = self.current_entry()
        self.preview.setPlainText(full_text(entry) if entry else "")
        for button in (self.restore_button, self.copy_button, self.discard_button):
            button.setEnabled(entry is not None)

    def _say(self, text: str, problem: bool) -> None:
        self.message.setStyleSheet("color: #c62828;" if problem else "color: #2e7d32;")
        self.message.setText(text)
        self.message.show()

    def restore_current(self) -> bool:
        """Write the text back into the same agenda item. If that cannot be done, say why; the entry stays and
        its text can be copied."""
        entry = self.current_entry()
        if entry is None:
            return False
        problem = self._why_not_restorable(entry)
        if problem is not None:
            self._cannot_restore(problem)
            return False
        if perform(self, lambda: minutes.save_text(self.uow, entry.item_id, entry.notes, entry.decision_text),
                   at=lambda error: self._cannot_restore(error.message)) is None:
            return False
        self.restored.append(entry)
        self._forget(entry)
        self._say(self.tr("The text is back in “%1”.").replace("%1", entry.item_title), problem=False)
        return True

    def _cannot_restore(self, problem: str) -> None:
        """The entry stays, and its text can be copied."""
        self._say(problem + " " + self.tr("Use “Copy text” and paste it where it belongs."), problem=True)

    def _why_not_restorable(self, entry: RecoveryEntry) -> str | None:
        refusals: list[DomainError] = []
        found = perform(self, lambda: agenda.get_item(self.uow, entry.item_id), at=refusals.append)
        if found is None:
            if isinstance(refusals[0], NotFoundError):
                return self.tr("The agenda item “%1” no longer exists.").replace("%1", entry.item_title)
            return refusals[0].message
        item = found.value
        # Without a known database the ids may belong to another file: the title must match as well.
        if item.meeting_id != entry.meeting_id or (not entry.database and item.title != entry.item_title):
            return self.tr("The agenda item “%1” is not in this database.").replace("%1", entry.item_title)
        return None

    def copy_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            QGuiApplication.clipboard().setText(full_text(entry))
            self._say(self.tr("The text is on the clipboard."), problem=False)

    def discard_current(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Discard text"),
            self.tr("Throw away the unsaved text of “%1”? It cannot be brought back.").replace("%1", entry.item_title))
        if answer == QMessageBox.StandardButton.Yes:
            self._forget(entry)
            self.message.hide()

    def _forget(self, entry: RecoveryEntry) -> None:
        self.store.discard(entry.meeting_id, entry.item_id, entry.database)
        rows = [e for e in self.model.rows() if e is not entry]
        self.model.set_rows(rows)
        if rows:
            self.view.selectRow(0)
        self._show_current()
        if not rows:
            self.accept()


def offer_recovery(parent: QWidget | None, uow: UnitOfWork, store: RecoveryStore, database_identity: str) -> int:
    """At start-up: if text from an earlier session waits for this database, show the dialog. Returns how many
    entries were written back. Entries of other databases stay for when that database is opened."""
    entries = [e for e in store.pending() if e.database in (database_identity, "")]
    if not entries:
        return 0
    dialog = RecoveryDialog(uow, store, entries, parent)
    dialog.exec()
    return len(dialog.restored)

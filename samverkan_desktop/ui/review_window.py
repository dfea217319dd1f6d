"""Review mode: a chair reads minutes from a review file, without any database, comments and approves."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import ValidationError
from ..domain.minutes_hash import short_hash
from ..domain.review_file import RECEIPT_SUFFIX, ItemComment, Receipt, ReviewFile, dump_receipt
from ..domain.signing import utc_iso
from ..export.files import write_atomically
from ..infra.config import data_dir
from ..services.keystore import KeyStore
from . import accessibility, window_geometry
from .dialogs.passphrase_dialog import PassphraseDialog
from .dialogs.signing_key_dialog import SigningKeyDialog
from .minutes_html import minutes_html
from .operations import perform
from .widgets.combos import ChoiceCombo

Index = QModelIndex | QPersistentModelIndex


class CommentTableModel(QAbstractTableModel):
    """The review file's items with an editable comment column."""

    PARAGRAPH, TITLE, COMMENT = range(3)

    def __init__(self, items: list[dict], parent=None) -> None:
        super().__init__(parent)
        self._items = items
        self._comments = [""] * len(items)
        self._headers = ["§", self.tr("Item"), self.tr("Comment")]

    def comments(self) -> tuple[ItemComment, ...]:
        return tuple(ItemComment(i["position"], i.get("paragraph"), i["title"], c.strip())
                     for i, c in zip(self._items, self._comments, strict=True) if c.strip())

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.COMMENT else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        item = self._items[index.row()]
        return {self.PARAGRAPH: f"§ {item.get('paragraph')}" if item.get("paragraph") else "",
                self.TITLE: item["title"], self.COMMENT: self._comments[index.row()]}.get(index.column())

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.COMMENT or role != Qt.ItemDataRole.EditRole:
            return False
        self._comments[index.row()] = str(value)
        self.dataChanged.emit(index, index)
        return True


class ReviewWindow(QMainWindow):
    """The receipt is signed with the chair's own key from this user's data folder (``store``)."""

    def __init__(self, review: ReviewFile, source: Path | None = None, parent: QWidget | None = None,
                 store: KeyStore | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.source = source
        self.store = store or KeyStore.in_data_folder(data_dir())
        self.setWindowTitle(self.tr("Review: %1, %2").replace("%1", review.group_name).replace(
            "%2", review.meeting_on))
        self.resize(1200, 800)
        info = QLabel(self.tr("Review mode: no database is open. Checksum of these minutes: %1").replace(
            "%1", short_hash(review.content_hash)), self)
        info.setWordWrap(True)
        self.text = QTextBrowser(self)
        self.text.setHtml(minutes_html(review.content))
        self.model = CommentTableModel(list(review.content.get("items", [])), self)
        self.comment_view = QTableView(self)
        self.comment_view.setModel(self.model)
        self.comment_view.verticalHeader().hide()
        self.comment_view.horizontalHeader().setStretchLastSection(True)
        self.comment_view.resizeColumnsToContents()
        self.approver_combo = ChoiceCombo(self, none_label=self.tr("(choose your name)"))
        self.approver_combo.set_choices((a.name, a.person_id) for a in review.approvers)
        if len(review.approvers) == 1:
            self.approver_combo.set_value(review.approvers[0].person_id)
        self.key_combo = ChoiceCombo(self, none_label=self.tr("(no signing key)"))
        self.new_key_button = QPushButton(self.tr("Create signing key…"), self)
        self.new_key_button.clicked.connect(self.create_key)
        self.load_keys()
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Note to the secretary (optional)"))
        self.approve_button = QPushButton(self.tr("Approve and save receipt…"), self)
        self.comment_button = QPushButton(self.tr("Save comments without approving…"), self)
        self.approve_button.clicked.connect(lambda: self.save_receipt(approved=True))
        self.comment_button.clicked.connect(lambda: self.save_receipt(approved=False))
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(QLabel(self.tr("Comments per item"), self))
        right_layout.addWidget(self.comment_view)
        right_layout.addWidget(QLabel(self.tr("Approver"), self))
        right_layout.addWidget(self.approver_combo)
        right_layout.addWidget(QLabel(self.tr("Your signing key (the receipt is signed with it)"), self))
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_combo, 1)
        key_row.addWidget(self.new_key_button)
        right_layout.addLayout(key_row)
        right_layout.addWidget(self.note_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.comment_button)
        buttons.addWidget(self.approve_button)
        right_layout.addLayout(buttons)
        splitter = QSplitter(self)
        splitter.addWidget(self.text)
        splitter.addWidget(right)
        splitter.setSizes([700, 500])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(info)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(window_geometry.scrolling(central, self))
        window_geometry.install()
        accessibility.install()  # review mode opens no main window: named inputs and a visible focus here too

    def load_keys(self, select: str | None = None) -> None:
        keys = self.store.local_keys()
        self.key_combo.set_choices((f"{k.owner}, {k.fingerprint}", k.fingerprint) for k in keys)
        if select or len(keys) == 1:
            self.key_combo.set_value(select or keys[0].fingerprint)

    def create_key(self) -> None:
        person_id = self.approver_combo.value()
        name = next((a.name for a in self.review.approvers if a.person_id == person_id), "")
        dialog = SigningKeyDialog(self.store, name, self)
        if dialog.exec():
            dialog.show_result()
            self.load_keys(dialog.result_value.fingerprint)

    def signed(self, receipt: Receipt) -> Receipt | None:
        """The receipt signed with the chosen key (its passphrase asked for), or None if the chair cancels."""
        key = next((k for k in self.store.local_keys() if k.fingerprint == self.key_combo.value()), None)
        if key is None:
            raise ValidationError(self.tr("Choose your signing key, or create one: the receipt must be signed for the "
                                          "secretary to accept it."))
        what = (self.tr("You approve the minutes of %1, %2 (checksum %3) and sign the receipt.") if receipt.approved
                else self.tr("You sign your comments on the minutes of %1, %2 (checksum %3)."))
        signer = PassphraseDialog.ask(self.store, key, what.replace("%1", self.review.group_name).replace(
            "%2", self.review.meeting_on).replace("%3", short_hash(self.review.content_hash)), self)
        return receipt.signed_by(signer) if signer is not None else None

    def receipt(self, approved: bool) -> Receipt:
        person_id = self.approver_combo.value()
        approver = next((a for a in self.review.approvers if a.person_id == person_id), None)
        if approver is None:
            raise ValidationError(self.tr("Choose your name among those who may approve the minutes."))
        comments = self.model.comments()
        if not approved and not comments:
            raise ValidationError(self.tr("Write at least one comment, or approve the minutes."))
        return Receipt(self.review.meeting_id, self.review.group_name, self.review.meeting_on,
                       self.review.content_hash, approver, approved, comments, self.note_edit.text().strip(),
                       utc_iso(datetime.now(UTC)))

    def receipt_path(self) -> Path | None:
        folder = self.source.parent if self.source else Path.home()
        suggested = folder / f"kvitto {self.review.group_name} {self.review.meeting_on}{RECEIPT_SUFFIX}"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save receipt"), str(suggested),
                                                    self.tr("Receipts (*%1)").replace("%1", RECEIPT_SUFFIX))
        return Path(path) if path else None

    def save_receipt(self, approved: bool) -> Path | None:
        def save() -> Path | None:
            receipt = self.signed(self.receipt(approved))
            if receipt is None:
                return None
            path = self.receipt_path()
            if path is not None:
                write_atomically(path, dump_receipt(receipt))
            return path

        saved = perform(self, save, title=self.tr("Review"))
        if saved is None or saved.value is None:
            return None
        path = saved.value
        QMessageBox.information(self, self.tr("Review"), self.tr(
            "The receipt is saved as %1. Send it to the secretary.").replace("%1", path.name))
        return path

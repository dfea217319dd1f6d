"""A person's signing keys: the registered ones (current and replaced), and registering a new one from the public
key file the chair sent or from pasted text, with the fingerprint to compare by phone before registering."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.signing import parse_public_key
from ...services import UnitOfWork, signing
from ...services.keystore import MAX_KEY_FILE
from ..i18n import STOCKHOLM, format_date
from ..operations import perform, said_on


class PersonKeysDialog(QDialog):
    def __init__(self, uow: UnitOfWork, person_id: int, person_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow = uow
        self.person_id = person_id
        self.setWindowTitle(self.tr("Signing keys of %1").replace("%1", person_name))
        self.keys_label = QLabel(self)
        self.keys_label.setWordWrap(True)
        self.key_edit = QPlainTextEdit(self)
        self.key_edit.setPlaceholderText(self.tr("Paste the public key here, or import the file the key's owner "
                                                 "sent you."))
        self.key_edit.setMaximumHeight(140)
        self.key_edit.textChanged.connect(self.show_fingerprint)
        self.fingerprint_label = QLabel(self)
        self.fingerprint_label.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import file…"), self)
        self.register_button = QPushButton(self.tr("Register key"), self)
        self.import_button.clicked.connect(self.import_file)
        self.register_button.clicked.connect(self.register)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addStretch()
        buttons.addWidget(self.register_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.keys_label)
        layout.addWidget(QLabel(self.tr("New key (replaces the current one; earlier approvals stay valid):"), self))
        layout.addWidget(self.key_edit)
        layout.addWidget(self.fingerprint_label)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(620, 380)
        self.reload()
        self.show_fingerprint()

    def reload(self) -> None:
        keys = signing.keys_of(self.uow, self.person_id)
        if not keys:
            self.keys_label.setText(self.tr("No key registered: this person's approvals are unsigned."))
            return
        lines = []
        for key in keys:
            since = format_date(key.valid_from.astimezone(STOCKHOLM).date())
            until = format_date(key.valid_to.astimezone(STOCKHOLM).date()) if key.valid_to else None
            state = self.tr("current, since %1").replace("%1", since) if key.current else \
                self.tr("replaced, %1 – %2").replace("%1", since).replace("%2", until or "")
            lines.append(f"<tt>{escape(key.fingerprint)}</tt> ({escape(state)})")
        self.keys_label.setText(self.tr("Registered keys:") + "<br>" + "<br>".join(lines))

    def show_fingerprint(self) -> None:
        text = self.key_edit.toPlainText().strip()
        self.register_button.setEnabled(bool(text))
        if not text:
            self.fingerprint_label.setText("")
            return
        parsed = perform(self, lambda: parse_public_key(text), at=said_on(self.fingerprint_label))
        if parsed is None:
            self.register_button.setEnabled(False)
            return
        key = parsed.value
        self.fingerprint_label.setText(self.tr(
            "Fingerprint: <b><tt>%1</tt></b><br>Read it to the key's owner by phone: register the key only if "
            "theirs is the same.").replace("%1", key.fingerprint))

    def import_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import public key"), str(Path.home()),
                                                    self.tr("Public keys (*.pub *.pem *.txt)"))
        if not path:
            return
        try:
            if Path(path).stat().st_size > MAX_KEY_FILE:
                raise OSError("too large")
            self.key_edit.setPlainText(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            QMessageBox.warning(self, self.tr("Import public key"),
                                f"{Path(path).name} kan inte läsas som en publik nyckel.")

    def register(self) -> bool:
        registered = perform(self, lambda: signing.register_key(self.uow, self.person_id, self.key_edit.toPlainText()),
                             title=self.tr("Register key"))
        if registered is None:
            return False
        key = registered.value
        self.key_edit.clear()
        self.reload()
        QMessageBox.information(self, self.tr("Register key"), self.tr(
            "The key %1 is registered on %2.").replace("%1", key.fingerprint).replace("%2", key.person_name))
        return True

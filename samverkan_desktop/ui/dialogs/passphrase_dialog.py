"""Open one's signing key with its passphrase, at the moment of signing, showing what is signed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ...domain.signing import SigningKey
from ...services.keystore import KeyStore, LocalKey
from ..widgets.form_dialog import FormDialog


class PassphraseDialog(FormDialog):
    def __init__(self, store: KeyStore, key: LocalKey, what: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sign with your key"), parent)
        self.store = store
        self.key = key
        summary = QLabel(what, self)
        summary.setWordWrap(True)
        self.form.addRow(summary)
        self.add_row(self.tr("Key"), QLabel(f"{key.owner}, {key.fingerprint}", self))
        self.passphrase_edit = self.add_row(self.tr("Passphrase"), QLineEdit(self), "passphrase")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.resize(520, self.sizeHint().height())

    def save(self) -> SigningKey:
        return self.store.open(self.key, self.passphrase_edit.text())

    @classmethod
    def ask(cls, store: KeyStore, key: LocalKey, what: str, parent: QWidget | None = None) -> SigningKey | None:
        """The opened key, or None if the user cancels."""
        dialog = cls(store, key, what, parent)
        return dialog.result_value if dialog.exec() else None

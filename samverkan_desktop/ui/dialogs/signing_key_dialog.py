"""Create a personal signing key (chair, vice chair): a name to know it by, a passphrase twice. The private key
stays in this user's data folder, encrypted; the public key file and its fingerprint go to the secretary."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QMessageBox, QWidget

from ...domain.signing import MIN_PASSPHRASE
from ...services.keystore import KeyStore, LocalKey
from ..operations import refuse
from ..widgets.form_dialog import FormDialog


class SigningKeyDialog(FormDialog):
    def __init__(self, store: KeyStore, owner: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Create signing key"), parent)
        self.store = store
        intro = QLabel(self.tr(
            "Your signing key shows who approved minutes. The private key stays in this computer's data folder "
            "(%1), encrypted with your passphrase: nobody, not even the secretary, can sign in your name without "
            "it. Send the public key file to the secretary and read its fingerprint to them by phone.")
            .replace("%1", str(store.folder)), self)
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.owner_edit = self.add_row(self.tr("Your name"), QLineEdit(owner, self), "owner")
        self.passphrase_edit = self.add_row(self.tr("Passphrase"), QLineEdit(self), "passphrase")
        self.repeat_edit = self.add_row(self.tr("Passphrase again"), QLineEdit(self))
        for edit in (self.passphrase_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setPlaceholderText(self.tr("at least %1 characters, several words").replace(
            "%1", str(MIN_PASSPHRASE)))
        self.resize(560, self.sizeHint().height())

    def save(self) -> LocalKey:
        return self.store.create(self.owner_edit.text(), self.passphrase_edit.text(), self.repeat_edit.text())

    def show_result(self) -> None:
        """The fingerprint to read out, where the public key file is, and a copy saved where the user wants."""
        key: LocalKey = self.result_value
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Signing key created"), self.tr(
            "Fingerprint: %1\n\nThe public key is in %2. Send it to the secretary, who registers it on you; "
            "compare the fingerprint with them by phone.").replace("%1", key.fingerprint).replace(
            "%2", str(key.public_path)), parent=self.parentWidget())
        save = box.addButton(self.tr("Save a copy of the public key…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()
        if box.clickedButton() is save:
            self.save_public_copy(key)

    def save_public_copy(self, key: LocalKey) -> Path | None:
        suggested = Path.home() / f"signeringsnyckel {key.owner}.pub"
        path, _filter = QFileDialog.getSaveFileName(self.parentWidget(), self.tr("Save public key"),
                                                    str(suggested), self.tr("Public keys (*.pub)"))
        if not path:
            return None
        try:
            Path(path).write_bytes(key.public_path.read_bytes())
        except OSError as error:
            refuse(self.parentWidget(), f"{path}: {error.strerror}", title=self.tr("Save public key"))
            return None
        return Path(path)

"""ui/dialogs/passphrase_dialog.py: opening one's signing key at the moment of signing: what is signed and which
key are shown, a wrong passphrase keeps the dialog open with the reason at the field, and ``ask`` gives the
opened key or None."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit

from samverkan_desktop.services.keystore import KeyStore
from samverkan_desktop.ui.dialogs.passphrase_dialog import PassphraseDialog

PASSPHRASE = "tre gröna äpplen i korgen"


@pytest.fixture
def key(tmp_path):
    store = KeyStore(tmp_path / "keys")
    return store, store.create("Anna Berg", PASSPHRASE, PASSPHRASE)


def test_it_shows_what_is_signed_and_with_which_key(qtbot, key) -> None:
    store, local = key
    dialog = PassphraseDialog(store, local, "Du signerar godkännandet, kontrollsumma 3f2a-9c01-77be.")
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Du signerar godkännandet, kontrollsumma 3f2a-9c01-77be." in texts
    assert f"Anna Berg, {local.fingerprint}" in texts
    assert dialog.passphrase_edit.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.windowTitle() == "Signera med din nyckel"


def test_a_wrong_passphrase_keeps_the_dialog_open_with_the_reason(qtbot, key) -> None:
    store, local = key
    dialog = PassphraseDialog(store, local, "x")
    qtbot.addWidget(dialog)
    dialog.passphrase_edit.setText("fel fras helt och hållet")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.result_value is None
    assert dialog.error_text("passphrase")
    dialog.passphrase_edit.setText(PASSPHRASE)  # editing clears the old reason
    assert dialog.error_text("passphrase") == ""
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_value.fingerprint == local.fingerprint


@pytest.mark.parametrize("passphrase, opened", [(PASSPHRASE, True), (None, False)])
def test_ask_gives_the_opened_key_or_none(qtbot, key, monkeypatch, passphrase, opened) -> None:
    store, local = key

    def exec_(dialog) -> int:
        qtbot.addWidget(dialog)
        if passphrase is None:
            dialog.reject()
        else:
            dialog.passphrase_edit.setText(passphrase)
            dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PassphraseDialog, "exec", exec_)
    result = PassphraseDialog.ask(store, local, "x")
    assert (result.fingerprint == local.fingerprint) if opened else result is None

"""ui/dialogs/signing_key_dialog.py: creating a personal signing key (passphrase twice, its strength, the private
key kept private), the fingerprint shown afterwards, and saving a copy of the public key where the user wants."""

from __future__ import annotations

import stat
import sys

import pytest
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox

from samverkan_desktop.services.keystore import KeyStore
from samverkan_desktop.ui.dialogs.signing_key_dialog import SigningKeyDialog

PASSPHRASE = "tre gröna äpplen i korgen"


@pytest.fixture
def created(qtbot, tmp_path):
    store = KeyStore(tmp_path / "keys")
    dialog = SigningKeyDialog(store, "Anna Berg")
    qtbot.addWidget(dialog)
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.repeat_edit.setText(PASSPHRASE)
    dialog.accept()
    return dialog, dialog.result_value


def test_creating_a_key_checks_the_passphrase_and_keeps_the_private_key_private(qtbot, tmp_path) -> None:
    store = KeyStore(tmp_path / "keys")
    dialog = SigningKeyDialog(store, "Anna Berg")
    qtbot.addWidget(dialog)
    dialog.passphrase_edit.setText("kort")
    dialog.repeat_edit.setText("kort")
    dialog.accept()
    assert "minst 12 tecken" in dialog.error_text("passphrase") and not store.local_keys()
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.repeat_edit.setText(PASSPHRASE + "x")
    dialog.accept()
    assert "inte lika" in dialog.error_text("passphrase")
    dialog.repeat_edit.setText(PASSPHRASE)
    dialog.accept()
    (key,) = store.local_keys()
    assert dialog.result_value == key and key.owner == "Anna Berg"
    assert b"ENCRYPTED PRIVATE KEY" in key.private_path.read_bytes()
    if sys.platform != "win32":
        assert stat.S_IMODE(key.private_path.stat().st_mode) == 0o600
    assert store.open(key, PASSPHRASE).fingerprint == key.fingerprint


def test_the_intro_names_the_folder_and_the_placeholder_the_minimum(qtbot, tmp_path) -> None:
    store = KeyStore(tmp_path / "keys")
    dialog = SigningKeyDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Skapa signeringsnyckel"
    assert dialog.owner_edit.text() == ""
    assert "12" in dialog.passphrase_edit.placeholderText()
    assert dialog.passphrase_edit.echoMode() == dialog.repeat_edit.echoMode() == QLineEdit.EchoMode.Password


def test_the_result_shows_the_fingerprint_and_can_save_a_copy(created, tmp_path, monkeypatch) -> None:
    dialog, key = created
    shown = {}
    target = tmp_path / "kopia.pub"

    def exec_(box) -> int:
        shown["title"], shown["text"] = box.windowTitle(), box.text()
        save = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole)
        save.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.show_result()
    assert shown["title"] == "Signeringsnyckeln är skapad"
    assert key.fingerprint in shown["text"] and str(key.public_path) in shown["text"]
    assert target.read_bytes() == key.public_path.read_bytes()


def test_saving_a_copy_suggests_the_owners_name_and_may_be_cancelled(created, monkeypatch) -> None:
    dialog, key = created
    asked = []

    def ask(parent, title, suggested, filters):
        asked.append(suggested)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    assert dialog.save_public_copy(key) is None
    assert asked[0].endswith("signeringsnyckel Anna Berg.pub")


def test_a_copy_that_cannot_be_written_is_said(created, tmp_path, monkeypatch) -> None:
    dialog, key = created
    warnings = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "saknas" / "k.pub"), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    assert dialog.save_public_copy(key) is None
    assert warnings and warnings[0].startswith(str(tmp_path / "saknas" / "k.pub"))

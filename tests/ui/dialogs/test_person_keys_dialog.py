"""ui/dialogs/person_keys_dialog.py: a person's signing keys (current and replaced), and registering a new one
from its file or pasted text with the fingerprint to compare shown first."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from samverkan_desktop.domain.signing import SigningKey
from samverkan_desktop.services import signing
from samverkan_desktop.services.keystore import KeyStore
from samverkan_desktop.ui.dialogs.person_keys_dialog import PersonKeysDialog

PASSPHRASE = "tre gröna äpplen i korgen"


@pytest.fixture
def messages(monkeypatch):
    shown: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *args: shown.append(args[2]))
    return shown


def test_the_secretary_registers_a_key_from_its_file_seeing_the_fingerprint(qtbot, uow, register, tmp_path,
                                                                          monkeypatch, messages) -> None:
    key = KeyStore(tmp_path / "keys").create("Anna Berg", PASSPHRASE, PASSPHRASE)
    dialog = PersonKeysDialog(uow, register["anna"].id, "Anna Berg")
    qtbot.addWidget(dialog)
    assert "osignerade" in dialog.keys_label.text()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(key.public_path), ""))
    dialog.import_file()
    assert key.fingerprint in dialog.fingerprint_label.text() and dialog.register_button.isEnabled()
    assert dialog.register()
    assert key.fingerprint in dialog.keys_label.text()
    assert [k.fingerprint for k in signing.keys_of(uow, register["anna"].id)] == [key.fingerprint]
    dialog.key_edit.setPlainText("inte en nyckel")
    assert not dialog.register_button.isEnabled()


def test_a_replaced_key_is_listed_as_replaced_and_the_new_one_as_current(qtbot, uow, register) -> None:
    first, second = SigningKey.generate(), SigningKey.generate()
    signing.register_key(uow, register["bo"].id, first.public.pem())
    signing.register_key(uow, register["bo"].id, second.public.pem())
    dialog = PersonKeysDialog(uow, register["bo"].id, "Bo Ek")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().endswith("Bo Ek")
    text = dialog.keys_label.text()
    assert text.startswith("Registrerade nycklar:")
    lines = text.split("<br>")[1:]
    assert {first.fingerprint, second.fingerprint} == {line.split("</tt>")[0].removeprefix("<tt>") for line in lines}
    assert any(second.fingerprint in line and "gäller sedan" in line for line in lines)
    assert any(first.fingerprint in line and "ersatt," in line for line in lines)


def test_pasted_text_that_is_no_key_disables_registering_and_says_why(qtbot, uow, register) -> None:
    dialog = PersonKeysDialog(uow, register["bo"].id, "Bo Ek")
    qtbot.addWidget(dialog)
    assert not dialog.register_button.isEnabled() and dialog.fingerprint_label.text() == ""
    dialog.key_edit.setPlainText("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----")
    assert not dialog.register_button.isEnabled() and dialog.fingerprint_label.text()
    key = SigningKey.generate()
    dialog.key_edit.setPlainText(key.public.pem())
    assert dialog.register_button.isEnabled() and key.fingerprint in dialog.fingerprint_label.text()


def test_a_file_that_is_too_large_or_no_text_is_refused_in_words(qtbot, uow, register, tmp_path, monkeypatch,
                                                                 messages) -> None:
    dialog = PersonKeysDialog(uow, register["bo"].id, "Bo Ek")
    qtbot.addWidget(dialog)
    binary = tmp_path / "nyckel.pub"
    binary.write_bytes(b"\xff\xfe\x00binary")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(binary), ""))
    dialog.import_file()
    assert messages == ["nyckel.pub kan inte läsas som en publik nyckel."]
    assert dialog.key_edit.toPlainText() == ""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    dialog.import_file()  # cancelled: nothing happens
    assert len(messages) == 1


def test_registering_a_key_twice_is_refused_and_the_text_stays(qtbot, uow, register, messages) -> None:
    generated = SigningKey.generate()
    signing.register_key(uow, register["bo"].id, generated.public.pem())
    dialog = PersonKeysDialog(uow, register["bo"].id, "Bo Ek")
    qtbot.addWidget(dialog)
    dialog.key_edit.setPlainText(generated.public.pem())
    assert dialog.register() is False
    assert len(messages) == 1 and "redan registrerad" in messages[0]
    assert dialog.key_edit.toPlainText() == generated.public.pem()
    assert len(signing.keys_of(uow, register["bo"].id)) == 1

"""Arkiv → Delad databas… (dialogs/connection_dialog.py): the server is remembered in the settings, the password
only in the operating system's keyring (here an in-memory keyring backend), never in a file."""

from __future__ import annotations

import json

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as NoKeyring
from PySide6.QtWidgets import QMenu

from samverkan_desktop import app
from samverkan_desktop.infra.config import Settings, SettingsStore
from samverkan_desktop.infra.shared_database import KEYRING_SERVICE, SharedDatabase, stored_password
from samverkan_desktop.ui.dialogs.connection_dialog import ConnectionDialog

SECRET = "hemligt lösen;&?"


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        self.entries.pop((service, username))


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def _fill(dialog: ConnectionDialog) -> None:
    dialog.host_edit.setText("db.region.se")
    dialog.database_edit.setText("samverkan")
    dialog.user_edit.setText("anna.andersson")
    dialog.password_radio.setChecked(True)
    dialog.password_edit.setText(SECRET)
    dialog.remember_check.setChecked(True)
    dialog.cert_edit.setText("/etc/region-ca.pem")


def test_the_server_is_remembered_and_the_password_only_in_the_keyring(qtbot, memory_keyring, tmp_path) -> None:
    dialog = ConnectionDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.sslmode_combo.value() == "verify-full" and not dialog.local_button.isEnabled()
    _fill(dialog)
    dialog.accept()
    settings = dialog.result_value
    shared = SharedDatabase.from_settings(settings.shared_database)
    assert shared == SharedDatabase("db.region.se", "samverkan", "anna.andersson", 5432, "verify-full",
                                    "/etc/region-ca.pem", False)
    assert memory_keyring.entries == {(KEYRING_SERVICE, "anna.andersson@db.region.se:5432/samverkan"): SECRET}
    store = SettingsStore(tmp_path / "settings.json")
    store.save(settings)
    written = store.path.read_text(encoding="utf-8")
    assert "db.region.se" in written and SECRET not in written and "hemligt" not in written
    assert SharedDatabase.from_settings(json.loads(written)["shared_database"]) == shared

    # Opened again: the password is in the keyring (not shown); single sign-on forgets it.
    again = ConnectionDialog(store.load())
    qtbot.addWidget(again)
    assert again.remember_check.isChecked() and again.password_edit.text() == ""
    assert again.password_edit.placeholderText() == "finns i nyckelringen"
    again.sso_radio.setChecked(True)
    assert not again.password_edit.isEnabled()
    again.accept()
    assert memory_keyring.entries == {} and again.result_value.shared_database["single_sign_on"] is True

    # Back to a file on this computer: the server is forgotten.
    third = ConnectionDialog(again.result_value)
    qtbot.addWidget(third)
    third.local_button.click()
    assert third.result_value.shared_database == {}


def test_without_a_keyring_nothing_is_kept_and_the_dialog_says_why(qtbot) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        dialog = ConnectionDialog(Settings())
        qtbot.addWidget(dialog)
        _fill(dialog)
        dialog.accept()
        assert dialog.result_value is None
        assert "nyckelring" in dialog.error_text() and "Inget lösenord har sparats" in dialog.error_text()
        dialog.remember_check.setChecked(False)  # not kept: asked at every start
        dialog.accept()
        assert dialog.result_value.shared_database["host"] == "db.region.se"
    finally:
        keyring.set_keyring(before)


def test_a_missing_server_and_a_failed_connection_are_said_in_swedish(qtbot) -> None:
    dialog = ConnectionDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.error_text("host") == "Ange databasserverns namn."
    dialog.host_edit.setText("127.0.0.1")
    dialog.port_spin.setValue(1)  # nothing listens there
    dialog.test_button.click()
    assert dialog.test_result.text().startswith("Anslutningen misslyckades")


def test_the_start_uses_the_remembered_server_with_the_keyrings_password(memory_keyring) -> None:
    shared = SharedDatabase("db.region.se", "samverkan", "anna", sslrootcert="/ca.pem")
    settings = Settings(shared_database=shared.to_settings())
    assert app.shared_database_url(settings, unattended=True) == (
        "postgresql+psycopg://anna@db.region.se:5432/samverkan?sslmode=verify-full&connect_timeout=15"
        "&sslrootcert=/ca.pem")
    memory_keyring.set_password(KEYRING_SERVICE, shared.keyring_user, SECRET)
    assert stored_password(shared) == SECRET
    url = app.shared_database_url(settings, unattended=True)
    assert url.startswith("postgresql+psycopg://anna:hemligt%20l%C3%B6sen%3B%26%3F@db.region.se:5432/")
    sso = Settings(shared_database={**shared.to_settings(), "single_sign_on": True})
    assert "anna@" in app.shared_database_url(sso, unattended=True)
    assert "gssencmode=prefer" in app.shared_database_url(sso, unattended=True)


def test_the_file_menu_offers_it(main_window) -> None:
    assert main_window.shared_database_action.text() == "Delad databas…"
    holders = [m for m in main_window.findChildren(QMenu) if main_window.shared_database_action in m.actions()]
    assert [m.title() for m in holders] == ["&Arkiv"]


def test_without_a_kept_password_the_start_asks_for_it_and_keeps_it_in_memory(memory_keyring, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    shared = SharedDatabase("db.region.se", "samverkan", "anna")
    settings = Settings(shared_database=shared.to_settings())
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(
        lambda parent, title, label, echo: asked.append(label) or (SECRET, True)))
    url = app.shared_database_url(settings, unattended=False)
    assert asked == ["Lösenord för anna@db.region.se:5432/samverkan (verify-full):"]
    assert url.startswith("postgresql+psycopg://anna:hemligt") and memory_keyring.entries == {}
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *args: ("", False)))
    assert app.shared_database_url(settings, unattended=False) is None  # cancelled: the start ends

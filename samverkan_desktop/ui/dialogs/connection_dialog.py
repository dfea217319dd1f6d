"""Arkiv → Delad databas…: the shared PostgreSQL server this computer uses from the next start. The server is
remembered in the settings; a password only in the operating system's keyring (infra.shared_database), and
with single sign-on (the Windows login, GSSAPI/SSPI) there is none."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from ...domain.errors import ValidationError
from ...infra.config import Settings, os_user
from ...infra.shared_database import SharedDatabase, forget_password, keep_password, stored_password
from ...services import access
from ..operations import perform, said_on
from ..widgets.combos import ChoiceCombo
from ..widgets.form_dialog import FormDialog


class ConnectionDialog(FormDialog):
    """``result_value``: the settings with the server (or without one: "Use a file on this computer")."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Shared database"), parent)
        self.settings = settings
        current = SharedDatabase.from_settings(settings.shared_database)
        intro = QLabel(self.tr("A region's shared PostgreSQL database. Everyone logs in with their own login; the "
                               "server decides what each login may read and change. Used from the next start."),
                       self)
        intro.setWordWrap(True)
        self.add_row("", intro)
        self.host_edit = self.add_row(self.tr("Server"), QLineEdit(self), "host")
        self.host_edit.setPlaceholderText("db.region.se")
        self.port_spin = self.add_row(self.tr("Port"), QSpinBox(self), "port")
        self.port_spin.setRange(1, 65535)
        self.database_edit = self.add_row(self.tr("Database"), QLineEdit(self), "database")
        self.user_edit = self.add_row(self.tr("Login"), QLineEdit(self), "user")
        self.user_edit.setPlaceholderText(os_user())
        self.sso_radio = QRadioButton(self.tr("My Windows login (single sign-on, no password)"), self)
        self.password_radio = QRadioButton(self.tr("Password"), self)
        self.add_row(self.tr("Sign in with"), self.sso_radio)
        self.add_row("", self.password_radio)
        self.password_edit = self.add_row(self.tr("Password"), QLineEdit(self), "password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = self.add_row("", QCheckBox(self.tr("Keep the password in this computer's keyring "
                                                                 "(never in a file)"), self))
        self.sslmode_combo = self.add_row(self.tr("Encryption"), ChoiceCombo(self), "sslmode")
        self.sslmode_combo.set_choices([
            (self.tr("Encrypted, certificate and server name checked (verify-full)"), "verify-full"),
            (self.tr("Encrypted, certificate checked (verify-ca)"), "verify-ca"),
            (self.tr("Encrypted, certificate not checked (not recommended)"), "require")])
        cert_row = QWidget(self)
        cert_layout = QHBoxLayout(cert_row)
        cert_layout.setContentsMargins(0, 0, 0, 0)
        self.cert_edit = QLineEdit(cert_row)
        self.cert_edit.setPlaceholderText(self.tr("the region's CA certificate (.pem)"))
        browse = QPushButton(self.tr("Choose…"), cert_row)
        browse.clicked.connect(self.choose_certificate)
        cert_layout.addWidget(self.cert_edit, 1)
        cert_layout.addWidget(browse)
        self.add_row(self.tr("CA certificate"), cert_row)
        self.test_button = QPushButton(self.tr("Test the connection"), self)
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel(self)
        self.test_result.setWordWrap(True)
        self.add_row("", self.test_button)
        self.add_row("", self.test_result)
        self.local_button = QPushButton(self.tr("Use a database file on this computer instead"), self)
        self.local_button.clicked.connect(self.use_local_file)
        self.local_button.setEnabled(current is not None)
        self.buttons.addButton(self.local_button, self.buttons.ButtonRole.ResetRole)
        self.sso_radio.toggled.connect(self._sign_in_changed)

        shown = current or SharedDatabase(host="", user=os_user())
        self.host_edit.setText(shown.host)
        self.port_spin.setValue(shown.port)
        self.database_edit.setText(shown.database)
        self.user_edit.setText(shown.user)
        self.sslmode_combo.set_value(shown.sslmode)
        self.cert_edit.setText(shown.sslrootcert)
        (self.sso_radio if shown.single_sign_on else self.password_radio).setChecked(True)
        kept = stored_password(shown) if current is not None and not shown.single_sign_on else None
        self.remember_check.setChecked(kept is not None)
        if kept is not None:
            self.password_edit.setPlaceholderText(self.tr("kept in the keyring"))
        self._sign_in_changed()

    def _sign_in_changed(self) -> None:
        password = self.password_radio.isChecked()
        self.password_edit.setEnabled(password)
        self.remember_check.setEnabled(password)

    def choose_certificate(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("CA certificate"), "",
                                              self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.cert_edit.setText(path)

    def server(self) -> SharedDatabase:
        host, database = self.host_edit.text().strip(), self.database_edit.text().strip()
        if not host:
            raise ValidationError("Ange databasserverns namn.", field="host")
        if not database:
            raise ValidationError("Ange databasens namn.", field="database")
        return SharedDatabase(host=host, database=database, user=self.user_edit.text().strip() or os_user(),
                              port=self.port_spin.value(), sslmode=self.sslmode_combo.value(),
                              sslrootcert=self.cert_edit.text().strip(), single_sign_on=self.sso_radio.isChecked())

    def _password(self, shared: SharedDatabase) -> str | None:
        if shared.single_sign_on:
            return None
        return self.password_edit.text() or stored_password(shared)

    def test_connection(self) -> None:
        def connect() -> str:
            shared = self.server()
            return access.check_connection(shared.url(self._password(shared)))

        login = perform(self, connect, at=said_on(self.test_result, "color: #c62828;"))
        if login is None:
            return
        self.test_result.setStyleSheet("color: #1b5e20;")
        self.test_result.setText(self.tr("Connected as %1.").replace("%1", login.value))

    def use_local_file(self) -> None:
        current = SharedDatabase.from_settings(self.settings.shared_database)
        if current is not None:
            forget_password(current)
        self.result_value = replace(self.settings, shared_database={})
        self.done(self.DialogCode.Accepted)

    def save(self) -> Settings:
        shared = self.server()
        previous = SharedDatabase.from_settings(self.settings.shared_database)
        if previous is not None and previous.keyring_user != shared.keyring_user:
            forget_password(previous)
        password = self.password_edit.text()
        if shared.single_sign_on or not self.remember_check.isChecked():
            forget_password(shared)
        elif password:
            keep_password(shared, password)  # a StorageError keeps the dialog open, with the reason
        return replace(self.settings, shared_database=shared.to_settings())

"""The person using the app on a database file, chosen at the first start (dialogs/user_dialog.py) and recorded
in the audit trail as the actor, beside the operating system's user as the login."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from samverkan_desktop import app
from samverkan_desktop.db.models import AuditEvent
from samverkan_desktop.domain.enums import GroupKind
from samverkan_desktop.infra.config import Settings, os_user, settings_store
from samverkan_desktop.services import groups
from samverkan_desktop.services.dto import GroupData
from samverkan_desktop.ui.dialogs.user_dialog import UserDialog
from samverkan_desktop.ui.main_window import MainWindow


def _last_audit(uow) -> tuple[str, str | None]:
    with uow:
        row = uow.session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        return row.actor, row.login


def test_the_dialog_offers_the_register_and_refuses_no_name(qtbot, uow, register) -> None:
    dialog = UserDialog(uow, Settings())
    qtbot.addWidget(dialog)
    names = [dialog.person_combo.itemText(i) for i in range(dialog.person_combo.count())]
    assert names == ["Anna Berg", "Bo Ek", "Cilla Lund"]
    dialog.person_combo.setCurrentText("  ")
    dialog.accept()
    assert dialog.error_text("user_name") == "Skriv ditt namn eller välj dig själv i listan."
    dialog.person_combo.setCurrentIndex(1)
    dialog.accept()
    assert dialog.result_value.user_name == "Bo Ek"


def test_the_chosen_person_is_the_actor_and_the_os_user_the_login(qtbot, uow, register, monkeypatch) -> None:
    saved: list[Settings] = []
    window = MainWindow(uow, Settings(), save_settings=saved.append)
    qtbot.addWidget(window)

    def choose_anna(dialog: UserDialog) -> int:
        dialog.person_combo.setCurrentText("Anna Berg")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(UserDialog, "exec", choose_anna)
    window.choose_user_at_first_start()
    assert [s.user_name for s in saved] == ["Anna Berg"] and window.settings.user_name == "Anna Berg"
    groups.create_group(window.uow, GroupData("Temagrupp Barn", GroupKind.THEME_GROUP))
    assert _last_audit(uow) == ("Anna Berg", os_user())
    window.choose_user_at_first_start()  # asked once: a chosen person is not asked again
    assert len(saved) == 1


@pytest.fixture
def no_event_loop(monkeypatch):
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: 0))


def test_the_first_start_on_a_file_asks_once(qapp, tmp_path, no_event_loop, monkeypatch) -> None:
    asked: list[UserDialog] = []

    def answer(dialog: UserDialog) -> int:
        asked.append(dialog)
        dialog.person_combo.setCurrentText("Dag Öberg")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(UserDialog, "exec", answer)
    db = tmp_path / "egen.db"
    assert app.main(["--db", str(db)]) == 0
    assert len(asked) == 1 and settings_store().load().user_name == "Dag Öberg"
    assert app.main(["--db", str(db)]) == 0
    assert len(asked) == 1
    assert app.main(["--smoke-test", "--db", str(tmp_path / "annan.db")]) == 0  # unattended: never asks
    assert len(asked) == 1

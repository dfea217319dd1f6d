"""Register → Roles and logins (dialogs/roles_dialog.py) on a database file: roles given and taken through the
dialog, listed in a model that passes qtmodeltester, refusals said in Swedish. (On PostgreSQL the same service
is tested with logins: tests/services/test_roles_postgres.py.)"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMenu

from samverkan_desktop.services import access
from samverkan_desktop.ui.dialogs.roles_dialog import RolesDialog


def test_the_registrar_gives_and_takes_a_role(qtbot, qtmodeltester, uow, register) -> None:
    dialog = RolesDialog(uow)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "databasfil" in dialog.about_label.text()  # Swedish: what the roles mean on a file
    assert not dialog.access_banner.isVisible() and dialog.grant_button.isEnabled()
    assert not dialog.revoke_button.isEnabled() and dialog.revoke_button.toolTip()
    dialog.person_combo.set_value(register["anna"].id)
    dialog.role_combo.set_value("sekreterare")
    dialog.group_combo.set_value(register["lgs"].id)
    dialog.login_edit.setText("anna.berg")
    dialog.subgroups_check.setChecked(True)
    dialog.grant_button.click()
    assert not dialog.error_label.isVisible()
    qtmodeltester.check(dialog.model)
    [row] = dialog.model.rows()
    assert (row.login, row.person, row.role, row.group, row.with_subgroups) == (
        "anna.berg", "Anna Berg", "sekreterare", "Ledningsgrupp för samverkan", True)
    assert dialog.model.index(0, 2).data() == "Sekreterare"
    assert access.list_grants(uow) == [row]

    # The same login for another person is refused, in Swedish, next to the list.
    dialog.person_combo.set_value(register["bo"].id)
    dialog.grant_button.click()
    assert dialog.error_label.isVisible() and "annan person" in dialog.error_label.text()

    dialog.view.selectionModel().setCurrentIndex(
        dialog.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    assert dialog.revoke_button.isEnabled()
    dialog.revoke_button.click()
    assert dialog.model.rowCount() == 0 and access.list_grants(uow) == []
    assert not dialog.error_label.isVisible()


def test_the_main_window_opens_it_from_the_register_menu(main_window) -> None:
    assert main_window.roles_action.text() == "Roller och inloggningar…"
    holders = [m for m in main_window.findChildren(QMenu) if main_window.roles_action in m.actions()]
    assert [m.title() for m in holders] == ["&Register"]

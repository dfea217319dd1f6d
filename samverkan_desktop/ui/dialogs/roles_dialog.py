"""Register → Roles and logins: the registeransvarig gives and takes roles per group (services/access).

On a shared PostgreSQL database the roles decide, in the database itself, who may change what; on a database
file on this computer everything is allowed and the roles wait for the day the region moves to a server."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services import UnitOfWork, access, groups, people
from ..models.table_model import Column, DtoTableModel
from ..operations import perform, said_on
from ..widgets.banner import Banner, BannerKind
from ..widgets.combos import ChoiceCombo
from ..widgets.disabled_reason import explain


def role_labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {"sekreterare": translate("RolesDialog", "Secretary"),
            "ordforande": translate("RolesDialog", "Chair"),
            "vice_ordforande": translate("RolesDialog", "Vice chair"),
            "lasare": translate("RolesDialog", "Reader"),
            "registeransvarig": translate("RolesDialog", "Register keeper")}


def grants_model(parent=None) -> DtoTableModel[access.GrantRow]:
    translate, labels = QCoreApplication.translate, role_labels()
    return DtoTableModel([
        Column(translate("RolesDialog", "Login"), lambda g: g.login),
        Column(translate("RolesDialog", "Person"), lambda g: g.person),
        Column(translate("RolesDialog", "Role"), lambda g: labels.get(g.role, g.role)),
        Column(translate("RolesDialog", "Group"), lambda g: g.group),
        Column(translate("RolesDialog", "Sub-groups"),
               lambda g: translate("RolesDialog", "also sub-groups") if g.with_subgroups else ""),
    ], parent)


class RolesDialog(QDialog):
    """The logins and their roles per group; a role given or taken at once (one unit of work each)."""

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow = uow
        self.setWindowTitle(self.tr("Roles and logins"))
        shared = access.on_postgresql(uow)
        self.may_change = access.can(uow, access.REGISTER)
        about = self.tr("On the shared database each person logs in with their own login; the roles decide, in "
                        "the database itself, what the login may read and change.") if shared else self.tr(
            "In a database file on this computer everything is allowed. The roles given here apply when the "
            "region moves to a shared PostgreSQL database.")
        self.about_label = QLabel(about, self)
        self.about_label.setWordWrap(True)
        self.access_banner = Banner(access.reason(access.REGISTER), BannerKind.INFO, closable=False, parent=self)
        self.access_banner.setVisible(not self.may_change)

        self.model = grants_model(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):  # the group's name takes what is left (long names elide)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 3
                                        else QHeaderView.ResizeMode.ResizeToContents)

        self.person_combo = ChoiceCombo(self)
        self.person_combo.set_choices((p.name, p.id) for p in people.list_people(uow))
        self.role_combo = ChoiceCombo(self)
        self.role_combo.set_choices((label, role) for role, label in role_labels().items())
        self.group_combo = ChoiceCombo(self)
        self.group_combo.set_choices(groups.group_choices(uow))
        self.login_edit = QLineEdit(self)
        self.login_edit.setPlaceholderText(self.tr("the person's login, or from the e-mail address"))
        self.subgroups_check = QCheckBox(self.tr("Also in every group below"), self)
        self.grant_button = QPushButton(self.tr("Give role"), self)
        self.revoke_button = QPushButton(self.tr("Take away selected role"), self)
        self.grant_button.clicked.connect(self.grant)
        self.revoke_button.clicked.connect(self.revoke)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorBanner")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828; font-weight: bold;")
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Person"), self.person_combo)
        form.addRow(self.tr("Role"), self.role_combo)
        form.addRow(self.tr("Group"), self.group_combo)
        form.addRow(self.tr("Login"), self.login_edit)
        form.addRow("", self.subgroups_check)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.grant_button)
        buttons_row.addWidget(self.revoke_button)
        buttons_row.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about_label)
        layout.addWidget(self.access_banner)
        layout.addWidget(self.view)
        layout.addLayout(form)
        layout.addLayout(buttons_row)
        layout.addWidget(self.error_label)
        layout.addWidget(close)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.resize(820, 560)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(access.list_grants(self.uow))
        self._update_buttons()

    def selected(self) -> access.GrantRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() and self.view.selectionModel().hasSelection() \
            else None

    def _update_buttons(self) -> None:
        reason = access.reason(access.REGISTER)
        explain(self.grant_button, self.may_change and self.person_combo.count() > 0
                and self.group_combo.count() > 0, reason if not self.may_change else self.tr(
                    "Add a person and a group to the register first."))
        explain(self.revoke_button, self.may_change and self.selected() is not None,
                reason if not self.may_change else self.tr("Select a role in the list first."))

    def _run(self, action) -> bool:
        if perform(self, action, at=said_on(self.error_label)) is None:
            return False
        self.error_label.hide()
        self.reload()
        return True

    def grant(self) -> None:
        person, group = self.person_combo.value(), self.group_combo.value()
        if person is None or group is None:
            return
        login = self.login_edit.text().strip() or None
        self._run(lambda: access.grant(self.uow, str(person), self.role_combo.value(), str(group), login=login,
                                       with_subgroups=self.subgroups_check.isChecked()))

    def revoke(self) -> None:
        row = self.selected()
        if row is not None:
            self._run(lambda: access.revoke(self.uow, str(row.person_id), row.role, str(row.group_id)))

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from ...services import UnitOfWork, organisations, people
from ...services.dto import PersonData, PersonDTO
from ..widgets.combos import ChoiceCombo
from ..widgets.form_dialog import FormDialog


class PersonDialog(FormDialog):
    """Create or edit a person. E-mail and phone are kept for invitations, never published."""

    def __init__(self, uow: UnitOfWork, existing: PersonDTO | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit person") if existing else self.tr("New person"), parent)
        self.uow = uow
        self.existing = existing
        self.name_edit = self.add_row(self.tr("Name"), QLineEdit(self), "name")
        self.title_edit = self.add_row(self.tr("Title"), QLineEdit(self), "title")
        self.email_edit = self.add_row(self.tr("E-mail"), QLineEdit(self), "email")
        self.phone_edit = self.add_row(self.tr("Phone"), QLineEdit(self), "phone")
        self.employer_combo = self.add_row(
            self.tr("Employer"), ChoiceCombo(self, none_label=self.tr("(none)")), "employer_id"
        )
        self.employer_combo.set_choices((o.name, o.id) for o in organisations.list_organisations(uow))
        self.email_edit.setToolTip(self.tr("Personal data: used for invitations, never published."))
        if existing:
            self.name_edit.setText(existing.name)
            self.title_edit.setText(existing.title or "")
            self.email_edit.setText(existing.email or "")
            self.phone_edit.setText(existing.phone or "")
            self.employer_combo.set_value(existing.employer_id)
            self.keys_button = self.add_row(self.tr("Signing keys"), QPushButton(self.tr("Keys…"), self))
            self.keys_button.clicked.connect(self.show_keys)
        self.resize(460, self.sizeHint().height())

    def show_keys(self) -> None:
        from .person_keys_dialog import PersonKeysDialog

        if self.existing is not None:  # the button is shown for a stored person only
            PersonKeysDialog(self.uow, self.existing.id, self.existing.name, self).exec()

    def save(self) -> PersonDTO:
        data = PersonData(self.name_edit.text(), self.title_edit.text(), self.email_edit.text(),
                          self.phone_edit.text(), self.employer_combo.value())
        if self.existing:
            return people.update_person(self.uow, self.existing.id, data)
        return people.create_person(self.uow, data)

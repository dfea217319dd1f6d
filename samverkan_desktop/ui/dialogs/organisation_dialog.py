from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from ...services import UnitOfWork, organisations
from ...services.dto import OrganisationData, OrganisationDTO
from ..labels import organisation_kind_labels
from ..widgets.combos import enum_combo
from ..widgets.form_dialog import FormDialog


class OrganisationDialog(FormDialog):
    """Create or edit an organisation (huvudman)."""

    def __init__(self, uow: UnitOfWork, existing: OrganisationDTO | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit organisation") if existing else self.tr("New organisation"), parent)
        self.uow = uow
        self.existing = existing
        self.name_edit = self.add_row(self.tr("Name"), QLineEdit(self), "name")
        self.short_edit = self.add_row(self.tr("Short name"), QLineEdit(self), "short_name")
        self.kind_combo = self.add_row(self.tr("Kind"), enum_combo(organisation_kind_labels(), self), "kind")
        if existing:
            self.name_edit.setText(existing.name)
            self.short_edit.setText(existing.short_name or "")
            self.kind_combo.set_value(existing.kind)
        self.resize(420, self.sizeHint().height())

    def save(self) -> OrganisationDTO:
        data = OrganisationData(self.name_edit.text(), self.kind_combo.value(), self.short_edit.text())
        if self.existing:
            return organisations.update_organisation(self.uow, self.existing.id, data)
        return organisations.create_organisation(self.uow, data)

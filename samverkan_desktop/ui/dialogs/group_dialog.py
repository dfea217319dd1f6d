from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from ...services import UnitOfWork, groups
from ...services.dto import GroupData, GroupDTO
from ..labels import group_kind_labels
from ..widgets.combos import ChoiceCombo, enum_combo
from ..widgets.date_field import DateField
from ..widgets.form_dialog import FormDialog


class GroupDialog(FormDialog):
    """Create or edit a group: name, kind, whom it reports to, active period, where minutes go."""

    def __init__(self, uow: UnitOfWork, existing: GroupDTO | None = None, parent: QWidget | None = None,
                 *, parent_id: int | None = None) -> None:
        super().__init__(self.tr("Edit group") if existing else self.tr("New group"), parent)
        self.uow = uow
        self.existing = existing
        self.name_edit = self.add_row(self.tr("Name"), QLineEdit(self), "name")
        self.short_edit = self.add_row(self.tr("Short name"), QLineEdit(self), "short_name")
        self.kind_combo = self.add_row(self.tr("Kind"), enum_combo(group_kind_labels(), self), "kind")
        self.parent_combo = self.add_row(
            self.tr("Reports to"), ChoiceCombo(self, none_label=self.tr("(no one: top level)")), "parent_id"
        )
        self.parent_combo.set_choices(
            (g.name, g.id) for g in groups.list_groups(uow) if existing is None or g.id != existing.id
        )
        self.from_edit = self.add_row(self.tr("Active from"), DateField("active_from", self), "active_from")
        self.to_edit = self.add_row(self.tr("Active to"), DateField("active_to", self), "active_to")
        self.published_edit = self.add_row(
            self.tr("Minutes published at"), QLineEdit(self), "minutes_published_at"
        )
        self.published_edit.setPlaceholderText(self.tr("Web address or intranet page"))
        self.justering_check = self.add_row(
            self.tr("Signatures"), QCheckBox(self.tr("Minutes end with lines for the chair and a checker to sign"),
                                             self), "justering_lines")
        if existing:
            self.name_edit.setText(existing.name)
            self.short_edit.setText(existing.short_name or "")
            self.kind_combo.set_value(existing.kind)
            self.parent_combo.set_value(existing.parent_id)
            self.from_edit.set_value(existing.active_from)
            self.to_edit.set_value(existing.active_to)
            self.published_edit.setText(existing.minutes_published_at or "")
            self.justering_check.setChecked(existing.justering_lines)
        else:
            self.parent_combo.set_value(parent_id)
        self.resize(520, self.sizeHint().height())

    def save(self) -> GroupDTO:
        data = GroupData(
            name=self.name_edit.text(), kind=self.kind_combo.value(), short_name=self.short_edit.text(),
            parent_id=self.parent_combo.value(), active_from=self.from_edit.value(),
            active_to=self.to_edit.value(), minutes_published_at=self.published_edit.text(),
            justering_lines=self.justering_check.isChecked(),
        )
        if self.existing:
            return groups.update_group(self.uow, self.existing.id, data)
        return groups.create_group(self.uow, data)

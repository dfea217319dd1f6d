from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...domain.enums import Role
from ...domain.errors import ValidationError
from ...services import UnitOfWork, memberships, organisations, people
from ...services.dto import MembershipData, MembershipDTO
from ..labels import role_labels
from ..widgets.combos import ChoiceCombo, enum_combo
from ..widgets.date_field import DateField
from ..widgets.form_dialog import FormDialog


class MembershipDialog(FormDialog):
    """Add or change a person's seat in a group. Breaking the chair rotation asks before saving."""

    def __init__(self, uow: UnitOfWork, group_id: int, existing: MembershipDTO | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit membership") if existing else self.tr("New membership"), parent)
        self.uow = uow
        self.group_id = group_id
        self.existing = existing
        self.person_combo = self.add_row(self.tr("Person"), ChoiceCombo(self, none_label=self.tr("(choose)")),
                                         "person_id")
        self.person_combo.set_choices(
            (f"{p.name} ({p.employer_name})" if p.employer_name else p.name, p.id) for p in people.list_people(uow)
        )
        self.role_combo = self.add_row(self.tr("Role"), enum_combo(role_labels(), self), "role")
        self.role_combo.set_value(Role.MEMBER)
        self.represents_combo = self.add_row(
            self.tr("Represents"), ChoiceCombo(self, none_label=self.tr("(no party)")), "represents_id"
        )
        self.represents_combo.set_choices((o.name, o.id) for o in organisations.list_organisations(uow))
        self.from_edit = self.add_row(self.tr("From"), DateField("valid_from", self), "valid_from")
        self.to_edit = self.add_row(self.tr("To"), DateField("valid_to", self), "valid_to")
        if existing:
            self.person_combo.set_value(existing.person_id)
            self.role_combo.set_value(existing.role)
            self.represents_combo.set_value(existing.represents_id)
            self.from_edit.set_value(existing.valid_from)
            self.to_edit.set_value(existing.valid_to)
        self.resize(480, self.sizeHint().height())

    def _data(self) -> MembershipData:
        person_id = self.person_combo.value()
        if person_id is None:
            raise ValidationError(self.tr("Choose a person."), field="person_id")
        return MembershipData(
            person_id=person_id, group_id=self.group_id, role=self.role_combo.value(),
            represents_id=self.represents_combo.value(), valid_from=self.from_edit.value(),
            valid_to=self.to_edit.value(),
        )


    def save(self) -> MembershipDTO | None:
        data = self._data()
        membership_id = self.existing.id if self.existing else None
        warnings = memberships.membership_warnings(self.uow, data, membership_id)
        if warnings and not self.confirm_warnings(warnings):
            return None
        return memberships.save_membership(self.uow, data, membership_id).value

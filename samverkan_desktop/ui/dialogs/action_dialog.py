from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from ...domain.enums import ActionStatus
from ...services import UnitOfWork, minutes, organisations, people
from ...services.meeting_dto import ActionData, ActionDTO
from ..labels import action_status_labels
from ..widgets.combos import ChoiceCombo, enum_combo
from ..widgets.date_field import DateField
from ..widgets.form_dialog import FormDialog


class ActionDialog(FormDialog):
    """An action item on an agenda item: what, who (person and/or organisation), by when, status."""

    def __init__(self, uow: UnitOfWork, item_id: int, existing: ActionDTO | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit action") if existing else self.tr("New action"), parent)
        self.uow = uow
        self.item_id = item_id
        self.existing = existing
        self.what_edit = self.add_row(self.tr("What"), QLineEdit(self), "what")
        self.person_combo = self.add_row(self.tr("Responsible person"),
                                         ChoiceCombo(self, none_label=self.tr("(none)")), "responsible_person_id")
        self.person_combo.set_choices((p.name, p.id) for p in people.list_people(uow))
        self.organisation_combo = self.add_row(self.tr("Responsible organisation"),
                                               ChoiceCombo(self, none_label=self.tr("(none)")),
                                               "responsible_organisation_id")
        self.organisation_combo.set_choices((o.name, o.id) for o in organisations.list_organisations(uow))
        self.due_edit = self.add_row(self.tr("Due"), DateField("due_on", self), "due_on")
        self.status_combo = self.add_row(self.tr("Status"), enum_combo(action_status_labels(), self), "status")
        self.done_edit = self.add_row(self.tr("Done on"), DateField("done_on", self), "done_on")
        if existing:
            self.what_edit.setText(existing.what)
            self.person_combo.set_value(existing.responsible_person_id)
            self.organisation_combo.set_value(existing.responsible_organisation_id)
            self.due_edit.set_value(existing.due_on)
            self.status_combo.set_value(existing.status)
            self.done_edit.set_value(existing.done_on)
        else:
            self.status_combo.set_value(ActionStatus.OPEN)
        self.resize(480, self.sizeHint().height())

    def save(self) -> ActionDTO:
        data = ActionData(self.what_edit.text(), self.person_combo.value(), self.organisation_combo.value(),
                          self.due_edit.value(), self.status_combo.value(), self.done_edit.value())
        if self.existing:
            return minutes.update_action(self.uow, self.existing.id, data)
        return minutes.add_action(self.uow, self.item_id, data)

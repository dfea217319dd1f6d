from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ...domain.enums import ApprovalMethod
from ...domain.errors import ValidationError
from ...domain.minutes_hash import short_hash
from ...services import UnitOfWork, approval
from ..labels import approval_method_labels, role_labels
from ..widgets.combos import ChoiceCombo, enum_combo
from ..widgets.form_dialog import FormDialog


class ApprovalDialog(FormDialog):
    """Record the chair's approval of exactly the content shown (its checksum is part of the record)."""

    def __init__(self, uow: UnitOfWork, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Approve minutes"), parent)
        self.uow = uow
        self.meeting_id = meeting_id
        self.state = approval.minutes_state(uow, meeting_id)
        roles = role_labels()
        self.approver_combo = self.add_row(self.tr("Approved by"), ChoiceCombo(self, none_label=self.tr("(choose)")),
                                           "approved_by")
        self.approver_combo.set_choices((f"{name} ({roles[role].lower()})", person_id)
                                        for person_id, name, role in self.state.approvers)
        if self.state.approvers:
            self.approver_combo.set_value(self.state.approvers[0][0])
        self.method_combo = self.add_row(self.tr("How"), enum_combo(approval_method_labels(), self), "method")
        self.method_combo.set_value(ApprovalMethod.IN_APP)
        self.note_edit = self.add_row(self.tr("Note"), QLineEdit(self), "note")
        self.add_row(self.tr("Checksum"), QLabel(short_hash(self.state.current_hash), self))

    def save(self):
        person_id = self.approver_combo.value()
        if person_id is None:
            raise ValidationError("Välj vem som godkänner.", field="approved_by")
        return approval.approve(self.uow, self.meeting_id, person_id, self.method_combo.value(),
                                self.note_edit.text(), expected_hash=self.state.current_hash)

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QSpinBox, QWidget

from ...services import UnitOfWork, minutes, people
from ...services.meeting_dto import AttendanceData, AttendanceDTO
from ..labels import attendance_labels
from ..widgets.combos import ChoiceCombo, enum_combo
from ..widgets.form_dialog import FormDialog


def paragraph_spin(parent: QWidget) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(0, 9999)
    spin.setSpecialValueText("—")
    return spin


class AttendanceDialog(FormDialog):
    """One person's attendance: status, whom they substitute for, and from which § to which § they were there."""

    def __init__(self, uow: UnitOfWork, row: AttendanceDTO, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Attendance: %1").replace("%1", row.person_name), parent)
        self.uow = uow
        self.row = row
        self.status_combo = self.add_row(self.tr("Attendance"), enum_combo(attendance_labels(), self), "status")
        self.status_combo.set_value(row.status)
        self.substitute_combo = self.add_row(
            self.tr("Substitute for"), ChoiceCombo(self, none_label=self.tr("(no one)")), "substitute_for_id")
        self.substitute_combo.set_choices((p.name, p.id) for p in people.list_people(uow) if p.id != row.person_id)
        self.substitute_combo.set_value(row.substitute_for_id)
        self.from_spin = self.add_row(self.tr("Present from §"), paragraph_spin(self), "present_from_paragraph")
        self.to_spin = self.add_row(self.tr("Present to §"), paragraph_spin(self), "present_to_paragraph")
        self.from_spin.setValue(row.present_from_paragraph or 0)
        self.to_spin.setValue(row.present_to_paragraph or 0)

    def save(self) -> AttendanceDTO:
        data = AttendanceData(self.status_combo.value(), self.substitute_combo.value(),
                              self.from_spin.value() or None, self.to_spin.value() or None)
        saved, warnings = minutes.set_attendance(self.uow, self.row.id, data)
        if warnings:
            QMessageBox.information(self, self.tr("Note"), "\n".join(warnings))
        return saved

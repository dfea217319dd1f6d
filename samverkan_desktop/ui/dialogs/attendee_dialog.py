from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from ...domain.errors import ValidationError
from ...services import UnitOfWork, minutes, people
from ...services.meeting_dto import AttendanceDTO
from ..widgets.combos import ChoiceCombo
from ..widgets.form_dialog import FormDialog


class AttendeeDialog(FormDialog):
    """Add a guest, or a co-opted (adjungerad) member, to one meeting's attendance."""

    def __init__(self, uow: UnitOfWork, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add to attendance"), parent)
        self.uow = uow
        self.meeting_id = meeting_id
        self.person_combo = self.add_row(self.tr("Person"), ChoiceCombo(self, none_label=self.tr("(choose)")),
                                         "person_id")
        self.person_combo.set_choices((p.name, p.id) for p in people.list_people(uow))
        self.adjunct_check = self.add_row("", QCheckBox(self.tr("Co-opted member (not a guest)"), self), "adjunct")

    def save(self) -> AttendanceDTO:
        person_id = self.person_combo.value()
        if person_id is None:
            raise ValidationError(self.tr("Choose a person."), field="person_id")
        return minutes.add_attendee(self.uow, self.meeting_id, person_id, adjunct=self.adjunct_check.isChecked())

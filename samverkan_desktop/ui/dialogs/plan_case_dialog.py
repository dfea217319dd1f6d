from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ...domain.errors import ValidationError
from ...services import UnitOfWork, cases
from ...services.meeting_dto import AgendaItemDTO, CaseDTO
from ..i18n import format_datetime
from ..widgets.combos import ChoiceCombo
from ..widgets.form_dialog import FormDialog


class PlanCaseDialog(FormDialog):
    """Put a waiting case on one of the group's coming meetings."""

    def __init__(self, uow: UnitOfWork, case: CaseDTO, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Put on an agenda"), parent)
        self.uow = uow
        self.case = case
        self.add_row(self.tr("Case"), QLabel(case.title, self))
        self.meeting_combo = self.add_row(self.tr("Meeting"), ChoiceCombo(self, none_label=self.tr("(choose)")),
                                          "meeting_id")
        upcoming = cases.meetings_for(uow, case.id)
        self.meeting_combo.set_choices((format_datetime(m.starts_at), m.id) for m in upcoming)
        if upcoming:
            self.meeting_combo.set_value(upcoming[0].id)

    def save(self) -> AgendaItemDTO:
        meeting_id = self.meeting_combo.value()
        if meeting_id is None:
            raise ValidationError(self.tr(
                "Choose an upcoming meeting (plan one under the Meetings tab if there is none)."),
                field="meeting_id")
        return cases.put_on_agenda(self.uow, self.case.id, meeting_id)

"""Record one party's anchoring of a decision: status, date and a note."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from ...services import UnitOfWork, follow_up
from ...services.follow_up import AnchoringRow
from ..labels import anchoring_status_labels
from ..widgets.combos import ChoiceCombo
from ..widgets.date_field import DateField
from ..widgets.form_dialog import FormDialog


class AnchoringDialog(FormDialog):
    def __init__(self, uow: UnitOfWork, row: AnchoringRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Anchoring"), parent)
        self.uow, self.row = uow, row
        decided = QLabel(f"{row.organisation_name}: {row.item_title} ({row.group_name} {row.meeting_on.isoformat()})",
                         self)
        decided.setWordWrap(True)
        self.add_row(self.tr("Decision"), decided)
        self.status = self.add_row(self.tr("Status"), ChoiceCombo(self), "status")
        self.status.set_choices([(label, status) for status, label in anchoring_status_labels().items()])
        self.status.set_value(row.status)
        self.on_date = self.add_row(self.tr("Date"), DateField("on_date", self), "on_date")
        self.on_date.set_value(row.on_date)
        self.note = self.add_row(self.tr("Note"), QPlainTextEdit(row.note or "", self), "note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)

    def save(self) -> AnchoringRow:
        return follow_up.set_anchoring(self.uow, self.row.id, self.status.value(), self.on_date.value(),
                                       self.note.toPlainText())

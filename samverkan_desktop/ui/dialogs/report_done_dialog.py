"""Mark a report as submitted (lämnad), or take the mark back: reached from the Årshjul and the follow-up
overview, where an unsubmitted report is shown in red until it is marked."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from ...services import UnitOfWork, reporting
from ...services.reporting import DeadlineDTO
from ..i18n import format_date
from ..widgets.date_field import DateField
from ..widgets.form_dialog import FormDialog


class ReportDoneDialog(FormDialog):
    """``what`` names the report ("LGS: Kvartalsrapport till …"); the result is the stored DeadlineDTO."""

    def __init__(self, uow: UnitOfWork, duty_id: int, due_on: date, what: str, done_on: date | None,
                 today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Report submitted"), parent)
        self.uow, self.duty_id, self.due_on = uow, duty_id, due_on
        report = QLabel(what, self)
        report.setWordWrap(True)
        self.add_row(self.tr("Report"), report)
        self.add_row(self.tr("Due"), QLabel(format_date(due_on), self))
        self.done_edit = self.add_row(self.tr("Submitted on"), DateField("done_on", self, required=True), "done_on")
        self.done_edit.set_value(done_on or today)
        self.undo_check = QCheckBox(self.tr("Not submitted after all (take the mark back)"), self)
        self.undo_check.setVisible(done_on is not None)
        self.undo_check.toggled.connect(lambda on: self.done_edit.setEnabled(not on))
        self.add_row("", self.undo_check)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Save"))
        self.resize(480, self.sizeHint().height())

    def save(self) -> DeadlineDTO:
        done_on = None if self.undo_check.isChecked() else self.done_edit.value()
        return reporting.mark_report_done(self.uow, self.duty_id, self.due_on, done_on)

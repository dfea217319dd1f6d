from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from ...domain.calendar import day_warnings, plan_series
from ...domain.errors import DomainError
from ...services import UnitOfWork, meetings
from ...services.meeting_dto import MeetingData, MeetingDTO
from ..operations import lookup, perform
from ..widgets.combos import ChoiceCombo
from ..widgets.date_field import DateField
from ..widgets.form_dialog import FormDialog
from ..widgets.time_field import TimeField
from ..window_geometry import largest_size


class SeriesDialog(FormDialog):
    """Plan a year in one go: a number of meetings every N weeks, or on the n:th weekday every N months."""

    def __init__(self, uow: UnitOfWork, group_id: int, parent: QWidget | None = None,
                 *, first: date | None = None) -> None:
        super().__init__(self.tr("Plan meetings"), parent)
        self.uow = uow
        self.group_id = group_id
        self.first_edit = self.add_row(self.tr("First meeting on or after"), DateField("first", self, required=True),
                                       "first")
        self.first_edit.set_value(first)
        self.count_spin = self.add_row(self.tr("Number of meetings"), QSpinBox(self), "count")
        self.count_spin.setRange(1, 52)
        self.count_spin.setValue(6)
        self.mode_combo = self.add_row(self.tr("Rhythm"), ChoiceCombo(self), "interval")
        self.mode_combo.set_choices([(self.tr("Every N weeks"), "weeks"),
                                     (self.tr("The n:th weekday every N months"), "months")])
        self.interval_spin = self.add_row(self.tr("Interval (N)"), QSpinBox(self), "interval_weeks")
        self.interval_spin.setRange(1, 52)
        self.interval_spin.setValue(8)
        self.weekday_combo = self.add_row(self.tr("Weekday"), ChoiceCombo(self, none_label=self.tr("(as the first)")),
                                          "weekday")
        days = [self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday")]
        self.weekday_combo.set_choices((name, number) for number, name in enumerate(days))
        self.nth_combo = self.add_row(self.tr("Which one in the month"), ChoiceCombo(self), "nth")
        self.nth_combo.set_choices([(self.tr("First"), 1), (self.tr("Second"), 2), (self.tr("Third"), 3),
                                    (self.tr("Fourth"), 4), (self.tr("Last"), -1)])
        self.start_edit = self.add_row(self.tr("Starts"), TimeField("start", self), "start")
        self.end_edit = self.add_row(self.tr("Ends"), TimeField("end", self), "end")
        self.start_edit.set_value(time(13, 0))
        self.end_edit.set_value(time(15, 0))
        self.place_edit = self.add_row(self.tr("Place"), QLineEdit(self), "place")
        self.link_edit = self.add_row(self.tr("Online link"), QLineEdit(self), "online_link")
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.add_row(self.tr("Dates"), self.preview)
        # The mandate's meetings per year against what is planned with this series: one line, before saving.
        self.count_warning = QLabel(self)
        self.count_warning.setWordWrap(True)
        self.count_warning.setStyleSheet("color: #8a5300;")
        self.count_warning.setAccessibleName(self.tr("Warning about the number of meetings"))
        self.add_row("", self.count_warning)
        for signal in (self.first_edit.textChanged, self.count_spin.valueChanged, self.mode_combo.currentIndexChanged,
                       self.interval_spin.valueChanged, self.weekday_combo.currentIndexChanged,
                       self.nth_combo.currentIndexChanged):
            signal.connect(self.update_preview)
        self.update_preview()
        self.resize(520, self.sizeHint().height())

    def dates(self) -> list[date]:
        first = self.first_edit.required_value()
        if self.mode_combo.value() == "months":
            return plan_series(first, self.count_spin.value(), interval_months=self.interval_spin.value(),
                               weekday=self.weekday_combo.value(), nth=self.nth_combo.value())
        return plan_series(first, self.count_spin.value(), interval_weeks=self.interval_spin.value(),
                           weekday=self.weekday_combo.value())

    def update_preview(self) -> None:
        monthly = self.mode_combo.value() == "months"
        self.nth_combo.setEnabled(monthly)
        planned = perform(self, self.dates, at=self._not_yet)  # while typing: said in the preview, no box
        if planned is None:
            return
        days = planned.value
        marked = [f"{d.isoformat()} ⚠" if day_warnings(d) else d.isoformat() for d in days]
        self.preview.setText(", ".join(marked))
        warned = lookup(lambda: meetings.series_count_warnings(self.uow, self.group_id, days))
        counts = warned.value if warned is not None else []
        self.count_warning.setText("⚠ " + " ".join(counts) if counts else "")
        self.count_warning.setVisible(bool(counts))
        self._grow_to_fit()

    def _not_yet(self, error: DomainError) -> None:
        self.preview.setText(error.message)
        self.count_warning.clear()
        self.count_warning.hide()

    def _grow_to_fit(self) -> None:
        """Longer previews and a warning take more lines: the dialog grows so that none is cut."""
        for label in (self.preview, self.count_warning):  # a wrapped label in a form row keeps its lines
            width = self.place_edit.width() if self.place_edit.width() > 100 else 300  # the field column
            label.setMinimumHeight(label.heightForWidth(width) if label.text() else 0)
        self.form.invalidate()  # the form's cached size is from before the new text
        if self.isVisible():
            needed = self.height() + self.form.totalSizeHint().height() - self.form_scroll.viewport().height()
        else:
            needed = self.sizeHint().height()
        needed = min(needed, largest_size(self).height())  # taller than the screen: it scrolls
        if needed > self.height():
            self.resize(self.width(), needed)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self._grow_to_fit)  # now the field column's real width gives the lines needed

    def save(self) -> list[MeetingDTO] | None:
        days = self.dates()
        start, end = self.start_edit.value(), self.end_edit.value()
        warnings: list[str] = meetings.series_count_warnings(self.uow, self.group_id, days)
        for day in days:
            data = MeetingData(self.group_id, day, start, end, self.place_edit.text(), self.link_edit.text())
            warnings += [f"{day.isoformat()}: {w}" if not w.startswith(day.isoformat()) else w
                         for w in meetings.planning_warnings(self.uow, data) if "uppdragshandlingen" not in w]
        if warnings and not self.confirm_warnings(warnings):
            return None
        return meetings.plan_year(self.uow, self.group_id, days, start, end, self.place_edit.text(),
                                  self.link_edit.text()).value

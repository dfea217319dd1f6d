"""A group's meetings: a list for the year and a month calendar, with planning actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.calendar import swedish_holiday
from ...domain.enums import MeetingStatus
from ...services import UnitOfWork, approval, meetings
from ...services.meeting_dto import MeetingDTO
from ..dialogs.meeting_dialog import MeetingDialog
from ..dialogs.series_dialog import SeriesDialog
from ..dialogs.template_dialog import TemplateDialog
from ..i18n import STOCKHOLM
from ..models.meeting_models import meeting_model
from ..operations import show_in_status_bar
from ..widgets.compact_warning import CompactWarning
from ..widgets.flow_layout import FlowLayout

STATUS_COLOURS = {MeetingStatus.PLANNED: "#cfe3ff", MeetingStatus.CALLED: "#b6d7a8",
                  MeetingStatus.HELD: "#d9d9d9", MeetingStatus.CANCELLED: "#f4cccc"}


class MeetingsTab(QWidget):
    """Emits ``open_requested(meeting_id)``; the group page opens the meeting editor. ``import_requested(group_id)``
    asks for old minutes from Word (Arkiv > Importera anteckningar från Word… for this group)."""

    open_requested = Signal(int)
    changed = Signal()
    import_requested = Signal(int)  # old minutes from Word for this group; the main window does it

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.uow = uow
        self.today = today
        self.group_id: int | None = None
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(today().year)
        self.year_spin.valueChanged.connect(lambda _year: self.reload())
        self.new_button = QPushButton(self.tr("New meeting…"), self)
        self.series_button = QPushButton(self.tr("Plan the year…"), self)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.template_button = QPushButton(self.tr("Standard items…"), self)
        self.import_button = QPushButton(self.tr("Import from Word…"), self)
        self.import_button.setToolTip(self.tr("Old minutes from a Word document become a meeting of this group"))
        self.import_button.clicked.connect(lambda: self.import_requested.emit(self.group_id or 0))
        self.template_button.clicked.connect(self.edit_template)
        self.new_button.clicked.connect(lambda: self.new_meeting())  # not clicked(bool) as the day
        self.series_button.clicked.connect(self.plan_series)
        self.open_button.clicked.connect(self.open_selected)
        self.count_warning = CompactWarning(self)  # one line, however many warnings: the table stays high
        self.model = meeting_model(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.view.activated.connect(lambda _index: self.open_selected())
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.activated.connect(self._calendar_activated)
        self.calendar.currentPageChanged.connect(lambda year, _month: self._page_changed(year))
        bar = self.bar = FlowLayout()  # wraps on a narrow window (150 % scaling) instead of widening the group page
        year = QWidget(self)
        year_row = QHBoxLayout(year)
        year_row.setContentsMargins(0, 0, 0, 0)
        year_row.addWidget(QLabel(self.tr("Year"), year))
        year_row.addWidget(self.year_spin)
        for widget in (self.new_button, self.series_button, self.open_button, self.template_button,
                       self.import_button, year):
            bar.addWidget(widget)
        splitter = QSplitter(self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.calendar)
        splitter.setSizes([560, 320])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.count_warning)
        layout.addWidget(splitter)
        self._marked: list[QDate] = []

    def show_group(self, group_id: int) -> None:
        self.group_id = group_id
        self.reload()

    def reload(self) -> None:
        if self.group_id is None:
            return
        year = self.year_spin.value()
        rows = meetings.list_meetings(self.uow, self.group_id, year)
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        notes = [meetings.year_count_warning(self.uow, self.group_id, year) or ""]
        notes += [self.tr("The minutes of %1 have waited %2 days for approval (the mandate allows %3).")
                  .replace("%1", late.meeting_on).replace("%2", str(late.days_waiting))
                  .replace("%3", str(late.allowed_days))
                  for late in approval.late_approvals(self.uow, self.today(), self.group_id)]
        text = "\n".join(n for n in notes if n)
        self.count_warning.setText(text)
        self._mark_calendar(rows, year)

    def _mark_calendar(self, rows: list[MeetingDTO], year: int) -> None:
        for day in self._marked:
            self.calendar.setDateTextFormat(day, QTextCharFormat())
        self._marked = []
        for ordinal in (date(year, 1, 1).toordinal() + n for n in range(366)):
            d = date.fromordinal(ordinal)
            if d.year == year and swedish_holiday(d):
                fmt = QTextCharFormat()
                fmt.setForeground(QColor("#c62828"))
                fmt.setToolTip(swedish_holiday(d) or "")
                qd = QDate(d.year, d.month, d.day)
                self.calendar.setDateTextFormat(qd, fmt)
                self._marked.append(qd)
        for meeting in rows:
            local = meeting.starts_at.astimezone(STOCKHOLM).date()
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(STATUS_COLOURS[meeting.status]))
            fmt.setFontWeight(700)
            fmt.setToolTip(f"{meeting.group_name} {local.isoformat()}")
            qd = QDate(local.year, local.month, local.day)
            self.calendar.setDateTextFormat(qd, fmt)
            self._marked.append(qd)
        if self.calendar.yearShown() != year:
            self.calendar.setCurrentPage(year, self.calendar.monthShown())

    def _page_changed(self, year: int) -> None:
        if year != self.year_spin.value():
            self.year_spin.setValue(year)

    def selected(self) -> MeetingDTO | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def open_selected(self) -> None:
        meeting = self.selected()
        if meeting is None:
            show_in_status_bar(self, self.tr("Choose a meeting in the list first (or double-click it)."))
        else:
            self.open_requested.emit(meeting.id)

    def _calendar_activated(self, qdate: QDate) -> None:
        day = date(qdate.year(), qdate.month(), qdate.day())
        for row, meeting in enumerate(self.model.rows()):
            if meeting.starts_at.astimezone(STOCKHOLM).date() == day:
                self.view.selectRow(row)
                self.open_requested.emit(meeting.id)
                return
        self.new_meeting(day)

    def new_meeting(self, day: date | None = None) -> None:
        if self.group_id is None:
            return
        dialog = MeetingDialog(self.uow, self.group_id, None, self, day=day)
        if dialog.exec():
            self.reload()
            self.changed.emit()

    def edit_template(self) -> None:
        if self.group_id is not None:
            TemplateDialog(self.uow, self.group_id, self).exec()

    def plan_series(self) -> None:
        if self.group_id is None:
            return
        first = date(self.year_spin.value(), 1, 15) if self.year_spin.value() != self.today().year else self.today()
        if SeriesDialog(self.uow, self.group_id, self, first=first).exec():
            self.reload()
            self.changed.emit()

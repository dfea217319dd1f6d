"""Uppföljning: one place to see what needs doing across groups. Översikt for a chosen year (each row leads to
where it is fixed), Åtgärder, Förankring and the Årshjul (the year's meetings and report deadlines by month)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.codes import OverviewKind
from ...services import UnitOfWork, overview, reporting
from ...services.overview import FollowUpTarget, OverviewFinding, Severity, TargetKind, WheelEntry
from ..dialogs.report_done_dialog import ReportDoneDialog
from ..models.table_model import Column, DtoTableModel
from ..operations import Changes, perform, subscribe
from ..widgets.combos import ChoiceCombo
from ..widgets.wrapping_delegate import WrappingDelegate
from .decision_log_tab import DecisionLogTab
from .follow_up_lists import ActionsTab, AnchoringTab, _table, group_choices

WARNING = QColor("#9a3412")
MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


class FindingModel(DtoTableModel[OverviewFinding]):
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.row_at(index.row())
            return QBrush(WARNING) if row is not None and row.severity is Severity.WARNING else None
        return super().data(index, role)


def finding_model(parent=None) -> FindingModel:
    return FindingModel([
        Column(QCoreApplication.translate("FollowUp", "Group"), lambda f: f.group_name),
        Column(QCoreApplication.translate("FollowUp", "Date"), lambda f: f.on.isoformat() if f.on else ""),
        Column(QCoreApplication.translate("FollowUp", "What needs doing"), lambda f: f.text, lambda f: f.text),
    ], parent)


class YearWheelModel(QAbstractTableModel):
    """Twelve columns, one a month; each cell one meeting or report deadline of that month."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.months: list[list[WheelEntry]] = [[] for _ in range(12)]

    def set_entries(self, entries: list[WheelEntry]) -> None:
        self.beginResetModel()
        self.months = [[] for _ in range(12)]
        for entry in sorted(entries, key=lambda e: (e.on, e.group_name)):
            self.months[entry.month - 1].append(entry)
        self.endResetModel()

    def entry(self, row: int, column: int) -> WheelEntry | None:
        month = self.months[column] if 0 <= column < 12 else []
        return month[row] if 0 <= row < len(month) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else max((len(m) for m in self.months), default=0)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 12

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 12:
            return MONTHS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        entry = self.entry(index.row(), index.column()) if index.isValid() else None
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:  # the short name where there is one: a cell is a twelfth wide
            return f"{entry.on.day}/{entry.on.month} {entry.group_short or entry.group_name}: {entry.label}"
        if role == Qt.ItemDataRole.ToolTipRole:  # everything, whatever the cell has room for
            state = ""
            if entry.kind is OverviewKind.REPORT:
                state = " – " + (self.tr("submitted") if entry.done else self.tr("not submitted"))
            return f"{entry.group_name}: {entry.label} {entry.on.isoformat()}{state}"
        if role == Qt.ItemDataRole.ForegroundRole and entry.kind is OverviewKind.REPORT and not entry.done:
            return QBrush(WARNING)
        return None


class FollowUpPage(QWidget):
    """``open_meeting(meeting_id)`` and ``open_group(group_id, tab)`` ask the main window to go there."""

    open_meeting = Signal(int)
    open_item = Signal(int, int)
    open_group = Signal(int, str)
    open_case = Signal(int, int)  # group, case: the group's Ärenden tab with the case selected

    def __init__(self, uow: UnitOfWork, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow, self.today = uow, today
        title = QLabel(self.tr("Follow-up"), self)
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.year = QSpinBox(self)
        self.year.setRange(1990, 2100)
        self.year.setValue(today().year)
        self.group = ChoiceCombo(self, none_label=self.tr("All groups"))
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch()
        header.addWidget(QLabel(self.tr("Year"), self))
        header.addWidget(self.year)
        header.addWidget(QLabel(self.tr("Group"), self))
        header.addWidget(self.group)
        # The way in to reporting.mark_report_done: a report chosen in the overview or the Årshjul.
        self.report_button = QPushButton(self.tr("Report submitted…"), self)
        self.report_button.setToolTip(self.tr("Mark the chosen report as submitted, or take the mark back"))
        self.report_button.clicked.connect(self.mark_report)
        header.addWidget(self.report_button)

        self.findings = finding_model(self)
        self.findings_view = _table(self, self.findings)
        self.findings_view.doubleClicked.connect(lambda index: self.go_to(index.row()))
        self.findings_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.wheel = YearWheelModel(self)
        self.wheel_view = QTableView(self)
        self.wheel_view.setModel(self.wheel)
        self.wheel_view.verticalHeader().hide()
        self.wheel_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.wheel_view.setWordWrap(True)
        # Every cell whole at 1366 px: long words wrap too, and rows follow the columns' width as it changes.
        self.wheel_view.setItemDelegate(WrappingDelegate(self.wheel_view))
        self.wheel_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.wheel_view.doubleClicked.connect(self._open_wheel_entry)
        self.actions_tab = ActionsTab(uow, today, self, year=lambda: self.year.value())
        self.anchoring_tab = AnchoringTab(uow, self)
        for tab in (self.actions_tab, self.anchoring_tab):
            tab.open_meeting.connect(self.open_meeting)
        self.decision_log = DecisionLogTab(uow, lambda: self.group.value(), self)
        self.decision_log.open_item.connect(self.open_item)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.findings_view, self.tr("Overview"))
        self.tabs.addTab(self.decision_log, self.tr("Decision log"))
        self.tabs.addTab(self.actions_tab, self.tr("Actions"))
        self.tabs.addTab(self.anchoring_tab, self.tr("Anchoring"))
        self.tabs.addTab(self.wheel_view, self.tr("Year wheel"))
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs)
        self.year.valueChanged.connect(lambda _year: self.reload())
        self.group.currentIndexChanged.connect(lambda _index: self.reload())
        self.tabs.currentChanged.connect(lambda _index: self.reload_current())
        subscribe(self, self._changed)
        for view in (self.findings_view, self.wheel_view):
            view.selectionModel().currentChanged.connect(lambda *_: self._update_report_button())
        self._update_report_button()

    def reload(self) -> None:
        choices = group_choices(self.uow)
        if [None, *(c[1] for c in choices)] != self.group.values():  # refill only when the groups changed
            self.group.blockSignals(True)
            self.group.set_choices(choices)  # keeps the chosen group
            self.group.blockSignals(False)
            self.actions_tab.set_groups(choices)
        self.reload_current()

    def _changed(self, changes: Changes) -> None:
        """The change hub: the list in view follows actions, anchoring and meetings changed anywhere (the decision
        log subscribes itself)."""
        if (changes.follow_up or changes.meetings) and self.isVisibleTo(self.window()) \
                and self.tabs.currentWidget() is not self.decision_log:
            perform(self, self.reload)

    def reload_current(self) -> None:
        self._reload_tab()
        self._update_report_button()

    def _reload_tab(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.findings_view:
            self.findings.set_rows(overview.overview(self.uow, self.year.value(), self.today(), self.group.value()))
        elif current is self.wheel_view:
            self.wheel.set_entries(overview.year_wheel(self.uow, self.year.value(), self.group.value()))
            self.wheel_view.resizeRowsToContents()
        elif current is self.decision_log:
            self.decision_log.reload()
        elif current is self.actions_tab:
            self.actions_tab.reload()
        elif current is self.anchoring_tab:
            self.anchoring_tab.group_id = self.group.value()
            self.anchoring_tab.reload()

    def go_to(self, row: int) -> None:
        """Lead from an overview row to where it is fixed."""
        finding = self.findings.row_at(row)
        if finding is None:
            return
        target: FollowUpTarget = finding.target
        if target.kind is TargetKind.MEETING and target.id is not None:
            self.open_meeting.emit(target.id)
        elif target.kind is TargetKind.ACTIONS:
            self.actions_tab.show_overdue(finding.group_id)  # what the finding counted, no more
            self.tabs.setCurrentWidget(self.actions_tab)
        elif target.kind is TargetKind.ANCHORING:
            self.group.set_value(finding.group_id)
            self.tabs.setCurrentWidget(self.anchoring_tab)
        elif target.kind is TargetKind.CASE and target.id is not None:
            self.open_case.emit(finding.group_id, target.id)
        else:
            tab = {TargetKind.MEMBERSHIP: "members", TargetKind.CASE: "cases"}.get(target.kind, "overview")
            self.open_group.emit(finding.group_id, tab)

    def _open_wheel_entry(self, index: QModelIndex) -> None:
        entry = self.wheel.entry(index.row(), index.column())
        if entry is not None and entry.meeting_id is not None:
            self.open_meeting.emit(entry.meeting_id)
        elif entry is not None and entry.duty_id is not None:  # a report: mark it submitted (or take it back)
            self.mark_report()
        elif entry is not None:
            self.open_group.emit(entry.group_id, "overview")

    def selected_report(self) -> tuple[int, date, int] | None:
        """(duty, due date, group) of the report chosen in the overview or the Årshjul, if a report is chosen."""
        current = self.tabs.currentWidget()
        if current is self.findings_view:
            finding = self.findings.row_at(self.findings_view.currentIndex().row())
            if finding is not None and finding.target.kind is TargetKind.REPORTING and finding.target.id is not None \
                    and finding.on is not None:
                return finding.target.id, finding.on, finding.group_id
        elif current is self.wheel_view:
            index = self.wheel_view.currentIndex()
            entry = self.wheel.entry(index.row(), index.column()) if index.isValid() else None
            if entry is not None and entry.duty_id is not None:
                return entry.duty_id, entry.on, entry.group_id
        return None

    def _update_report_button(self) -> None:
        chosen = self.selected_report() is not None
        self.report_button.setEnabled(chosen)
        self.report_button.setStatusTip("" if chosen else self.tr(
            "Choose a report in the overview or the year wheel to mark it as submitted."))

    def mark_report(self) -> bool:
        chosen = self.selected_report()
        if chosen is None:
            return False
        duty_id, due_on, group_id = chosen
        deadline = next((d for d in reporting.reporting_deadlines(self.uow, due_on.year, group_id)
                         if d.duty_id == duty_id and d.due_on == due_on), None)
        if deadline is None:  # the duty was changed or removed meanwhile
            QMessageBox.warning(self, self.tr("Report submitted"), self.tr("The report is no longer due then."))
            self.reload_current()
            return False
        to = " " + self.tr("to %1").replace("%1", deadline.recipient) if deadline.recipient else ""
        dialog = ReportDoneDialog(self.uow, duty_id, due_on, f"{deadline.group_name}: {deadline.name}{to}",
                                  deadline.done_on, self.today(), self)
        if not dialog.exec():
            return False
        self.reload_current()
        return True

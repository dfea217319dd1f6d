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
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.codes import OverviewKind
from ...services import UnitOfWork, overview
from ...services.overview import FollowUpTarget, OverviewFinding, Severity, TargetKind, WheelEntry
from ..models.table_model import Column, DtoTableModel
from ..widgets.combos import ChoiceCombo
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
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{entry.on.day}/{entry.on.month} {entry.group_name}: {entry.label}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{entry.group_name}: {entry.label} {entry.on.isoformat()}"
        if role == Qt.ItemDataRole.ForegroundRole and entry.kind is OverviewKind.REPORT and not entry.done:
            return QBrush(WARNING)
        return None


class FollowUpPage(QWidget):
    """``open_meeting(meeting_id)`` and ``open_group(group_id, tab)`` ask the main window to go there."""

    open_meeting = Signal(int)
    open_item = Signal(int, int)
    open_group = Signal(int, str)

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
        self.wheel_view.doubleClicked.connect(self._open_wheel_entry)
        self.actions_tab = ActionsTab(uow, today, self)
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

    def reload(self) -> None:
        choices = group_choices(self.uow)
        if [None, *(c[1] for c in choices)] != self.group.values():  # refill only when the groups changed
            self.group.blockSignals(True)
            self.group.set_choices(choices)  # keeps the chosen group
            self.group.blockSignals(False)
            self.actions_tab.set_groups(choices)
        self.reload_current()

    def reload_current(self) -> None:
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
            self.actions_tab.group.set_value(finding.group_id)
            self.actions_tab.overdue_only.setChecked(True)
            self.tabs.setCurrentWidget(self.actions_tab)
        elif target.kind is TargetKind.ANCHORING:
            self.group.set_value(finding.group_id)
            self.tabs.setCurrentWidget(self.anchoring_tab)
        else:
            tab = {TargetKind.MEMBERSHIP: "members", TargetKind.CASE: "cases"}.get(target.kind, "overview")
            self.open_group.emit(finding.group_id, tab)

    def _open_wheel_entry(self, index: QModelIndex) -> None:
        entry = self.wheel.entry(index.row(), index.column())
        if entry is not None and entry.meeting_id is not None:
            self.open_meeting.emit(entry.meeting_id)
        elif entry is not None:
            self.open_group.emit(entry.group_id, "overview")

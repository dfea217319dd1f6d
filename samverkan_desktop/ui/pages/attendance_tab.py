"""Attendance of one meeting: everyone valid on the day, with guests and adjunct members added ad hoc."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import AttendanceStatus
from ...services import UnitOfWork, minutes
from ...services.meeting_dto import AttendanceData, AttendanceDTO
from ..dialogs.attendance_dialog import AttendanceDialog
from ..dialogs.attendee_dialog import AttendeeDialog
from ..models.meeting_models import attendance_model
from ..operations import perform, refuse, show_in_status_bar
from ..widgets.minutes_people_bar import MinutesPeopleBar


class AttendanceTab(QWidget):
    """``deferred``: the meeting editor's tab, whose list, buttons and people bar (many widgets under the style
    sheet) are made when it is first shown or one of them is first asked for, not when the meeting opens."""

    view: QTableView
    present_button: QPushButton
    excused_button: QPushButton
    absent_button: QPushButton
    edit_button: QPushButton
    guest_button: QPushButton
    people_bar: MinutesPeopleBar
    _CONTENT = frozenset({"view", "present_button", "excused_button", "absent_button", "edit_button",
                          "guest_button", "people_bar"})

    def __init__(self, uow: UnitOfWork, meeting_id: int, parent: QWidget | None = None, *,
                 deferred: bool = False) -> None:
        super().__init__(parent)
        self.uow = uow
        self.meeting_id = meeting_id
        self.model = attendance_model(self)
        # Read when first shown: most openings of a meeting never look at this tab. (The meeting editor has the
        # list filled when it opens, as the checksum covers it: see services.meeting_view.)
        self.loaded = False
        self.built = False
        self.tab_order_before: QWidget | None = None  # Tab reaches content made later just before this widget
        if not deferred:
            self._build()

    def __getattr__(self, name: str) -> object:
        # Only for what normal lookup did not find: the content of a deferred tab, made on first use.
        if name in AttendanceTab._CONTENT and not self.__dict__.get("built", True):
            self._build()
            return getattr(self, name)
        raise AttributeError(name)

    def setVisible(self, visible: bool) -> None:
        if visible and not self.built:
            self._build()  # before the children are shown with it
        super().setVisible(visible)

    def _build(self) -> None:
        self.built = True
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        buttons = QHBoxLayout()
        self.present_button = QPushButton(self.tr("Present"), self)
        self.excused_button = QPushButton(self.tr("Sent apologies"), self)
        self.absent_button = QPushButton(self.tr("Absent"), self)
        self.edit_button = QPushButton(self.tr("Substitute or part of meeting…"), self)
        self.guest_button = QPushButton(self.tr("Add guest or co-opted…"), self)
        self.present_button.clicked.connect(lambda: self.set_status(AttendanceStatus.PRESENT))
        self.excused_button.clicked.connect(lambda: self.set_status(AttendanceStatus.EXCUSED))
        self.absent_button.clicked.connect(lambda: self.set_status(AttendanceStatus.ABSENT))
        self.edit_button.clicked.connect(self.edit_selected)
        self.guest_button.clicked.connect(self.add_attendee)
        for button in (self.present_button, self.excused_button, self.absent_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.guest_button)
        self.people_bar = MinutesPeopleBar(self.uow, self.meeting_id, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.people_bar)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        if (before := self.tab_order_before) is not None:
            chain: list[QWidget] = []
            widget = self.nextInFocusChain()
            while widget is not None and widget is not self:  # made last, at the end of the window's chain
                if self.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    chain.append(widget)
                widget = widget.nextInFocusChain()
            last = before.previousInFocusChain()  # moved just before ``before``, where made with the editor
            for widget in chain:
                if last is not None:
                    QWidget.setTabOrder(last, widget)
                last = widget
        if self.loaded:  # refused before it was made
            self.people_bar.reload()
            self.view.resizeColumnsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        if not self.loaded:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self.loaded = True
        self.people_bar.reload()
        if rows := perform(self, lambda: minutes.attendance(self.uow, self.meeting_id), title=self.tr("Attendance")):
            self.model.set_rows(rows.value)
        self.view.resizeColumnsToContents()

    def refused(self, message: str) -> None:
        """The list could not be filled when the meeting opened: say why, once, as reading it would have."""
        self.loaded = True
        if self.built:
            self.people_bar.reload()
        refuse(self, message, title=self.tr("Attendance"))
        if self.built:
            self.view.resizeColumnsToContents()

    def selected(self) -> list[AttendanceDTO]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [row for row in (self.model.row_at(r) for r in rows) if row is not None]

    def set_status(self, status: AttendanceStatus) -> None:
        if not self.selected():
            show_in_status_bar(self, self.tr("Choose one or more people in the list first."))
            return

        def record() -> None:
            for row in self.selected():
                minutes.set_attendance(self.uow, row.id, AttendanceData(
                    status, row.substitute_for_id, row.present_from_paragraph, row.present_to_paragraph))

        perform(self, record, title=self.tr("Attendance"))
        self.reload()

    def edit_selected(self) -> None:
        selected = self.selected()
        if not selected:
            show_in_status_bar(self, self.tr("Choose a person in the list first."))
        elif AttendanceDialog(self.uow, selected[0], self).exec():
            self.reload()

    def add_attendee(self) -> None:
        if AttendeeDialog(self.uow, self.meeting_id, self).exec():
            self.reload()

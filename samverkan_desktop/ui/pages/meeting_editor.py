# Over 400 lines: one page wiring a meeting's header, agenda, minutes, attendance and access; its menus are modules.
"""The meeting editor: header, agenda with minutes, attendance. Usable live during a meeting."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...services import UnitOfWork, agenda, groups, meetings
from ...services.meeting_dto import AgendaItemDTO, MeetingDTO, OutcomeData
from ...services.meeting_view import MeetingView, meeting_view
from .. import window_geometry
from ..commands import (
    AddItemCommand,
    AgendaCommand,
    DeleteItemCommand,
    MoveItemCommand,
    SetOutcomeCommand,
    UpdateItemCommand,
)
from ..dialogs.agenda_item_dialog import AgendaItemDialog
from ..dialogs.cancel_meeting_dialog import CancelMeetingDialog
from ..dialogs.meeting_dialog import MeetingDialog
from ..i18n import STOCKHOLM, format_date, format_time
from ..labels import meeting_status_labels, minutes_status_labels
from ..models.agenda_model import AgendaTableModel
from ..operations import Changes, ServiceOp, notify, perform, refuse, show_in_status_bar, subscribe
from ..widgets.approval_bar import ApprovalBar
from ..widgets.banner import Banner, BannerKind
from ..widgets.disabled_reason import explain, explain_action
from ..widgets.flow_layout import FlowLayout
from ..widgets.minutes_pane import MinutesPane
from ..widgets.table_fit import fit_columns, fit_rows, hide_when_narrow
from ..widgets.wrapping_delegate import WrappingDelegate
from . import meeting_reasons as reasons
from .attendance_tab import AttendanceTab
from .meeting_export import MeetingExportMenu
from .meeting_sending import MeetingSending


class MeetingEditor(QMainWindow):
    """Announces its changes on the change hub (and emits ``changed(meeting_id)``), reloads on changes to its
    meeting made elsewhere (the approval bar, another window), and emits ``closed(meeting_id)`` when the window is
    closed; a closed editor deletes itself (widgets, models and rows) unless a thread still runs."""

    changed = Signal(int)
    closed = Signal(int)

    def __init__(self, uow: UnitOfWork, meeting_id: int, parent: QWidget | None = None) -> None:
        # A window of its own from the start: made a window afterwards (the group page did), all its widgets were
        # re-styled once more.
        super().__init__(parent, Qt.WindowType.Window)
        self.uow = uow
        view = meeting_view(uow, meeting_id)  # everything reload() shows, in one unit of work
        self.meeting: MeetingDTO = view.meeting
        self.undo_stack = QUndoStack(self)
        # Freed when closed: each editor holds some megabytes of widgets and rows, and a day opens many.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.resize(1366, 780)  # as wide as a laptop's screen allows (window_geometry fits it), for the titles
        # Built top down, each widget made in the parent it stays in: with the application's style sheet (the
        # visible focus) Qt re-styles every widget of a subtree that moves to another parent, which took a third
        # of an opening when the parts were built first and put together afterwards.
        # On a small screen the editor scrolls; the status bar with the save indicator stays in view.
        central = QWidget()
        scroll_area = window_geometry.scrolling(central, self)
        self.setCentralWidget(scroll_area)

        self.header = QLabel(central)
        self.header.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.facts = QLabel(central)
        # On a shared PostgreSQL database: why this login may not change the meeting (services/access).
        self.access_banner = Banner("", BannerKind.INFO, closable=False, parent=central)
        self.access_banner.hide()
        self.edit_button = QPushButton(self.tr("Change time and place…"), central)
        self.called_button = QPushButton(self.tr("Mark as called"), central)
        self.held_button = QPushButton(self.tr("Mark as held"), central)
        self.cancel_button = QPushButton(self.tr("Cancel meeting…"), central)
        self.edit_button.clicked.connect(self.edit_meeting)
        self.called_button.clicked.connect(lambda: self._transition(meetings.mark_called))
        self.held_button.clicked.connect(lambda: self._transition(meetings.mark_held))
        self.cancel_button.clicked.connect(self.cancel_meeting)
        self.exports = MeetingExportMenu(uow, self, published=self.refresh,
                                         prepare=lambda: self.minutes_pane.save_now())
        self.sending = MeetingSending(uow, self, self.exports.menu, prepare=lambda: self.minutes_pane.save_now())
        # Wraps at 150 % scaling instead of widening the editor past the screen.
        header_buttons = self.header_buttons = FlowLayout()
        for button in (self.edit_button, self.called_button, self.held_button, self.cancel_button,
                       self.exports.button):
            header_buttons.addWidget(button)
        self.approval_bar = ApprovalBar(uow, self.meeting, lambda: self.minutes_pane.save_now(), central)
        # Shortcuts to the bar's parts, as the rest of the editor and its tests name them.
        bar = self.approval_bar
        self.approval_label, self.send_button, self.approve_button = bar.label, bar.send_button, bar.approve_button
        self.reopen_button, self.review_button, self.receipt_button = bar.reopen_button, bar.review_button, \
            bar.receipt_button
        self.export_review_file, self.import_receipt = bar.export_review_file, bar.import_receipt

        self.tabs = QTabWidget(central)
        splitter = QSplitter()
        self.tabs.addTab(splitter, self.tr("Agenda and minutes"))
        agenda_box = QWidget(splitter)
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.setContentsMargins(0, 0, 0, 0)

        self.agenda_model = AgendaTableModel(self)
        self.agenda_model.move_requested.connect(self.move_item_to)
        self.agenda_view = QTableView(agenda_box)
        self.agenda_view.setModel(self.agenda_model)
        self.agenda_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.agenda_view.setDragEnabled(True)
        self.agenda_view.setAcceptDrops(True)
        self.agenda_view.setDropIndicatorShown(True)
        self.agenda_view.verticalHeader().hide()
        header = self.agenda_view.horizontalHeader()
        # Fixed widths, fitted to the contents once per reload (widgets/table_fit.py).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(AgendaTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        # Titles wrap to the lines they need (long words too), the rows fitted whenever the title column's width
        # changes: at 1366 px a title is never cut (issue 18 point 6).
        self.agenda_view.setItemDelegateForColumn(AgendaTableModel.TITLE, WrappingDelegate(self.agenda_view))
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.timeout.connect(lambda: fit_rows(self.agenda_view, AgendaTableModel.TITLE))
        header.sectionResized.connect(
            lambda column, _old, _new: self._rows_timer.start(0) if column == AgendaTableModel.TITLE else None)
        self.agenda_view.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show_current())
        self.agenda_view.doubleClicked.connect(lambda _index: self.edit_item())
        self.time_warning = QLabel(agenda_box)
        self.time_warning.setStyleSheet("color: #9a6700;")
        self.time_warning.setWordWrap(True)

        self.minutes_pane = MinutesPane(uow, splitter)
        self.minutes_pane.saved_state.connect(self._saved_state)
        self.minutes_pane.record_outcome = self.set_outcome
        self.minutes_pane.failed.connect(lambda message: refuse(self, message, title=self.tr("Not saved")))
        self.minutes_pane.outcome_refused.connect(self._outcome_refused)
        self.minutes_pane.set_groups(groups.group_choices(uow))

        agenda_buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("New item…"), agenda_box)
        self.template_button = QPushButton(self.tr("Standard items"), agenda_box)
        self.add_button.clicked.connect(self.add_item)
        self.template_button.clicked.connect(self.apply_template)
        agenda_buttons.addWidget(self.add_button)
        agenda_buttons.addWidget(self.template_button)
        agenda_buttons.addStretch()
        agenda_layout.addLayout(agenda_buttons)
        agenda_layout.addWidget(self.agenda_view)
        agenda_layout.addWidget(self.time_warning)
        splitter.addWidget(agenda_box)
        splitter.addWidget(self.minutes_pane)
        splitter.setSizes([620, 700])
        # Narrow (150 % scaling): presenter and minutes, then the kind (a decision item's title is bold anyway),
        # step aside so the titles stay readable.
        self.narrow_agenda = hide_when_narrow(
            self.agenda_view, ((85, (AgendaTableModel.PRESENTER, AgendaTableModel.MINUTES)),
                               (80, (AgendaTableModel.KIND,))),
            lambda: self._rows_timer.start(0))  # with the title column's new width: one fitting

        pages = self.tabs.findChild(QStackedWidget)  # made in the tab widget's pages, not moved there
        self.attendance_tab = AttendanceTab(uow, meeting_id, pages, deferred=True)  # made when first shown
        if view.attendance_error:
            self.attendance_tab.refused(view.attendance_error)
        self.tabs.addTab(self.attendance_tab, self.tr("Attendance"))
        self.approval_bar.attendance_wanted.connect(lambda: self.tabs.setCurrentWidget(self.attendance_tab))

        layout = QVBoxLayout(central)
        layout.addWidget(self.header)
        layout.addWidget(self.facts)
        layout.addWidget(self.access_banner)
        layout.addLayout(header_buttons)
        layout.addWidget(self.approval_bar)
        layout.addWidget(self.tabs)
        # Tab reaches the tab bar and the scroll area after the pages' content, as when they were made last.
        last = self.previousInFocusChain()
        while last is not None and last.focusPolicy() == Qt.FocusPolicy.NoFocus:
            last = last.previousInFocusChain()
        tab_bar = self.tabs.tabBar()
        self.attendance_tab.tab_order_before = tab_bar  # its content is made when first shown
        for widget in (tab_bar, *tab_bar.findChildren(QToolButton)):
            if last is not None:
                QWidget.setTabOrder(last, widget)
            last = widget
        QWidget.setTabOrder(self.tabs, scroll_area)  # after the tab widget and all it holds
        window_geometry.install()
        self.save_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.save_label)
        self._build_actions()
        self._saved_state(True)
        self._show_view(view)
        subscribe(self, self._changed_elsewhere)

    # -- actions and keyboard ----------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for act, can, why in ((self.undo_action, self.undo_stack.canUndoChanged, self.tr("Nothing to undo.")),
                              (self.redo_action, self.undo_stack.canRedoChanged, self.tr("Nothing to redo."))):
            explain_action(act, act.isEnabled(), why)
            # The stack may still say so while the window is being destroyed, after its actions are gone.
            can.connect(lambda enabled, act=act, why=why: explain_action(act, enabled, why) if isValid(act) else None)

        def action(text: str, slot, shortcut) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(lambda _checked=False: slot())
            return act

        self.move_up_action = action(self.tr("Move item up"), lambda: self.move_selected(-1), "Ctrl+Up")
        self.move_down_action = action(self.tr("Move item down"), lambda: self.move_selected(1), "Ctrl+Down")
        self.add_action = action(self.tr("New item…"), self.add_item, "Ctrl+Shift+N")
        self.delete_action = action(self.tr("Remove item"), self.delete_item, "Ctrl+Delete")
        self.save_action = action(self.tr("Save now"), self.save_now, QKeySequence.StandardKey.Save)
        self.close_action = action(self.tr("Close"), self.close, QKeySequence.StandardKey.Close)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        for act in (self.undo_action, self.redo_action):
            edit_menu.addAction(act)
        edit_menu.addSeparator()
        for act in (self.add_action, self.move_up_action, self.move_down_action, self.delete_action):
            edit_menu.addAction(act)
        file_menu = self.menuBar().addMenu(self.tr("&Meeting"))
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.close_action)

    # -- loading -----------------------------------------------------------------------------------
    def reload(self, select_item_id: int | None = None) -> None:
        self._show_view(meeting_view(self.uow, self.meeting.id), select_item_id)

    def _show_view(self, view: MeetingView, select_item_id: int | None = None) -> None:
        self.meeting = m = view.meeting
        local = m.starts_at.astimezone(STOCKHOLM)
        self.setWindowTitle("[*]" + self.tr("Meeting %1, %2").replace("%1", m.group_name).replace("%2", format_date(
            local.date())))
        self.header.setText(f"{m.group_name} – {format_date(local.date())}")
        where = " · ".join(x for x in (m.place, m.online_link) if x)
        minutes_text = self.tr("Minutes: %1").replace("%1", minutes_status_labels()[m.minutes_status])
        parts = [f"{format_time(m.starts_at)}–{format_time(m.ends_at)}", where, meeting_status_labels()[m.status],
                 minutes_text, m.cancel_reason or ""]
        self.facts.setText(" · ".join(p for p in parts if p))
        self.access_banner.label.setText(view.read_only_reason or "")
        self.access_banner.setVisible(view.read_only_reason is not None)
        may_edit = view.read_only_reason is None
        # A greyed button or action says why (tooltip, status bar): meeting_reasons has the words.
        why_not = reasons.edit_reason(m) or (view.read_only_reason or "")
        open_for_edits = not why_not
        for widget in (self.add_button, self.template_button, self.edit_button, self.attendance_tab):
            explain(widget, open_for_edits, why_not)
        self.minutes_pane.set_read_only(not open_for_edits, why_not)
        for action in (self.add_action, self.delete_action, self.move_up_action, self.move_down_action):
            explain_action(action, open_for_edits, why_not)
        self.agenda_view.setDragEnabled(open_for_edits)
        self.minutes_pane.comments = view.comments
        self.approval_bar.show_state(m, view.minutes)
        if not may_edit:  # sending and receipts are the secretary's (approving stays: a chair may)
            for button in (self.send_button, self.receipt_button):
                explain(button, False, view.read_only_reason or "")
        self.exports.show_meeting(m)
        self.sending.show_meeting(m)
        for button, why in ((self.called_button, reasons.called_reason(m)), (self.held_button, reasons.held_reason(m)),
                            (self.cancel_button, reasons.cancel_reason(m))):
            why = why or ("" if may_edit else view.read_only_reason or "")
            explain(button, not why, why)
        current = self.current_item()
        keep = select_item_id or (current.id if current else None)
        self.agenda_model.set_items(list(view.items))
        fit_columns(self.agenda_view, skip=AgendaTableModel.TITLE)
        if self.agenda_view.isVisible():
            fit_rows(self.agenda_view, AgendaTableModel.TITLE)
        else:  # opening: fitted once the window is laid out and the title column has its width (and no earlier)
            self._rows_timer.start(0)
        row = self.agenda_model.row_of(keep) if keep else -1
        if row < 0 and self.agenda_model.rowCount():
            row = 0
        if row >= 0:
            self.agenda_view.selectRow(row)
        self._show_current()
        self.time_warning.setText(view.time_warning or "")
        self.time_warning.setVisible(bool(view.time_warning))

    def refresh(self, select_item_id: int | None = None) -> None:
        """Show the meeting anew after a change made here, and announce it."""
        self.reload(select_item_id)
        self.changed.emit(self.meeting.id)
        notify(Changes.meeting(self.meeting.id, self.meeting.group_id, initiator=self))

    def _changed_elsewhere(self, changes: Changes) -> None:
        if changes.initiator is self or not changes.touches_meeting(self.meeting.id):
            return
        was_locked = self.meeting.minutes_status in reasons.LOCKED
        self.reload()
        if was_locked != (self.meeting.minutes_status in reasons.LOCKED):
            self.undo_stack.clear()  # approved (locked) or reopened: nothing before this can be undone or redone
        self.changed.emit(self.meeting.id)

    def save_now(self) -> bool:
        """Ctrl+S: what is typed is written at once, and the status bar says so (a refusal says why itself)."""
        saved = self.minutes_pane.save_now()
        if saved:
            show_in_status_bar(self, self.tr("Everything is saved."), 5000)
        return saved

    def current_item(self) -> AgendaItemDTO | None:
        index = self.agenda_view.currentIndex()
        return self.agenda_model.item_at(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        item = self.current_item()
        shown = self.minutes_pane.item
        if shown is not None and item is not None and shown.id == item.id and self.minutes_pane.has_pending_text():
            return
        if not self.minutes_pane.show_item(item) and shown is not None:
            # The text of the item being left could not be saved: stay on it rather than lose it.
            row = self.agenda_model.row_of(shown.id)
            if row >= 0:
                blocker = QSignalBlocker(self.agenda_view.selectionModel())
                self.agenda_view.selectRow(row)
                del blocker

    def _saved_state(self, saved: bool) -> None:
        self.save_label.setText(self.tr("All changes saved") if saved else self.tr("Unsaved changes…"))
        self.setWindowModified(not saved)

    def _outcome_refused(self, reason: str) -> None:
        """An action that had to record the chosen outcome first was not done: say so at once, and why."""
        item = self.minutes_pane.item
        title = item.title if item is not None else ""
        head = self.tr("Not done: the outcome of “%1” could not be recorded.").replace("%1", title)
        self.save_label.setText(self.tr("The outcome is not saved"))
        refuse(self, f"{head}\n\n{reason}\n\n" + self.tr(
            "Correct the decision or the outcome (or choose “(no outcome yet)”) and try again."),
               title=self.tr("Outcome not recorded"), status=f"{head} {reason}", status_timeout=15000)

    def push(self, command: AgendaCommand) -> bool:
        """Run the command's change now and put it on the undo stack only if it was accepted."""
        accepted = perform(self, command.run_first) is not None
        if accepted:
            self.undo_stack.push(command)
        return accepted

    def command_failed(self, message: str) -> None:
        """An undo or redo the data no longer allows: say why, and start a fresh undo history."""
        refuse(self, message, title=self.tr("Could not be undone"))
        QTimer.singleShot(0, self.undo_stack.clear)
        QTimer.singleShot(0, self.refresh)

    # -- agenda --------------------------------------------------------------------------------------
    def add_item(self) -> None:
        dialog = AgendaItemDialog(self)
        if not dialog.exec():
            return
        current = self.current_item()
        # Below the selected row, but never above the opening standard items nor below the closing ones.
        position = agenda.position_below(self.uow, self.meeting.id, current.id if current else None)
        self.push(AddItemCommand(self.uow, self.refresh, self.command_failed, self.meeting.id, dialog.result_value,
                                 self.tr("New item"), position))

    def edit_item(self) -> None:
        item = self.current_item()
        if item is None:
            return
        dialog = AgendaItemDialog(self, item)
        if dialog.exec():
            self.push(UpdateItemCommand(self.uow, self.refresh, self.command_failed, item, dialog.result_value,
                                        self.tr("Edit item")))

    def delete_item(self) -> None:
        item = self.current_item()
        if item is None:
            show_in_status_bar(self, self.tr("Choose an agenda item first."))
        elif self.minutes_pane.save_now():
            self.push(DeleteItemCommand(self.uow, self.refresh, self.command_failed, item, self.tr("Remove item")))

    def apply_template(self) -> None:
        if self.minutes_pane.save_now() and perform(self, lambda: agenda.apply_template(self.uow, self.meeting.id)):
            self.undo_stack.clear()  # adding the standard items starts a new undo history
            self.refresh()

    def move_selected(self, step: int) -> None:
        item = self.current_item()
        if item is None:
            show_in_status_bar(self, self.tr("Choose an agenda item first."))
            return
        target = max(1, min(item.position + step, self.agenda_model.rowCount()))
        if target != item.position:
            self.move_item_to(item.id, target)

    def move_item_to(self, item_id: int, new_position: int) -> None:
        row = self.agenda_model.row_of(item_id)
        item = self.agenda_model.item_at(row)
        if item is None:
            return
        if self.minutes_pane.save_now():
            self.push(MoveItemCommand(self.uow, self.refresh, self.command_failed, item_id, item.position,
                                      new_position, self.tr("Move item")))

    def set_outcome(self, data: OutcomeData) -> bool:
        """Record the pane's outcome as an undoable step; a refusal is shown in the pane, nothing is stored."""
        item = self.minutes_pane.item
        if item is None:
            return True
        command = SetOutcomeCommand(self.uow, self.refresh, self.command_failed, item, data, self.tr("Outcome"))
        if perform(self, command.run_first, at=self.minutes_pane.show_error) is None:
            return False
        self.undo_stack.push(command)
        return True

    # -- the meeting ---------------------------------------------------------------------------------
    def edit_meeting(self) -> None:
        if MeetingDialog(self.uow, self.meeting.group_id, self.meeting, self).exec():
            self.refresh()

    def cancel_meeting(self) -> None:
        if self.minutes_pane.save_now() and CancelMeetingDialog(self.uow, self.meeting.id, self).exec():
            self.undo_stack.clear()  # nothing on a cancelled meeting's agenda can be redone
            self.refresh()

    def _transition(self, service) -> None:
        if self.minutes_pane.save_now() and perform(self, lambda: service(self.uow, self.meeting.id)):
            self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.minutes_pane.save_now(refusal_said_by_caller=True):
            answer = QMessageBox.question(self, self.tr("Not saved"),
                                          self.tr("The latest text could not be saved. Close anyway?"))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        # An export still running in its worker must not lose its window: such an editor stays until it has said
        # its outcome.
        busy = any(op.running for op in self.findChildren(ServiceOp))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, not busy)
        event.accept()
        self.closed.emit(self.meeting.id)

"""Åtgärder and Förankring across groups: filterable lists where the follow-up is done (mark an action done,
record a party's anchoring), each row leading back to its meeting. A region has tens of thousands of each: the
lists are ordered by ids and read a page at a time as the view scrolls."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import ActionStatus
from ...domain.rich_text import plain_text
from ...services import UnitOfWork, follow_up, formalia, groups, organisations
from ...services.follow_up import ActionFilter, ActionRow, AnchoringRow
from ..dialogs.anchoring_dialog import AnchoringDialog
from ..excel_export import export_to_excel
from ..labels import action_status_labels, anchoring_status_labels
from ..models.paged_model import PagedTableModel
from ..models.table_model import Column
from ..operations import Changes, perform, show_in_status_bar
from ..widgets.combos import ChoiceCombo

OVERDUE = QColor("#b3261e")


class ActionModel(PagedTableModel[ActionRow]):
    """Overdue actions in red, so the eye finds them first."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.row_at(index.row())
            return QBrush(OVERDUE) if row is not None and row.overdue else None
        return super().data(index, role)


def _where(row) -> str:
    return f"{row.group_name} {row.meeting_on.isoformat()}" + (f" § {row.paragraph}" if row.paragraph else "")


def action_model(parent=None) -> ActionModel:
    statuses = action_status_labels()
    return ActionModel([
        Column(QCoreApplication.translate("FollowUp", "What"), lambda a: a.what),
        Column(QCoreApplication.translate("FollowUp", "Who"),
               lambda a: ", ".join(n for n in (a.person_name, a.organisation_name) if n)),
        Column(QCoreApplication.translate("FollowUp", "Due"), lambda a: a.due_on.isoformat() if a.due_on else ""),
        Column(QCoreApplication.translate("FollowUp", "Status"), lambda a: statuses[a.status] + (
            " – " + QCoreApplication.translate("FollowUp", "overdue") if a.overdue else "")),
        Column(QCoreApplication.translate("FollowUp", "Decided at"), _where, lambda a: a.item_title),
    ], parent=parent)


def anchoring_model(parent=None) -> PagedTableModel[AnchoringRow]:
    statuses = anchoring_status_labels()
    return PagedTableModel([
        Column(QCoreApplication.translate("FollowUp", "Party"), lambda a: a.organisation_name),
        Column(QCoreApplication.translate("FollowUp", "Decision"), lambda a: a.item_title,
               lambda a: plain_text(a.decision_text)),
        Column(QCoreApplication.translate("FollowUp", "Decided at"), _where),
        Column(QCoreApplication.translate("FollowUp", "Status"), lambda a: statuses[a.status]),
        Column(QCoreApplication.translate("FollowUp", "Date"), lambda a: a.on_date.isoformat() if a.on_date else ""),
        Column(QCoreApplication.translate("FollowUp", "Note"), lambda a: a.note or ""),
    ], parent=parent)


def _table(parent: QWidget, model, *, fit_on_reset: bool = True) -> QTableView:
    """``fit_on_reset=False``: the caller fits the columns (``fit_capped``) when it wants to."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    if fit_on_reset:
        model.modelReset.connect(lambda: fit_capped(view))
    return view


def fit_capped(view: QTableView) -> None:
    # Fitted once per load, not at every layout pass (ResizeToContents would measure each fetched page again),
    # and capped: free text (what to do, the decision) is elided so that who, when and status stay in view.
    view.resizeColumnsToContents()
    for column in range(view.model().columnCount()):
        view.setColumnWidth(column, min(view.columnWidth(column), MAX_COLUMN_WIDTH))


MAX_COLUMN_WIDTH = 320


class ActionsTab(QWidget):
    open_meeting = Signal(int)

    def __init__(self, uow: UnitOfWork, today: Callable[[], date], parent: QWidget | None = None, *,
                 year: Callable[[], int | None] = lambda: None) -> None:
        super().__init__(parent)
        self.uow, self.today = uow, today
        self.year = year  # the follow-up page's year: actions of meetings of that year or earlier, as the overview
        self.group = ChoiceCombo(self, none_label=self.tr("All groups"))
        self.status = ChoiceCombo(self, none_label=self.tr("Open and in progress"))
        self.status.set_choices([(label, status) for status, label in action_status_labels().items()])
        self.overdue_only = QCheckBox(self.tr("Only overdue"), self)
        self.subgroups = QCheckBox(self.tr("With sub-groups"), self)
        self.subgroups.setChecked(True)
        self.subgroups.setToolTip(self.tr("Also the actions of the groups that report to the chosen group"))
        self.model = action_model(self)
        self.view = _table(self, self.model)
        self.view.doubleClicked.connect(lambda index: self._open(index.row()))
        self.done_button = QPushButton(self.tr("Mark as done"), self)
        self.done_button.clicked.connect(self.mark_done)
        self.export_button = QPushButton(self.tr("Export to Excel…"), self)
        self.export_button.clicked.connect(lambda: self.export())
        self.summary = QLabel(self)
        filters = QHBoxLayout()
        for label, widget in ((self.tr("Group"), self.group), (self.tr("Status"), self.status)):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        filters.addWidget(self.subgroups)
        filters.addWidget(self.overdue_only)
        filters.addStretch()
        filters.addWidget(self.done_button)
        filters.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        layout.addWidget(self.summary)
        for combo in (self.group, self.status):
            combo.currentIndexChanged.connect(lambda _index: self.reload())
        self.overdue_only.toggled.connect(lambda _on: self.reload())
        self.subgroups.toggled.connect(lambda _on: self.reload())

    def set_groups(self, choices: list[tuple[str, int]]) -> None:
        self.group.blockSignals(True)  # the page reloads once afterwards, not on every index change of a refill
        self.group.set_choices(choices)  # keeps the chosen group
        self.group.blockSignals(False)

    def current_filter(self) -> ActionFilter:
        status = self.status.value()
        return ActionFilter(group_id=self.group.value(), include_subgroups=self.subgroups.isChecked(), status=status,
                            overdue_only=self.overdue_only.isChecked(), open_only=status is None,
                            until_year=self.year())

    def show_overdue(self, group_id: int) -> None:
        """The list an overdue-actions finding counts (follow_up.overdue_filter): the group's own, overdue."""
        wanted = follow_up.overdue_filter(group_id, self.year())
        for widget in (self.group, self.status, self.overdue_only, self.subgroups):
            widget.blockSignals(True)
        self.group.set_value(wanted.group_id)
        self.status.set_value(None)
        self.overdue_only.setChecked(wanted.overdue_only)
        self.subgroups.setChecked(wanted.include_subgroups)
        for widget in (self.group, self.status, self.overdue_only, self.subgroups):
            widget.blockSignals(False)
        self.reload()

    def export(self, target: Path | None = None):
        """The whole filtered list (not only the rows scrolled into view) to an Excel workbook."""
        wanted, today, worker = self.current_filter(), self.today(), self.uow.for_another_thread()
        headers = (self.tr("Group"), self.tr("Meeting"), "§", self.tr("Item"), self.tr("What"), self.tr("Person"),
                   self.tr("Organisation"), self.tr("Due"), self.tr("Status"), self.tr("Overdue"))
        statuses, yes = action_status_labels(), self.tr("Yes")

        def write(path: Path) -> Path:
            from ...export.register_workbook import write_table_xlsx

            rows = [(a.group_name, a.meeting_on, a.paragraph, a.item_title, a.what, a.person_name,
                     a.organisation_name, a.due_on, statuses[a.status], yes if a.overdue else None)
                    for a in follow_up.list_actions(worker, wanted, today)]
            return write_table_xlsx(self.tr("Actions"), headers, rows, path, (28, 12, 6, 36, 40, 24, 24, 12, 14, 10))

        self.runner = export_to_excel(self, self.tr("Export actions"), "atgarder.xlsx", write, target)
        return self.runner

    def reload(self) -> None:
        today = self.today()
        order = follow_up.action_order(self.uow, self.current_filter(), today)
        self.model.load_ids(order.ids, lambda ids: follow_up.action_rows(self.uow, ids, today))
        self.summary.setText(self.tr("Actions: %1, of which overdue: %2").replace("%1", str(len(order.ids))).replace(
            "%2", str(order.overdue)))

    def current(self) -> ActionRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def mark_done(self) -> None:
        row = self.current()
        if row is None or row.status is ActionStatus.DONE:
            show_in_status_bar(self, self.tr("Choose an action in the list first.") if row is None
                               else self.tr("The action is already done."))
            return
        perform(self, lambda: follow_up.mark_action_done(self.uow, row.id, self.today()),
                changes=Changes(follow_up=True, initiator=self))
        self.reload()

    def _open(self, row: int) -> None:
        action = self.model.row_at(row)
        if action is not None:
            self.open_meeting.emit(action.meeting_id)


class AnchoringTab(QWidget):
    open_meeting = Signal(int)

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow = uow
        self.group_id: int | None = None
        self.organisation = ChoiceCombo(self, none_label=self.tr("All parties"))
        self.pending_only = QCheckBox(self.tr("Only awaiting anchoring or implementation"), self)
        self.pending_only.setChecked(True)
        self.model = anchoring_model(self)
        self.view = _table(self, self.model)
        self.view.doubleClicked.connect(lambda index: self._open(index.row()))
        self.edit_button = QPushButton(self.tr("Record anchoring…"), self)
        self.edit_button.clicked.connect(self.edit)
        self.export_button = QPushButton(self.tr("Export to Excel…"), self)
        self.export_button.clicked.connect(lambda: self.export())
        self.formalia_button = QPushButton(self.tr("Clear anchoring of procedural items…"), self)
        self.formalia_button.setToolTip(self.tr(
            "Removes the not yet started anchoring rows of procedural items (approving the agenda, the previous "
            "minutes, choosing a justerare), which need no anchoring."))
        self.formalia_button.clicked.connect(self.clear_formalia)
        filters = QHBoxLayout()
        party = QLabel(self.tr("&Party"), self)
        party.setBuddy(self.organisation)
        filters.addWidget(party)
        filters.addWidget(self.organisation)
        filters.addWidget(self.pending_only)
        filters.addStretch()
        # The buttons on their own row below the list: beside the filters they made the page 1055 px wide.
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch()
        buttons.addWidget(self.formalia_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.organisation.currentIndexChanged.connect(lambda _index: self.reload())
        self.pending_only.toggled.connect(lambda _on: self.reload())

    def reload(self) -> None:
        if self.organisation.count() <= 1:  # filling the combo changes its index: no reload from that
            self.organisation.blockSignals(True)
            self.organisation.set_choices([(o.name, o.id) for o in organisations.list_organisations(self.uow)])
            self.organisation.blockSignals(False)
        order = follow_up.anchoring_order(self.uow, self.organisation.value(), self.pending_only.isChecked(),
                                          self.group_id)
        self.model.load_ids(order, lambda ids: follow_up.anchoring_rows(self.uow, ids))

    def export(self, target: Path | None = None):
        """The whole filtered list to an Excel workbook."""
        party, pending, group, worker = (self.organisation.value(), self.pending_only.isChecked(), self.group_id,
                                         self.uow.for_another_thread())
        headers = (self.tr("Party"), self.tr("Group"), self.tr("Meeting"), "§", self.tr("Decision"),
                   self.tr("Status"), self.tr("Date"), self.tr("Note"))
        statuses = anchoring_status_labels()

        def write(path: Path) -> Path:
            from ...export.register_workbook import write_table_xlsx

            rows = [(a.organisation_name, a.group_name, a.meeting_on, a.paragraph,
                     plain_text(a.decision_text) or a.item_title, statuses[a.status], a.on_date, a.note)
                    for a in follow_up.anchoring_for(worker, party, pending, group)]
            return write_table_xlsx(self.tr("Anchoring"), headers, rows, path, (30, 28, 12, 6, 50, 16, 12, 30))

        self.runner = export_to_excel(self, self.tr("Export anchoring"), "forankring.xlsx", write, target)
        return self.runner

    def current(self) -> AnchoringRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def clear_formalia(self) -> int:
        """Ask, then remove the pending anchoring rows of procedural items (of the chosen group, or all)."""
        title = self.tr("Clear anchoring")
        counted = perform(self, lambda: formalia.procedural_anchoring_count(self.uow, self.group_id), title=title)
        if counted is None:
            return 0
        if counted.value == 0:
            QMessageBox.information(self, title,
                                    self.tr("No procedural item has anchoring rows waiting to be cleared."))
            return 0
        answer = QMessageBox.question(self, title, self.tr(
            "Remove the not started anchoring rows of procedural items (%1)? Rows a party has worked on are "
            "kept.").replace("%1", str(counted.value)))
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        cleared = perform(self, lambda: formalia.clear_procedural_anchoring(self.uow, self.group_id), title=title,
                          changes=Changes(follow_up=True, initiator=self))
        if cleared is None:
            return 0
        removed = cleared.value
        QMessageBox.information(self, self.tr("Clear anchoring"),
                                self.tr("Anchoring rows removed: %1.").replace("%1", str(removed)))
        self.reload()
        return removed

    def edit(self) -> None:
        row = self.current()
        if row is None:
            show_in_status_bar(self, self.tr("Choose a row in the list first."))
        elif AnchoringDialog(self.uow, row, self).exec():
            self.reload()

    def _open(self, row: int) -> None:
        anchoring = self.model.row_at(row)
        if anchoring is not None:
            self.open_meeting.emit(anchoring.meeting_id)


def group_choices(uow: UnitOfWork) -> list[tuple[str, int]]:
    return [(g.name, g.id) for g in groups.list_groups(uow)]

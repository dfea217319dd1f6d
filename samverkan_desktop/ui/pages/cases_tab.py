"""A group's cases: "Att planera" (waiting for a later agenda), all cases, and the chosen case's history."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services import UnitOfWork, cases
from ...services.meeting_dto import CaseDTO
from ..dialogs.plan_case_dialog import PlanCaseDialog
from ..models.meeting_models import case_history_model, case_model
from ..operations import Changes, notify, subscribe
from ..widgets.disabled_reason import explain


def _table(parent: QWidget, model) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    return view


class CasesTab(QWidget):
    """Follows the change hub: a case opened, decided or planned anywhere (the meeting editor, this tab, another
    page) reloads the lists."""

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow = uow
        self.group_id: int | None = None
        self.to_plan_model = case_model(self)
        self.to_plan_view = _table(self, self.to_plan_model)
        self.all_model = case_model(self)
        self.all_view = _table(self, self.all_model)
        self.history_model = case_history_model(self)
        self.history_view = _table(self, self.history_model)
        self.plan_button = QPushButton(self.tr("Put on an agenda…"), self)
        self.plan_button.clicked.connect(self.put_on_agenda)
        self.to_plan_view.selectionModel().selectionChanged.connect(
            lambda *_: self._show_history(self.to_plan_view, self.to_plan_model))
        self.all_view.selectionModel().selectionChanged.connect(
            lambda *_: self._show_history(self.all_view, self.all_model))
        heading = "font-weight: 600; margin-top: 6px;"
        to_plan_label = QLabel(self.tr("To plan: referred back, deferred or escalated here"), self)
        all_label = QLabel(self.tr("All cases"), self)
        self.history_label = QLabel(self.tr("History"), self)
        for label in (to_plan_label, all_label, self.history_label):
            label.setStyleSheet(heading)
        bar = QHBoxLayout()
        bar.addWidget(to_plan_label)
        bar.addStretch()
        bar.addWidget(self.plan_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.to_plan_view, 2)
        layout.addWidget(all_label)
        layout.addWidget(self.all_view, 3)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history_view, 2)
        subscribe(self, self._changed)

    def _changed(self, changes: Changes) -> None:
        if changes.cases and self.group_id is not None and (not changes.groups or changes.touches_group(self.group_id)):
            self.reload()

    def show_group(self, group_id: int) -> None:
        self.group_id = group_id
        self.reload()

    def reload(self) -> None:
        if self.group_id is None:
            return
        self.to_plan_model.set_rows(cases.to_plan(self.uow, self.group_id))
        self.all_model.set_rows(cases.list_cases(self.uow, self.group_id))
        self.history_model.set_rows([])
        for view in (self.to_plan_view, self.all_view):
            view.resizeColumnsToContents()
        explain(self.plan_button, self.to_plan_model.rowCount() > 0, self.tr("No case is waiting to be planned."))

    def select_case(self, case_id: int) -> bool:
        """Select the case in Att planera (else in all cases), scrolled into view with its history shown."""
        for view, model in ((self.to_plan_view, self.to_plan_model), (self.all_view, self.all_model)):
            row = next((n for n, case in enumerate(model.rows()) if case.id == case_id), None)
            if row is not None:
                view.selectRow(row)
                view.scrollTo(model.index(row, 0))
                view.setFocus()
                return True
        return False

    def _selected(self, view: QTableView, model) -> CaseDTO | None:
        rows = view.selectionModel().selectedRows()
        return model.row_at(rows[0].row()) if rows else None

    def _show_history(self, view: QTableView, model) -> None:
        case = self._selected(view, model)
        if case is None:
            return
        self.history_label.setText(self.tr("History: %1").replace("%1", case.title))
        self.history_model.set_rows(cases.history(self.uow, case.id))
        self.history_view.resizeColumnsToContents()

    def put_on_agenda(self) -> None:
        case = self._selected(self.to_plan_view, self.to_plan_model) or self.to_plan_model.row_at(0)
        if case is None:
            return
        dialog = PlanCaseDialog(self.uow, case, self)
        if dialog.exec():  # the case is on a meeting's agenda: that meeting's editor and lists follow too
            item = dialog.result_value
            groups = frozenset(g for g in (self.group_id,) if g is not None)
            notify(Changes(frozenset({item.meeting_id}), groups, cases=True, follow_up=True, initiator=self))

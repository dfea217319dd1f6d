"""Beslutslogg: every item with an outcome across groups and years, searched as the user types (matched words
highlighted), filtered by period, outcome and case status, opened at the item, exported to Excel or CSV."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...domain.rich_text import plain_text
from ...services import UnitOfWork, decision_log
from ...services.cancel import QueryCancel, QueryCancelledError
from ...services.decision_log import DecisionLogFilter, DecisionLogPage, DecisionLogRow
from ..background import ProgressRunner
from ..folders import documents_folder
from ..labels import case_status_labels, outcome_labels
from ..minutes_html import decision_html
from ..models.paged_model import PagedTableModel
from ..models.table_model import Column
from ..operations import Changes, ServiceOp, perform, subscribe
from ..widgets.combos import ChoiceCombo
from ..widgets.date_field import DateField
from .follow_up_lists import _table, fit_capped

SEARCH_DELAY_MS = 150  # search when the typing pauses, not on every key


def decision_model(parent=None) -> PagedTableModel[DecisionLogRow]:
    outcomes = outcome_labels()
    statuses = case_status_labels()
    confidential = QCoreApplication.translate("DecisionLog", "confidential")
    return PagedTableModel([
        Column(QCoreApplication.translate("DecisionLog", "Group"), lambda r: r.group_name),
        Column(QCoreApplication.translate("DecisionLog", "Date"), lambda r: r.meeting_on.isoformat()),
        Column("§", lambda r: str(r.paragraph or "")),
        Column(QCoreApplication.translate("DecisionLog", "Title"),
               lambda r: r.title + (f" ({confidential})" if r.confidential else ""),
               lambda r: r.snippet_html or r.title),
        Column(QCoreApplication.translate("DecisionLog", "Outcome"), lambda r: outcomes[r.outcome]),
        Column(QCoreApplication.translate("DecisionLog", "Decision"),
               lambda r: (plain_text(r.decision_text) or r.outcome_reason or "").replace("\n", " "),
               lambda r: r.snippet_html or r.decision_text or ""),
        Column(QCoreApplication.translate("DecisionLog", "Case"), lambda r: statuses[r.case_status]
               if r.case_status else ""),
    ], page_size=decision_log.SCREEN_PAGE, parent=parent)


class DecisionLogTab(QWidget):
    """``open_item(meeting_id, item_id)`` asks for the meeting to be opened at the found item."""

    open_item = Signal(int, int)

    def __init__(self, uow: UnitOfWork, group_filter: Callable[[], int | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow, self.group_filter = uow, group_filter
        self.runner: ProgressRunner | None = None
        self.task: ServiceOp | None = None  # the newest search, while it runs
        self.page_task: ServiceOp | None = None  # the next page of its result, while it is read (scrolling)
        self._tasks: list[ServiceOp] = []  # searches started and not yet finished (stopped ones included)
        self.counted = (0, True)  # the first page's total, and whether it is exact (a search counts only so far)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search titles, notes and decisions (förank* finds förankring)…"))
        self.search.setClearButtonEnabled(True)
        self.date_from, self.date_to = DateField("date_from", self), DateField("date_to", self)
        self.outcome = ChoiceCombo(self, none_label=self.tr("All outcomes"))
        self.outcome.set_choices([(label, value) for value, label in outcome_labels().items()])
        self.case_status = ChoiceCombo(self, none_label=self.tr("All case statuses"))
        self.case_status.set_choices([(label, value) for value, label in case_status_labels().items()])
        self.model = decision_model(self)
        # Columns fitted to the first rows shown, then left alone while the user types: fitting them at every
        # result measured each visible cell again on the GUI thread (and made the columns jump as one types).
        self.view = _table(self, self.model, fit_on_reset=False)
        self._fitted = False
        header = self.view.horizontalHeader()
        # Columns fitted to the rows in view, not to all the rows of a page: measuring every cell of a page on the GUI
        # thread stalled typing in the search box by 100-200 ms whenever a result arrived.
        header.setResizeContentsPrecision(0)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)  # long titles: elided, tooltip whole
        header.resizeSection(3, 260)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, 160)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda index: self._open(index.row()))
        self.view.selectionModel().currentRowChanged.connect(lambda current, _previous: self._preview(current.row()))
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.summary = QLabel(self)
        self.xlsx_button = QPushButton(self.tr("Export to Excel…"), self)
        self.csv_button = QPushButton(self.tr("Export to CSV…"), self)
        self.xlsx_button.clicked.connect(lambda: self.export(".xlsx"))
        self.csv_button.clicked.connect(lambda: self.export(".csv"))
        filters = QHBoxLayout()
        for label, widget in ((self.tr("From"), self.date_from), (self.tr("To"), self.date_to),
                              (self.tr("Outcome"), self.outcome), (self.tr("Case"), self.case_status)):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        filters.addStretch()
        footer = QHBoxLayout()
        footer.addWidget(self.summary)
        footer.addStretch()
        footer.addWidget(self.xlsx_button)
        footer.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        layout.addWidget(self.preview)
        layout.addLayout(footer)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._typed)
        for field in (self.date_from, self.date_to):
            field.editingFinished.connect(self.reload)
        for combo in (self.outcome, self.case_status):
            combo.currentIndexChanged.connect(lambda _index: self.reload())
        subscribe(self, self._changed)

    def _changed(self, changes: Changes) -> None:
        """The change hub: a decision or a case changed anywhere (the meeting editor, the approval, a case planned)
        searches again when typing pauses, as a keystroke would; hidden, the tab searches when it is next shown
        (its page reloads the tab in view)."""
        if (changes.meetings or changes.cases) and self.isVisibleTo(self.window()):
            self._typed("")

    def current_filter(self) -> DecisionLogFilter:
        return DecisionLogFilter(self.search.text(), self.group_filter(), True, self.date_from.value(),
                                 self.date_to.value(), self.outcome.value(), self.case_status.value())

    def _typed(self, _text: str) -> None:
        """A keystroke: the search running is stopped at once, the next one starts when typing pauses."""
        self._cancel_running()
        self.timer.start()

    def _cancel_running(self) -> None:
        """Whatever is still on its way is stale now: its query is stopped where it runs (services.cancel) and
        its outcome is dropped."""
        if self.task is not None:
            self.task.cancel(drop=True)
            self.task = None
        if self.page_task is not None:
            self.page_task.cancel(drop=True)
            self.page_task = None
            self.model.stop_fetching()

    @property
    def searching(self) -> bool:
        """A search asked for has not yet shown its result (typing paused or not)."""
        return self.timer.isActive() or self.task is not None

    def reload(self) -> None:
        """Search again in a worker (ServiceOp on the global pool); the first page replaces the list when it
        arrives. The pool, not the tab, owns the thread: closing the window while a search runs destroys no
        running thread."""
        self.timer.stop()
        self._cancel_running()
        filtered = perform(self, self.current_filter, at=lambda error: self.summary.setText(error.message))
        if filtered is None:
            return
        wanted, worker_uow, page_size, token = filtered.value, self.uow.for_another_thread(), self.model.page_size, \
            QueryCancel()

        def search() -> DecisionLogPage | None:
            try:
                return decision_log.decision_log(worker_uow, wanted, 0, page_size, cancel=token)
            except QueryCancelledError:
                return None  # replaced by a newer search: nobody waits for this one

        op = ServiceOp(self, search).when_cancelled(lambda: token.cancel())
        op.success(lambda page: self._found(op, wanted, page)).failure(lambda error: self._failed(op, error))
        op.finished.connect(lambda: self._forget(op))
        self.task = op
        self._tasks.append(op)
        op.run_in_background()

    def _forget(self, op: ServiceOp) -> None:
        if op in self._tasks:
            self._tasks.remove(op)
        op.deleteLater()

    def wait_for_searches(self, timeout_s: float = 10.0) -> None:
        """Stop every search still running and wait for their threads to leave the query (tests, shutting down)."""
        self._cancel_running()
        for task in self._tasks:
            task.cancel(drop=True)
            task.wait(timeout_s)

    def _failed(self, op: ServiceOp, error: DomainError) -> None:
        if op is self.task:
            self.task = None
            self.summary.setText(error.message)

    def _found(self, op: ServiceOp, wanted: DecisionLogFilter, page: DecisionLogPage | None) -> None:
        if op is not self.task or page is None:
            return  # an older search that finished before it could be stopped
        self.task = None
        self.counted = (page.total, page.total_exact)
        # The pages after the first are read as the view scrolls, a page at a time, in a worker.
        self.model.show_first_page(page.rows, self._total_of(page),
                                   lambda offset, limit: self._page(wanted, offset, limit),
                                   lambda offset, limit, deliver: self._page_later(wanted, offset, limit, deliver))
        if page.rows and not self._fitted:
            fit_capped(self.view)
            self._fitted = True
        total, exact = self.counted
        words = self.tr("%1 decisions") if exact else self.tr("More than %1 decisions")
        self.summary.setText(words.replace("%1", str(total)))
        self.preview.clear()

    @staticmethod
    def _total_of(page: DecisionLogPage) -> int:
        # A search that stopped counting has more rows than it counted: one more keeps the view fetching.
        return page.total if page.total_exact else page.total + 1

    def _page(self, wanted: DecisionLogFilter, offset: int, limit: int):
        page = decision_log.decision_log(self.uow, wanted, offset, limit)
        if offset == 0:
            self.counted = (page.total, page.total_exact)
        return page.rows, self._total_of(page)

    def _page_later(self, wanted: DecisionLogFilter, offset: int, limit: int,
                    deliver: Callable[[Sequence[DecisionLogRow] | None, int], None]) -> None:
        """The next page of the list shown, read in a worker like the search (ServiceOp), stopped like it by the
        next keystroke; ``deliver`` adds its rows on this thread (nothing, if it failed: scrolling asks again)."""
        worker_uow, token = self.uow.for_another_thread(), QueryCancel()

        def read() -> DecisionLogPage | None:
            try:
                return decision_log.decision_log(worker_uow, wanted, offset, limit, cancel=token)
            except QueryCancelledError:
                return None

        def arrived(page: DecisionLogPage | None) -> None:
            if op is self.page_task:
                self.page_task = None
                if page is None:
                    deliver(None, 0)
                else:
                    deliver(page.rows, self._total_of(page))

        def failed(error: DomainError) -> None:
            if op is self.page_task:
                self.page_task = None
                deliver(None, 0)
                self.summary.setText(error.message)

        op = ServiceOp(self, read).when_cancelled(lambda: token.cancel())
        op.success(arrived).failure(failed)
        op.finished.connect(lambda: self._forget(op))
        self.page_task = op
        self._tasks.append(op)
        op.run_in_background()

    def _preview(self, row: int) -> None:
        found = self.model.row_at(row)
        if found is None:
            self.preview.clear()
            return
        text = found.snippet_html or decision_html(found.decision_text) or escape(found.outcome_reason or "")
        self.preview.setText(f"<b>{escape(found.title)}</b><br>{text}")

    def _open(self, row: int) -> None:
        found = self.model.row_at(row)
        if found is not None:
            self.open_item.emit(found.meeting_id, found.item_id)

    def export(self, suffix: str) -> None:
        filtered = perform(self, self.current_filter, title=self.tr("Could not be exported"))
        if filtered is None:
            return
        wanted = filtered.value
        kind = self.tr("Excel workbook (*.xlsx)") if suffix == ".xlsx" else self.tr("CSV file (*.csv)")
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Export decision log"),
                                                      str(documents_folder() / f"beslutslogg{suffix}"), kind)
        if not chosen:
            return
        target = Path(chosen) if chosen.lower().endswith(suffix) else Path(chosen + suffix)
        worker_uow = self.uow.for_another_thread()

        def work(_progress):
            # openpyxl loads here, off the GUI thread and only when exporting: not when the window starts.
            from ...export.decision_log_table import write_decision_log_csv, write_decision_log_xlsx

            log = decision_log.decision_log_export(worker_uow, wanted)
            if suffix == ".xlsx":
                return write_decision_log_xlsx(log.lines, target, title=log.title), log.removed
            return write_decision_log_csv(log.lines, target), log.removed

        self.runner = ProgressRunner(
            self, self.tr("Exporting…"), work,
            lambda result: QMessageBox.information(self, self.tr("Exported"), "\n".join(
                [self.tr("Saved to %1.").replace("%1", str(result[0])), *result[1]])),
            failure_title=self.tr("Could not be exported"))

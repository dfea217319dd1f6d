# Over 400 lines: one editor of one item's minutes (notes, decision, outcome, actions) whose fields save together.
"""The minutes of one agenda item: notes, decision ("att …"), outcome, actions. Text is autosaved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError, ValidationError
from ...infra.recovery import RecoveryEntry, RecoveryStore
from ...services import UnitOfWork, agenda, cases, minutes
from ...services.meeting_dto import AgendaItemDTO, OutcomeData
from ..dialogs.action_dialog import ActionDialog
from ..labels import outcome_labels
from ..models.meeting_models import action_model
from ..operations import Changes, ServiceOp, perform
from .attachment_list import AttachmentList
from .combos import ChoiceCombo
from .disabled_reason import explain
from .rich_text_edit import RichTextEdit, RichTextField

AUTOSAVE_MS = 800


class GroupCombo(ChoiceCombo):
    """The "to group" choice, which lists every group. Qt sizes a combo box by measuring each of its texts (for
    its size and again for its minimum size) in every editor that opens: for a region's hundreds of groups that
    took milliseconds per opening. The sizes Qt gives these texts in this font and style are remembered."""

    _measured: tuple[tuple, tuple[QSize, QSize]] | None = None  # (what was measured, (size, minimum size))

    def __init__(self, parent: QWidget | None = None, *, none_label: str | None = None) -> None:
        super().__init__(parent, none_label=none_label)
        # As wide as about 24 characters, not as the longest group name: that widened the editor past a small
        # screen (150 % scaling); the list that opens shows the whole names.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self._first = () if none_label is None else (none_label,)
        self._texts: tuple[str, ...] = self._first  # the texts shown, as set_choices gave them
        self._asked_qt: tuple[str, ...] | None = None  # the texts Qt had when it first measured this one

    def set_choices(self, choices) -> None:
        choices = list(choices)
        super().set_choices(choices)
        self._texts = (*self._first, *(label for label, _value in choices))

    def _sizes(self) -> tuple[QSize, QSize]:
        key = (self._texts, self.font().key(), self.style().name(), self.sizeAdjustPolicy())
        measured = GroupCombo._measured
        if measured is not None and measured[0] == key:
            return QSize(measured[1][0]), QSize(measured[1][1])
        sizes = (super().sizeHint(), super().minimumSizeHint())
        # Qt keeps its first measure until the box is shown, even when the texts change: only a measure of the
        # texts it now has is worth remembering.
        if self._asked_qt in (None, self._texts):
            self._asked_qt = self._texts
            GroupCombo._measured = (key, (QSize(sizes[0]), QSize(sizes[1])))
        return sizes

    def sizeHint(self) -> QSize:
        return self._sizes()[0]

    def minimumSizeHint(self) -> QSize:
        return self._sizes()[1]


class MinutesPane(QWidget):
    """Emits ``saved_state(bool)``: True when everything typed is stored, False while changes wait.
    ``outcome_requested(OutcomeData)`` goes to the editor, which records it as an undoable command."""

    saved_state = Signal(bool)
    failed = Signal(str)
    outcome_refused = Signal(str)  # the reason, when a save that another action needed stopped at the outcome

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None,
                 recovery: RecoveryStore | None = None) -> None:
        super().__init__(parent)
        self.uow = uow
        # Text that could not be saved is also kept here, so that closing or a crash does not lose it.
        self.recovery = recovery if recovery is not None else RecoveryStore()
        self._recovery_keys: set[tuple[int, int]] = set()  # (meeting, item) with a recovery file from us
        self._failing = False  # the last save failed: autosave stays quiet until one succeeds
        self._refused = False  # the error line says why an outcome was refused: it goes once the user edits
        self._saver: ServiceOp | None = None  # the autosave in flight, if any
        self._worker_uow: UnitOfWork | None = None  # a unit of work of its own for the saver's thread
        self.item: AgendaItemDTO | None = None
        self._loading = False
        self._dirty = False
        self._outcome_dirty = False
        self.read_only = False
        self.read_only_reason = ""
        self.comments: dict[int, list] = {}  # the chair's comments from review receipts, per item id
        # Records an outcome; the editor replaces it with one that makes the change undoable.
        self.record_outcome: Callable[[OutcomeData], bool] = self._record_directly
        # Everything that edits sits in these boxes; the attachments stay usable (opened, saved) when they are off.
        # The widgets are made in the box they stay in: moved there afterwards, each was re-styled (the
        # application's style sheet), a good part of opening a meeting.
        self.heading_box, self.form_box, self.actions_box = QWidget(self), QWidget(self), QWidget(self)
        self.heading = QLabel(self.heading_box)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.comment_label = QLabel(self)
        self.comment_label.setWordWrap(True)
        self.comment_label.setStyleSheet("background: #fff8e1; padding: 4px;")
        self.comment_label.hide()
        # Rich text (bold, italic, lists, links) stored as a restricted Markdown; toPlainText gives that form.
        self.notes_edit = RichTextEdit(self.form_box)
        self.notes_edit.setPlaceholderText(
            self.tr("Notes: Ctrl+B bold, Ctrl+I italic, lists with the buttons or lines starting with “- ”"))
        self.decision_edit = RichTextEdit(self.form_box)
        self.decision_edit.setPlaceholderText(self.tr("Decision: one “att …” clause per line"))
        self.decision_edit.setMaximumHeight(90)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.decision_edit.setAccessibleName(self.tr("Decision"))
        self.notes_field = RichTextField(self.notes_edit, self.form_box)
        self.decision_field = RichTextField(self.decision_edit, self.form_box)
        for edit in (self.notes_edit, self.decision_edit):
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(self._text_changed)
        self.outcome_combo = ChoiceCombo(self.form_box, none_label=self.tr("(no outcome yet)"))
        self.outcome_combo.set_choices((label, outcome) for outcome, label in outcome_labels().items())
        self.reason_edit = QLineEdit(self.form_box)
        self.reason_edit.setPlaceholderText(self.tr("For återremiss: what must be prepared"))
        self.target_combo = GroupCombo(self.form_box, none_label=self.tr("(own group)"))
        self.outcome_button = QPushButton(self.tr("Record outcome"), self.form_box)
        self.outcome_button.clicked.connect(self.request_outcome)
        self.reason_edit.textChanged.connect(self._outcome_changed)
        self.outcome_combo.currentIndexChanged.connect(self._outcome_changed)
        self.target_combo.currentIndexChanged.connect(self._outcome_changed)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        form = QFormLayout(self.form_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Notes"), self.notes_field)
        form.addRow(self.tr("Decision"), self.decision_field)
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.outcome_combo, 1)
        outcome_row.addWidget(self.outcome_button)
        form.addRow(self.tr("Outcome"), outcome_row)
        form.addRow(self.tr("Reason"), self.reason_edit)
        form.addRow(self.tr("To group"), self.target_combo)
        self.action_model = action_model(self)
        self.action_view = self._small_table(self.action_model, self.actions_box)
        self.action_view.doubleClicked.connect(lambda _index: self.edit_action())
        self.new_action_button = QPushButton(self.tr("New action…"), self.actions_box)
        self.new_action_button.clicked.connect(self.new_action)
        self.attachments = AttachmentList(uow, self)
        self.attachments.changed.connect(self._reload_item)
        self.attachments.failed.connect(self._show_message)
        self.attachment_model = self.attachments.model
        self.attach_button = self.attachments.attach_button
        self.case_button = QPushButton(self.tr("Make this a case"), self.heading_box)
        self.case_button.setToolTip(self.tr("A case can come back at later meetings; its history is kept."))
        self.case_button.clicked.connect(self.open_case)
        heading_row = QHBoxLayout(self.heading_box)
        heading_row.setContentsMargins(0, 0, 0, 0)
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.case_button)
        actions = QVBoxLayout(self.actions_box)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.action_view)
        actions.addWidget(self.new_action_button)
        lists = QHBoxLayout()
        lists.addWidget(self.actions_box, 2)
        lists.addWidget(self.attachments, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_box)
        layout.addWidget(self.comment_label)
        layout.addWidget(self.form_box)
        layout.addWidget(self.error_label)
        layout.addLayout(lists)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self._autosave)
        self._set_editable(False)

    def _small_table(self, model, parent: QWidget) -> QTableView:
        view = QTableView(parent)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.setMaximumHeight(120)
        return view

    def new_action(self) -> None:
        if self.item is not None and ActionDialog(self.uow, self.item.id, None, self).exec():
            self._reload_item()

    def edit_action(self) -> None:
        rows = self.action_view.selectionModel().selectedRows()
        action = self.action_model.row_at(rows[0].row()) if rows else None
        if self.item is not None and action is not None and ActionDialog(self.uow, self.item.id, action, self).exec():
            self._reload_item()

    def open_case(self) -> None:
        if self.item is None or not self.save_now():
            return
        item_id = self.item.id
        if perform(self, lambda: cases.open_case(self.uow, item_id), at=self.show_error,
                   changes=Changes(cases=True, initiator=self)) is None:
            return
        self._reload_item()

    def _reload_item(self) -> None:
        if self.item is not None:
            self.show_item(agenda.get_item(self.uow, self.item.id))

    def set_groups(self, choices: list[tuple[str, int]]) -> None:
        self.target_combo.set_choices(choices)

    def show_item(self, item: AgendaItemDTO | None) -> bool:
        """Show ``item``; what was typed for the previous one is saved first. False (and nothing changes)
        if that save failed."""
        if not self.save_now():
            return False
        self.item = item
        self._loading = True
        try:
            self._set_editable(item is not None and not self.read_only)
            self.error_label.hide()
            self._refused = False
            if item is None:
                self.heading.setText("")
                self.notes_edit.clear()
                self.decision_edit.clear()
                self.action_model.set_rows([])
                self.attachments.show_attachments(None, [])
                return True  # saved, and nothing to show (it returned None, which the editor took for a failure)
            self.action_model.set_rows(list(item.actions))
            self.attachments.show_attachments(item.id, list(item.attachments))
            notes = self.comments.get(item.id, [])
            self.comment_label.setText("\n".join(
                self.tr("%1 commented: %2").replace("%1", c.author).replace("%2", c.text) for c in notes))
            self.comment_label.setVisible(bool(notes))
            paragraph = f"§ {item.paragraph} " if item.paragraph else ""
            self.case_button.setVisible(item.case_id is None)
            case = self.tr(" (case: %1)").replace("%1", item.case_title) if item.case_title else ""
            self.heading.setText(paragraph + item.title + case)
            if self.notes_edit.toPlainText() != (item.notes or ""):
                self.notes_edit.setPlainText(item.notes or "")
            if self.decision_edit.toPlainText() != (item.decision_text or ""):
                self.decision_edit.setPlainText(item.decision_text or "")
            self.outcome_combo.set_value(item.outcome)
            self.reason_edit.setText(item.outcome_reason or "")
            self.target_combo.set_value(item.target_group_id)
        finally:
            self._loading = False
        return True

    def set_read_only(self, read_only: bool, reason: str = "") -> None:
        """Approved or cancelled: the text can be read and copied but not changed (``reason`` says why)."""
        self.read_only = read_only
        self.read_only_reason = reason
        self._set_editable(self.item is not None and not read_only)

    def _set_editable(self, editable: bool) -> None:
        """The text, outcome and actions follow ``editable``; the attachments of approved or cancelled minutes can
        still be opened and saved, not added or removed."""
        why = (self.read_only_reason if self.read_only else "") or self.tr(
            "Choose an agenda item first.")
        for box in (self.heading_box, self.form_box, self.actions_box):
            explain(box, editable, why)
        self.attachments.set_editable(editable)

    def is_editable(self) -> bool:
        return self.form_box.isEnabled()

    def has_pending_text(self) -> bool:
        return self._dirty or self._outcome_dirty or self._saver is not None

    def _text_changed(self) -> None:
        if self._loading or self.item is None:
            return
        self._refusal_answered()
        self._dirty = True
        self.saved_state.emit(False)
        if not self.timer.isActive():  # not restarted per keystroke: continuous typing is saved too
            self.timer.start()

    def _outcome_changed(self) -> None:
        if self._loading or self.item is None:
            return
        self._refusal_answered()
        self._outcome_dirty = True
        self.saved_state.emit(False)

    def save_now(self, *, refusal_said_by_caller: bool = False) -> bool:
        """Write waiting text at once (when leaving the item, before closing, Ctrl+S). False on failure; a refused
        outcome is announced (``outcome_refused``) unless the caller says it itself."""
        return self._save(announce=True, inline=refusal_said_by_caller)

    def _autosave(self) -> None:
        """The timer's save, in a worker (a commit waits for the disk, which would make typing stutter); what is
        typed meanwhile waits for the next one. An unexpected error is logged and kept like a failed save: the
        text is never lost silently, and no dialog comes at every pause in typing."""
        if self.item is None or not self._dirty or self._saver is not None:
            return
        if self._worker_uow is None:
            self._worker_uow = self.uow.for_another_thread() if hasattr(self.uow, "for_another_thread") else self.uow
        self._dirty = False
        uow, item_id = self._worker_uow, self.item.id
        notes, decision = self.notes_edit.toPlainText(), self.decision_edit.toPlainText()
        saver = ServiceOp(self, lambda: minutes.save_text(uow, item_id, notes, decision))
        saver.success(lambda item: self._autosaved(saver, item_id, item))
        saver.failure(lambda error: self._autosave_failed(saver, item_id, error.message))
        saver.crash(lambda: self._autosave_failed(saver, item_id, self.tr("The text could not be saved.")),
                    dialog=False)
        saver.finished.connect(saver.deleteLater)
        self._saver = saver
        saver.run_in_background()

    def _take_autosave(self, saver: ServiceOp, item_id: int) -> bool:
        """The autosave has ended; True when its outcome is about the item still shown."""
        if saver is self._saver:
            self._saver = None
        return self.item is not None and item_id == self.item.id

    def _autosaved(self, saver: ServiceOp, item_id: int, item: AgendaItemDTO) -> None:
        if not self._take_autosave(saver, item_id):
            return
        self.item = item
        self._saved_after_failure()
        if not self._dirty and not self._outcome_dirty:
            self.saved_state.emit(True)

    def _autosave_failed(self, saver: ServiceOp, item_id: int, message: str) -> None:
        if not self._take_autosave(saver, item_id):
            return
        self._dirty = True  # not stored: the next save tries again with everything typed
        # A failing autosave announces itself once, not at every pause in typing; the error line stays shown.
        self._keep_for_recovery(message, announce=not self._failing)
        self.saved_state.emit(False)

    def wait_for_autosave(self) -> None:
        """Let an autosave in flight finish and take in its result, before a save that must come after it."""
        if self._saver is not None:
            self._saver.settle()

    def _save(self, announce: bool, inline: bool = False) -> bool:
        self.timer.stop()
        self.wait_for_autosave()
        if self.item is None:
            return True
        if self._dirty:
            item_id, notes, decision = self.item.id, self.notes_edit.toPlainText(), self.decision_edit.toPlainText()
            saved = perform(self, lambda: minutes.save_text(self.uow, item_id, notes, decision),
                            at=lambda error: self._keep_for_recovery(error.message, announce))
            if saved is None:
                self.saved_state.emit(False)
                return False
            self.item = saved.value
            self._dirty = False
            self._saved_after_failure()
        if self._outcome_dirty:
            # Leaving the item records the outcome as chosen; a refusal keeps the user on it with the reason.
            if not self.record_outcome(self._outcome_data()):
                self.saved_state.emit(False)
                if announce and not inline:  # another action waited for this save: say why it was not done
                    self.outcome_refused.emit(self.error_label.text())
                return False
            self._outcome_dirty = False
        self.saved_state.emit(True)
        return True

    def _keep_for_recovery(self, message: str, announce: bool) -> None:
        """The text stays in the editor; a copy goes to a recovery file that the next start offers back."""
        item = self.item
        assert item is not None
        kept = self.recovery.save(RecoveryEntry(
            getattr(self.uow, "database", ""), item.meeting_id, item.id, item.title,
            self.notes_edit.toPlainText(), self.decision_edit.toPlainText(), datetime.now(UTC)))
        self._recovery_keys.add((item.meeting_id, item.id))
        if kept:
            note = self.tr("The text is kept here and in a recovery file that is offered at the next start.")
        else:
            note = self.tr("The text could not be kept in a recovery file either: do not close the window, "
                           "copy the text somewhere safe.")
        self._failing = True
        self.error_label.setText(f"{message} {note}")
        self.error_label.show()
        if announce:
            self.failed.emit(f"{message} {note}")

    def _saved_after_failure(self) -> None:
        item = self.item
        if item is not None:
            # Whatever recovery file the item has - from this pane or an earlier one whose window was closed with
            # the text unsaved - is older than what was just stored: offering it at the next start would be wrong.
            self.recovery.discard(item.meeting_id, item.id, getattr(self.uow, "database", ""))
            self._recovery_keys.discard((item.meeting_id, item.id))
        if self._failing:
            self._failing = False
            self.error_label.hide()

    def _outcome_data(self) -> OutcomeData:
        return OutcomeData(self.outcome_combo.value(), self.reason_edit.text(), self.target_combo.value())

    def request_outcome(self) -> None:
        if self.item is None:
            return
        self._outcome_dirty = True
        if self._save(announce=True, inline=True):  # a refusal is shown next to this button
            self.error_label.hide()

    def _record_directly(self, data: OutcomeData) -> bool:
        if self.item is None:
            return False
        item_id = self.item.id
        recorded = perform(self, lambda: minutes.set_outcome(self.uow, item_id, data), at=self.show_error,
                           changes=Changes(cases=True, follow_up=True, initiator=self))
        if recorded is None:
            return False
        self.item = recorded.value
        return True

    def show_error(self, error: ValidationError | DomainError) -> None:
        self._show_message(error.message)
        self._refused = not self._failing

    def _refusal_answered(self) -> None:
        """The user changes the decision or the outcome after a refusal: the red line was about what was there
        (a failed save's line stays until a save succeeds: the text is not stored yet)."""
        if self._refused and not self._failing:
            self._refused = False
            self.error_label.hide()

    def _show_message(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()



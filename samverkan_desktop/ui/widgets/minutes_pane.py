"""The minutes of one agenda item: notes, decision ("att …"), outcome, actions. Text is autosaved."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError, ValidationError
from ...services import UnitOfWork, minutes
from ...services.meeting_dto import AgendaItemDTO, OutcomeData
from ..labels import outcome_labels
from .combos import ChoiceCombo

AUTOSAVE_MS = 800


class MinutesPane(QWidget):
    """Emits ``saved_state(bool)``: True when everything typed is stored, False while changes wait.
    ``outcome_requested(OutcomeData)`` goes to the editor, which records it as an undoable command."""

    saved_state = Signal(bool)
    outcome_requested = Signal(object)
    failed = Signal(str)

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow = uow
        self.item: AgendaItemDTO | None = None
        self._loading = False
        self._dirty = False
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setPlaceholderText(self.tr("Notes: paragraphs, and lists with lines starting with “- ”"))
        self.decision_edit = QPlainTextEdit(self)
        self.decision_edit.setPlaceholderText(self.tr("Decision: one “att …” clause per line"))
        self.decision_edit.setMaximumHeight(90)
        for edit in (self.notes_edit, self.decision_edit):
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(self._text_changed)
        self.outcome_combo = ChoiceCombo(self, none_label=self.tr("(no outcome yet)"))
        self.outcome_combo.set_choices((label, outcome) for outcome, label in outcome_labels().items())
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("For återremiss: what must be prepared"))
        self.target_combo = ChoiceCombo(self, none_label=self.tr("(own group)"))
        self.outcome_button = QPushButton(self.tr("Record outcome"), self)
        self.outcome_button.clicked.connect(self.request_outcome)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Notes"), self.notes_edit)
        form.addRow(self.tr("Decision"), self.decision_edit)
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.outcome_combo, 1)
        outcome_row.addWidget(self.outcome_button)
        form.addRow(self.tr("Outcome"), outcome_row)
        form.addRow(self.tr("Reason"), self.reason_edit)
        form.addRow(self.tr("To group"), self.target_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.error_label)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_now)
        self.setEnabled(False)

    def set_groups(self, choices: list[tuple[str, int]]) -> None:
        self.target_combo.set_choices(choices)

    def show_item(self, item: AgendaItemDTO | None) -> None:
        """Show ``item``; pending text of the previous item is saved first."""
        self.save_now()
        self.item = item
        self._loading = True
        try:
            self.setEnabled(item is not None)
            self.error_label.hide()
            if item is None:
                self.heading.setText("")
                self.notes_edit.clear()
                self.decision_edit.clear()
                return
            paragraph = f"§ {item.paragraph} " if item.paragraph else ""
            self.heading.setText(paragraph + item.title)
            if self.notes_edit.toPlainText() != (item.notes or ""):
                self.notes_edit.setPlainText(item.notes or "")
            if self.decision_edit.toPlainText() != (item.decision_text or ""):
                self.decision_edit.setPlainText(item.decision_text or "")
            self.outcome_combo.set_value(item.outcome)
            self.reason_edit.setText(item.outcome_reason or "")
            self.target_combo.set_value(item.target_group_id)
        finally:
            self._loading = False

    def has_pending_text(self) -> bool:
        return self._dirty

    def _text_changed(self) -> None:
        if self._loading or self.item is None:
            return
        self._dirty = True
        self.saved_state.emit(False)
        self.timer.start()

    def save_now(self) -> bool:
        """Write waiting text at once (on a timer, when leaving the item, before closing). False on failure."""
        self.timer.stop()
        if not self._dirty or self.item is None:
            return True
        try:
            self.item = minutes.save_text(self.uow, self.item.id, self.notes_edit.toPlainText(),
                                          self.decision_edit.toPlainText())
        except DomainError as error:
            self.failed.emit(error.message)
            self.saved_state.emit(False)
            return False
        self._dirty = False
        self.saved_state.emit(True)
        return True

    def request_outcome(self) -> None:
        if self.item is None or not self.save_now():
            return
        outcome = self.outcome_combo.value()
        data = OutcomeData(outcome, self.reason_edit.text(), self.target_combo.value())
        self.outcome_requested.emit(data)

    def show_error(self, error: ValidationError | DomainError) -> None:
        self.error_label.setText(error.message)
        self.error_label.show()



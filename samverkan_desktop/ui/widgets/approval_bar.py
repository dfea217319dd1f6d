"""The approval bar of the meeting editor: minutes status and checksum, sending, approving (in the app or
through a review file and its receipt), reopening, and the meeting's history."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import MeetingStatus, MinutesStatus, Role
from ...domain.minutes_hash import short_hash
from ...domain.review_file import RECEIPT_SUFFIX, REVIEW_SUFFIX, dump_review, load_receipt
from ...domain.strict_json import MAX_BYTES
from ...export.files import write_atomically
from ...infra.config import data_dir
from ...services import UnitOfWork, approval, minutes, review
from ...services.meeting_dto import MeetingDTO
from ..dialogs.approval_dialog import ApprovalDialog
from ..dialogs.history_dialog import HistoryDialog
from ..dialogs.reopen_dialog import ReopenDialog
from ..i18n import STOCKHOLM, format_long_date
from ..labels import minutes_status_labels, role_labels
from ..operations import Changes, notify, perform, refuse, show_in_status_bar
from .disabled_reason import explain
from .flow_layout import FlowLayout


class ApprovalBar(QWidget):
    """Knows its meeting, not the editor: ``prepare()`` saves what is typed first (False: stop, it said why),
    a change goes out on the change hub, and ``attendance_wanted`` asks for the Attendance tab."""

    attendance_wanted = Signal()

    def __init__(self, uow: UnitOfWork, meeting: MeetingDTO, prepare: Callable[[], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow = uow
        self.prepare = prepare
        self.meeting: MeetingDTO = meeting
        self.label = QLabel(self)
        self.send_button = QPushButton(self.tr("Send for approval"), self)
        self.review_button = QPushButton(self.tr("Review file…"), self)
        self.receipt_button = QPushButton(self.tr("Import receipt…"), self)
        self.approve_button = QPushButton(self.tr("Record approval…"), self)
        self.reopen_button = QPushButton(self.tr("Reopen…"), self)
        self.history_button = QPushButton(self.tr("History…"), self)
        self.send_button.clicked.connect(self.send_for_approval)
        self.review_button.clicked.connect(self.export_review_file)
        self.receipt_button.clicked.connect(self.import_receipt)
        self.approve_button.clicked.connect(self.record_approval)
        self.reopen_button.clicked.connect(self.reopen_minutes)
        self.history_button.clicked.connect(lambda: HistoryDialog(self.uow, self.meeting.id, self).exec())
        # Who signed, with which key (or that nobody did): its own line under the status and the buttons.
        self.signature_label = QLabel(self)
        self.signature_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = self.row = FlowLayout()  # the buttons wrap onto a second line on a narrow window (150 % scaling)
        # The status on its own line, wrapped, above the buttons: beside them it was cut at 1366 px, and a long name
        # or a small screen must not widen the editor beyond the screen either.
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for button in (self.send_button, self.review_button, self.receipt_button, self.approve_button,
                       self.reopen_button, self.history_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.signature_label)
        layout.addLayout(row)

    def show_state(self, meeting: MeetingDTO, state: approval.MinutesState | None = None) -> None:
        """``state``: the minutes' state if the caller has read it already (the editor reads it with the rest)."""
        self.meeting = meeting
        if state is None:
            state = approval.minutes_state(self.uow, self.meeting.id)
        status = minutes_status_labels()[state.status]
        valid = state.valid_approval
        lapsed = valid is not None and valid.content_hash != state.current_hash
        if lapsed:  # changed outside the app since: never presented as approved (the trust model)
            valid = None
            text = self.tr("Minutes %1: the approval no longer holds, the content has changed since (checksum now "
                           "%2)").replace("%1", status.lower()).replace("%2", short_hash(state.current_hash))
        elif valid is not None:
            text = approval_line(valid, published=state.status is MinutesStatus.PUBLISHED)
            if valid.signed:
                self.signature_label.setText(self.tr("Signed by %1 with key %2").replace(
                    "%1", valid.approved_by_name).replace("%2", valid.fingerprint or ""))
                self.signature_label.setStyleSheet("color: #2e7d32;")
            else:
                self.signature_label.setText(self.tr("Unsigned approval: the approval does not show who made it"))
                self.signature_label.setStyleSheet("color: #b26a00;")
        else:
            text = self.tr("Minutes: %1, checksum %2").replace("%1", status.lower()).replace(
                "%2", short_hash(state.current_hash))
        self.signature_label.setVisible(valid is not None)
        self.label.setStyleSheet("color: #c62828;" if lapsed else "")
        self.label.setText(text)
        self.label.setToolTip(text)
        held = self.meeting.status is MeetingStatus.HELD
        open_minutes = state.status in (MinutesStatus.DRAFT, MinutesStatus.FOR_APPROVAL)
        # A greyed button says why, in its tooltip and (on hover) the status bar.
        if not held:
            why = self.tr("Mark the meeting as held first (“Mark as held”).")
        elif not open_minutes:
            why = self.tr("The minutes are %1: reopen them to change anything.").replace("%1", status.lower())
        else:
            why = ""
        explain(self.send_button, held and state.status is MinutesStatus.DRAFT,
                why or self.tr("The minutes have been sent for approval already."))
        explain(self.approve_button, held and open_minutes, why)
        explain(self.review_button, held and open_minutes, why)
        explain(self.receipt_button, held and open_minutes, why)
        explain(self.reopen_button, state.status is not MinutesStatus.DRAFT,
                self.tr("Draft minutes are open for changes: there is nothing to reopen."))

    def export_review_file(self) -> Path | None:
        """Write the minutes and their checksum to one file the chair can open without the database."""
        if not self.prepare():
            return None
        built = perform(self, lambda: review.build_review(self.uow, self.meeting.id), title=self.tr("Review file"))
        if built is None:
            return None
        content = built.value
        suggested = data_dir() / f"granskning {content.group_name} {content.meeting_on}{REVIEW_SUFFIX}"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save review file"), str(suggested),
                                                    self.tr("Review files (*%1)").replace("%1", REVIEW_SUFFIX))
        if not path:
            return None
        if perform(self, lambda: write_atomically(Path(path), dump_review(content)), title=self.tr("Review file")):
            show_in_status_bar(self, self.tr("Review file saved: %1").replace("%1", path), 8000)
            return Path(path)
        return None

    def import_receipt(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import receipt"), str(data_dir()),
                                                    self.tr("Receipts (*%1)").replace("%1", RECEIPT_SUFFIX))
        if not path:
            return
        try:
            if Path(path).stat().st_size > MAX_BYTES:
                refuse(self, self.tr("The receipt is too large and cannot be used."), title=self.tr("Receipt refused"))
                return
            data = Path(path).read_bytes()
        except OSError:
            refuse(self, self.tr("The receipt %1 cannot be read.").replace("%1", Path(path).name),
                   title=self.tr("Receipt"))
            return
        done = perform(self, lambda: review.import_receipt(self.uow, load_receipt(data)),
                       title=self.tr("Receipt refused"), changes=self._changes())
        if done is not None:
            QMessageBox.information(self, self.tr("Receipt"), done.value.message)

    def choose_recipient(self, chair: str, vice_chair: str) -> bool | None:
        """True for the vice chair, False for the chair, None if the secretary cancels."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Send for approval"),
                          self.tr("Who approves these minutes?"), parent=self)
        chair_button = box.addButton(self.tr("The chair, %1").replace("%1", chair), QMessageBox.ButtonRole.AcceptRole)
        vice_button = box.addButton(self.tr("The vice chair, %1").replace("%1", vice_chair),
                                    QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return None if clicked not in (chair_button, vice_button) else clicked is vice_button

    def send_for_approval(self) -> None:
        if not self.prepare():
            return
        approvers = {role: name for _pid, name, role in approval.minutes_state(self.uow, self.meeting.id).approvers}
        to_vice = False
        if Role.CHAIR in approvers and Role.VICE_CHAIR in approvers:
            choice = self.choose_recipient(approvers[Role.CHAIR], approvers[Role.VICE_CHAIR])
            if choice is None:
                return
            to_vice = choice
        elif Role.VICE_CHAIR in approvers:
            to_vice = True
        recorded = perform(self, lambda: minutes.attendance_recorded(self.uow, self.meeting.id))
        if recorded is None:
            return
        reason = None
        if not recorded.value:
            reason = self.ask_no_attendance_reason()
            if reason is None:
                return
        if perform(self, lambda: approval.send_for_approval(
                self.uow, self.meeting.id, to_vice_chair=to_vice, no_attendance_reason=reason),
                changes=self._changes()) is not None:
            show_in_status_bar(self, self.tr("The minutes are marked as sent for approval."), 10000)

    def ask_no_attendance_reason(self) -> str | None:
        """No attendance list yet: record it (the Attendance tab is shown), or send without one and say why.
        The reason, or None when the secretary records the attendance first or cancels."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Send for approval"),
                          self.tr("No attendance has been recorded for this meeting."), parent=self)
        box.setInformativeText(self.tr("Record who attended on the Attendance tab first, or send the minutes "
                                       "without attendance and say why: the minutes will say so."))
        record_button = box.addButton(self.tr("Record attendance"), QMessageBox.ButtonRole.AcceptRole)
        none_button = box.addButton(self.tr("No attendance recorded…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(record_button)
        box.exec()
        if box.clickedButton() is record_button:
            self.attendance_wanted.emit()
            return None
        if box.clickedButton() is not none_button:
            return None
        reason, accepted = QInputDialog.getText(self, self.tr("No attendance recorded"),
                                                self.tr("Why is no attendance recorded? The minutes will say:"))
        return reason.strip() if accepted and reason.strip() else None

    def record_approval(self) -> None:
        if self.prepare() and ApprovalDialog(self.uow, self.meeting.id, self).exec():
            notify(self._changes())

    def reopen_minutes(self) -> None:
        if ReopenDialog(self.uow, self.meeting.id, self).exec():
            notify(self._changes())

    def _changes(self) -> Changes:
        return Changes.meeting(self.meeting.id, self.meeting.group_id, initiator=self)


def approval_line(valid: approval.ApprovalDTO, *, published: bool) -> str:
    """"Godkända av ordförande Anna Berg den 3 december 2026 (kontrollsumma …)": who, in which role, on which day."""
    if published:
        line = QCoreApplication.translate("ApprovalBar", "Published; approved by %1 %2 on %3 (checksum %4)")
    else:
        line = QCoreApplication.translate("ApprovalBar", "Approved by %1 %2 on %3 (checksum %4)")
    return (line.replace("%1", role_labels()[valid.role].lower()).replace("%2", valid.approved_by_name)
            .replace("%3", format_long_date(valid.approved_at.astimezone(STOCKHOLM).date()))
            .replace("%4", valid.short_hash))

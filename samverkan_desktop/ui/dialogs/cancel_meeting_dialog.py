from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ...services import UnitOfWork, meetings
from ...services.meeting_dto import MeetingDTO
from ..widgets.form_dialog import FormDialog


class CancelMeetingDialog(FormDialog):
    """Cancel a meeting; the reason is required and is kept with the meeting."""

    def __init__(self, uow: UnitOfWork, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cancel meeting"), parent)
        self.uow = uow
        self.meeting_id = meeting_id
        self.reason_edit = self.add_row(self.tr("Reason"), QPlainTextEdit(self), "cancel_reason")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(80)

    def save(self) -> MeetingDTO:
        return meetings.cancel_meeting(self.uow, self.meeting_id, self.reason_edit.toPlainText())

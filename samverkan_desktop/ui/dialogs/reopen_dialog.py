from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ...services import UnitOfWork, approval
from ..widgets.form_dialog import FormDialog


class ReopenDialog(FormDialog):
    """Reopen approved minutes: the approval is revoked (kept in the history) and the minutes become a draft."""

    def __init__(self, uow: UnitOfWork, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reopen minutes"), parent)
        self.uow = uow
        self.meeting_id = meeting_id
        self.reason_edit = self.add_row(self.tr("Reason"), QPlainTextEdit(self), "reason")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(80)

    def save(self):
        return approval.reopen(self.uow, self.meeting_id, self.reason_edit.toPlainText())

"""The meeting editor's sending actions, in its Export menu: the meeting pack as one PDF, and e-mail drafts of
the notice (to the members), of the minutes for approval (to the chair) and of the published minutes (to the
members). A draft is an .eml in the data folder's "utkast", opened in the default mail program; nothing is sent
from the app. Long work runs off the GUI thread under a progress dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from ...application import sending
from ...domain.enums import MeetingStatus
from ...export.convert_batch import pdf_unavailable_reason
from ...export.publisher import safe_file_stem
from ...infra.config import data_dir
from ...services import UnitOfWork
from ...services.meeting_dto import MeetingDTO
from ..background import ProgressRunner
from ..folders import documents_folder
from ..i18n import STOCKHOLM
from ..widgets.disabled_reason import explain_action
from . import meeting_reasons as reasons

DRAFTS_FOLDER = "utkast"


class MeetingSending(QObject):
    """Adds its actions to ``menu``; ``prepare`` saves the text being typed first (False: do nothing)."""

    def __init__(self, uow: UnitOfWork, window: QWidget, menu: QMenu, prepare: Callable[[], bool]) -> None:
        super().__init__(window)
        self.uow, self.window, self.prepare = uow, window, prepare
        self.meeting: MeetingDTO | None = None
        self.runner: ProgressRunner | None = None
        self.last_result: object | None = None
        menu.addSeparator()
        self.pack_action = self._add(menu, self.tr("Meeting pack (PDF)…"), self.export_pack)
        menu.addSeparator()
        self.notice_mail_action = self._add(menu, self.tr("Send notice…"), lambda: self.write_mail("invitation"))
        self.review_mail_action = self._add(menu, self.tr("Send to the chair…"), lambda: self.write_mail("review"))
        self.minutes_mail_action = self._add(menu, self.tr("Send the minutes…"), lambda: self.write_mail("minutes"))
        self.pdf_reason = pdf_unavailable_reason()

    def _add(self, menu: QMenu, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, menu)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _shown(self) -> MeetingDTO:
        assert self.meeting is not None, "the actions are enabled only while a meeting is shown"
        return self.meeting

    def show_meeting(self, meeting: MeetingDTO) -> None:
        self.meeting = meeting
        cancelled = meeting.status is MeetingStatus.CANCELLED
        explain_action(self.pack_action, not cancelled and not self.pdf_reason, self.pdf_reason or reasons.cancelled())
        explain_action(self.notice_mail_action, not cancelled, reasons.cancelled())
        for action, why in ((self.review_mail_action, reasons.review_mail_reason(meeting)),
                            (self.minutes_mail_action, reasons.minutes_mail_reason(meeting))):
            explain_action(action, not why, why)

    def _stem(self, what: str) -> str:
        m = self._shown()
        return safe_file_stem(m.group_name, m.starts_at.astimezone(STOCKHOLM).date(), what)

    # -- the meeting pack ---------------------------------------------------------------------------
    def export_pack(self) -> None:
        if not self.prepare():
            return
        folder = documents_folder()
        chosen, _filter = QFileDialog.getSaveFileName(self.window, self.tr("Meeting pack"),
                                                      str(folder / f"{self._stem('möteshandlingar')}.pdf"),
                                                      self.tr("PDF document (*.pdf)"))
        if not chosen:
            return
        target = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
        worker_uow, meeting_id = self.uow.for_another_thread(), self._shown().id
        self.runner = ProgressRunner(
            self.window, self.tr("Assembling the meeting pack…"),
            lambda progress: sending.export_meeting_pack(worker_uow, meeting_id, target,
                                                         lambda what: progress(0, 0, what)),
            self._pack_written, failure_title=self.tr("Could not be done"), can_stop=False)

    def _pack_written(self, result: sending.PackResult) -> None:
        self.last_result = result
        text = self.tr("Saved to %1 (%2 pages).").replace("%1", str(result.path)).replace("%2", str(result.pages))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Meeting pack"), text, QMessageBox.StandardButton.Ok,
                          self.window)
        open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))

    # -- e-mail drafts ------------------------------------------------------------------------------
    def draft_path(self, kind: str) -> Path:
        what = {"invitation": "kallelse", "review": "granskning", "minutes": "minnesanteckningar"}[kind]
        return data_dir() / DRAFTS_FOLDER / f"{self._stem(what)}.eml"

    def write_mail(self, kind: str) -> None:
        if not self.prepare():
            return
        target = self.draft_path(kind)
        worker_uow, meeting_id = self.uow.for_another_thread(), self._shown().id
        if kind == "invitation":
            def work(progress):
                return sending.write_invitation_mail(worker_uow, meeting_id, target,
                                                     lambda what: progress(0, 0, what))
        elif kind == "review":
            def work(_progress):
                return sending.write_review_mail(worker_uow, meeting_id, target)
        else:
            def work(progress):
                return sending.write_minutes_mail(worker_uow, meeting_id, target, lambda what: progress(0, 0, what))
        self.runner = ProgressRunner(self.window, self.tr("Writing the e-mail draft…"), work, self._mail_written,
                                     failure_title=self.tr("Could not be done"), can_stop=False)

    def _mail_written(self, result: sending.MailResult) -> None:
        self.last_result = result
        if result.warning:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Large message"), result.warning,
                              QMessageBox.StandardButton.NoButton, self.window)
            open_button = box.addButton(self.tr("Open the draft anyway"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDetailedText(str(result.path))
            box.exec()
            if box.clickedButton() is not open_button:
                return
        elif result.draft.notes:
            QMessageBox.information(self.window, self.tr("E-mail draft"), "\n\n".join(result.draft.notes))
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path))):
            QMessageBox.information(self.window, self.tr("E-mail draft"), self.tr(
                "No mail program opened the draft. It is saved as %1; open it in your mail program.").replace(
                "%1", str(result.path)))
            return
        status = getattr(self.window, "statusBar", None)
        if status is not None:
            status().showMessage(self.tr("E-mail draft to %1 recipients opened in the mail program: %2").replace(
                "%1", str(len(result.draft.recipients))).replace("%2", str(result.path)), 10000)


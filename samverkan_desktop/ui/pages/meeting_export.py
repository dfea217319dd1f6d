"""The meeting editor's Export menu: minutes to Word or PDF, the notice, the calendar invitation, and
publishing approved minutes to a folder. The work runs off the GUI thread; the user is told where the file
went and what the publication rules removed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton, QWidget

from ...application.publishing import SUFFIXES, ExportKind, ExportResult, export_document
from ...domain.enums import MeetingStatus
from ...export.pdf import pdf_converter_description, pdf_unavailable_reason
from ...export.publisher import MinutesPublisher, safe_file_stem
from ...services import UnitOfWork, publication
from ...services.meeting_dto import MeetingDTO
from ..background import ProgressRunner
from ..folders import documents_folder
from ..i18n import STOCKHOLM
from ..widgets.disabled_reason import explain_action, explain_menu
from . import meeting_reasons as reasons


class MeetingExportMenu(QObject):
    """Owns the Export button and its actions; ``published`` is called after minutes were published."""

    def __init__(self, uow: UnitOfWork, window: QWidget, published: Callable[[], None],
                 prepare: Callable[[], bool]) -> None:
        super().__init__(window)
        self.uow, self.window, self.published, self.prepare = uow, window, published, prepare
        self.meeting: MeetingDTO | None = None
        self.runner: ProgressRunner | None = None
        self.button = QPushButton(self.tr("Export"), window)
        self.menu = explain_menu(QMenu(window))  # a greyed action says why: tooltip and status bar
        self.minutes_action = self._add(self.tr("Minutes as Word…"), ExportKind.MINUTES)
        self.pdf_action = self._add(self.tr("Minutes as PDF…"), ExportKind.MINUTES_PDF)
        self.notice_action = self._add(self.tr("Notice as Word…"), ExportKind.NOTICE)
        self.ics_action = self._add(self.tr("Calendar invitation (.ics)…"), ExportKind.ICS)
        self.menu.addSeparator()
        self.publish_action = QAction(self.tr("Publish to a folder…"), self.menu)
        self.publish_action.triggered.connect(lambda _checked=False: self.publish())
        self.menu.addAction(self.publish_action)
        self.button.setMenu(self.menu)
        self.pdf_reason = pdf_unavailable_reason()
        if self.pdf_reason:
            self.pdf_action.setEnabled(False)
            self.pdf_action.setToolTip(self.pdf_reason)
        else:  # which program makes the PDF: LibreOffice, or Word where LibreOffice is missing
            self.pdf_action.setToolTip(pdf_converter_description())
        self.pdf_action.setStatusTip(self.pdf_action.toolTip())

    def _add(self, text: str, kind: ExportKind) -> QAction:
        action = QAction(text, self.menu)
        action.triggered.connect(lambda _checked=False: self.export(kind))
        self.menu.addAction(action)
        return action

    def _shown(self) -> MeetingDTO:
        assert self.meeting is not None, "the actions are enabled only while a meeting is shown"
        return self.meeting

    def show_meeting(self, meeting: MeetingDTO) -> None:
        self.meeting = meeting
        cancelled = meeting.status is MeetingStatus.CANCELLED
        for action in (self.minutes_action, self.notice_action, self.ics_action):
            explain_action(action, not cancelled, reasons.cancelled())
        explain_action(self.pdf_action, not cancelled and not self.pdf_reason, self.pdf_reason or reasons.cancelled(),
                       "" if self.pdf_reason else pdf_converter_description())
        why = reasons.publish_reason(meeting)
        explain_action(self.publish_action, not why, why)

    # -- one file ----------------------------------------------------------------------------------
    def suggested_path(self, kind: ExportKind) -> Path:
        m = self._shown()
        what = {ExportKind.NOTICE: "kallelse", ExportKind.ICS: "kalenderinbjudan"}.get(kind, "minnesanteckningar")
        folder = documents_folder()
        return folder / (safe_file_stem(m.group_name, m.starts_at.astimezone(STOCKHOLM).date(), what) + SUFFIXES[kind])

    def export(self, kind: ExportKind) -> None:
        filters = {".docx": self.tr("Word document (*.docx)"), ".pdf": self.tr("PDF document (*.pdf)"),
                   ".ics": self.tr("Calendar file (*.ics)")}
        suffix = SUFFIXES[kind]
        if not self.prepare():  # the text being typed goes into the export, or nothing is exported
            return
        chosen, _filter = QFileDialog.getSaveFileName(self.window, self.tr("Export"), str(self.suggested_path(kind)),
                                                      filters[suffix])
        if not chosen:
            return
        target = Path(chosen) if chosen.lower().endswith(suffix) else Path(chosen + suffix)
        worker_uow, meeting_id = self.uow.for_another_thread(), self._shown().id
        self.runner = ProgressRunner(self.window, self.tr("Exporting…"),
                                     lambda _progress: export_document(worker_uow, kind, meeting_id, target),
                                     self._exported, failure_title=self.tr("Could not be exported"))

    def _exported(self, result: ExportResult) -> None:
        lines = [self.tr("Saved to %1.").replace("%1", str(result.path))]
        if result.lapsed:  # approved minutes changed since their approval: exported as a draft that says so
            lines.append(result.lapsed)
        elif result.draft:
            lines.append(self.tr("The minutes are not approved: the document is marked UTKAST (draft)."))
        self._report(self.tr("Exported"), lines, result.removed, result.path.parent,
                     warning=result.lapsed is not None)

    def _report(self, title: str, lines: list[str], removed, folder: Path, *, warning: bool = False) -> None:
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        box = QMessageBox(icon, title, "\n\n".join(lines), QMessageBox.StandardButton.Ok, self.window)
        if removed:
            box.setInformativeText(self.tr("Personal data was removed from the published text (see details)."))
            box.setDetailedText("\n".join(removed))
        open_button = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- publishing --------------------------------------------------------------------------------
    def publish(self) -> None:
        if not self.prepare():
            return
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Publish to folder"),
                                                  str(self.suggested_path(ExportKind.MINUTES).parent))
        if not folder:
            return
        worker_uow, meeting_id = self.uow.for_another_thread(), self._shown().id
        render = MinutesPublisher(Path(folder), with_pdf=not self.pdf_reason)
        self.runner = ProgressRunner(self.window, self.tr("Publishing…"),
                                     lambda _progress: (publication.publish(worker_uow, meeting_id, render), render),
                                     self._published, failure_title=self.tr("Could not be exported"))

    def _published(self, result) -> None:
        records, render = result
        names = ", ".join(r.file_name for r in records)
        lines = [self.tr("Published: %1.").replace("%1", names)]
        if self.pdf_reason:
            lines.append(self.pdf_reason)
        self.published()
        self._report(self.tr("Published"), lines, render.removed, render.folder)

"""The meeting editor's Export menu: Word minutes and notice, the calendar invitation, PDF only where
LibreOffice is, publishing approved minutes to a folder, and the report with "Öppna mappen"."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from samverkan_desktop.domain.enums import MinutesStatus, Role
from samverkan_desktop.services import agenda, approval, meetings, memberships, minutes, publication, verification
from samverkan_desktop.services.dto import MembershipData
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.ui.pages.meeting_editor import MeetingEditor

NO_PDF = "PDF kräver LibreOffice, som inte finns på den här datorn."
PUBLISHED_DOCX = "2026-03-10_Ledningsgrupp_for_samverkan_minnesanteckningar.docx"


def held_meeting(uow, register) -> int:
    memberships.save_membership(uow, MembershipData(register["anna"].id, register["lgs"].id, Role.CHAIR,
                                                    register["kommun"].id, date(2025, 1, 1)))
    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    agenda.add_item(uow, meeting.value.id, AgendaItemData("Information från regionen"))
    meetings.mark_held(uow, meeting.value.id)
    return meeting.value.id


def approved_meeting(uow, register, *, attendance_taken: bool = True) -> int:
    """Approved minutes. As in the app, the attendance list was taken (the editor's Attendance tab fills it
    from the memberships on first showing) before the chair approved."""
    meeting_id = held_meeting(uow, register)
    if attendance_taken:
        minutes.attendance(uow, meeting_id)
    approval.approve(uow, meeting_id, register["anna"].id, approval.ApprovalMethod.EMAIL)
    return meeting_id


@pytest.fixture
def no_pdf(monkeypatch):
    """No LibreOffice, as far as the menu knows: PDF is off and publishing writes Word only."""
    monkeypatch.setattr("samverkan_desktop.ui.pages.meeting_export.pdf_unavailable_reason", lambda: NO_PDF)


@pytest.fixture
def reports(monkeypatch) -> list[dict]:
    """Every report box shown: title and text; the box closes at once instead of waiting for a click."""
    shown: list[dict] = []

    def exec_(box):
        shown.append({"title": box.windowTitle(), "text": box.text(), "details": box.detailedText()})
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    return shown


def save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))


def open_editor(qtbot, uow, meeting_id: int) -> MeetingEditor:
    editor = MeetingEditor(uow, meeting_id)
    qtbot.addWidget(editor)
    return editor


def document_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_draft_minutes_as_word_are_marked_utkast_and_reported(qtbot, uow, register, tmp_path, monkeypatch,
                                                              reports, warnings):
    editor = open_editor(qtbot, uow, held_meeting(uow, register))
    target = tmp_path / "anteckningar.docx"
    save_to(monkeypatch, target)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert editor.exports.button.text() == "Exportera"
    assert editor.exports.minutes_action.isEnabled()
    editor.exports.minutes_action.trigger()
    qtbot.waitUntil(lambda: bool(reports), timeout=5000)
    assert target.is_file() and warnings == []
    text = document_text(target)
    assert "Minnesanteckningar (UTKAST)" in text and "Information från regionen" in text
    [report] = reports
    assert report["title"] == "Exporterat"
    assert f"Sparad som {target}." in report["text"]
    assert "Anteckningarna är inte godkända: dokumentet är märkt UTKAST." in report["text"]
    assert opened == []  # closed with OK: no folder opened


def test_cancelling_the_save_dialog_exports_nothing(qtbot, uow, register, tmp_path, monkeypatch, reports):
    editor = open_editor(qtbot, uow, held_meeting(uow, register))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    editor.exports.minutes_action.trigger()
    assert editor.exports.runner is None and reports == []


def test_the_notice_is_exported_as_word_with_the_suffix_added(qtbot, uow, register, tmp_path, monkeypatch, reports,
                                                              warnings):
    editor = open_editor(qtbot, uow, held_meeting(uow, register))
    save_to(monkeypatch, tmp_path / "kallelse")  # typed without .docx
    target = tmp_path / "kallelse.docx"
    editor.exports.notice_action.trigger()
    qtbot.waitUntil(lambda: bool(reports), timeout=5000)
    assert warnings == []
    assert "Information från regionen" in document_text(target)
    [report] = reports
    assert f"Sparad som {target}." in report["text"] and "UTKAST" not in report["text"]


def test_the_suggested_file_name_is_ascii_group_and_date(qtbot, uow, register, monkeypatch, reports):
    editor = open_editor(qtbot, uow, held_meeting(uow, register))
    suggested: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _parent, _title, path, _filter: suggested.append(
        path) or ("", ""))
    editor.exports.ics_action.trigger()
    assert Path(suggested[0]).name == "2026-03-10_Ledningsgrupp_for_samverkan_kalenderinbjudan.ics"


def test_calendar_invitation_without_a_secretary_email_warns_and_writes_nothing(qtbot, uow, register, tmp_path,
                                                                                monkeypatch, reports, warnings):
    editor = open_editor(qtbot, uow, held_meeting(uow, register))
    target = tmp_path / "inbjudan.ics"
    save_to(monkeypatch, target)
    editor.exports.ics_action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "Ledningsgrupp för samverkan har ingen sekreterare med e-postadress på mötesdagen" in warnings[0]
    assert not target.exists() and reports == []


def test_pdf_is_disabled_with_the_reason_as_tooltip_without_libreoffice(qtbot, uow, register, no_pdf):
    editor = open_editor(qtbot, uow, held_meeting(uow, register))
    action = editor.exports.pdf_action
    assert not action.isEnabled() and action.toolTip() == NO_PDF
    assert editor.exports.menu.toolTipsVisible()
    editor.reload()  # showing the meeting again does not switch it back on
    assert not action.isEnabled()


def test_pdf_is_enabled_where_libreoffice_is_found(qtbot, uow, register, monkeypatch):
    monkeypatch.setattr("samverkan_desktop.ui.pages.meeting_export.pdf_unavailable_reason", lambda: None)
    via = "PDF görs med Microsoft Word, eftersom LibreOffice inte finns på den här datorn."
    monkeypatch.setattr("samverkan_desktop.ui.pages.meeting_export.pdf_converter_description", lambda: via)
    editor = open_editor(qtbot, uow, held_meeting(uow, register))
    assert editor.exports.pdf_action.isEnabled()
    assert editor.exports.pdf_action.toolTip() == via == editor.exports.pdf_action.statusTip()


def test_publishing_is_only_offered_for_approved_minutes(qtbot, uow, register, monkeypatch):
    draft = open_editor(qtbot, uow, held_meeting(uow, register))
    assert not draft.exports.publish_action.isEnabled()
    assert draft.exports.publish_action.toolTip() == \
        "Bara godkända anteckningar kan publiceras: anteckna godkännandet först."
    approval.approve(uow, draft.meeting.id, register["anna"].id, approval.ApprovalMethod.EMAIL)
    approved = open_editor(qtbot, uow, draft.meeting.id)
    assert approved.exports.publish_action.isEnabled()
    assert "Bara godkända" not in approved.exports.publish_action.toolTip()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: "")
    approved.exports.publish_action.trigger()  # no folder chosen: nothing published
    assert approved.exports.runner is None
    assert approval.minutes_state(uow, draft.meeting.id).status is MinutesStatus.APPROVED


def test_publishing_approved_minutes_writes_the_docx_and_marks_them_published(qtbot, uow, register, tmp_path,
                                                                             monkeypatch, no_pdf, reports, warnings):
    meeting_id = approved_meeting(uow, register)
    editor = open_editor(qtbot, uow, meeting_id)
    folder = tmp_path / "webb"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(folder))
    changed: list[int] = []
    editor.changed.connect(changed.append)
    editor.exports.publish_action.trigger()
    qtbot.waitUntil(lambda: bool(reports), timeout=5000)
    assert warnings == []
    # Word only (no LibreOffice), and the approval record beside it (domain.approval_record)
    assert sorted(p.name for p in folder.iterdir()) == [PUBLISHED_DOCX, PUBLISHED_DOCX.replace(
        ".docx", ".godkannande.json")]
    assert "Minnesanteckningar (UTKAST)" not in document_text(folder / PUBLISHED_DOCX)
    [report] = reports
    assert report["title"] == "Publicerat"
    assert f"Publicerat: {PUBLISHED_DOCX}." in report["text"] and NO_PDF in report["text"]
    assert approval.minutes_state(uow, meeting_id).status is MinutesStatus.PUBLISHED
    assert [p.file_name for p in publication.publications(uow, meeting_id)] == [PUBLISHED_DOCX]
    assert "Anteckningar: Publicerade" in editor.facts.text()
    assert editor.approval_label.text().startswith("Publicerade; godkända av ordförande Anna Berg den ")
    assert not editor.exports.publish_action.isEnabled()
    assert changed == [meeting_id]  # the group's lists hear of it


def test_opening_the_editor_leaves_approved_minutes_as_approved(qtbot, uow, register):
    meeting_id = approved_meeting(uow, register, attendance_taken=False)
    before = approval.minutes_state(uow, meeting_id).current_hash
    open_editor(qtbot, uow, meeting_id)
    assert approval.minutes_state(uow, meeting_id).current_hash == before
    assert verification.verify_all(uow) == []


def test_text_still_being_typed_is_saved_before_the_export(qtbot, uow, register, tmp_path, monkeypatch, reports):
    meeting_id = held_meeting(uow, register)
    editor = open_editor(qtbot, uow, meeting_id)
    editor.agenda_view.selectRow(0)
    qtbot.keyClicks(editor.minutes_pane.notes_edit, "Regionen informerade om vardplatserna")
    assert editor.minutes_pane.timer.isActive() and editor.isWindowModified()  # not yet saved by the timer
    target = tmp_path / "anteckningar.docx"
    save_to(monkeypatch, target)
    editor.exports.minutes_action.trigger()
    assert agenda.list_items(uow, meeting_id)[0].notes == "Regionen informerade om vardplatserna"
    assert not editor.isWindowModified()
    qtbot.waitUntil(lambda: bool(reports), timeout=5000)
    assert "Regionen informerade om vardplatserna" in document_text(target)


def test_open_folder_in_the_report_opens_the_folder(qtbot, uow, register, tmp_path, monkeypatch):
    editor = open_editor(qtbot, uow, held_meeting(uow, register))
    save_to(monkeypatch, tmp_path / "anteckningar.docx")
    buttons: list[list[str]] = []

    def click_open_folder(box):
        buttons.append([b.text() for b in box.buttons()])
        next(b for b in box.buttons() if b.text() == "Öppna mappen").click()
        return 0

    opened: list[QUrl] = []
    monkeypatch.setattr(QMessageBox, "exec", click_open_folder)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    editor.exports.minutes_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert "Öppna mappen" in buttons[0]
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_an_editor_closed_while_its_export_runs_stays_until_the_export_is_reported(qtbot, uow, register, tmp_path,
                                                                                 monkeypatch, reports):
    """The export runs on ServiceOp's worker path: closing the editor meanwhile keeps the window (hidden) until
    the outcome has been said, then it may go."""
    import threading

    from PySide6.QtCore import Qt

    import samverkan_desktop.ui.pages.meeting_export as meeting_export_module

    editor = open_editor(qtbot, uow, held_meeting(uow, register))
    save_to(monkeypatch, tmp_path / "anteckningar.docx")
    release, started = threading.Event(), threading.Event()
    real_export = meeting_export_module.export_document

    def slow_export(*args, **kwargs):
        started.set()
        assert release.wait(10)
        return real_export(*args, **kwargs)

    monkeypatch.setattr(meeting_export_module, "export_document", slow_export)
    editor.exports.minutes_action.trigger()
    assert started.wait(5)
    editor.close()
    assert not editor.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # busy: the window stays for the report
    release.set()
    qtbot.waitUntil(lambda: bool(reports), timeout=10_000)
    assert reports[0]["title"] == "Exporterat"
    from samverkan_desktop.ui.operations import ServiceOp

    assert not any(op.running for op in editor.findChildren(ServiceOp))  # the next close lets the window go

"""The dialog before publishing approved minutes in a batch: since when, to which folder, with PDF or not, and
how many minutes wait; mistakes are shown at the field they concern."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QPushButton

from samverkan_desktop.domain.enums import Role
from samverkan_desktop.services import agenda, approval, meetings, memberships, minutes
from samverkan_desktop.services.dto import MembershipData
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.ui.dialogs.publish_dialog import PublishDialog, PublishRequest

TODAY = date(2026, 11, 22)
NO_PDF = "PDF kräver LibreOffice, som inte finns på den här datorn."


def approved_meetings(uow, register, *days: date) -> None:
    memberships.save_membership(uow, MembershipData(register["anna"].id, register["lgs"].id, Role.CHAIR,
                                                    register["kommun"].id, date(2024, 1, 1)))
    for day in days:
        meeting_id = meetings.create_meeting(uow, MeetingData(register["lgs"].id, day, time(13), time(15))).value.id
        agenda.add_item(uow, meeting_id, AgendaItemData("Läget i verksamheterna"))
        meetings.mark_held(uow, meeting_id)
        minutes.attendance(uow, meeting_id)
        approval.approve(uow, meeting_id, register["anna"].id, approval.ApprovalMethod.EMAIL)


def make_dialog(qtbot, uow, pdf_reason: str | None = None, folder: str = "") -> PublishDialog:
    dialog = PublishDialog(uow, pdf_reason, today=TODAY, folder=folder)
    qtbot.addWidget(dialog)
    return dialog


def ok_enabled(dialog: PublishDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_defaults_since_new_year_and_pdf_when_libreoffice_is_there(qtbot, uow, register, tmp_path):
    approved_meetings(uow, register, date(2026, 3, 10))
    dialog = make_dialog(qtbot, uow, folder=str(tmp_path))
    assert dialog.windowTitle() == "Publicera godkända anteckningar"
    assert dialog.since.text() == "2026-01-01"
    assert dialog.folder.text() == str(tmp_path)
    assert dialog.pdf.isChecked() and dialog.pdf.isEnabled()
    assert dialog.pdf_reason.isHidden()


def test_without_libreoffice_pdf_is_off_and_the_reason_is_shown(qtbot, uow, register):
    dialog = make_dialog(qtbot, uow, NO_PDF)
    assert not dialog.pdf.isChecked() and not dialog.pdf.isEnabled()
    assert dialog.pdf_reason.text() == NO_PDF and not dialog.pdf_reason.isHidden()
    # and with nothing approved, nothing waits: OK is off
    assert dialog.waiting.text() == "Godkända anteckningar som väntar på publicering: 0"
    assert not ok_enabled(dialog)


def test_the_waiting_count_follows_the_date_and_ok_needs_something_to_publish(qtbot, uow, register):
    approved_meetings(uow, register, date(2025, 11, 4), date(2026, 3, 10))
    dialog = make_dialog(qtbot, uow)
    assert dialog.waiting.text() == "Godkända anteckningar som väntar på publicering: 1"
    assert ok_enabled(dialog)
    dialog.since.setText("2025-01-01")
    assert dialog.waiting.text() == "Godkända anteckningar som väntar på publicering: 2"
    dialog.since.setText("")  # no date: every approved minutes
    assert dialog.waiting.text() == "Godkända anteckningar som väntar på publicering: 2"
    dialog.since.setText("2026-03-11")
    assert dialog.waiting.text() == "Godkända anteckningar som väntar på publicering: 0"
    assert not ok_enabled(dialog)
    dialog.since.setText("2026-13")  # half typed: no count rather than a wrong one
    assert dialog.waiting.text() == ""


def test_an_empty_folder_or_a_file_is_refused_at_the_folder_field(qtbot, uow, register, tmp_path):
    approved_meetings(uow, register, date(2026, 3, 10))
    dialog = make_dialog(qtbot, uow)
    dialog.folder.setText("   ")
    dialog.accept()
    assert dialog.error_text("folder") == "Välj mappen som filerna ska publiceras i."
    assert dialog.result_value is None
    not_a_folder = tmp_path / "manifest.csv"
    not_a_folder.write_text("grupp;fil\n", encoding="utf-8")
    dialog.folder.setText(str(not_a_folder))
    dialog.accept()
    assert dialog.error_text("folder") == f"{not_a_folder} är en fil, inte en mapp."
    assert dialog.result_value is None


def test_a_bad_date_is_shown_at_the_since_field(qtbot, uow, register, tmp_path):
    approved_meetings(uow, register, date(2026, 3, 10))
    dialog = make_dialog(qtbot, uow, folder=str(tmp_path))
    dialog.since.setText("1 mars")
    dialog.accept()
    assert dialog.error_text("since") == (
        "”1 mars” är inget giltigt datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-10.")
    assert dialog.error_text("folder") == "" and dialog.result_value is None


def test_a_valid_request_is_returned(qtbot, uow, register, tmp_path):
    approved_meetings(uow, register, date(2026, 3, 10))
    folder = tmp_path / "webb" / "ny"  # need not exist yet: publishing creates it
    dialog = make_dialog(qtbot, uow, NO_PDF)
    dialog.folder.setText(f" {folder} ")
    dialog.since.setText("2026-02-01")
    dialog.accept()
    assert dialog.result() == PublishDialog.DialogCode.Accepted
    assert dialog.result_value == PublishRequest(date(2026, 2, 1), folder, False)


def test_choose_fills_in_the_folder_picked(qtbot, uow, register, tmp_path, monkeypatch):
    dialog = make_dialog(qtbot, uow, folder=str(tmp_path))
    dialog.folder.setText(str(tmp_path / "gammal"))  # typed, not there yet: the picker opens where it would be
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda _parent, _title, start: asked.append(start) or str(tmp_path))
    choose = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Välj…")
    choose.click()
    assert asked == [str(tmp_path)] and dialog.folder.text() == str(tmp_path)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: "")  # cancelled: keep what was there
    choose.click()
    assert Path(dialog.folder.text()) == tmp_path


def test_the_converter_that_makes_the_pdf_is_named(qtbot, uow, register):
    via = "PDF görs med Microsoft Word, eftersom LibreOffice inte finns på den här datorn."
    dialog = PublishDialog(uow, None, today=TODAY, pdf_via=via)
    qtbot.addWidget(dialog)
    assert dialog.pdf.isEnabled() and dialog.pdf.isChecked()
    assert dialog.pdf_reason.text() == via and not dialog.pdf_reason.isHidden()
    reasoned = PublishDialog(uow, NO_PDF, today=TODAY, pdf_via=via)  # no PDF: the reason, not the converter
    qtbot.addWidget(reasoned)
    assert reasoned.pdf_reason.text() == NO_PDF and not reasoned.pdf.isEnabled()


def test_a_folder_that_is_not_there_is_never_suggested(qtbot, uow, register, tmp_path, monkeypatch):
    """Issue 18 point 6: Publicera suggested ~/Documents where there is none; it suggests an existing folder."""
    from PySide6.QtCore import QStandardPaths

    from samverkan_desktop.ui import folders

    home = tmp_path / "hem"
    home.mkdir()
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: home))
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(home / "Documents"))
    assert folders.documents_folder() == home  # no Documents: the home folder
    dialog = make_dialog(qtbot, uow)
    assert dialog.folder.text() == str(home)
    removed = make_dialog(qtbot, uow, folder=str(tmp_path / "borttagen"))  # remembered, since removed
    assert removed.folder.text() == str(home)
    (home / "Documents").mkdir()
    assert folders.documents_folder() == home / "Documents"
    assert make_dialog(qtbot, uow).folder.text() == str(home / "Documents")

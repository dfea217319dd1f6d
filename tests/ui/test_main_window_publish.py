"""Arkiv > Publicera godkända anteckningar…: the whole batch off the GUI thread, the summary, the manifest,
and the folder remembered for next time."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QMessageBox

from samverkan_desktop.domain.enums import MinutesStatus, Role
from samverkan_desktop.export.publisher import MANIFEST_NAME
from samverkan_desktop.infra.config import Settings
from samverkan_desktop.services import agenda, approval, meetings, memberships, minutes
from samverkan_desktop.services.dto import MembershipData
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.ui.dialogs.publish_dialog import PublishDialog
from samverkan_desktop.ui.main_window import MainWindow

TODAY = date(2026, 11, 22)
NO_PDF = "PDF kräver LibreOffice, som inte finns på den här datorn."
DOCX = "2026-03-10_Ledningsgrupp_for_samverkan_minnesanteckningar.docx"


@pytest.fixture
def approved(uow, register) -> int:
    memberships.save_membership(uow, MembershipData(register["anna"].id, register["lgs"].id, Role.CHAIR,
                                                    register["kommun"].id, date(2025, 1, 1)))
    meeting_id = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13),
                                                          time(15))).value.id
    agenda.add_item(uow, meeting_id, AgendaItemData("Information från regionen"))
    meetings.mark_held(uow, meeting_id)
    minutes.attendance(uow, meeting_id)  # taken in the editor before approval, as in the app
    approval.approve(uow, meeting_id, register["anna"].id, approval.ApprovalMethod.EMAIL)
    return meeting_id


@pytest.fixture
def window(qtbot, uow, monkeypatch):
    """The main window, with saved settings collected and no LibreOffice (Word only, no soffice run)."""
    monkeypatch.setattr("samverkan_desktop.export.pdf.pdf_unavailable_reason", lambda: NO_PDF)
    saved: list[Settings] = []
    window = MainWindow(uow, Settings(), database_label="test", save_settings=saved.append, today=lambda: TODAY)
    window.saved = saved
    qtbot.addWidget(window)
    return window


@pytest.fixture
def summaries(monkeypatch) -> list[dict]:
    shown: list[dict] = []

    def exec_(box):
        shown.append({"title": box.windowTitle(), "text": box.text(), "icon": box.icon()})
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def fill_publish_dialog(monkeypatch, folder: Path, seen: list[dict] | None = None) -> None:
    def run(dialog):
        if seen is not None:
            seen.append({"folder": dialog.folder.text(), "pdf": dialog.pdf.isChecked(),
                         "waiting": dialog.waiting.text()})
        dialog.folder.setText(str(folder))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PublishDialog, "exec", run)


def file_menu_action(window, text: str):
    file_menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Arkiv")
    return next(a for a in file_menu.actions() if a.text() == text)


def test_the_file_menu_publishes_the_batch_and_shows_a_summary(qtbot, uow, approved, window, summaries,
                                                               monkeypatch, tmp_path):
    folder = tmp_path / "webb"
    seen: list[dict] = []
    fill_publish_dialog(monkeypatch, folder, seen)
    file_menu_action(window, "Publicera godkända anteckningar…").trigger()
    qtbot.waitUntil(lambda: bool(summaries), timeout=5000)
    # Nothing remembered yet: an existing folder is suggested (Documents, or the home folder), never an empty field.
    from samverkan_desktop.ui.folders import documents_folder

    assert seen == [{"folder": str(documents_folder()), "pdf": False,
                     "waiting": "Godkända anteckningar som väntar på publicering: 1"}]
    [summary] = summaries
    assert summary["title"] == "Publicerat" and summary["icon"] == QMessageBox.Icon.Information
    assert f"1 filer sparade i {folder}." in summary["text"]
    assert f"Förteckning över filerna med kontrollsummor: {MANIFEST_NAME}" in summary["text"]
    assert sorted(p.name for p in folder.iterdir()) == [DOCX, DOCX.replace(".docx", ".godkannande.json"),
                                                       MANIFEST_NAME]
    assert DOCX in (folder / MANIFEST_NAME).read_text(encoding="utf-8-sig")
    assert approval.minutes_state(uow, approved).status is MinutesStatus.PUBLISHED


def test_the_folder_is_remembered_and_offered_next_time(qtbot, uow, approved, window, summaries, monkeypatch, tmp_path):
    folder = tmp_path / "webb"
    seen: list[dict] = []
    fill_publish_dialog(monkeypatch, folder, seen)
    window.publish_approved()
    qtbot.waitUntil(lambda: bool(summaries), timeout=5000)
    assert window.settings.recent["publish_folder"] == str(folder)
    assert [s.recent["publish_folder"] for s in window.saved] == [str(folder)]

    monkeypatch.setattr(PublishDialog, "exec", lambda dialog: seen.append(
        {"folder": dialog.folder.text(), "ok": dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()})
        or 0)
    window.publish_approved()  # nothing waits any more; cancelled: nothing run, nothing saved
    assert seen[-1] == {"folder": str(folder), "ok": False}
    assert len(summaries) == 1 and len(window.saved) == 1


def test_minutes_that_cannot_be_written_are_named_in_a_warning_summary(qtbot, uow, approved, window, summaries,
                                                                       monkeypatch, tmp_path):
    blocker = tmp_path / "fil.txt"
    blocker.write_text("inte en mapp", encoding="utf-8")
    fill_publish_dialog(monkeypatch, blocker / "webb")  # below a file: the folder cannot be created
    window.publish_approved()
    qtbot.waitUntil(lambda: bool(summaries), timeout=5000)
    [summary] = summaries
    assert summary["icon"] == QMessageBox.Icon.Warning
    assert "0 filer sparade" in summary["text"]
    assert "Ledningsgrupp för samverkan 2026-03-10: Det går inte att skriva i mappen" in summary["text"]
    assert "kontrollsummor" not in summary["text"]  # no manifest when nothing was written
    assert approval.minutes_state(uow, approved).status is MinutesStatus.APPROVED

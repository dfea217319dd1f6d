"""The group page's "Underlag för årsrapport…": the year asked for, the Word file written off the GUI thread."""

from __future__ import annotations

from datetime import date

import docx
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from samverkan_desktop.services import meetings
from samverkan_desktop.services.meeting_dto import MeetingData
from samverkan_desktop.ui.pages.group_page import GroupPage

TODAY = date(2026, 11, 22)


def test_annual_report_is_written_for_the_chosen_year(qtbot, uow, register, tmp_path, monkeypatch) -> None:
    from datetime import time

    lgs = register["lgs"].id
    held = meetings.create_meeting(uow, MeetingData(lgs, date(2026, 3, 10), time(9), time(11), "Rådhuset")).value
    meetings.mark_held(uow, held.id)
    page = GroupPage(uow, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show_group(lgs)
    asked = {}
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args: (asked.setdefault("default", args[3]), True))
    target = tmp_path / "underlag.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: shown.append(text))
    page.annual_report_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert asked["default"] == 2026 and str(target) in shown[0]
    document = docx.Document(str(target))
    assert document.paragraphs[0].text == "Underlag för årsrapport 2026"
    assert "Gruppen höll 1 möte under 2026." in [p.text for p in document.paragraphs]


def test_cancelling_the_year_writes_nothing(qtbot, uow, register, tmp_path, monkeypatch) -> None:
    page = GroupPage(uow, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show_group(register["lgs"].id)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args: (2026, False))
    asked_for_file = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: asked_for_file.append(args) or ("", ""))
    page.annual_report_button.click()
    assert asked_for_file == [] and getattr(page, "runner", None) is None

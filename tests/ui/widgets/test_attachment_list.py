"""Attachments in the minutes pane: opened from a checked copy in a temporary folder, saved elsewhere, removed after
a question; a damaged one is refused in words; approved minutes keep their attachments readable."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import text

from samverkan_desktop.services import agenda, attachments, meetings
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.ui.widgets.attachment_list import safe_file_name
from samverkan_desktop.ui.widgets.minutes_pane import MinutesPane

CONTENT = b"%PDF-1.4 rutin for utskrivning\n" * 50


@pytest.fixture
def pane(qtbot, uow, register, tmp_path, monkeypatch):
    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    item = agenda.add_item(uow, meeting.value.id, AgendaItemData("Handlingsplan"))
    source = tmp_path / "Rutin: utskrivning.pdf"
    source.write_bytes(CONTENT)
    attachments.add_attachment(uow, item.id, source)
    source.unlink()  # from here on only the database has it
    pane = MinutesPane(uow)
    qtbot.addWidget(pane)
    pane.show_item(agenda.get_item(uow, item.id))
    opened: list[Path] = []
    pane.attachments.opener = lambda path: opened.append(path) or True
    pane.opened = opened
    return pane


def select_first(pane) -> None:
    pane.attachments.view.selectRow(0)


def test_open_writes_a_checked_copy_into_a_temporary_folder(pane) -> None:
    assert not pane.attachments.open_button.isEnabled()  # nothing chosen yet
    select_first(pane)
    assert pane.attachments.open_button.isEnabled()
    pane.attachments.open_button.click()
    (copy,) = pane.opened
    assert copy.name == "Rutin_ utskrivning.pdf"  # ':' is not allowed in a Windows file name
    assert copy.read_bytes() == CONTENT
    assert "samverkan-bilagor-" in str(copy.parent.parent)
    assert not pane.error_label.isVisibleTo(pane)


def test_double_click_opens_too(pane, qtbot) -> None:
    select_first(pane)
    pane.attachments.view.doubleClicked.emit(pane.attachment_model.index(0, 0))
    assert len(pane.opened) == 1


def test_save_as_writes_the_content_where_the_user_chose(pane, tmp_path, monkeypatch) -> None:
    target = tmp_path / "sparad" / "rutin.pdf"
    asked: list[str] = []

    def ask(_parent, _title, suggested):
        asked.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    select_first(pane)
    pane.attachments.save_button.click()
    assert asked == ["Rutin_ utskrivning.pdf"]
    assert target.read_bytes() == CONTENT
    assert [p.name for p in target.parent.iterdir()] == ["rutin.pdf"]  # no temporary file left


def test_a_damaged_attachment_is_not_opened_and_says_why(pane, engine) -> None:
    with engine.begin() as connection:
        connection.execute(text("UPDATE attachment_blob SET content = :c"), {"c": b"something else"})
    select_first(pane)
    pane.attachments.open_button.click()
    assert pane.opened == []
    assert "skadad" in pane.error_label.text()
    assert pane.error_label.isVisibleTo(pane)


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])
def test_remove_asks_first(pane, uow, monkeypatch, answer) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answer)
    select_first(pane)
    pane.attachments.remove_button.click()
    remaining = agenda.get_item(uow, pane.item.id).attachments
    expected = 0 if answer == QMessageBox.StandardButton.Yes else 1
    assert len(remaining) == expected
    assert pane.attachment_model.rowCount() == expected


def test_read_only_minutes_keep_their_attachments_readable(pane) -> None:
    pane.set_read_only(True)
    assert not pane.is_editable()
    select_first(pane)
    assert not pane.attachments.attach_button.isEnabled()
    assert not pane.attachments.remove_button.isEnabled()
    assert pane.attachments.open_button.isEnabled() and pane.attachments.save_button.isEnabled()
    pane.attachments.open_button.click()
    assert len(pane.opened) == 1


@pytest.mark.parametrize(("name", "safe"), [("a/b\\c.pdf", "a_b_c.pdf"), ("  .  ", "bilaga"),
                                            ("rapport?.docx", "rapport_.docx"), ("å" * 300, "å" * 150)])
def test_safe_file_name(name, safe) -> None:
    assert safe_file_name(name) == safe


def test_opening_again_reuses_the_unchanged_copy_and_renews_a_changed_one(pane, monkeypatch) -> None:
    from samverkan_desktop.ui.widgets import attachment_list

    select_first(pane)
    pane.attachments.open_button.click()
    written: list[Path] = []
    real_write = attachment_list.write_atomically
    monkeypatch.setattr(attachment_list, "write_atomically", lambda path, data: written.append(path) or
                        real_write(path, data))
    pane.attachments.open_button.click()  # a viewer may still hold the first copy: it is not replaced
    assert written == [] and pane.opened[0] == pane.opened[1]
    pane.opened[0].write_bytes(b"changed in the viewer")
    pane.attachments.open_button.click()
    assert written == [pane.opened[0]] and pane.opened[2].read_bytes() == CONTENT


def test_the_reason_to_choose_an_item_leaves_the_status_bar_once_one_is_chosen(pane, qtbot, uow) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    item_id = pane.attachments.item_id
    window.setCentralWidget(pane)
    window.show()
    pane.show_item(None)
    QApplication.sendEvent(pane.attachments.attach_button, QEvent(QEvent.Type.Enter))
    assert window.statusBar().currentMessage() == "Välj först en punkt på dagordningen."
    pane.show_item(agenda.get_item(uow, item_id))  # chosen with the pointer still on the button
    assert window.statusBar().currentMessage() == ""
    window.takeCentralWidget().setParent(None)  # the pane is the fixture's to close

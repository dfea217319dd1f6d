"""Undo in the meeting editor brings a removed item back with its attachments, content included (the database
drops content that no attachment names, so the command holds it meanwhile)."""

from __future__ import annotations

from datetime import date, time

from samverkan_desktop.services import agenda, attachments, meetings
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.ui.pages.meeting_editor import MeetingEditor

CONTENT = b"%PDF-1.4 handlingsplan\n" * 100


def test_undoing_a_delete_brings_back_the_attachments(qtbot, uow, register, tmp_path, engine):
    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    meeting_id = meeting.value.id
    for title in ("Första", "Andra"):
        agenda.add_item(uow, meeting_id, AgendaItemData(title), position=99)
    second = agenda.list_items(uow, meeting_id)[1]
    source = tmp_path / "Handlingsplan 2026.pdf"
    source.write_bytes(CONTENT)
    attachments.add_attachment(uow, second.id, source)
    source.unlink()
    editor = MeetingEditor(uow, meeting_id)
    qtbot.addWidget(editor)
    editor.agenda_view.selectRow(1)

    editor.delete_action.trigger()
    assert [i.title for i in agenda.list_items(uow, meeting_id)] == ["Första"]
    assert attachments.verify_attachments(uow) == []
    with engine.connect() as connection:  # the content went with its last attachment
        assert connection.exec_driver_sql("SELECT count(*) FROM attachment_blob").scalar() == 0

    editor.undo_action.trigger()
    restored = agenda.list_items(uow, meeting_id)[1]
    assert restored.title == "Andra"
    (attachment,) = restored.attachments
    assert attachment.file_name == "Handlingsplan 2026.pdf"
    assert attachments.read_attachment(uow, attachment.id).content == CONTENT
    assert editor.minutes_pane.attachment_model.rowCount() == 1  # the pane shows the item as it came back

    editor.redo_action.trigger()
    editor.undo_action.trigger()
    (again,) = agenda.list_items(uow, meeting_id)[1].attachments
    assert attachments.read_attachment(uow, again.id).content == CONTENT


def test_verify_in_the_main_window_names_a_damaged_attachment(qtbot, uow, register, tmp_path, engine, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from samverkan_desktop.infra.config import Settings
    from samverkan_desktop.ui.main_window import MainWindow

    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    item = agenda.add_item(uow, meeting.value.id, AgendaItemData("Handlingsplan"))
    source = tmp_path / "plan.pdf"
    source.write_bytes(CONTENT)
    attachments.add_attachment(uow, item.id, source)
    window = MainWindow(uow, Settings())
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    with qtbot.waitSignal(window.verification_done, timeout=20000) as done:
        window.verify_approvals()
    assert done.args[0] == []
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE attachment_blob SET content = x'00'")
    with qtbot.waitSignal(window.verification_done, timeout=20000) as done:
        window.verify_approvals()
    (problem,) = done.args[0]
    assert "bilagan plan.pdf är skadad" in problem and "2026-03-10" in problem
    assert problem in shown[-1]

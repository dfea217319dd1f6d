"""Actions and attachments from the minutes pane; an unreadable attachment is refused in words."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtWidgets import QFileDialog

from samverkan_desktop.domain.enums import ActionStatus
from samverkan_desktop.services import agenda, meetings
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.ui.dialogs.action_dialog import ActionDialog
from samverkan_desktop.ui.widgets.minutes_pane import MinutesPane


def pane_with_item(qtbot, uow, register, tmp_path):
    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    item = agenda.add_item(uow, meeting.value.id, AgendaItemData("Handlingsplan"))
    pane = MinutesPane(uow, attachments_dir=tmp_path / "bilagor")
    qtbot.addWidget(pane)
    pane.show_item(item)
    return pane, item


def test_new_action_through_the_dialog(qtbot, uow, register, tmp_path, monkeypatch):
    pane, item = pane_with_item(qtbot, uow, register, tmp_path)

    def fill(dialog):
        dialog.what_edit.setText("Skicka rutinen till alla enheter")
        dialog.organisation_combo.set_value(register["kommun"].id)
        dialog.due_edit.setText("2026-04-30")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ActionDialog, "exec", fill)
    pane.new_action_button.click()
    assert pane.action_model.rowCount() == 1
    assert pane.action_model.index(0, 1).data() == "Göteborgs Stad"
    assert pane.action_model.index(0, 2).data() == "2026-04-30"
    assert agenda.get_item(uow, item.id).actions[0].status is ActionStatus.OPEN


def test_action_needs_someone_responsible(qtbot, uow, register, tmp_path):
    _pane, item = pane_with_item(qtbot, uow, register, tmp_path)
    dialog = ActionDialog(uow, item.id)
    qtbot.addWidget(dialog)
    dialog.what_edit.setText("Ta fram underlag")
    dialog.accept()
    assert "ansvarar" in dialog.error_text("responsible_person_id")
    assert agenda.get_item(uow, item.id).actions == ()


def test_attachment_is_copied_and_listed(qtbot, uow, register, tmp_path, monkeypatch):
    pane, item = pane_with_item(qtbot, uow, register, tmp_path)
    source = tmp_path / "Rutin utskrivning.pdf"
    source.write_bytes(b"%PDF-1.4 rutin")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(source), ""))
    pane.attach_button.click()
    assert pane.attachment_model.index(0, 0).data() == "Rutin utskrivning.pdf"
    stored = agenda.get_item(uow, item.id).attachments[0]
    assert (tmp_path / "bilagor" / stored.stored_name).read_bytes() == b"%PDF-1.4 rutin"


def test_an_unreadable_attachment_is_refused_and_nothing_is_added(qtbot, uow, register, tmp_path, monkeypatch):
    pane, item = pane_with_item(qtbot, uow, register, tmp_path)
    missing = tmp_path / "finns-inte.docx"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(missing), ""))
    pane.attach_button.click()
    assert "kan inte läsas" in pane.error_label.text()
    assert agenda.get_item(uow, item.id).attachments == ()
    assert not (tmp_path / "bilagor").exists() or not any((tmp_path / "bilagor").rglob("*.docx"))


def test_an_item_can_be_made_a_case(qtbot, uow, register, tmp_path):
    from samverkan_desktop.services import cases

    pane, item = pane_with_item(qtbot, uow, register, tmp_path)
    pane.show()
    assert pane.case_button.isVisible()
    pane.case_button.click()
    stored = agenda.get_item(uow, item.id)
    assert stored.case_id is not None and cases.get_case(uow, stored.case_id).title == "Handlingsplan"
    assert "ärende: Handlingsplan" in pane.heading.text()
    assert not pane.case_button.isVisible()

"""Cancelling a meeting: the reason is required, said at its field, and kept with the meeting."""

from __future__ import annotations

from datetime import date, time

from samverkan_desktop.services import meetings
from samverkan_desktop.services.meeting_dto import MeetingData
from samverkan_desktop.ui.dialogs.cancel_meeting_dialog import CancelMeetingDialog


def test_cancelling_needs_a_reason(qtbot, uow, register):
    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    dialog = CancelMeetingDialog(uow, meeting.value.id)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "varför" in dialog.error_text("cancel_reason")
    dialog.reason_edit.setPlainText("Ordföranden sjuk, inget beslutsunderlag")
    dialog.accept()
    assert meetings.get_meeting(uow, meeting.value.id).cancel_reason == "Ordföranden sjuk, inget beslutsunderlag"
    assert dialog.result_value.status.value == "installt"

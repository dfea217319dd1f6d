"""One person's attendance: the status, whom they stand in for (never themselves) and from which § to which §."""

from __future__ import annotations

from datetime import date, time

from samverkan_desktop.domain.enums import AttendanceStatus
from samverkan_desktop.services import meetings, minutes
from samverkan_desktop.services.meeting_dto import MeetingData
from samverkan_desktop.ui.dialogs.attendance_dialog import AttendanceDialog


def test_the_attendance_is_saved_as_chosen(qtbot, uow, register):
    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    row = minutes.add_attendee(uow, meeting.value.id, register["bo"].id)
    dialog = AttendanceDialog(uow, row)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().endswith("Bo Ek")
    choices = set(dialog.substitute_combo.values())
    assert register["bo"].id not in choices and register["anna"].id in choices
    assert dialog.from_spin.specialValueText() == "—" and dialog.from_spin.value() == 0
    dialog.status_combo.set_value(AttendanceStatus.PRESENT)
    dialog.substitute_combo.set_value(register["anna"].id)
    dialog.from_spin.setValue(2)
    dialog.accept()
    [saved] = minutes.attendance(uow, meeting.value.id)
    assert (saved.status, saved.substitute_for_name, saved.present_from_paragraph, saved.present_to_paragraph) == (
        AttendanceStatus.PRESENT, "Anna Berg", 2, None)
    again = AttendanceDialog(uow, saved)
    qtbot.addWidget(again)
    assert again.from_spin.value() == 2 and again.substitute_combo.value() == register["anna"].id

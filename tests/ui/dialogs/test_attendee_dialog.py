"""Adding a guest or a co-opted member to one meeting's attendance: a person must be chosen, said at the field."""

from __future__ import annotations

from datetime import date, time

import pytest

from samverkan_desktop.services import meetings, minutes
from samverkan_desktop.services.meeting_dto import MeetingData
from samverkan_desktop.ui.dialogs.attendee_dialog import AttendeeDialog


@pytest.fixture
def meeting(uow, register) -> int:
    return meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15))).value.id


def test_a_person_must_be_chosen(qtbot, uow, meeting):
    dialog = AttendeeDialog(uow, meeting)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.error_text("person_id") == "Välj en person."
    assert dialog.result() == 0 and minutes.attendance(uow, meeting) == []


@pytest.mark.parametrize("adjunct", [False, True])
def test_a_guest_or_a_co_opted_member_is_added(qtbot, uow, register, meeting, adjunct):
    dialog = AttendeeDialog(uow, meeting)
    qtbot.addWidget(dialog)
    names = [dialog.person_combo.itemText(i) for i in range(dialog.person_combo.count())]
    assert names[1:] == ["Anna Berg", "Bo Ek", "Cilla Lund"]  # after "(välj)"
    dialog.person_combo.set_value(register["bo"].id)
    dialog.adjunct_check.setChecked(adjunct)
    dialog.accept()
    [row] = minutes.attendance(uow, meeting)
    assert (row.person_name, row.is_adjunct, row.is_guest) == ("Bo Ek", adjunct, not adjunct)
    assert dialog.result_value.id == row.id

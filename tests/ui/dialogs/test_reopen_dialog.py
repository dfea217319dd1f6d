"""Reopening approved minutes: a reason is required (said at its field, nothing changed), then the approval is
revoked with the reason kept and the minutes are a draft again."""

from __future__ import annotations

from datetime import date, time

from samverkan_desktop.domain.enums import ApprovalMethod, MinutesStatus, Role
from samverkan_desktop.services import agenda, approval, meetings, memberships
from samverkan_desktop.services.dto import MembershipData
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.ui.dialogs.reopen_dialog import ReopenDialog


def approved_meeting(uow, register) -> int:
    memberships.save_membership(uow, MembershipData(register["anna"].id, register["lgs"].id, Role.CHAIR,
                                                    register["kommun"].id, date(2025, 1, 1)))
    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    agenda.add_item(uow, meeting.value.id, AgendaItemData("Information från regionen"))
    meetings.mark_held(uow, meeting.value.id)
    state = approval.minutes_state(uow, meeting.value.id)
    approval.approve(uow, meeting.value.id, register["anna"].id, ApprovalMethod.IN_APP, None,
                     expected_hash=state.current_hash)
    return meeting.value.id


def test_a_reason_is_required_and_then_the_minutes_are_a_draft_again(qtbot, uow, register):
    meeting_id = approved_meeting(uow, register)
    assert approval.minutes_state(uow, meeting_id).status is MinutesStatus.APPROVED
    dialog = ReopenDialog(uow, meeting_id)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.error_text("reason") and dialog.result() == 0
    assert approval.minutes_state(uow, meeting_id).status is MinutesStatus.APPROVED
    dialog.reason_edit.setPlainText("Fel datum för nästa möte")
    assert dialog.error_text("reason") == ""  # the red error goes as soon as the field changes
    dialog.accept()
    state = approval.minutes_state(uow, meeting_id)
    assert state.status is MinutesStatus.DRAFT and state.valid_approval is None
    assert [a.revoke_reason for a in state.approvals] == ["Fel datum för nästa möte"]


def test_a_reason_typed_with_a_b_c_and_swedish_letters_in_the_shown_dialog(qtbot, uow, register):
    """Issue 18: typing the reason with keyClicks aborted the run under offscreen Qt. The cause is QtTest, not the
    dialog: QTest::keyClicks asserts on any non-ASCII character ("ö" in "för"); tests/ui/keys.py types them."""
    from keys import type_text

    dialog = ReopenDialog(uow, approved_meeting(uow, register))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.reason_edit.setFocus()
    type_text(qtbot, dialog.reason_edit, "Fel datum för nästa möte, åter till utkast")
    assert dialog.reason_edit.toPlainText() == "Fel datum för nästa möte, åter till utkast"
    dialog.accept()
    assert approval.minutes_state(uow, dialog.meeting_id).status is MinutesStatus.DRAFT

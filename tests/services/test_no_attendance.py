"""Attendance before approval: "Skicka för godkännande" needs an attendance list, or an explicit reason why none
is recorded. The reason is stored on the meeting, covered by the approval (only when set: minutes without one keep
their hash) and shown in the minutes: "Närvaro antecknades inte: …"."""

from __future__ import annotations

from datetime import date

import pytest
from meeting_fixtures import item, meeting
from sqlalchemy import text

from samverkan_desktop.db.models import Meeting
from samverkan_desktop.domain.enums import ApprovalMethod, MinutesStatus
from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.export.minutes_docx import render_minutes
from samverkan_desktop.services import approval, documents, meetings, minutes, verification

REASON = "Mötet hölls som ett öppet informationsmöte utan deltagarlista."


@pytest.fixture
def held_without_attendance(uow, meeting_world) -> int:
    m = meeting(uow, meeting_world.nosam, date(2026, 9, 15)).id
    item(uow, m, "Information från kommunerna")
    meetings.mark_held(uow, m)
    return m


def test_sending_without_attendance_or_a_reason_is_refused_in_words(uow, held_without_attendance) -> None:
    for reason in (None, "", "   "):
        with pytest.raises(ValidationError, match="Närvaron är inte antecknad") as caught:
            approval.send_for_approval(uow, held_without_attendance, no_attendance_reason=reason)
        assert caught.value.field == "attendance"
    assert approval.minutes_state(uow, held_without_attendance).status is MinutesStatus.DRAFT
    assert not minutes.attendance_recorded(uow, held_without_attendance)


def test_a_reason_sends_them_and_is_covered_by_the_approval_and_shown(uow, held_without_attendance,
                                                                      meeting_world) -> None:
    m = held_without_attendance
    before = approval.minutes_state(uow, m).current_hash
    state = approval.send_for_approval(uow, m, no_attendance_reason=f"  {REASON} ")
    assert state.status is MinutesStatus.FOR_APPROVAL and state.current_hash != before
    with uow:
        content = approval.minutes_content(uow.session, uow.session.get(Meeting, m))
    assert content["meeting"]["no_attendance"] == REASON
    doc = documents.minutes_document(uow, m)
    assert doc.no_attendance_reason == REASON and doc.present == ()
    paragraphs = [p.text for p in render_minutes(doc).paragraphs]
    assert f"Närvaro antecknades inte: {REASON}" in paragraphs
    approval.approve(uow, m, meeting_world.people["Anna Andersson"], ApprovalMethod.IN_APP)
    assert verification.verify_all(uow) == []


def test_the_reason_is_part_of_what_was_approved(uow, engine, held_without_attendance, meeting_world) -> None:
    m = held_without_attendance
    approval.send_for_approval(uow, m, no_attendance_reason=REASON)
    approval.approve(uow, m, meeting_world.people["Anna Andersson"], ApprovalMethod.IN_APP)
    with engine.begin() as connection:
        connection.execute(text("UPDATE meeting SET no_attendance_reason = 'Alla var där.' WHERE id = :id"),
                           {"id": m})
    (problem,) = verification.verify_all(uow)
    assert "mötesuppgifterna" in problem.differences


def test_recorded_attendance_needs_no_reason_and_clears_an_old_one(uow, held_without_attendance) -> None:
    m = held_without_attendance
    approval.send_for_approval(uow, m, no_attendance_reason=REASON)
    approval.reopen(uow, m, "Närvaron hittades")
    minutes.attendance(uow, m)  # the Attendance tab fills it from the members
    assert minutes.attendance_recorded(uow, m)
    approval.send_for_approval(uow, m)
    with uow:
        assert uow.session.get(Meeting, m).no_attendance_reason is None
    assert documents.minutes_document(uow, m).no_attendance_reason is None


def test_minutes_without_a_reason_have_no_such_key_so_old_hashes_stay(uow, approved) -> None:
    with uow:
        content = approval.minutes_content(uow.session, uow.session.get(Meeting, approved.meeting))
    assert "no_attendance" not in content["meeting"]
    assert verification.verify_all(uow) == []

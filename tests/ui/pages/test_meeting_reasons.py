"""ui/pages/meeting_reasons.py: why each action of the meeting editor is greyed, for every meeting state and
minutes state, in Swedish ("" where the action is allowed)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from samverkan_desktop.domain.enums import MeetingKind, MeetingStatus, MinutesStatus
from samverkan_desktop.services.meeting_dto import MeetingDTO
from samverkan_desktop.ui.pages import meeting_reasons as reasons

P, C, H, X = MeetingStatus.PLANNED, MeetingStatus.CALLED, MeetingStatus.HELD, MeetingStatus.CANCELLED
D, F, A, PUB = MinutesStatus.DRAFT, MinutesStatus.FOR_APPROVAL, MinutesStatus.APPROVED, MinutesStatus.PUBLISHED

CANCELLED = "Mötet är inställt."
EDIT_CANCELLED = "Mötet är inställt: dess dagordning och anteckningar kan inte ändras."
APPROVED = "Anteckningarna är godkända: öppna dem igen (”Öppna igen…”) för att ändra något."


def meeting(status: MeetingStatus, minutes: MinutesStatus = D) -> MeetingDTO:
    moment = datetime(2026, 3, 10, 12, tzinfo=UTC)
    return MeetingDTO(1, 1, "LGS", moment, moment, None, None, MeetingKind.ORDINARY, status, None, minutes, "uid", 0,
                      0)


@pytest.mark.parametrize("status, minutes, expected", [
    (P, D, ""), (H, D, ""), (H, F, ""), (X, D, EDIT_CANCELLED), (X, A, EDIT_CANCELLED), (H, A, APPROVED),
    (H, PUB, APPROVED),
])
def test_edit_reason(status, minutes, expected) -> None:
    assert reasons.edit_reason(meeting(status, minutes)) == expected


@pytest.mark.parametrize("status, expected", [
    (P, ""), (C, "Kallelsen är redan skickad: mötet är kallat."), (H, "Mötet är genomfört."), (X, CANCELLED)])
def test_called_reason(status, expected) -> None:
    assert reasons.called_reason(meeting(status)) == expected


@pytest.mark.parametrize("status, expected", [
    (P, ""), (C, ""), (H, "Mötet är redan markerat som genomfört."), (X, CANCELLED)])
def test_held_reason(status, expected) -> None:
    assert reasons.held_reason(meeting(status)) == expected


@pytest.mark.parametrize("status, expected", [
    (P, ""), (C, ""), (H, "Ett genomfört möte kan inte ställas in."), (X, "Mötet är redan inställt.")])
def test_cancel_reason(status, expected) -> None:
    assert reasons.cancel_reason(meeting(status)) == expected


@pytest.mark.parametrize("minutes, expected", [
    (A, ""), (PUB, "Anteckningarna är redan publicerade."),
    (D, "Bara godkända anteckningar kan publiceras: anteckna godkännandet först."),
    (F, "Bara godkända anteckningar kan publiceras: anteckna godkännandet först.")])
def test_publish_reason(minutes, expected) -> None:
    assert reasons.publish_reason(meeting(H, minutes)) == expected


@pytest.mark.parametrize("status, minutes, expected", [
    (H, D, ""), (H, F, ""), (H, A, "Anteckningarna är redan godkända."), (H, PUB, "Anteckningarna är redan godkända."),
    (C, D, "Markera först mötet som genomfört (”Markera som genomfört”)."),
    (X, D, "Markera först mötet som genomfört (”Markera som genomfört”).")])
def test_review_mail_reason(status, minutes, expected) -> None:
    assert reasons.review_mail_reason(meeting(status, minutes)) == expected


@pytest.mark.parametrize("minutes", [D, F, A])
def test_minutes_mail_needs_published_minutes(minutes) -> None:
    assert reasons.minutes_mail_reason(meeting(H, PUB)) == ""
    assert reasons.minutes_mail_reason(meeting(H, minutes)) == (
        "Bara publicerade anteckningar kan skickas till medlemmarna: publicera dem först (Exportera → Publicera "
        "till en mapp…).")

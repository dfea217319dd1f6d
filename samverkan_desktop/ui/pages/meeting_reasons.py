"""Why an action of the meeting editor is unavailable, in words for its tooltip and the status bar (issue 18):
one place for the rules the editor, its export menu and its sending actions grey their buttons by."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.enums import MeetingStatus, MinutesStatus
from ...services.meeting_dto import MeetingDTO

LOCKED = (MinutesStatus.APPROVED, MinutesStatus.PUBLISHED)


def cancelled() -> str:
    return QCoreApplication.translate("MeetingReasons", "The meeting is cancelled.")


def edit_reason(meeting: MeetingDTO) -> str:
    """Why the agenda, the minutes' text and the attendance cannot be changed ("" when they can)."""
    if meeting.status is MeetingStatus.CANCELLED:
        return QCoreApplication.translate(
            "MeetingReasons", "The meeting is cancelled: its agenda and minutes cannot be changed.")
    if meeting.minutes_status in LOCKED:
        return QCoreApplication.translate(
            "MeetingReasons", "The minutes are approved: reopen them (“Reopen…”) to change anything.")
    return ""


def called_reason(meeting: MeetingDTO) -> str:
    if meeting.status is MeetingStatus.CALLED:
        return QCoreApplication.translate(
            "MeetingReasons", "The notice has been sent already: the meeting is called.")
    if meeting.status is MeetingStatus.HELD:
        return QCoreApplication.translate("MeetingReasons", "The meeting has been held.")
    return cancelled() if meeting.status is MeetingStatus.CANCELLED else ""


def held_reason(meeting: MeetingDTO) -> str:
    if meeting.status is MeetingStatus.HELD:
        return QCoreApplication.translate("MeetingReasons", "The meeting is marked as held already.")
    return cancelled() if meeting.status is MeetingStatus.CANCELLED else ""


def cancel_reason(meeting: MeetingDTO) -> str:
    if meeting.status is MeetingStatus.HELD:
        return QCoreApplication.translate("MeetingReasons", "A held meeting cannot be cancelled.")
    if meeting.status is MeetingStatus.CANCELLED:
        return QCoreApplication.translate("MeetingReasons", "The meeting is cancelled already.")
    return ""


def publish_reason(meeting: MeetingDTO) -> str:
    if meeting.minutes_status is MinutesStatus.APPROVED:
        return ""
    if meeting.minutes_status is MinutesStatus.PUBLISHED:
        return QCoreApplication.translate("MeetingReasons", "The minutes are published already.")
    return QCoreApplication.translate(
        "MeetingReasons", "Only approved minutes can be published: record the approval first.")


def review_mail_reason(meeting: MeetingDTO) -> str:
    if meeting.status is not MeetingStatus.HELD:
        return QCoreApplication.translate("MeetingReasons", "Mark the meeting as held first (“Mark as held”).")
    if meeting.minutes_status in LOCKED:
        return QCoreApplication.translate("MeetingReasons", "The minutes are approved already.")
    return ""


def minutes_mail_reason(meeting: MeetingDTO) -> str:
    if meeting.minutes_status is MinutesStatus.PUBLISHED:
        return ""
    return QCoreApplication.translate(
        "MeetingReasons",
        "Only published minutes can be sent to the members: publish them first (Export → Publish to a folder…).")

"""Why an action of the meeting editor is unavailable, in words for its tooltip and the status bar (issue 18):
one place for the rules the editor, its export menu and its sending actions grey their buttons by."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.enums import MeetingStatus, MinutesStatus
from ...services.meeting_dto import MeetingDTO

LOCKED = (MinutesStatus.APPROVED, MinutesStatus.PUBLISHED)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingReasons", text)


def cancelled() -> str:
    return _tr("The meeting is cancelled.")


def edit_reason(meeting: MeetingDTO) -> str:
    """Why the agenda, the minutes' text and the attendance cannot be changed ("" when they can)."""
    if meeting.status is MeetingStatus.CANCELLED:
        return _tr("The meeting is cancelled: its agenda and minutes cannot be changed.")
    if meeting.minutes_status in LOCKED:
        return _tr("The minutes are approved: reopen them (“Reopen…”) to change anything.")
    return ""


def called_reason(meeting: MeetingDTO) -> str:
    return {
        MeetingStatus.PLANNED: "",
        MeetingStatus.CALLED: _tr("The notice has been sent already: the meeting is called."),
        MeetingStatus.HELD: _tr("The meeting has been held."),
    }.get(meeting.status, cancelled())


def held_reason(meeting: MeetingDTO) -> str:
    if meeting.status is MeetingStatus.HELD:
        return _tr("The meeting is marked as held already.")
    return cancelled() if meeting.status is MeetingStatus.CANCELLED else ""


def cancel_reason(meeting: MeetingDTO) -> str:
    if meeting.status is MeetingStatus.HELD:
        return _tr("A held meeting cannot be cancelled.")
    return _tr("The meeting is cancelled already.") if meeting.status is MeetingStatus.CANCELLED else ""


def publish_reason(meeting: MeetingDTO) -> str:
    if meeting.minutes_status is MinutesStatus.APPROVED:
        return ""
    if meeting.minutes_status is MinutesStatus.PUBLISHED:
        return _tr("The minutes are published already.")
    return _tr("Only approved minutes can be published: record the approval first.")


def review_mail_reason(meeting: MeetingDTO) -> str:
    if meeting.status is not MeetingStatus.HELD:
        return _tr("Mark the meeting as held first (“Mark as held”).")
    if meeting.minutes_status in LOCKED:
        return _tr("The minutes are approved already.")
    return ""


def minutes_mail_reason(meeting: MeetingDTO) -> str:
    if meeting.minutes_status is MinutesStatus.PUBLISHED:
        return ""
    return _tr("Only published minutes can be sent to the members: publish them first (Export → Publish to a "
               "folder…).")

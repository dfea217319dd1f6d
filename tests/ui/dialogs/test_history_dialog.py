"""The meeting's audit trail, read-only: one row per event, oldest first, in a model qtmodeltester accepts."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt

from samverkan_desktop.services import audit, meetings
from samverkan_desktop.services.meeting_dto import MeetingData
from samverkan_desktop.ui.dialogs.history_dialog import HistoryDialog


def test_the_history_shows_every_event_of_the_meeting(qtbot, qtmodeltester, uow, register):
    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    meetings.cancel_meeting(uow, meeting.value.id, "Ordföranden sjuk")
    dialog = HistoryDialog(uow, meeting.value.id)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    events = audit.meeting_history(uow, meeting.value.id)
    assert dialog.model.rowCount() == len(events) >= 2
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["När", "Vem", "Vad", "Detaljer", "Inloggning"]
    last = dialog.model.rowCount() - 1
    assert dialog.model.index(last, 1).data() == "testare"
    assert dialog.model.index(last, 2).data() == f"{events[-1].entity} {events[-1].action}"
    assert "Ordföranden sjuk" in dialog.model.index(last, 3).data()

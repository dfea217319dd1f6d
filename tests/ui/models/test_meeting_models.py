from __future__ import annotations

from datetime import UTC, date, datetime

from samverkan_desktop.domain.enums import (
    AttendanceStatus,
    CaseStatus,
    ItemKind,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
    Outcome,
    Role,
)
from samverkan_desktop.services.meeting_dto import (
    AgendaItemDTO,
    AttendanceDTO,
    CaseDTO,
    CaseHistoryEntry,
    MeetingDTO,
)
from samverkan_desktop.ui.models.meeting_models import (
    attendance_model,
    case_history_model,
    case_model,
    meeting_model,
)


def item(id_, position, title, kind=ItemKind.INFORMATION, outcome=None, confidential=False):
    return AgendaItemDTO(id_, 1, position, position, title, kind, None, 10, None, None, confidential, None, None,
                         outcome, None, None, None)


def test_meeting_attendance_and_case_models(qtmodeltester):
    meeting = MeetingDTO(1, 1, "LGS", datetime(2026, 6, 18, 11, tzinfo=UTC), datetime(2026, 6, 18, 13, tzinfo=UTC),
                         "Rum 1", None, MeetingKind.ORDINARY, MeetingStatus.CALLED, None, MinutesStatus.DRAFT,
                         "uid", 0, 7)
    meetings = meeting_model()
    meetings.set_rows([meeting])
    qtmodeltester.check(meetings)
    assert [meetings.index(0, c).data() for c in range(7)] == [
        "2026-06-18", "13:00–15:00", "Rum 1", "Ordinarie", "Kallat", "Utkast", "7"]

    people = attendance_model()
    people.set_rows([AttendanceDTO(1, 5, "Anna Berg", "Göteborgs Stad", Role.CHAIR, AttendanceStatus.EXCUSED,
                                   None, None, 3, 6, False, False),
                     AttendanceDTO(2, 6, "Gun Gäst", None, None, AttendanceStatus.PRESENT, None, None, None, None,
                                   True, False)])
    qtmodeltester.check(people)
    assert people.index(0, 3).data() == "Anmält förhinder" and people.index(0, 5).data() == "§ 3–6"
    assert people.index(1, 1).data() == "Gäst"

    held = case_model()
    held.set_rows([CaseDTO(1, 2, "Temagrupp Äldre", "Rutin", None, CaseStatus.REFERRED_BACK, "NOSAM Centrum",
                           date(2026, 2, 3))])
    qtmodeltester.check(held)
    assert held.index(0, 1).data() == "Återremitterat"

    history = case_history_model()
    history.set_rows([CaseHistoryEntry(1, "NOSAM Centrum", date(2026, 1, 20), 4, "Rutin", Outcome.ESCALATED,
                                       None, "Temagrupp Äldre")])
    qtmodeltester.check(history)
    assert history.index(0, 4).data() == "Temagrupp Äldre"


def test_action_and_attachment_models(qtmodeltester):
    from samverkan_desktop.domain.enums import ActionStatus
    from samverkan_desktop.services.meeting_dto import ActionDTO, AttachmentDTO
    from samverkan_desktop.ui.models.meeting_models import action_model, attachment_model

    actions = action_model()
    actions.set_rows([ActionDTO(1, 2, "Sprid rutinen", 3, "Anna Berg", 4, "Göteborgs Stad", date(2026, 4, 30),
                                ActionStatus.IN_PROGRESS, None)])
    qtmodeltester.check(actions)
    assert [actions.index(0, c).data() for c in range(4)] == [
        "Sprid rutinen", "Anna Berg / Göteborgs Stad", "2026-04-30", "Pågår"]
    files = attachment_model()
    files.set_rows([AttachmentDTO(1, "rutin.pdf", 2048, "abc")])
    qtmodeltester.check(files)
    assert files.index(0, 1).data() == "2 kB"

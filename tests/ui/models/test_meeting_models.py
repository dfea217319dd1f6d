from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QMimeData, QModelIndex, Qt

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
from samverkan_desktop.ui.models.agenda_model import MIME_TYPE, AgendaTableModel
from samverkan_desktop.ui.models.meeting_models import (
    attendance_model,
    case_history_model,
    case_model,
    meeting_model,
)


def item(id_, position, title, kind=ItemKind.INFORMATION, outcome=None, confidential=False):
    return AgendaItemDTO(id_, 1, position, position, title, kind, None, 10, None, None, confidential, None, None,
                         outcome, None, None, None)


def test_agenda_model_shows_paragraphs_and_missing_outcomes(qtmodeltester):
    model = AgendaTableModel()
    qtmodeltester.check(model)
    model.set_items([item(2, 2, "Beslutspunkt", ItemKind.DECISION), item(1, 1, "Öppnande"),
                     item(3, 3, "Hemligt", outcome=Outcome.NOTED, confidential=True)])
    qtmodeltester.check(model)
    assert model.index(0, model.PARAGRAPH).data() == "§ 1"
    assert model.index(1, model.OUTCOME).data() == "(utfall saknas)"
    assert model.index(1, model.OUTCOME).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(2, model.OUTCOME).data() == "Informationen noteras"
    assert "Sekretess" in model.index(2, model.TITLE).data(Qt.ItemDataRole.ToolTipRole)


def test_agenda_drop_asks_for_a_move(qtbot):
    model = AgendaTableModel()
    model.set_items([item(1, 1, "A"), item(2, 2, "B"), item(3, 3, "C")])
    data = model.mimeData([model.index(0, 0)])
    assert data.hasFormat(MIME_TYPE)
    with qtbot.waitSignal(model.move_requested) as blocker:
        model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())  # below C
    assert blocker.args == [1, 3]
    with qtbot.waitSignal(model.move_requested) as blocker:
        model.dropMimeData(model.mimeData([model.index(2, 0)]), Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert blocker.args == [3, 1]
    assert not model.dropMimeData(QMimeData(), Qt.DropAction.MoveAction, 0, 0, QModelIndex())


def test_agenda_texts_follow_each_new_set_of_items(qtmodeltester):
    model = AgendaTableModel()
    model.set_items([item(1, 1, "Beslutspunkt", ItemKind.DECISION)])
    title = model.index(0, model.TITLE)
    assert title.data(Qt.ItemDataRole.FontRole).bold()
    assert title.data(Qt.ItemDataRole.DecorationRole) is None and title.data(Qt.ItemDataRole.SizeHintRole) is None
    model.set_items([item(1, 1, "Beslutspunkt", ItemKind.DECISION, Outcome.DECIDED, confidential=True)])
    qtmodeltester.check(model)
    assert model.index(0, model.TITLE).data() == "Beslutspunkt 🔒"
    assert model.index(0, model.OUTCOME).data() == "Beslut i enighet"
    assert model.index(0, model.OUTCOME).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(5, model.TITLE).data() is None and model.index(0, 9).data() is None


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

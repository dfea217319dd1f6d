"""Opening the meeting editor: one read for what it shows, the attendance read when its tab is first shown, the
checksum not computed twice, and an agenda whose columns are as wide as their contents (as before)."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtWidgets import QApplication, QHeaderView, QMessageBox, QTableView

from samverkan_desktop.domain.enums import ItemKind, Outcome, Role
from samverkan_desktop.domain.errors import StorageError
from samverkan_desktop.domain.minutes_hash import short_hash
from samverkan_desktop.services import agenda, approval, meetings, memberships, minutes
from samverkan_desktop.services import meeting_view as view_module
from samverkan_desktop.services.dto import MembershipData
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData, OutcomeData
from samverkan_desktop.ui.models.agenda_model import AgendaTableModel
from samverkan_desktop.ui.pages.meeting_editor import MeetingEditor

ITEMS = 12


def make_meeting(uow, register) -> int:
    """A draft with a chair to fill the attendance from, and items of every kind, some with a presenter."""
    memberships.save_membership(uow, MembershipData(register["anna"].id, register["lgs"].id, Role.CHAIR,
                                                    register["kommun"].id, date(2025, 1, 1)))
    meeting_id = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13),
                                                          time(15))).value.id
    kinds = (ItemKind.INFORMATION, ItemKind.DISCUSSION, ItemKind.DECISION)
    for n in range(ITEMS):
        item = agenda.add_item(uow, meeting_id, AgendaItemData(
            f"Punkt {n + 1}", kinds[n % 3], presenter="Verksamhetschef Bo Ek" if n % 4 == 1 else None,
            planned_minutes=5 + n, confidential=n == 5), position=99)
        if n % 3 == 0:
            minutes.set_outcome(uow, item.id, OutcomeData(Outcome.NOTED))
    return meeting_id


def opened(qtbot, uow, meeting_id: int, *, laptop_columns: bool = True) -> MeetingEditor:
    editor = MeetingEditor(uow, meeting_id)
    qtbot.addWidget(editor)
    editor.show()
    # The offscreen screen is 800 px wide, where the agenda counts as narrow and some columns step aside by design
    # (table_fit.hide_when_narrow, tested there): these tests are about the columns a laptop shows.
    if laptop_columns:
        editor.narrow_agenda.levels = ()
        editor.narrow_agenda.apply()
    qtbot.waitExposed(editor)
    return editor


def widths(view: QTableView) -> list[int]:
    header = view.horizontalHeader()
    return [header.sectionSize(c) for c in range(header.count()) if c != AgendaTableModel.TITLE]


def resizing_to_contents(model: AgendaTableModel, like: QTableView) -> QTableView:
    """A view of ``model`` as the editor's agenda was set up before: every column sized to its contents at
    each layout, the title stretched."""
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(AgendaTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
    view.resize(like.size())
    return view


def test_agenda_columns_are_as_wide_as_their_contents(qtbot, uow, register) -> None:
    meeting_id = make_meeting(uow, register)
    editor = opened(qtbot, uow, meeting_id)
    reference = resizing_to_contents(editor.agenda_model, editor.agenda_view)
    qtbot.addWidget(reference)
    reference.show()
    qtbot.waitExposed(reference)
    assert widths(editor.agenda_view) == widths(reference)
    # After a change the columns fit the new contents: a longer presenter, an outcome on a decision.
    item = editor.agenda_model.item_at(2)
    agenda.update_item(uow, item.id, AgendaItemData(item.title, item.kind, "Förvaltningschef Anna Berg", 240))
    before = widths(editor.agenda_view)
    editor.reload()
    QApplication.processEvents()
    assert widths(editor.agenda_view) == widths(reference)
    assert widths(editor.agenda_view) != before


def test_opening_asks_the_agenda_model_for_few_cells(qtbot, uow, register, monkeypatch) -> None:
    meeting_id = make_meeting(uow, register)
    calls: list[int] = []
    real = AgendaTableModel.data

    def counted(self, index, role=0):
        calls.append(role)
        return real(self, index, role)

    monkeypatch.setattr(AgendaTableModel, "data", counted)
    opened(qtbot, uow, meeting_id, laptop_columns=False)
    QApplication.processEvents()
    # One measuring of the sized columns and one paint: not a measuring of every cell at each layout pass
    # (ResizeToContents asked about 3,000 times for these twelve rows). On the 800 px offscreen screen the narrow
    # agenda hides three columns first; its rows are fitted once, when the window is laid out (about 750 calls;
    # 1,470 when they were fitted before, at the narrowing and at the title column's new width).
    assert 0 < len(calls) < 1000


def test_the_attendance_is_read_when_its_tab_is_first_shown(qtbot, uow, register, monkeypatch) -> None:
    meeting_id = make_meeting(uow, register)
    reads: list[int] = []
    real = minutes.attendance
    monkeypatch.setattr(minutes, "attendance", lambda u, m: reads.append(m) or real(u, m))
    editor = opened(qtbot, uow, meeting_id)
    assert reads == [] and editor.attendance_tab.model.rowCount() == 0
    assert not editor.attendance_tab.built  # its list, buttons and people bar are made when first shown
    assert [a.person_name for a in real(uow, meeting_id)] == ["Anna Berg"]  # filled when the editor opened
    editor.tabs.setCurrentWidget(editor.attendance_tab)
    assert reads == [meeting_id] and editor.attendance_tab.model.rowCount() == 1
    assert editor.attendance_tab.view.isVisible() and editor.attendance_tab.guest_button.isVisible()
    editor.tabs.setCurrentIndex(0)
    editor.tabs.setCurrentWidget(editor.attendance_tab)
    assert reads == [meeting_id]


def test_the_checksum_shown_is_read_once_with_the_rest(qtbot, uow, register, monkeypatch) -> None:
    meeting_id = make_meeting(uow, register)
    minutes.fill_attendance(uow, meeting_id)
    expected = short_hash(approval.minutes_state(uow, meeting_id).current_hash)
    calls: list[int] = []
    monkeypatch.setattr(approval, "minutes_state", lambda _uow, m: calls.append(m))
    editor = opened(qtbot, uow, meeting_id)
    assert calls == []
    assert expected in editor.approval_label.text()


def test_a_refused_attendance_fill_is_said_once(qtbot, uow, register, monkeypatch) -> None:
    meeting_id = make_meeting(uow, register)
    message = "Databasen är öppnad skrivskyddad. Inget har sparats."

    def refuse(_uow, _meeting_id):
        raise StorageError(message)

    monkeypatch.setattr(view_module, "fill_attendance", refuse)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    editor = opened(qtbot, uow, meeting_id)
    assert warnings == [message]
    assert editor.agenda_model.rowCount() == ITEMS
    editor.tabs.setCurrentWidget(editor.attendance_tab)
    assert warnings == [message] and editor.attendance_tab.model.rowCount() == 0

"""ui/pages/attendance_tab.py: the meeting's attendance list, read when the tab is first shown (its model checked
by qtmodeltester), statuses set for the selected rows, the dialogs for a substitute and for a guest, and a
refusal said in words."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox, QTableView

from samverkan_desktop.domain.enums import AttendanceStatus, Role
from samverkan_desktop.services import meetings, memberships, minutes
from samverkan_desktop.services.dto import MembershipData
from samverkan_desktop.services.meeting_dto import MeetingData
from samverkan_desktop.ui.dialogs.attendance_dialog import AttendanceDialog
from samverkan_desktop.ui.dialogs.attendee_dialog import AttendeeDialog
from samverkan_desktop.ui.pages.attendance_tab import AttendanceTab


@pytest.fixture
def meeting(uow, register) -> int:
    for person, role in (("anna", Role.CHAIR), ("bo", Role.MEMBER), ("cilla", Role.MEMBER)):
        memberships.save_membership(uow, MembershipData(register[person].id, register["lgs"].id, role,
                                                        register["kommun"].id, date(2025, 1, 1)))
    return meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15))).value.id


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(args[2]))
    return said


@pytest.fixture
def tab(qtbot, uow, meeting) -> AttendanceTab:
    tab = AttendanceTab(uow, meeting)
    qtbot.addWidget(tab)
    return tab


def _select(tab: AttendanceTab, *rows: int) -> None:
    selection = tab.view.selectionModel()
    selection.clear()
    for row in rows:
        selection.select(tab.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def _statuses(uow, meeting) -> dict[str, AttendanceStatus]:
    return {row.person_name: row.status for row in minutes.attendance(uow, meeting)}


def test_the_list_is_read_when_the_tab_is_first_shown(qtbot, qtmodeltester, tab) -> None:
    assert not tab.loaded and tab.model.rowCount() == 0
    tab.show()
    qtbot.waitUntil(lambda: tab.loaded)
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 3
    assert {tab.model.row_at(r).person_name for r in range(3)} == {"Anna Berg", "Bo Ek", "Cilla Lund"}


def test_the_buttons_set_the_status_of_every_selected_row(qtbot, uow, meeting, tab) -> None:
    tab.reload()
    names = [tab.model.row_at(r).person_name for r in range(3)]
    _select(tab, 0, 2)
    assert [row.person_name for row in tab.selected()] == [names[0], names[2]]
    tab.excused_button.click()
    statuses = _statuses(uow, meeting)
    assert statuses[names[0]] is statuses[names[2]] is AttendanceStatus.EXCUSED
    assert statuses[names[1]] is not AttendanceStatus.EXCUSED
    _select(tab, 1)
    tab.absent_button.click()
    assert _statuses(uow, meeting)[names[1]] is AttendanceStatus.ABSENT
    _select(tab, 0)
    tab.present_button.click()
    assert _statuses(uow, meeting)[names[0]] is AttendanceStatus.PRESENT


def test_the_substitute_dialog_opens_for_the_first_selected_row_and_reloads(tab, monkeypatch) -> None:
    tab.reload()
    opened = []
    monkeypatch.setattr(AttendanceDialog, "exec", lambda dialog: opened.append(dialog) or 1)
    tab.edit_selected()  # nothing selected: no dialog
    assert opened == []
    _select(tab, 1, 2)
    reloads = []
    monkeypatch.setattr(tab, "reload", lambda: reloads.append(True))
    tab.edit_button.click()
    assert len(opened) == 1 and reloads == [True]


def test_a_cancelled_guest_dialog_reloads_nothing(tab, monkeypatch) -> None:
    reloads = []
    monkeypatch.setattr(tab, "reload", lambda: reloads.append(True))
    monkeypatch.setattr(AttendeeDialog, "exec", lambda dialog: 0)
    tab.guest_button.click()
    assert reloads == []
    monkeypatch.setattr(AttendeeDialog, "exec", lambda dialog: 1)
    tab.guest_button.click()
    assert reloads == [True]


def test_a_refusal_is_said_once_and_the_tab_counts_as_read(tab, warnings) -> None:
    tab.refused("Närvaron kunde inte läsas.")
    assert tab.loaded and warnings == ["Närvaron kunde inte läsas."]


def test_a_locked_meeting_refuses_the_change_in_words(qtbot, uow, meeting, tab, warnings) -> None:
    tab.reload()
    meetings.cancel_meeting(uow, meeting, "För få anmälda")
    _select(tab, 0)
    tab.absent_button.click()
    assert len(warnings) == 1
    assert AttendanceStatus.ABSENT not in _statuses(uow, meeting).values()


def test_a_deferred_tab_is_made_when_first_shown_and_a_refusal_before_is_said_once(qtbot, uow, meeting,
                                                                                 warnings) -> None:
    tab = AttendanceTab(uow, meeting, deferred=True)
    qtbot.addWidget(tab)
    assert not tab.built and not tab.findChildren(QTableView)
    tab.refused("Närvaron kunde inte läsas.")
    assert warnings == ["Närvaron kunde inte läsas."] and not tab.built
    tab.show()
    assert tab.built and tab.view.isVisible() and tab.people_bar.isVisible()
    assert warnings == ["Närvaron kunde inte läsas."] and tab.model.rowCount() == 0


def test_a_deferred_tab_is_made_when_its_content_is_first_asked_for(qtbot, uow, meeting) -> None:
    tab = AttendanceTab(uow, meeting, deferred=True)
    qtbot.addWidget(tab)
    assert tab.guest_button.text() and tab.built and not tab.loaded
    with pytest.raises(AttributeError):
        _ = tab.no_such_part

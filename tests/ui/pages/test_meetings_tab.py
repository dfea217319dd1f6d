"""ui/pages/meetings_tab.py: a group's meetings of one year as a list (checked by qtmodeltester) and a month
calendar with the meetings and the holidays marked; opening a meeting, a new meeting from an empty day, planning
the year, importing from Word."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QColor

from samverkan_desktop.services import meetings
from samverkan_desktop.services.meeting_dto import MeetingData
from samverkan_desktop.ui.pages import meetings_tab as module
from samverkan_desktop.ui.pages.meetings_tab import STATUS_COLOURS, MeetingsTab

TODAY = date(2026, 11, 22)


class Recorded:
    """Stands in for a modal dialog: records how it was made, answers ``exec`` with ``answer``."""

    made: list[tuple[tuple, dict]] = []
    answer = 0

    def __init__(self, *args, **kwargs) -> None:
        type(self).made.append((args, kwargs))

    def exec(self) -> int:
        return type(self).answer


@pytest.fixture
def dialogs(monkeypatch):
    """The meeting, series and template dialogs recorded instead of shown."""
    made = {}
    for name in ("MeetingDialog", "SeriesDialog", "TemplateDialog"):
        made[name] = type(name, (Recorded,), {"made": [], "answer": 0})
        monkeypatch.setattr(module, name, made[name])
    return made


@pytest.fixture
def planned(uow, register) -> dict[str, int]:
    lgs = register["lgs"].id
    ids = {}
    for key, day in (("march", date(2026, 3, 10)), ("may", date(2026, 5, 12)), ("last_year", date(2025, 9, 2))):
        ids[key] = meetings.create_meeting(uow, MeetingData(lgs, day, time(13), time(15))).value.id
    meetings.cancel_meeting(uow, ids["may"], "För få ärenden")
    return ids


@pytest.fixture
def tab(qtbot, uow, register, planned) -> MeetingsTab:
    tab = MeetingsTab(uow, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.show_group(register["lgs"].id)
    return tab


def _background(tab: MeetingsTab, day: date) -> QColor:
    return tab.calendar.dateTextFormat(QDate(day.year, day.month, day.day)).background().color()


def test_the_years_meetings_are_listed_and_marked_in_the_calendar(qtmodeltester, tab, planned) -> None:
    qtmodeltester.check(tab.model)
    assert tab.year_spin.value() == 2026
    assert [m.id for m in tab.model.rows()] == [planned["march"], planned["may"]]
    assert _background(tab, date(2026, 3, 10)) == QColor(STATUS_COLOURS[module.MeetingStatus.PLANNED])
    assert _background(tab, date(2026, 5, 12)) == QColor(STATUS_COLOURS[module.MeetingStatus.CANCELLED])
    christmas = tab.calendar.dateTextFormat(QDate(2026, 12, 25))
    assert christmas.foreground().color() == QColor("#c62828") and christmas.toolTip() == "Juldagen"


def test_another_year_shows_its_meetings_and_clears_the_marks(qtmodeltester, tab, planned) -> None:
    tab.year_spin.setValue(2025)
    qtmodeltester.check(tab.model)
    assert [m.id for m in tab.model.rows()] == [planned["last_year"]]
    assert tab.calendar.yearShown() == 2025
    assert tab.calendar.dateTextFormat(QDate(2026, 3, 10)).fontWeight() != 700
    tab.calendar.setCurrentPage(2026, 3)  # turning the calendar's page turns the year
    assert tab.year_spin.value() == 2026 and len(tab.model.rows()) == 2


def test_open_asks_for_the_selected_meeting(qtbot, tab, planned) -> None:
    with qtbot.assertNotEmitted(tab.open_requested):
        tab.open_button.click()  # nothing selected
    tab.view.selectRow(1)
    with qtbot.waitSignal(tab.open_requested) as opened:
        tab.open_button.click()
    assert opened.args == [planned["may"]]


def test_a_meeting_day_in_the_calendar_opens_it_and_an_empty_day_plans_one(qtbot, tab, planned, dialogs) -> None:
    with qtbot.waitSignal(tab.open_requested) as opened:
        tab.calendar.activated.emit(QDate(2026, 3, 10))
    assert opened.args == [planned["march"]]
    assert tab.selected().id == planned["march"]
    with qtbot.assertNotEmitted(tab.changed):
        tab.calendar.activated.emit(QDate(2026, 4, 7))
    ((args, kwargs),) = dialogs["MeetingDialog"].made
    assert args[1] == tab.group_id and args[2] is None and kwargs == {"day": date(2026, 4, 7)}
    dialogs["MeetingDialog"].answer = 1
    with qtbot.waitSignal(tab.changed):
        tab.new_button.click()
    assert dialogs["MeetingDialog"].made[-1][1] == {"day": None}


def test_planning_the_year_starts_today_this_year_and_mid_january_in_another(qtbot, tab, dialogs) -> None:
    tab.series_button.click()
    assert dialogs["SeriesDialog"].made[-1][1] == {"first": TODAY}
    tab.year_spin.setValue(2027)
    dialogs["SeriesDialog"].answer = 1
    with qtbot.waitSignal(tab.changed):
        tab.series_button.click()
    assert dialogs["SeriesDialog"].made[-1][1] == {"first": date(2027, 1, 15)}


def test_standard_items_and_import_are_for_this_group(qtbot, tab, dialogs) -> None:
    tab.template_button.click()
    assert dialogs["TemplateDialog"].made[-1][0][1] == tab.group_id
    with qtbot.waitSignal(tab.import_requested) as asked:
        tab.import_button.click()
    assert asked.args == [tab.group_id]


def test_without_a_group_nothing_happens(qtbot, uow, dialogs) -> None:
    tab = MeetingsTab(uow, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.reload()
    tab.new_meeting()
    tab.plan_series()
    tab.edit_template()
    assert tab.model.rowCount() == 0
    assert all(made.made == [] for made in dialogs.values())

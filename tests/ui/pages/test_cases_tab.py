"""The Ärenden tab follows the change hub (issue 21 point 1): a case made in the meeting editor, or planned on the
tab itself, reloads the lists without the group page or the editor calling the tab."""

from __future__ import annotations

from datetime import date, time

from samverkan_desktop.domain.enums import ItemKind
from samverkan_desktop.services import agenda, meetings
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.ui.operations import Changes, notify, subscribe
from samverkan_desktop.ui.pages.cases_tab import CasesTab
from samverkan_desktop.ui.pages.group_page import GroupPage


def test_a_case_made_in_the_meeting_editor_reaches_the_cases_tab(qtbot, uow, register):
    lgs = register["lgs"].id
    page = GroupPage(uow)
    qtbot.addWidget(page)
    page.show_group(lgs)
    meeting = meetings.create_meeting(uow, MeetingData(lgs, date(2026, 3, 10), time(13), time(15))).value.id
    agenda.add_item(uow, meeting, AgendaItemData("Samordnad vårdplanering", ItemKind.DECISION))
    page.reload()
    assert page.cases_tab.all_model.rowCount() == 0
    editor = page.open_meeting(meeting)
    editor.agenda_view.selectRow(0)
    heard: list[Changes] = []
    subscribe(page, heard.append)
    editor.minutes_pane.case_button.click()
    assert heard and heard[-1].cases
    assert [case.title for case in page.cases_tab.all_model.rows()] == ["Samordnad vårdplanering"]
    editor.close()


def test_a_case_change_of_another_group_leaves_the_tab_alone(qtbot, uow, register, monkeypatch):
    tab = CasesTab(uow)
    qtbot.addWidget(tab)
    tab.show_group(register["lgs"].id)
    reloads: list[bool] = []
    monkeypatch.setattr(tab, "reload", lambda: reloads.append(True))
    notify(Changes(groups=frozenset({register["lgs"].id + 1000}), cases=True))
    notify(Changes(register=True))
    assert reloads == []
    notify(Changes(cases=True))  # a case anywhere (no group said): the tab reloads
    notify(Changes.meeting(1, register["lgs"].id))
    assert reloads == [True, True]

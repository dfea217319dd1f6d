"""ui/pages/cases_tab.py: a group's cases: "Att planera", all cases and the chosen case's history (each model
checked by qtmodeltester), selecting a case by id, and putting the waiting case on an agenda.
It also follows the change hub (issue 21 point 1): a case made in the meeting editor, or planned on the tab itself,
reloads the lists without the group page or the editor calling the tab."""

from __future__ import annotations

from datetime import date, time

import pytest

from samverkan_desktop.domain.enums import ItemKind, Outcome
from samverkan_desktop.services import agenda, meetings, minutes
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData, OutcomeData
from samverkan_desktop.ui.dialogs.plan_case_dialog import PlanCaseDialog
from samverkan_desktop.ui.operations import Changes, notify, subscribe
from samverkan_desktop.ui.pages.cases_tab import CasesTab
from samverkan_desktop.ui.pages.group_page import GroupPage


@pytest.fixture
def cases(uow, register) -> dict[str, int]:
    """LGS held a meeting on 2026-03-10: "Rutinen" referred back (a case waiting), "Budgeten" decided (no case);
    the next meeting is on 2026-05-12."""
    lgs = register["lgs"].id
    meeting = meetings.create_meeting(uow, MeetingData(lgs, date(2026, 3, 10), time(13), time(15))).value.id
    referred = agenda.add_item(uow, meeting, AgendaItemData("Rutinen", ItemKind.DECISION))
    decided = agenda.add_item(uow, meeting, AgendaItemData("Budgeten", ItemKind.DECISION))
    minutes.set_outcome(uow, referred.id, OutcomeData(Outcome.REFERRED_BACK, "Kostnaderna ska utredas"))
    minutes.save_text(uow, decided.id, None, "att anta budgeten")
    minutes.set_outcome(uow, decided.id, OutcomeData(Outcome.DECIDED))
    meetings.mark_held(uow, meeting)
    meetings.create_meeting(uow, MeetingData(lgs, date(2026, 5, 12), time(13), time(15)))
    assert agenda.get_item(uow, decided.id).case_id is None
    return {"lgs": lgs, "waiting": agenda.get_item(uow, referred.id).case_id}


@pytest.fixture
def tab(qtbot, uow) -> CasesTab:
    tab = CasesTab(uow)
    qtbot.addWidget(tab)
    return tab


def test_a_group_shows_its_waiting_and_all_cases(qtmodeltester, tab, cases) -> None:
    tab.reload()  # no group yet: nothing
    assert tab.all_model.rowCount() == 0
    tab.show_group(cases["lgs"])
    for model in (tab.to_plan_model, tab.all_model, tab.history_model):
        qtmodeltester.check(model)
    assert [c.id for c in tab.to_plan_model.rows()] == [cases["waiting"]]
    assert [c.id for c in tab.all_model.rows()] == [cases["waiting"]]
    assert tab.plan_button.isEnabled()


def test_selecting_a_case_shows_its_history(qtmodeltester, tab, cases) -> None:
    tab.show_group(cases["lgs"])
    assert tab.history_model.rowCount() == 0
    assert tab.select_case(cases["waiting"])
    assert tab.history_model.rowCount() >= 1
    qtmodeltester.check(tab.history_model)
    assert [tab.to_plan_model.row_at(i.row()).id for i in tab.to_plan_view.selectionModel().selectedRows()] == [
        cases["waiting"]]
    assert tab.history_label.text() == "Historik: Rutinen"
    assert not tab.select_case(999)


def test_without_a_waiting_case_the_button_says_why(tab, uow, register) -> None:
    tab.show_group(register["tema"].id)
    assert not tab.plan_button.isEnabled()
    assert tab.plan_button.toolTip() == "Inget ärende väntar på att planeras."


def test_put_on_agenda_opens_the_dialog_for_the_waiting_case(tab, cases, monkeypatch) -> None:
    tab.show_group(cases["lgs"])
    opened = []
    reloads = []
    monkeypatch.setattr(tab, "reload", lambda: reloads.append(True))
    monkeypatch.setattr(PlanCaseDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    tab.plan_button.click()  # nothing selected: the first waiting case
    assert [dialog.case.title for dialog in opened] == ["Rutinen"]
    assert reloads == []  # cancelled: nothing changed, nothing reloads


def test_putting_it_on_the_next_meeting_empties_att_planera(qtbot, tab, cases, uow, monkeypatch) -> None:
    tab.show_group(cases["lgs"])

    def plan(dialog) -> int:
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PlanCaseDialog, "exec", plan)
    tab.plan_button.click()
    assert tab.to_plan_model.rowCount() == 0 and not tab.plan_button.isEnabled()
    assert tab.select_case(cases["waiting"])  # no longer waiting: found among all cases
    assert tab.all_view.selectionModel().selectedRows()[0].row() == 0
    assert tab.history_label.text() == "Historik: Rutinen"


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

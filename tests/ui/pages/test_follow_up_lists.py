"""ui/pages/follow_up_lists.py: the Åtgärder and Förankring lists on their own: what each column says (models
checked by qtmodeltester), the filters as the service gets them, following an overdue finding, the whole
filtered list to Excel, and clearing procedural anchoring when there is none (tests/ui/pages/
test_formalia_clearing.py clears some; tests/ui/pages/test_follow_up_page.py plays the lists inside the
follow-up page: paging, marking done, the anchoring dialog)."""

from __future__ import annotations

from datetime import date, time

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from samverkan_desktop.domain.enums import ActionStatus, ApprovalMethod, ItemKind, Outcome, Role
from samverkan_desktop.services import agenda, approval, follow_up, meetings, memberships, minutes
from samverkan_desktop.services.dto import MembershipData
from samverkan_desktop.services.meeting_dto import ActionData, AgendaItemData, MeetingData, OutcomeData
from samverkan_desktop.ui.pages.follow_up_lists import (
    OVERDUE,
    ActionsTab,
    AnchoringTab,
    action_model,
    anchoring_model,
    group_choices,
)

TODAY = date(2026, 11, 22)


@pytest.fixture
def world(uow, register):
    """LGS held 2026-03-10 (approved): "Gemensam rutin" decided in consensus with Göteborgs Stad and VGR at the
    table (two anchoring rows) and two actions: "Sprida rutinen" (Bo Ek, VGR, due 2026-04-30: overdue) and
    "Skicka ut" (done)."""
    lgs = register["lgs"].id
    for person, role, party in (("anna", Role.CHAIR, "kommun"), ("bo", Role.MEMBER, "region")):
        memberships.save_membership(uow, MembershipData(register[person].id, lgs, role, register[party].id,
                                                        date(2025, 1, 1)))
    meeting = meetings.create_meeting(uow, MeetingData(lgs, date(2026, 3, 10), time(13), time(15))).value.id
    item = agenda.add_item(uow, meeting, AgendaItemData("Gemensam rutin", ItemKind.DECISION)).id
    minutes.save_text(uow, item, None, "att anta **rutinen**")
    minutes.set_outcome(uow, item, OutcomeData(Outcome.DECIDED))
    minutes.add_action(uow, item, ActionData("Sprida rutinen", register["bo"].id, register["region"].id,
                                             date(2026, 4, 30)))
    minutes.add_action(uow, item, ActionData("Skicka ut", register["bo"].id, None, date(2026, 3, 20),
                                             ActionStatus.DONE, date(2026, 3, 18)))
    minutes.attendance(uow, meeting)
    meetings.mark_held(uow, meeting)
    approval.approve(uow, meeting, register["anna"].id, ApprovalMethod.IN_APP)
    return {"lgs": lgs, "meeting": meeting, "item": item}


@pytest.fixture
def said(monkeypatch) -> list[str]:
    messages: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda parent, title, body, *rest: messages.append(body))
    return messages


@pytest.fixture
def actions(qtbot, uow, world) -> ActionsTab:
    tab = ActionsTab(uow, lambda: TODAY, year=lambda: 2026)
    qtbot.addWidget(tab)
    tab.set_groups(group_choices(uow))
    tab.reload()
    return tab


@pytest.fixture
def anchoring(qtbot, uow, world) -> AnchoringTab:
    tab = AnchoringTab(uow)
    qtbot.addWidget(tab)
    tab.reload()
    return tab


def _column(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_an_action_says_who_when_and_where_it_was_decided(qtmodeltester, uow, world) -> None:
    model = action_model()
    qtmodeltester.check(model)
    rows = follow_up.list_actions(uow, follow_up.ActionFilter(status=None), TODAY)
    model.load_ids([r.id for r in rows], lambda ids: follow_up.action_rows(uow, ids, TODAY))
    qtmodeltester.check(model)
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Sprida rutinen")
    assert [model.index(row, c).data() for c in range(1, 5)] == [
        "Bo Ek, Västra Götalandsregionen", "2026-04-30", "Öppen – försenad",
        "Ledningsgrupp för samverkan 2026-03-10 § 1"]
    assert model.index(row, 4).data(Qt.ItemDataRole.ToolTipRole) == "Gemensam rutin"
    assert model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE
    done = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Skicka ut")
    assert model.index(done, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_an_anchoring_row_names_the_party_and_the_decision_in_plain_text(qtmodeltester, uow, world) -> None:
    model = anchoring_model()
    model.load_ids(follow_up.anchoring_order(uow, None, True, None),
                   lambda ids: follow_up.anchoring_rows(uow, ids))
    qtmodeltester.check(model)
    assert sorted(_column(model, 0)) == ["Göteborgs Stad", "Västra Götalandsregionen"]
    assert set(_column(model, 1)) == {"Gemensam rutin"}
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "att anta rutinen"
    assert set(_column(model, 3)) == {"Ej påbörjad"} and set(_column(model, 4)) == {""}


def test_the_filters_reach_the_service_as_chosen(actions, world) -> None:
    assert actions.current_filter() == follow_up.ActionFilter(open_only=True, until_year=2026)
    assert _column(actions.model, 0) == ["Sprida rutinen"]
    assert actions.summary.text() == "Åtgärder: 1, varav försenade: 1"
    actions.status.set_value(ActionStatus.DONE)
    assert actions.current_filter().status is ActionStatus.DONE and not actions.current_filter().open_only
    assert _column(actions.model, 0) == ["Skicka ut"]
    actions.status.set_value(None)
    actions.group.set_value(world["lgs"])
    actions.subgroups.setChecked(False)
    actions.overdue_only.setChecked(True)
    assert actions.current_filter() == follow_up.ActionFilter(world["lgs"], False, overdue_only=True, open_only=True,
                                                              until_year=2026)


def test_an_overdue_finding_sets_every_filter_and_reloads_once(actions, world, monkeypatch) -> None:
    loads = []
    original = actions.reload
    monkeypatch.setattr(actions, "reload", lambda: (loads.append(True), original()))
    actions.status.blockSignals(True)
    actions.status.set_value(ActionStatus.DONE)
    actions.status.blockSignals(False)
    actions.show_overdue(world["lgs"])
    assert actions.current_filter() == follow_up.overdue_filter(world["lgs"], 2026)
    assert loads == [True] and _column(actions.model, 0) == ["Sprida rutinen"]


def test_refilling_the_groups_keeps_the_choice_without_a_reload(actions, uow, world, monkeypatch) -> None:
    actions.group.set_value(world["lgs"])
    monkeypatch.setattr(actions, "reload", lambda: pytest.fail("reloaded on a refill"))
    actions.set_groups(group_choices(uow))
    assert actions.group.value() == world["lgs"]
    assert ("Ledningsgrupp för samverkan", world["lgs"]) in group_choices(uow)


def test_double_clicking_an_action_asks_for_its_meeting(qtbot, actions, world) -> None:
    with qtbot.waitSignal(actions.open_meeting) as asked:
        actions.view.doubleClicked.emit(actions.model.index(0, 0))
    assert asked.args == [world["meeting"]]


def test_the_whole_filtered_list_goes_to_excel(qtbot, actions, tmp_path, said) -> None:
    target = tmp_path / "atgarder.xlsx"
    assert actions.export(target) is not None
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert said == [f"Sparad i {target}."]
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("Grupp", "Möte", "§", "Punkt", "Vad")
    assert [r[4] for r in rows[1:]] == ["Sprida rutinen"] and rows[1][9] == "Ja"


def test_the_anchoring_list_goes_to_excel(qtbot, anchoring, tmp_path, said) -> None:
    target = tmp_path / "forankring.xlsx"
    anchoring.export(target)
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0][0] == "Part" and sorted(r[0] for r in rows[1:]) == ["Göteborgs Stad", "Västra Götalandsregionen"]
    assert {r[4] for r in rows[1:]} == {"att anta rutinen"}


def test_the_anchoring_list_filters_by_party_and_pending(anchoring, world, register) -> None:
    assert anchoring.organisation.count() == 3  # all parties, and the two
    anchoring.organisation.set_value(register["kommun"].id)
    assert _column(anchoring.model, 0) == ["Göteborgs Stad"]
    anchoring.group_id = world["lgs"] + 1000
    anchoring.reload()
    assert anchoring.model.rowCount() == 0


def test_without_procedural_rows_clearing_says_so_and_removes_nothing(anchoring, said) -> None:
    assert anchoring.clear_formalia() == 0
    assert said == ["Inga formaliapunkter har förankringsrader att rensa."]
    assert anchoring.model.rowCount() == 2

"""Uppföljning from the main window: each overview row leads to where it is fixed (the meeting's editor, the
group's page at the right tab, Åtgärder filtered on the group), actions are marked done from the list (also on
approved minutes), a party's anchoring is recorded, and the årshjul shows the year's meetings by month."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.migrate import upgrade_database
from samverkan_desktop.db.uow import create_unit_of_work
from samverkan_desktop.domain.enums import (
    ActionStatus,
    AnchoringStatus,
    ApprovalMethod,
    GroupKind,
    ItemKind,
    MinutesStatus,
    OrganisationKind,
    Outcome,
    Recurrence,
    Role,
)
from samverkan_desktop.infra.config import migrations_dir
from samverkan_desktop.services import agenda, approval, groups, meetings, minutes, organisations, people
from samverkan_desktop.services.dto import (
    GroupData,
    MandateData,
    MembershipData,
    OrganisationData,
    PersonData,
    ReportingDutyData,
)
from samverkan_desktop.services.follow_up import ActionFilter, anchoring_for, list_actions
from samverkan_desktop.services.mandates import save_mandate
from samverkan_desktop.services.meeting_dto import ActionData, AgendaItemData, MeetingData, OutcomeData
from samverkan_desktop.services.memberships import save_membership
from samverkan_desktop.services.overview import FindingKind, Severity, TargetKind, overview, year_wheel
from samverkan_desktop.services.reporting import reporting_deadlines
from samverkan_desktop.ui.dialogs.anchoring_dialog import AnchoringDialog
from samverkan_desktop.ui.dialogs.report_done_dialog import ReportDoneDialog
from samverkan_desktop.ui.pages.follow_up_lists import (
    OVERDUE,
    ActionsTab,
    AnchoringTab,
    action_model,
    anchoring_model,
)
from samverkan_desktop.ui.pages.follow_up_page import WARNING, FollowUpPage, YearWheelModel, finding_model

D = date
TODAY = D(2026, 11, 22)  # as the main_window fixture's today
FG = Qt.ItemDataRole.ForegroundRole
K = FindingKind


@dataclass(frozen=True)
class World:
    """LGS (mandate: 4–6 meetings, 14 days to approve, an 18-month chair term, an årsrapport due 15/2) and its
    temagrupp, as of 2026-11-22."""

    lgs: int
    tema: int
    kommun: int
    region: int
    chair: int  # Anna Berg, chair for Göteborgs Stad since 2025-06-01: the term ends 2026-11-30
    spring: int  # LGS 2026-03-10, held and approved (not published): a consensus decision, one overdue action
    autumn: int  # LGS 2026-10-13, held, minutes waiting 40 days for the chair (late)
    tema_meetings: tuple[int, ...]  # 2026-02-10 (a case referred back), then three more held without it
    sprida: int  # overdue (due 2026-04-30), approved minutes
    utbilda: int  # overdue (due 2026-11-01)
    later: int  # due 2026-12-15: not yet overdue
    skickat: int  # done already
    statistik: int  # the temagrupp's, overdue (due 2026-06-01)
    case: int


def held_meeting(uow, group_id: int, day: date, decisions: dict[str, Outcome] | None = None,
                 actions: dict[str, list[ActionData]] | None = None) -> tuple[int, dict[str, int]]:
    """A meeting held on ``day`` with decision items (each with its outcome and actions); their ids by title."""
    meeting_id = meetings.create_meeting(uow, MeetingData(group_id, day, time(13), time(15))).value.id
    items = {}
    for title, outcome in (decisions or {}).items():
        item_id = agenda.add_item(uow, meeting_id, AgendaItemData(title, ItemKind.DECISION)).id
        minutes.save_text(uow, item_id, None, f"att {title.lower()}")
        reason = "Underlaget ska kompletteras" if outcome is Outcome.REFERRED_BACK else None
        minutes.set_outcome(uow, item_id, OutcomeData(outcome, reason))
        for data in (actions or {}).get(title, []):
            minutes.add_action(uow, item_id, data)
        items[title] = item_id
    meetings.mark_held(uow, meeting_id)
    return meeting_id, items


def action_id(uow, what: str) -> int:
    return next(r.id for r in list_actions(uow, ActionFilter(status=None), TODAY) if r.what == what)


def build_world(uow) -> World:
    """Through the services, as the app does (the parties, people and groups of the UI tests' ``register``)."""
    kommun = organisations.create_organisation(uow, OrganisationData("Göteborgs Stad", OrganisationKind.KOMMUN)).id
    region = organisations.create_organisation(
        uow, OrganisationData("Västra Götalandsregionen", OrganisationKind.REGION, "VGR")).id
    anna, bo, cilla = (people.create_person(uow, PersonData(name, employer_id=employer)).id for name, employer in (
        ("Anna Berg", kommun), ("Bo Ek", region), ("Cilla Lund", kommun)))
    lgs = groups.create_group(uow, GroupData("Ledningsgrupp för samverkan", GroupKind.MANAGEMENT_GROUP, "LGS")).id
    tema = groups.create_group(uow, GroupData("Temagrupp Äldre", GroupKind.THEME_GROUP, parent_id=lgs)).id
    chair = save_membership(uow, MembershipData(anna, lgs, Role.CHAIR, kommun, D(2025, 6, 1))).value.id
    save_membership(uow, MembershipData(bo, lgs, Role.MEMBER, region, D(2025, 1, 1)))
    save_membership(uow, MembershipData(cilla, tema, Role.CHAIR, kommun, D(2025, 1, 1)))
    save_mandate(uow, lgs, MandateData(
        meetings_min=4, meetings_max=6, approval_days=14, chair_term_months=18,
        reporting_duties=(ReportingDutyData("Årsrapport", Recurrence.YEARLY, 2, 15, "Nämnden"),)), new_version=False)
    spring, _ = held_meeting(uow, lgs, D(2026, 3, 10), {"Gemensam rutin för SIP": Outcome.DECIDED}, {
        "Gemensam rutin för SIP": [ActionData("Sprida rutinen", bo, region, D(2026, 4, 30)),
                                   ActionData("Skicka ut rutinen", bo, None, D(2026, 3, 20), ActionStatus.DONE,
                                              D(2026, 3, 18))]})
    approval.approve(uow, spring, anna, ApprovalMethod.IN_APP)
    autumn, _ = held_meeting(uow, lgs, D(2026, 10, 13), {"Trygg hemgång": Outcome.DECIDED}, {
        "Trygg hemgång": [ActionData("Utbilda personalen", None, kommun, D(2026, 11, 1)),
                          ActionData("Följa upp hemgångarna", bo, None, D(2026, 12, 15))]})
    first, items = held_meeting(uow, tema, D(2026, 2, 10), {"Väntetider": Outcome.REFERRED_BACK}, {
        "Väntetider": [ActionData("Ta fram statistik", cilla, None, D(2026, 6, 1))]})
    later = tuple(held_meeting(uow, tema, day)[0] for day in (D(2026, 4, 14), D(2026, 6, 9), D(2026, 9, 8)))
    return World(lgs, tema, kommun, region, chair, spring, autumn, (first, *later),
                 action_id(uow, "Sprida rutinen"), action_id(uow, "Utbilda personalen"),
                 action_id(uow, "Följa upp hemgångarna"), action_id(uow, "Skicka ut rutinen"),
                 action_id(uow, "Ta fram statistik"), agenda.get_item(uow, items["Väntetider"]).case_id)


@pytest.fixture(scope="module")
def world_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, World]:
    """The world built once for the module, in a migrated database file that each test gets a copy of."""
    path = tmp_path_factory.mktemp("follow_up") / "world.db"
    template_engine = create_database_engine(f"sqlite:///{path}")
    upgrade_database(template_engine, migrations_dir())
    world = build_world(create_unit_of_work(template_engine, actor="testare"))
    template_engine.dispose()  # the last connection closing checkpoints the WAL into the file
    return path, world


@pytest.fixture
def db_path(tmp_path: Path, world_template: tuple[Path, World]) -> Path:
    """Overrides the root fixture: a copy of the world's database (already at head), for ``uow``/``main_window``."""
    path = tmp_path / "samverkan.db"
    shutil.copyfile(world_template[0], path)
    return path


@pytest.fixture
def world(uow, world_template: tuple[Path, World]) -> World:
    return world_template[1]


@pytest.fixture
def page(qtbot, uow, world) -> FollowUpPage:
    page = FollowUpPage(uow, lambda: TODAY)
    qtbot.addWidget(page)
    page.reload()
    return page


def row_of(page: FollowUpPage, kind: FindingKind, group_id: int | None = None) -> int:
    return next(i for i, f in enumerate(page.findings.rows())
                if f.kind is kind and (group_id is None or f.group_id == group_id))


def texts(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def show_follow_up(qtbot, main_window) -> FollowUpPage:
    main_window.follow_up_action.trigger()
    page = main_window.follow_up_page
    assert main_window.pages.currentWidget() is page
    assert page.tabs.currentWidget() is page.findings_view
    return page


def double_click(qtbot, view, index: QModelIndex) -> None:
    """As a user does: the press selects the cell, the double-click (on the pressed cell) opens it."""
    view.scrollTo(index)
    where = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)


# -- models ------------------------------------------------------------------------------------
def test_every_follow_up_model_passes_the_model_tester_empty_and_filled(qtmodeltester, uow, world) -> None:
    findings, wheel, actions, anchoring = finding_model(), YearWheelModel(), action_model(), anchoring_model()
    for model in (findings, wheel, actions, anchoring):
        qtmodeltester.check(model)
    findings.set_rows(overview(uow, 2026, TODAY))
    wheel.set_entries(year_wheel(uow, 2026))
    actions.set_rows(list_actions(uow, ActionFilter(), TODAY))
    anchoring.set_rows(anchoring_for(uow))
    assert min(m.rowCount() for m in (findings, wheel, actions, anchoring)) > 0
    assert wheel.columnCount() == 12
    for model in (findings, wheel, actions, anchoring):
        qtmodeltester.check(model)


def test_warnings_in_the_overview_are_coloured_and_info_rows_are_not(page, world) -> None:
    rows = page.findings.rows()
    assert {f.severity for f in rows} == {Severity.WARNING, Severity.INFO}
    for row, finding in enumerate(rows):
        brush = page.findings.index(row, 2).data(FG)
        if finding.severity is Severity.WARNING:
            assert brush.color() == WARNING
        else:
            assert brush is None
    assert texts(page.findings, 0)[:1] == ["Ledningsgrupp för samverkan"]
    assert [page.findings.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Grupp", "Datum", "Vad som behöver göras"]


# -- from the main window: each finding leads to where it is fixed -------------------------------
def test_follow_up_action_shows_the_overview_with_every_kind_of_finding(qtbot, main_window, world) -> None:
    page = show_follow_up(qtbot, main_window)
    found = {(f.group_id, f.kind) for f in page.findings.rows()}
    assert found >= {
        (world.lgs, K.MEETINGS_COUNT), (world.lgs, K.LATE_APPROVAL), (world.lgs, K.UNPUBLISHED),
        (world.lgs, K.CHAIR_TERM_ENDING), (world.lgs, K.REPORTING_OVERDUE), (world.lgs, K.OVERDUE_ACTIONS),
        (world.lgs, K.PENDING_ANCHORING), (world.tema, K.OVERDUE_ACTIONS), (world.tema, K.WAITING_CASES)}
    assert page.year.value() == 2026
    assert [page.group.itemText(i) for i in range(page.group.count())] == [
        "Alla grupper", "Ledningsgrupp för samverkan", "Temagrupp Äldre"]

    page.group.set_value(world.tema)  # the group filter narrows the overview
    assert {f.group_id for f in page.findings.rows()} == {world.tema}
    page.group.set_value(None)
    page.year.setValue(2025)  # an earlier year: 2026's leftovers are not 2025's
    kinds = {f.kind for f in page.findings.rows()}
    assert K.LATE_APPROVAL not in kinds and K.OVERDUE_ACTIONS not in kinds
    assert "0 av minst 4 möten hållna eller planerade 2025" in texts(page.findings, 2)


def test_double_clicking_a_late_approval_opens_the_meetings_editor(qtbot, main_window, world) -> None:
    main_window.show()
    qtbot.waitExposed(main_window)
    page = show_follow_up(qtbot, main_window)
    row = row_of(page, K.LATE_APPROVAL)
    assert "väntat 40 dagar på godkännande" in page.findings.index(row, 2).data()
    with qtbot.waitSignal(page.open_meeting, check_params_cb=lambda meeting_id: meeting_id == world.autumn):
        double_click(qtbot, page.findings_view, page.findings.index(row, 2))
    editor = main_window.group_page.editors[world.autumn]
    qtbot.waitUntil(editor.isVisible)
    assert editor.meeting.id == world.autumn and "Ledningsgrupp för samverkan" in editor.windowTitle()

    page.go_to(row_of(page, K.UNPUBLISHED))  # the approved, unpublished spring meeting
    spring = main_window.group_page.editors[world.spring]
    assert spring.isVisible() and spring.meeting.id == world.spring
    assert main_window.pages.currentWidget() is page  # the overview stays where it was
    for opened in (editor, spring):
        opened.close()
    qtbot.waitUntil(lambda: not editor.isVisible() and not spring.isVisible())


def test_group_findings_show_the_group_page_at_the_right_tab(qtbot, main_window, world) -> None:
    group_page = main_window.group_page
    page = show_follow_up(qtbot, main_window)
    page.go_to(row_of(page, K.CHAIR_TERM_ENDING))  # the chair's term: the members tab
    assert page.findings.rows()[row_of(page, K.CHAIR_TERM_ENDING)].target.id == world.chair
    assert main_window.pages.currentWidget() is group_page
    assert group_page.group_id == world.lgs and main_window.selected_group_id() == world.lgs
    assert group_page.tabs.currentIndex() == 1
    assert "Anna Berg" in texts(group_page.member_model, 0)

    page = show_follow_up(qtbot, main_window)  # the group is already selected in the tree: no selection signal
    page.go_to(row_of(page, K.MEETINGS_COUNT))
    assert main_window.pages.currentWidget() is group_page
    assert group_page.group_id == world.lgs and group_page.tabs.currentIndex() == 0

    page = show_follow_up(qtbot, main_window)
    page.go_to(row_of(page, K.REPORTING_OVERDUE))  # the reporting duty is in the mandate: the overview tab
    assert group_page.tabs.currentIndex() == 0 and main_window.pages.currentWidget() is group_page

    page = show_follow_up(qtbot, main_window)
    page.go_to(row_of(page, K.WAITING_CASES))  # a case waiting in Att planera: the temagrupp's cases tab
    assert main_window.pages.currentWidget() is group_page
    assert group_page.group_id == world.tema and main_window.selected_group_id() == world.tema
    assert group_page.tabs.currentWidget() is group_page.cases_tab
    assert [c.id for c in group_page.cases_tab.to_plan_model.rows()] == [world.case]
    # Issue 18 point 6: the case itself is selected, its history shown.
    cases_tab = group_page.cases_tab
    assert [cases_tab.to_plan_model.row_at(i.row()).id for i in cases_tab.to_plan_view.selectionModel().selectedRows()
            ] == [world.case]
    assert cases_tab.history_label.text().startswith("Historik: ")


def test_an_overdue_actions_finding_leads_to_the_groups_overdue_actions_and_one_is_marked_done(
        qtbot, uow, main_window, world) -> None:
    main_window.show()
    qtbot.waitExposed(main_window)
    page = show_follow_up(qtbot, main_window)
    finding = page.findings.rows()[row_of(page, K.OVERDUE_ACTIONS, world.lgs)]
    assert finding.target.kind is TargetKind.ACTIONS
    assert finding.text.startswith("2 åtgärder är försenade")
    page.go_to(row_of(page, K.OVERDUE_ACTIONS, world.lgs))
    tab = page.actions_tab
    assert page.tabs.currentWidget() is tab and main_window.pages.currentWidget() is page
    assert tab.group.value() == world.lgs and tab.overdue_only.isChecked()
    rows = tab.model.rows()
    assert all(r.overdue for r in rows)
    # Exactly the two the finding counted: the group's own (issue 18 point 6: the list took in the temagrupp's).
    assert {r.id for r in rows} == {world.sprida, world.utbilda} and not tab.subgroups.isChecked()
    assert tab.summary.text() == "Åtgärder: 2, varav försenade: 2"

    tab.view.selectRow(next(i for i, r in enumerate(rows) if r.id == world.utbilda))
    qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)
    done = next(r for r in list_actions(uow, ActionFilter(status=ActionStatus.DONE), TODAY) if r.id == world.utbilda)
    assert done.done_on == TODAY and not done.overdue
    assert world.utbilda not in {r.id for r in tab.model.rows()}
    assert tab.model.rowCount() == len(rows) - 1
    assert tab.summary.text() == f"Åtgärder: {len(rows) - 1}, varav försenade: {len(rows) - 1}"

    page.tabs.setCurrentWidget(page.findings_view)  # back on the overview: one overdue action left
    assert page.findings.rows()[row_of(page, K.OVERDUE_ACTIONS, world.lgs)].text.startswith(
        "1 åtgärd är försenad: ”Sprida rutinen”")


def test_every_overdue_finding_counts_what_the_actions_list_shows(qtbot, main_window, world) -> None:
    """One definition of an overdue action for the overview and the Åtgärder list (issue 18 point 6)."""
    page = show_follow_up(qtbot, main_window)
    findings = [f for f in page.findings.rows() if f.kind is K.OVERDUE_ACTIONS]
    assert {f.group_id for f in findings} == {world.lgs, world.tema}
    for finding in findings:
        page.tabs.setCurrentWidget(page.findings_view)
        page.go_to(page.findings.rows().index(finding))
        counted = int(finding.text.split(" ")[0])
        assert page.actions_tab.model.rowCount() == counted
        assert page.actions_tab.summary.text() == f"Åtgärder: {counted}, varav försenade: {counted}"
    page.actions_tab.show_overdue(world.lgs)
    page.actions_tab.subgroups.setChecked(True)  # the group with its temagrupp, on request
    assert {r.group_id for r in page.actions_tab.model.rows()} == {world.lgs, world.tema}


def test_a_pending_anchoring_finding_leads_to_the_groups_anchoring(qtbot, main_window, world) -> None:
    page = show_follow_up(qtbot, main_window)
    page.go_to(row_of(page, K.PENDING_ANCHORING, world.lgs))
    assert page.tabs.currentWidget() is page.anchoring_tab
    assert page.group.value() == world.lgs and page.anchoring_tab.group_id == world.lgs
    assert {r.group_id for r in page.anchoring_tab.model.rows()} == {world.lgs}
    assert sorted(texts(page.anchoring_tab.model, 0)) == [
        "Göteborgs Stad", "Göteborgs Stad", "Västra Götalandsregionen", "Västra Götalandsregionen"]


# -- Åtgärder --------------------------------------------------------------------------------------
@pytest.fixture
def actions_tab(qtbot, uow, world) -> ActionsTab:
    tab = ActionsTab(uow, lambda: TODAY)
    qtbot.addWidget(tab)
    tab.set_groups([("Ledningsgrupp för samverkan", world.lgs), ("Temagrupp Äldre", world.tema)])
    tab.reload()
    return tab


def test_overdue_actions_come_first_in_red_and_say_forsenad(actions_tab, world) -> None:
    model = actions_tab.model
    # Open and in progress by default: overdue first (oldest due first), then the one not yet due.
    assert [r.id for r in model.rows()] == [world.sprida, world.statistik, world.utbilda, world.later]
    for row, action in enumerate(model.rows()):
        brush = model.index(row, 0).data(FG)
        status = model.index(row, 3).data()
        if action.overdue:
            assert brush.color() == OVERDUE and status == "Öppen – försenad"
        else:
            assert brush is None and status == "Öppen"
    assert model.index(0, 1).data() == "Bo Ek, Västra Götalandsregionen"
    assert model.index(0, 4).data() == "Ledningsgrupp för samverkan 2026-03-10 § 1"
    assert model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == "Gemensam rutin för SIP"
    assert actions_tab.summary.text() == "Åtgärder: 4, varav försenade: 3"


def test_actions_filter_by_group_status_and_overdue(actions_tab, world) -> None:
    tab = actions_tab
    tab.group.set_value(world.tema)
    assert [r.id for r in tab.model.rows()] == [world.statistik]
    tab.group.set_value(world.lgs)  # with its temagrupp
    assert {r.id for r in tab.model.rows()} == {world.sprida, world.statistik, world.utbilda, world.later}
    tab.status.set_value(ActionStatus.DONE)
    assert [r.id for r in tab.model.rows()] == [world.skickat]
    assert tab.model.index(0, 3).data() == "Klar" and tab.model.index(0, 0).data(FG) is None
    assert tab.summary.text() == "Åtgärder: 1, varav försenade: 0"
    tab.status.set_value(None)
    tab.overdue_only.setChecked(True)
    assert [r.id for r in tab.model.rows()] == [world.sprida, world.statistik, world.utbilda]
    tab.overdue_only.setChecked(False)
    tab.group.set_value(None)
    assert tab.model.rowCount() == 4


def test_mark_as_done_on_approved_minutes_refreshes_the_list(qtbot, uow, actions_tab, world) -> None:
    assert approval.minutes_state(uow, world.spring).status is MinutesStatus.APPROVED
    tab = actions_tab
    assert tab.done_button.text() == "Markera som klar"
    tab.view.clearSelection()
    tab.done_button.click()  # nothing chosen: nothing happens
    assert tab.model.rowCount() == 4
    tab.view.selectRow(0)
    assert tab.current().id == world.sprida
    qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)
    [done] = [r for r in list_actions(uow, ActionFilter(status=ActionStatus.DONE), TODAY) if r.id == world.sprida]
    assert (done.status, done.done_on) == (ActionStatus.DONE, TODAY)
    assert [r.id for r in tab.model.rows()] == [world.statistik, world.utbilda, world.later]
    assert tab.summary.text() == "Åtgärder: 3, varav försenade: 2"
    assert approval.minutes_state(uow, world.spring).status is MinutesStatus.APPROVED  # still approved


def test_marking_an_action_removed_meanwhile_warns_and_reloads(uow, actions_tab, world, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *rest: shown.append(text))
    actions_tab.view.selectRow([r.id for r in actions_tab.model.rows()].index(world.later))
    minutes.delete_action(uow, world.later)  # the autumn minutes are still a draft
    actions_tab.done_button.click()
    assert shown == ["Åtgärden finns inte längre."]
    assert world.later not in {r.id for r in actions_tab.model.rows()}


def test_double_clicking_an_action_asks_for_its_meeting(qtbot, actions_tab, world) -> None:
    actions_tab.show()
    qtbot.waitExposed(actions_tab)
    with qtbot.waitSignal(actions_tab.open_meeting, check_params_cb=lambda m: m == world.spring):
        double_click(qtbot, actions_tab.view, actions_tab.model.index(0, 0))


# -- Förankring --------------------------------------------------------------------------------
def test_anchoring_by_party_and_recorded_through_the_dialog(qtbot, uow, world, monkeypatch) -> None:
    tab = AnchoringTab(uow)
    qtbot.addWidget(tab)
    tab.reload()
    assert tab.edit_button.text() == "Registrera förankring…"
    assert tab.model.rowCount() == 4  # two consensus decisions, two parties each
    tab.organisation.set_value(world.region)
    assert set(texts(tab.model, 0)) == {"Västra Götalandsregionen"} and tab.model.rowCount() == 2
    assert texts(tab.model, 3) == ["Ej påbörjad", "Ej påbörjad"]

    def record(status: AnchoringStatus, on: str):
        def run(dialog: AnchoringDialog) -> int:
            dialog.status.set_value(status)
            dialog.on_date.setText(on)
            dialog.note.setPlainText("Beslutat i förvaltningsledningen")
            dialog.accept()
            seen.append(dialog.error_text("on_date"))
            return dialog.result()
        return run

    seen: list[str] = []
    tab.view.selectRow(0)
    first = tab.current()
    monkeypatch.setattr(AnchoringDialog, "exec", record(AnchoringStatus.IMPLEMENTED, ""))
    tab.edit_button.click()  # genomförd without a date: refused, nothing stored
    assert seen == ["Ange datum då beslutet genomfördes."]
    assert tab.model.rowCount() == 2 and anchoring_for(uow, world.region)[0].status is AnchoringStatus.NOT_STARTED

    monkeypatch.setattr(AnchoringDialog, "exec", record(AnchoringStatus.ANCHORED, "2026-04-01"))
    tab.edit_button.click()  # förankrad: still waiting to be implemented, so still listed
    assert tab.model.rowCount() == 2 and texts(tab.model, 3)[0] == "Förankrad"
    assert texts(tab.model, 4)[0] == "2026-04-01"

    tab.view.selectRow(0)
    monkeypatch.setattr(AnchoringDialog, "exec", record(AnchoringStatus.IMPLEMENTED, "2026-05-01"))
    tab.edit_button.click()  # genomförd: no longer pending
    assert [r.id for r in tab.model.rows()] != [first.id] and tab.model.rowCount() == 1
    stored = next(r for r in anchoring_for(uow, world.region, pending_only=False) if r.id == first.id)
    assert (stored.status, stored.on_date, stored.note) == (
        AnchoringStatus.IMPLEMENTED, D(2026, 5, 1), "Beslutat i förvaltningsledningen")
    tab.pending_only.setChecked(False)
    assert tab.model.rowCount() == 2 and "Genomförd" in texts(tab.model, 3)


# -- Årshjulet ---------------------------------------------------------------------------------
def test_year_wheel_puts_meetings_in_their_months_and_opens_them(qtbot, page, world, monkeypatch) -> None:
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentWidget(page.wheel_view)
    wheel = page.wheel
    assert [wheel.headerData(c, Qt.Orientation.Horizontal) for c in (0, 2, 9, 11)] == ["jan", "mar", "okt", "dec"]

    def month(column: int) -> list[str]:
        return [wheel.index(r, column).data() for r in range(wheel.rowCount()) if wheel.index(r, column).data()]

    # The group's short name in the cell (a twelfth of the screen wide), the whole name in the tooltip.
    assert month(1) == ["10/2 Temagrupp Äldre: Möte 13:00", "15/2 LGS: Årsrapport till Nämnden"]
    assert month(2) == ["10/3 LGS: Möte 13:00"]
    assert month(9) == ["13/10 LGS: Möte 13:00"]
    assert month(11) == []
    report = wheel.index(1, 1)
    assert report.data(FG).color() == WARNING and wheel.index(0, 1).data(FG) is None  # a report not submitted
    assert report.data(Qt.ItemDataRole.ToolTipRole) == (
        "Ledningsgrupp för samverkan: Årsrapport till Nämnden 2026-02-15 – inte lämnad")

    with qtbot.waitSignal(page.open_meeting, check_params_cb=lambda m: m == world.autumn):
        double_click(qtbot, page.wheel_view, wheel.index(0, 9))
    asked = []  # a report: double-clicked, it is marked as submitted (issue 18 point 6: no way in before)
    monkeypatch.setattr(ReportDoneDialog, "exec", lambda dialog: asked.append(dialog.due_on) or 0)
    double_click(qtbot, page.wheel_view, report)
    assert asked == [D(2026, 2, 15)]

    page.group.set_value(world.tema)
    assert {e.group_id for m in wheel.months for e in m} == {world.tema}
    page.year.setValue(2027)
    assert wheel.rowCount() == 0


def test_year_wheel_shows_planned_meetings_but_not_cancelled_ones(uow, page, world) -> None:
    planned = meetings.create_meeting(uow, MeetingData(world.lgs, D(2026, 12, 8), time(9), time(11))).value.id
    cancelled = meetings.create_meeting(uow, MeetingData(world.lgs, D(2026, 12, 15), time(9), time(11))).value.id
    meetings.cancel_meeting(uow, cancelled, "Få anmälda")
    page.tabs.setCurrentWidget(page.wheel_view)  # reloaded when its tab is shown
    assert [(e.meeting_id, e.label, e.done) for e in page.wheel.months[11]] == [(planned, "Möte 09:00", False)]
    assert [(e.meeting_id, e.done) for e in page.wheel.months[9]] == [(world.autumn, True)]
    assert page.wheel.index(0, 11).data() == "8/12 LGS: Möte 09:00"
    assert page.wheel.index(0, 11).data(FG) is None  # only reports not yet submitted are coloured


def test_year_wheel_cells_are_whole_at_1366_px(qtbot, uow, page, world) -> None:
    """Issue 18 point 6: Årshjul cells were cut at 1366 px. Each row is as high as its tallest wrapped cell, long
    words included, and stays so when the window narrows."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    for n in range(6):  # a month full of long report names
        save_mandate(uow, world.tema, MandateData(reporting_duties=tuple(
            ReportingDutyData(f"Kvartalsuppföljningsrapport{n}", Recurrence.YEARLY, 3, 15,
                              "Ledningsgruppen för samverkan") for n in range(6))), new_version=False)
    for width in (1366 - 260, 800):
        page.resize(width, 700)
        page.show()
        qtbot.waitExposed(page)
        page.tabs.setCurrentWidget(page.wheel_view)
        view, wheel = page.wheel_view, page.wheel
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        assert wheel.rowCount() >= 6
        for row in range(wheel.rowCount()):
            for column in range(12):
                index = wheel.index(row, column)
                if index.data():
                    option.rect.setWidth(view.columnWidth(column))
                    needed = view.itemDelegate().sizeHint(option, index).height()
                    assert view.rowHeight(row) >= needed, (width, index.data())


def test_a_report_is_marked_as_submitted_from_the_wheel_and_the_overview(qtbot, uow, page, world,
                                                                      monkeypatch) -> None:
    """Issue 18 point 6: reporting.mark_report_done had no way in from the GUI."""
    page.tabs.setCurrentWidget(page.wheel_view)
    assert not page.report_button.isEnabled()  # nothing chosen
    column = 1
    row = next(r for r in range(page.wheel.rowCount()) if (e := page.wheel.entry(r, column)) and e.duty_id)
    page.wheel_view.setCurrentIndex(page.wheel.index(row, column))
    assert page.report_button.isEnabled()

    def submit(dialog):
        assert dialog.done_edit.text() == TODAY.isoformat() and dialog.undo_check.isHidden()
        dialog.done_edit.setText("2026-02-14")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ReportDoneDialog, "exec", submit)
    page.report_button.click()
    done = [d for d in reporting_deadlines(uow, 2026, world.lgs) if d.due_on == D(2026, 2, 15)]
    assert [d.done_on for d in done] == [D(2026, 2, 14)]
    entry = next(e for e in page.wheel.months[column] if e.duty_id)
    assert entry.done and page.wheel.index(row, column).data(FG) is None  # no longer red

    def take_back(dialog):
        assert dialog.done_edit.text() == "2026-02-14" and not dialog.undo_check.isHidden()
        dialog.undo_check.setChecked(True)
        assert not dialog.done_edit.isEnabled()
        dialog.accept()
        return dialog.result()

    page.wheel_view.setCurrentIndex(page.wheel.index(row, column))
    monkeypatch.setattr(ReportDoneDialog, "exec", take_back)
    page.report_button.click()
    assert [d.done_on for d in reporting_deadlines(uow, 2026, world.lgs) if d.due_on == D(2026, 2, 15)] == [None]

    page.tabs.setCurrentWidget(page.findings_view)  # the overview's reporting findings lead there too
    page.findings_view.setCurrentIndex(page.findings.index(row_of(page, K.REPORTING_OVERDUE), 0))
    assert page.report_button.isEnabled()
    page.findings_view.setCurrentIndex(page.findings.index(row_of(page, K.WAITING_CASES), 0))
    assert not page.report_button.isEnabled()


def test_changing_the_year_keeps_the_chosen_group(qtbot, uow, world) -> None:
    """The group filters are refilled only when the groups change, so a chosen group survives a reload."""
    from samverkan_desktop.ui.pages.follow_up_page import FollowUpPage

    page = FollowUpPage(uow, lambda: TODAY)
    qtbot.addWidget(page)
    page.reload()
    page.group.set_value(world.tema)
    page.actions_tab.group.set_value(world.tema)
    page.year.setValue(2025)
    assert page.group.value() == world.tema
    assert page.actions_tab.group.value() == world.tema


def test_actions_and_anchoring_are_read_a_page_at_a_time_and_counted_in_full(qtbot, qtmodeltester, uow,
                                                                             world) -> None:
    actions = ActionsTab(uow, lambda: TODAY)
    qtbot.addWidget(actions)
    actions.model.page_size = 2
    actions.reload()
    assert actions.model.rowCount() == 2 and actions.model.canFetchMore()
    assert actions.summary.text() == "Åtgärder: 4, varav försenade: 3"  # all of them, not the page read
    qtmodeltester.check(actions.model)
    while actions.model.canFetchMore():
        actions.model.fetchMore()
    assert actions.model.rows() == list_actions(uow, ActionFilter(open_only=True), TODAY)

    anchoring = AnchoringTab(uow)
    qtbot.addWidget(anchoring)
    anchoring.model.page_size = 3
    anchoring.reload()
    assert anchoring.model.rowCount() == 3 and anchoring.model.total == 4
    qtmodeltester.check(anchoring.model)
    while anchoring.model.canFetchMore():
        anchoring.model.fetchMore()
    assert anchoring.model.rows() == anchoring_for(uow)

"""The secretary's story through the GUI: plan a year, agenda from the template, attendance, minutes,
återremiss, Att planera, the next meeting decides, both meetings held, and the case history shows both."""

from __future__ import annotations

from datetime import date

from samverkan_desktop.domain.enums import AttendanceStatus, ItemKind, MeetingStatus, Outcome, Role
from samverkan_desktop.services import cases, mandates, meetings, memberships
from samverkan_desktop.services.dto import MandateData, MembershipData
from samverkan_desktop.ui.dialogs.agenda_item_dialog import AgendaItemDialog
from samverkan_desktop.ui.dialogs.plan_case_dialog import PlanCaseDialog
from samverkan_desktop.ui.dialogs.series_dialog import SeriesDialog
from samverkan_desktop.ui.pages.group_page import GroupPage

TODAY = date(2026, 11, 22)


def seat(uow, register, person, role, org):
    memberships.save_membership(uow, MembershipData(register[person].id, register["tema"].id, role,
                                                    register[org].id, date(2025, 1, 1)))


def run_and_accept(configure):
    def run(dialog):
        configure(dialog)
        dialog.accept()
        return dialog.result()
    return run


def select_item(editor, title):
    row = next(r for r, item in enumerate(editor.agenda_model.items()) if item.title == title)
    editor.agenda_view.selectRow(row)
    return editor.current_item()


def write_minutes(qtbot, editor, notes, decision):
    pane = editor.minutes_pane
    pane.notes_edit.setPlainText(notes)
    pane.decision_edit.setPlainText(decision)
    assert editor.isWindowModified() or not (notes or decision)
    qtbot.waitUntil(lambda: not editor.isWindowModified(), timeout=3000)


def record(editor, outcome, reason="", target=None):
    pane = editor.minutes_pane
    pane.outcome_combo.set_value(outcome)
    pane.reason_edit.setText(reason)
    pane.target_combo.set_value(target)
    pane.outcome_button.click()


def test_referred_back_then_decided_at_the_next_meeting(qtbot, uow, register, monkeypatch):
    mandates.save_mandate(uow, register["tema"].id, MandateData(meetings_min=4, meetings_max=8), new_version=False)
    seat(uow, register, "anna", Role.CHAIR, "kommun")
    seat(uow, register, "bo", Role.VICE_CHAIR, "region")
    seat(uow, register, "cilla", Role.MEMBER, "kommun")
    page = GroupPage(uow, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show_group(register["tema"].id)
    page.tabs.setCurrentWidget(page.meetings_tab)

    # Plan a year: six meetings every eighth week from the first Tuesday in February.
    def plan(dialog):
        dialog.first_edit.setText("2026-02-03")
        dialog.count_spin.setValue(6)
        dialog.interval_spin.setValue(8)
        dialog.place_edit.setText("Stadshuset, rum 3")
    monkeypatch.setattr(SeriesDialog, "exec", run_and_accept(plan))
    monkeypatch.setattr(SeriesDialog, "confirm_warnings", lambda self, warnings: True)
    page.meetings_tab.year_spin.setValue(2026)
    page.meetings_tab.series_button.click()
    assert page.meetings_tab.model.rowCount() == 6
    first_id, second_id = (m.id for m in page.meetings_tab.model.rows()[:2])

    # The first meeting: standard items, one decision item of our own.
    page.meetings_tab.view.selectRow(0)
    page.meetings_tab.open_button.click()
    editor = page.editors[first_id]  # a child of the page: closed, it deletes itself (not qtbot's to close)
    editor.template_button.click()
    assert editor.agenda_model.item_at(0).title == "Mötets öppnande"
    select_item(editor, "Föregående minnesanteckningar")
    monkeypatch.setattr(AgendaItemDialog, "exec", run_and_accept(lambda d: (
        d.title_edit.setText("Gemensam rutin vid utskrivning"), d.kind_combo.set_value(ItemKind.DECISION))))
    editor.add_button.click()
    titles = [i.title for i in editor.agenda_model.items()]
    assert titles.index("Gemensam rutin vid utskrivning") == titles.index("Föregående minnesanteckningar") + 1
    assert [i.paragraph for i in editor.agenda_model.items()] == list(range(1, len(titles) + 1))

    # Attendance from the memberships: Bo sends apologies.
    editor.tabs.setCurrentWidget(editor.attendance_tab)
    tab = editor.attendance_tab
    assert {r.person_name for r in tab.model.rows()} == {"Anna Berg", "Bo Ek", "Cilla Lund"}
    tab.view.selectRow(next(i for i, r in enumerate(tab.model.rows()) if r.person_name == "Bo Ek"))
    tab.excused_button.click()
    assert next(r for r in tab.model.rows() if r.person_name == "Bo Ek").status is AttendanceStatus.EXCUSED

    # Minutes: the rutin is referred back; a reason is required first.
    select_item(editor, "Gemensam rutin vid utskrivning")
    write_minutes(qtbot, editor, "Förslaget presenterades.\n- Kommunerna saknar underlag", "")
    record(editor, Outcome.REFERRED_BACK)
    assert "Ange vad som ska beredas" in editor.minutes_pane.error_label.text()
    record(editor, Outcome.REFERRED_BACK, "Kommunernas synpunkter på ansvarsfördelningen")
    assert editor.current_item().outcome is Outcome.REFERRED_BACK

    # Genomfört is refused while "Godkännande av dagordningen" (a decision) lacks an outcome.
    shown: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *args: shown.append(args[2]))
    editor.held_button.click()
    assert shown and "Godkännande av dagordningen" in shown[-1]
    select_item(editor, "Godkännande av dagordningen")
    write_minutes(qtbot, editor, "", "att godkänna dagordningen")
    record(editor, Outcome.DECIDED)
    editor.held_button.click()
    assert meetings.get_meeting(uow, first_id).status is MeetingStatus.HELD
    editor.close()

    # Att planera has the case; it goes on the next meeting's agenda.
    page.tabs.setCurrentWidget(page.cases_tab)
    assert [c.title for c in page.cases_tab.to_plan_model.rows()] == ["Gemensam rutin vid utskrivning"]
    case_id = page.cases_tab.to_plan_model.row_at(0).id
    monkeypatch.setattr(PlanCaseDialog, "exec", run_and_accept(lambda d: d.meeting_combo.set_value(second_id)))
    page.cases_tab.plan_button.click()
    assert page.cases_tab.to_plan_model.rowCount() == 0

    second = page.open_meeting(second_id)
    item2 = select_item(second, "Gemensam rutin vid utskrivning")
    assert item2.case_id == case_id and item2.kind is ItemKind.DECISION
    write_minutes(qtbot, second, "Kommunernas synpunkter inarbetade.", "att anta den gemensamma rutinen")
    record(second, Outcome.DECIDED)
    second.held_button.click()
    assert meetings.get_meeting(uow, second_id).status is MeetingStatus.HELD
    second.close()

    history = cases.history(uow, case_id)
    assert [(h.meeting_on, h.outcome) for h in history] == [
        (date(2026, 2, 3), Outcome.REFERRED_BACK), (date(2026, 3, 31), Outcome.DECIDED)]
    assert history[0].outcome_reason == "Kommunernas synpunkter på ansvarsfördelningen"
    page.cases_tab.reload()
    page.cases_tab.all_view.selectRow(0)
    assert page.cases_tab.history_model.rowCount() == 2

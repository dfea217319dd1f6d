"""Approval from the meeting editor: send, approve (bound to the checksum shown), locked, reopen, history."""

from __future__ import annotations

from datetime import date, time

from samverkan_desktop.domain.enums import MinutesStatus, Role
from samverkan_desktop.services import agenda, approval, meetings, memberships
from samverkan_desktop.services.dto import MembershipData
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.ui.dialogs.approval_dialog import ApprovalDialog
from samverkan_desktop.ui.dialogs.history_dialog import HistoryDialog
from samverkan_desktop.ui.dialogs.reopen_dialog import ReopenDialog
from samverkan_desktop.ui.pages.meeting_editor import MeetingEditor


def held_meeting(uow, register) -> int:
    memberships.save_membership(uow, MembershipData(register["anna"].id, register["lgs"].id, Role.CHAIR,
                                                    register["kommun"].id, date(2025, 1, 1)))
    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    agenda.add_item(uow, meeting.value.id, AgendaItemData("Information från regionen"))
    meetings.mark_held(uow, meeting.value.id)
    return meeting.value.id


def accept(dialog):
    dialog.accept()
    return dialog.result()


def test_send_approve_lock_and_reopen(qtbot, uow, register, monkeypatch):
    meeting_id = held_meeting(uow, register)
    editor = MeetingEditor(uow, meeting_id)
    qtbot.addWidget(editor)
    assert "utkast" in editor.approval_label.text()
    editor.send_button.click()
    assert approval.minutes_state(uow, meeting_id).status is MinutesStatus.FOR_APPROVAL

    shown_hash: list[str] = []

    def approve(dialog):
        shown_hash.append(dialog.state.current_hash)
        assert dialog.approver_combo.value() == register["anna"].id
        return accept(dialog)

    monkeypatch.setattr(ApprovalDialog, "exec", approve)
    editor.approve_button.click()
    state = approval.minutes_state(uow, meeting_id)
    assert state.status is MinutesStatus.APPROVED
    assert state.valid_approval.content_hash == shown_hash[0]
    assert state.valid_approval.short_hash in editor.approval_label.text()
    assert not editor.minutes_pane.is_editable() and not editor.add_button.isEnabled()

    def reopen(dialog):
        dialog.reason_edit.setPlainText("Fel datum för nästa möte")
        return accept(dialog)

    monkeypatch.setattr(ReopenDialog, "exec", reopen)
    editor.reopen_button.click()
    assert approval.minutes_state(uow, meeting_id).status is MinutesStatus.DRAFT
    assert editor.minutes_pane.is_editable()
    history = HistoryDialog(uow, meeting_id)
    qtbot.addWidget(history)
    actions = [history.model.index(r, 2).data() for r in range(history.model.rowCount())]
    assert any("godkända" in a for a in actions) and any("öppnade igen" in a for a in actions)


def test_an_edit_while_waiting_for_the_chair_returns_to_draft(qtbot, uow, register):
    meeting_id = held_meeting(uow, register)
    editor = MeetingEditor(uow, meeting_id)
    qtbot.addWidget(editor)
    editor.send_button.click()
    editor.agenda_view.selectRow(0)
    editor.minutes_pane.notes_edit.setPlainText("Tillägg efter att utkastet skickats")
    qtbot.waitUntil(lambda: not editor.isWindowModified(), timeout=3000)
    assert approval.minutes_state(uow, meeting_id).status is MinutesStatus.DRAFT
    editor.reload()
    assert "utkast" in editor.approval_label.text()


def test_reopen_needs_a_reason(qtbot, uow, register):
    meeting_id = held_meeting(uow, register)
    approval.approve(uow, meeting_id, register["anna"].id, approval.ApprovalMethod.EMAIL)
    dialog = ReopenDialog(uow, meeting_id)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "varför" in dialog.error_text("reason")
    assert approval.minutes_state(uow, meeting_id).status is MinutesStatus.APPROVED


def test_late_approval_is_listed_on_the_meetings_tab(qtbot, uow, register):
    from samverkan_desktop.services import mandates
    from samverkan_desktop.services.dto import MandateData
    from samverkan_desktop.ui.pages.meetings_tab import MeetingsTab

    mandates.save_mandate(uow, register["lgs"].id, MandateData(approval_days=14), new_version=False)
    held_meeting(uow, register)
    tab = MeetingsTab(uow, today=lambda: date(2026, 3, 20))
    qtbot.addWidget(tab)
    tab.year_spin.setValue(2026)
    tab.show_group(register["lgs"].id)
    assert "väntat" not in tab.count_warning.text()
    tab.today = lambda: date(2026, 4, 1)
    tab.reload()
    assert "2026-03-10" in tab.count_warning.text() and "22 dagar" in tab.count_warning.text()


def test_verify_from_the_main_window_names_a_tampered_meeting(qtbot, uow, register, engine, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from samverkan_desktop.infra.config import Settings
    from samverkan_desktop.ui.main_window import MainWindow

    meeting_id = held_meeting(uow, register)
    approval.approve(uow, meeting_id, register["anna"].id, approval.ApprovalMethod.IN_APP)
    window = MainWindow(uow, Settings())
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    assert run_verification(window, qtbot) == []
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE agenda_item SET title = 'Ändrad utanför appen'")
    problems = run_verification(window, qtbot)
    assert len(problems) == 1 and "Ledningsgrupp för samverkan 2026-03-10" in problems[0]
    assert "§ 1" in shown[-1]


def test_sending_asks_whether_the_chair_or_the_vice_chair_approves(qtbot, uow, register, monkeypatch):
    from samverkan_desktop.ui.widgets.approval_bar import ApprovalBar

    meeting_id = held_meeting(uow, register)
    memberships.save_membership(uow, MembershipData(register["bo"].id, register["lgs"].id, Role.VICE_CHAIR,
                                                    register["region"].id, date(2025, 1, 1)))
    editor = MeetingEditor(uow, meeting_id)
    qtbot.addWidget(editor)
    monkeypatch.setattr(ApprovalBar, "choose_recipient", lambda self, chair, vice: None)
    editor.send_button.click()
    assert approval.minutes_state(uow, meeting_id).status is MinutesStatus.DRAFT
    monkeypatch.setattr(ApprovalBar, "choose_recipient", lambda self, chair, vice: True)
    editor.send_button.click()
    from samverkan_desktop.services import audit

    sent = [e.summary for e in audit.meeting_history(uow, meeting_id) if e.action == "skickade för godkännande"]
    assert sent and sent[-1].startswith("till Bo Ek (vice ordförande)")


def run_verification(window, qtbot) -> list[str]:
    """The main window's verification, run in its worker; the problems it found."""
    with qtbot.waitSignal(window.verification_done, timeout=20000) as done:
        window.verify_approvals()
    return done.args[0]

"""Issue 18 point 1: every greyed button and action says why (its tooltip, and the status bar on hover), and an
action refused after a refused outcome says so where the user looks instead of doing nothing."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QMenu, QMessageBox, QWidget

from samverkan_desktop.domain.enums import ApprovalMethod, ItemKind, Outcome, Role
from samverkan_desktop.infra.config import Settings
from samverkan_desktop.services import agenda, approval, meetings, memberships
from samverkan_desktop.services.dto import MembershipData
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.pages.meeting_editor import MeetingEditor

ITEM = "Beslut om rutin för samordnad planering"


def make_meeting(uow, register, kind: ItemKind = ItemKind.DECISION) -> int:
    """A meeting of LGS with a chair and one item (a decision item without wording cannot be held)."""
    memberships.save_membership(uow, MembershipData(register["anna"].id, register["lgs"].id, Role.CHAIR,
                                                    register["kommun"].id, date(2025, 1, 1)))
    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    agenda.add_item(uow, meeting.value.id, AgendaItemData(ITEM, kind))
    return meeting.value.id


def editor_for(qtbot, uow, meeting_id: int) -> MeetingEditor:
    editor = MeetingEditor(uow, meeting_id)
    qtbot.addWidget(editor)
    return editor


def explained(widget: QWidget) -> bool:
    """The widget says why it is greyed, or the part that greys it (the nearest one disabled itself) does: Qt
    passes a tooltip request from a child without one to its parent."""
    if widget.toolTip():
        return True
    while widget is not None and not widget.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled):
        widget = widget.parentWidget()
    return widget is not None and bool(widget.toolTip()) and widget.toolTip() == widget.property("disabled_reason")


def greyed_without_reason(editor: MeetingEditor) -> list[str]:
    """The editor's disabled buttons and menu actions that do not say why."""
    missing = []
    for button in editor.findChildren(QAbstractButton):
        if not button.isEnabled() and not button.isHidden() and button.text() and not explained(button):
            missing.append(f"button {button.text()}")
    menus = [menu for menu in editor.menuBar().findChildren(QMenu)] + [editor.exports.menu]
    for menu in menus:
        for action in menu.actions():
            if action.isSeparator() or action.isEnabled():
                continue
            reason = action.property("disabled_reason")
            if not reason or action.toolTip() != reason:
                missing.append(f"action {action.text()}")
    return missing


STATES = ["planned", "held", "approved", "cancelled"]


@pytest.mark.parametrize("state", STATES)
def test_every_greyed_button_and_action_of_the_editor_says_why(qtbot, uow, register, state):
    meeting_id = make_meeting(uow, register, ItemKind.INFORMATION)
    if state in ("held", "approved"):
        meetings.mark_held(uow, meeting_id)
    if state == "approved":
        approval.approve(uow, meeting_id, register["anna"].id, ApprovalMethod.EMAIL)
    if state == "cancelled":
        meetings.cancel_meeting(uow, meeting_id, "Sjukdom")
    editor = editor_for(qtbot, uow, meeting_id)
    assert greyed_without_reason(editor) == []
    greyed = [b for b in editor.findChildren(QAbstractButton) if not b.isEnabled() and b.text()]
    assert greyed, "each state greys something"


def test_the_reasons_are_specific(qtbot, uow, register):
    meeting_id = make_meeting(uow, register, ItemKind.INFORMATION)
    planned = editor_for(qtbot, uow, meeting_id)
    assert "genomfört" in planned.send_button.toolTip()  # "Markera mötet som genomfört först …"
    meetings.mark_held(uow, meeting_id)
    approval.approve(uow, meeting_id, register["anna"].id, ApprovalMethod.EMAIL)
    approved = editor_for(qtbot, uow, meeting_id)
    assert "godkända" in approved.add_button.toolTip() and "Öppna igen" in approved.add_button.toolTip()
    assert approved.held_button.toolTip() == "Mötet är redan markerat som genomfört."
    assert not approved.minutes_pane.form_box.isEnabled() and "godkända" in approved.minutes_pane.form_box.toolTip()
    assert not approved.sending.minutes_mail_action.isEnabled()
    assert "publicera" in approved.sending.minutes_mail_action.toolTip().lower()


def test_hovering_a_greyed_button_or_menu_entry_puts_the_reason_in_the_status_bar(qtbot, uow, register):
    editor = editor_for(qtbot, uow, make_meeting(uow, register))
    editor.show()
    QApplication.sendEvent(editor.cancel_button, QEvent(QEvent.Type.Enter))
    assert editor.statusBar().currentMessage() == ""  # enabled: nothing to explain
    QApplication.sendEvent(editor.send_button, QEvent(QEvent.Type.Enter))
    assert editor.statusBar().currentMessage() == editor.send_button.toolTip()
    menu: QMenu = editor.exports.menu
    menu.popup(editor.mapToGlobal(editor.rect().center()))
    qtbot.waitExposed(menu)
    action: QAction = editor.exports.publish_action
    assert not action.isEnabled()
    where = QPointF(menu.actionGeometry(action).center())
    QApplication.sendEvent(menu, QMouseEvent(QEvent.Type.MouseMove, where, menu.mapToGlobal(where),
                                             Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                                             Qt.KeyboardModifier.NoModifier))
    assert editor.statusBar().currentMessage() == action.toolTip() != ""
    menu.hide()


def _refuse_outcome(editor: MeetingEditor) -> str:
    row = next(r for r, item in enumerate(editor.agenda_model.items()) if item.title == ITEM)
    editor.agenda_view.selectRow(row)
    pane = editor.minutes_pane
    pane.outcome_combo.set_value(Outcome.DECIDED)
    pane.outcome_button.click()  # refused next to the button: there is no "att …"
    return pane.error_label.text()


def test_exporting_after_a_refused_outcome_says_why(qtbot, uow, register, monkeypatch):
    editor = editor_for(qtbot, uow, make_meeting(uow, register))
    reason = _refuse_outcome(editor)
    assert reason
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append(text))
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    editor.exports.minutes_action.trigger()  # Exportera → Minnesanteckningar som Word…
    assert len(shown) == 1 and ITEM in shown[0] and reason in shown[0]
    assert ITEM in editor.statusBar().currentMessage()
    assert asked == []  # nothing exported, and it said so
    editor.held_button.click()  # Markera som genomfört: the same
    assert len(shown) == 2 and reason in shown[1]
    assert meetings.get_meeting(uow, editor.meeting.id).status.value == "planerat"
    editor.minutes_pane.outcome_combo.set_value(None)
    editor.minutes_pane.outcome_button.click()


def test_the_main_window_read_only_says_why_import_is_greyed(qtbot, uow, register):
    window = MainWindow(uow, Settings(), database_label="test", read_only=True)
    qtbot.addWidget(window)
    action = window.data_actions.import_minutes_action
    assert not action.isEnabled() and "skrivskydd" in action.toolTip().lower()
    button = window.group_page.meetings_tab.import_button
    assert not button.isEnabled() and button.toolTip() == action.toolTip()
    assert not window.backups_action.isEnabled() and window.backups_action.toolTip()


@pytest.mark.parametrize("read_only", [False, True])
def test_every_greyed_button_and_menu_action_of_the_main_window_says_why(qtbot, uow, register, read_only):
    window = MainWindow(uow, Settings(), database_label="test", read_only=read_only)
    qtbot.addWidget(window)
    window.select_group(register["lgs"].id)
    missing = []
    for page in (window.group_page, window.follow_up_page, window.organisation_page, window.people_page):
        window.pages.setCurrentWidget(page)
        missing += [f"{type(page).__name__}: {button.text()}" for button in page.findChildren(QAbstractButton)
                    if not button.isEnabled() and button.text() and not explained(button)]
    for menu in window.menuBar().findChildren(QMenu):
        missing += [f"menu: {action.text()}" for action in menu.actions()
                    if not action.isSeparator() and not action.isEnabled() and not action.property("disabled_reason")]
    assert missing == []

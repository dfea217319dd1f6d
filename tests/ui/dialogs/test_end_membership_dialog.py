"""Ending a membership on a day from the group's members tab (issue 18 point 6: memberships.end_membership had no
way in from the GUI); the seat stays in the history."""

from __future__ import annotations

from datetime import date

from samverkan_desktop.domain.enums import Role
from samverkan_desktop.services import memberships
from samverkan_desktop.services.dto import MembershipData
from samverkan_desktop.ui.dialogs.end_membership_dialog import EndMembershipDialog
from samverkan_desktop.ui.pages.group_page import GroupPage

TODAY = date(2026, 11, 22)


def test_a_membership_ended_from_the_members_tab_stays_in_the_history(qtbot, uow, register, monkeypatch) -> None:
    group = register["lgs"].id
    memberships.save_membership(uow, MembershipData(register["anna"].id, group, Role.MEMBER, register["kommun"].id,
                                                    date(2025, 1, 1)))
    page = GroupPage(uow, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show_group(group)
    page.member_view.selectRow(0)

    def end(dialog):
        assert dialog.last_day.text() == TODAY.isoformat()
        dialog.last_day.setText("2024-12-31")  # before the seat began: said at the field, the dialog stays
        dialog.accept()
        assert dialog.error_text("valid_to") == "Till-datum kan inte ligga före från-datum."
        qtbot.keyClick(dialog.last_day, "\b")
        assert dialog.error_text("valid_to") == ""  # the red goes once the field is changed
        dialog.last_day.setText("2026-10-31")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(EndMembershipDialog, "exec", end)
    page.end_member_button.click()
    [ended] = memberships.list_memberships(uow, group)
    assert ended.valid_to == date(2026, 10, 31)
    assert page.member_model.rowCount() == 0  # no longer current
    page.current_only.setChecked(False)
    assert page.member_model.rowCount() == 1  # but in the history

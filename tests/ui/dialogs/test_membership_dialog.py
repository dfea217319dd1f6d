from __future__ import annotations

from datetime import date

from samverkan_desktop.domain.enums import Role
from samverkan_desktop.services import mandates, memberships
from samverkan_desktop.services.dto import MandateData, MembershipData
from samverkan_desktop.ui.dialogs.membership_dialog import MembershipDialog


def fill(qtbot, dialog, person_id, role, represents_id, valid_from="", valid_to=""):
    dialog.person_combo.set_value(person_id)
    dialog.role_combo.set_value(role)
    dialog.represents_combo.set_value(represents_id)
    qtbot.keyClicks(dialog.from_edit, valid_from)
    qtbot.keyClicks(dialog.to_edit, valid_to)


def test_adds_a_member(qtbot, uow, register):
    dialog = MembershipDialog(uow, register["lgs"].id)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, register["bo"].id, Role.MEMBER, register["region"].id, "2026-01-01")
    dialog.accept()
    saved = dialog.result_value
    assert (saved.person_name, saved.role, saved.represents_name) == ("Bo Ek", Role.MEMBER, "Västra Götalandsregionen")


def test_person_is_required(qtbot, uow, register):
    dialog = MembershipDialog(uow, register["lgs"].id)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.error_text("person_id") == "Välj en person."
    assert memberships.list_memberships(uow, register["lgs"].id) == []


def test_second_chair_is_refused_with_the_name_of_the_first(qtbot, uow, register):
    memberships.save_membership(uow, MembershipData(register["anna"].id, register["lgs"].id, Role.CHAIR,
                                                    register["kommun"].id))
    dialog = MembershipDialog(uow, register["lgs"].id)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, register["bo"].id, Role.CHAIR, register["region"].id, "2026-06-01")
    dialog.accept()
    assert "redan en ordförande" in dialog.error_text("role")
    assert "Anna Berg" in dialog.error_text("role")
    assert len(memberships.list_memberships(uow, register["lgs"].id)) == 1


def test_to_before_from_is_refused(qtbot, uow, register):
    dialog = MembershipDialog(uow, register["lgs"].id)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, register["bo"].id, Role.MEMBER, None, "2026-06-01", "2026-05-01")
    dialog.accept()
    assert "före" in dialog.error_text("valid_to")
    assert memberships.list_memberships(uow, register["lgs"].id) == []


def _rotating_group_with_previous_kommun_chair(uow, register):
    mandates.save_mandate(uow, register["lgs"].id, MandateData(chair_rotates=True), new_version=False)
    previous = MembershipData(register["anna"].id, register["lgs"].id, Role.CHAIR, register["kommun"].id,
                              valid_from=date(2024, 1, 1), valid_to=date(2025, 12, 31))
    memberships.save_membership(uow, previous)


def test_rotation_warning_asks_and_cancel_saves_nothing(qtbot, uow, register, monkeypatch):
    _rotating_group_with_previous_kommun_chair(uow, register)
    asked: list[list[str]] = []

    def decline(self, warnings):
        asked.append(warnings)
        return False

    monkeypatch.setattr(MembershipDialog, "confirm_warnings", decline)
    dialog = MembershipDialog(uow, register["lgs"].id)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, register["cilla"].id, Role.CHAIR, register["kommun"].id, "2026-01-01")
    dialog.accept()
    assert asked and "rotera" in asked[0][0]
    assert dialog.isVisible() or dialog.result() != MembershipDialog.DialogCode.Accepted
    assert len(memberships.list_memberships(uow, register["lgs"].id)) == 1


def test_rotation_warning_accepted_saves(qtbot, uow, register, monkeypatch):
    _rotating_group_with_previous_kommun_chair(uow, register)
    monkeypatch.setattr(MembershipDialog, "confirm_warnings", lambda self, warnings: True)
    dialog = MembershipDialog(uow, register["lgs"].id)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, register["cilla"].id, Role.CHAIR, register["kommun"].id, "2026-01-01")
    dialog.accept()
    assert dialog.result_value.person_name == "Cilla Lund"


def test_chair_from_the_other_party_gives_no_warning(qtbot, uow, register, monkeypatch):
    _rotating_group_with_previous_kommun_chair(uow, register)
    def fail(self, warnings):
        raise AssertionError(warnings)

    monkeypatch.setattr(MembershipDialog, "confirm_warnings", fail)
    dialog = MembershipDialog(uow, register["lgs"].id)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, register["bo"].id, Role.CHAIR, register["region"].id, "2026-01-01")
    dialog.accept()
    assert dialog.result_value.role is Role.CHAIR

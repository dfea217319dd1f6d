from __future__ import annotations

from sqlalchemy import func, select

from samverkan_desktop.db.models import Group
from samverkan_desktop.domain.enums import GroupKind
from samverkan_desktop.services import groups
from samverkan_desktop.ui.dialogs.group_dialog import GroupDialog


def count_groups(uow) -> int:
    with uow:
        return uow.session.scalar(select(func.count()).select_from(Group))


def test_creates_a_group_under_its_parent(qtbot, uow, register):
    dialog = GroupDialog(uow, parent_id=register["lgs"].id)
    qtbot.addWidget(dialog)
    assert dialog.parent_combo.value() == register["lgs"].id
    qtbot.keyClicks(dialog.name_edit, "NOSAM Centrum")
    dialog.kind_combo.set_value(GroupKind.NOSAM)
    qtbot.keyClicks(dialog.from_edit, "2026-01-01")
    dialog.accept()
    assert dialog.result() == GroupDialog.DialogCode.Accepted
    created = dialog.result_value
    assert created.name == "NOSAM Centrum"
    assert created.parent_name == "Ledningsgrupp för samverkan"
    assert created.kind is GroupKind.NOSAM
    assert groups.get_group(uow, created.id).active_from.isoformat() == "2026-01-01"


def test_empty_name_is_shown_at_the_field_and_nothing_is_saved(qtbot, uow, register):
    before = count_groups(uow)
    dialog = GroupDialog(uow)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != GroupDialog.DialogCode.Accepted
    assert "namn" in dialog.error_text("name")
    assert count_groups(uow) == before


def test_invalid_and_reversed_dates_are_refused(qtbot, uow, register):
    before = count_groups(uow)
    dialog = GroupDialog(uow)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Ny grupp")
    qtbot.keyClicks(dialog.from_edit, "2026-02-30")
    dialog.accept()
    assert "inget giltigt datum" in dialog.error_text("active_from")
    dialog.from_edit.setText("2026-05-01")
    qtbot.keyClicks(dialog.to_edit, "2026-04-01")
    dialog.accept()
    assert dialog.error_text("active_from") == ""
    assert "före" in dialog.error_text("active_to")
    assert count_groups(uow) == before


def test_editing_offers_no_cycle(qtbot, uow, register):
    dialog = GroupDialog(uow, groups.get_group(uow, register["lgs"].id))
    qtbot.addWidget(dialog)
    choices = [dialog.parent_combo.itemText(i) for i in range(dialog.parent_combo.count())]
    assert "Ledningsgrupp för samverkan" not in choices
    dialog.parent_combo.set_value(register["tema"].id)
    dialog.accept()
    assert "undergrupper" in dialog.error_text("parent_id")

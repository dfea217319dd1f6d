"""Combo boxes hold the values themselves (ids, enum members), never display text to be parsed back."""

from __future__ import annotations

from samverkan_desktop.domain.enums import MeetingKind
from samverkan_desktop.ui.widgets.combos import ChoiceCombo, enum_combo


def test_enum_members_come_back_as_members(qtbot) -> None:
    combo = enum_combo({MeetingKind.ORDINARY: "Ordinarie", MeetingKind.EXTRA: "Extra"})
    qtbot.addWidget(combo)
    combo.set_value(MeetingKind.EXTRA)
    assert combo.currentText() == "Extra" and combo.value() is MeetingKind.EXTRA


def test_a_none_entry_and_new_choices_keep_the_current_value(qtbot) -> None:
    combo = ChoiceCombo(none_label="(ingen)")
    qtbot.addWidget(combo)
    combo.set_choices([("Anna", 1), ("Bertil", 2)])
    assert combo.values() == [None, 1, 2] and combo.value() is None
    combo.set_value(2)
    combo.set_choices([("Bertil", 2), ("Cecilia", 3)])
    assert combo.value() == 2 and combo.currentText() == "Bertil"
    combo.set_choices([("Cecilia", 3)])  # gone: back to the first entry
    assert combo.value() is None

"""The minutes pane's "to group" choice (GroupCombo): sized as a plain combo box with the same texts, and measured
once for every editor that shows the same groups."""

from __future__ import annotations

from samverkan_desktop.ui.widgets.combos import ChoiceCombo
from samverkan_desktop.ui.widgets.minutes_pane import GroupCombo


def test_the_group_choice_is_sized_like_a_plain_combo_and_measured_once(qtbot, monkeypatch):
    def sized(kind, choices):
        combo = kind(none_label="(egen grupp)")
        qtbot.addWidget(combo)
        if kind is ChoiceCombo:  # a plain combo sized as the group choice is: to about 24 characters
            combo.setSizeAdjustPolicy(ChoiceCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
        combo.set_choices(choices)
        return combo

    def hints(combo):
        return combo.sizeHint(), combo.minimumSizeHint()

    names = [(f"Temagrupp {'ö' * (n % 12)}", n) for n in range(40)]
    longer = [*names, ("Samordningsrådet för hälsa, vård och omsorg i hela länet", 99)]
    assert hints(sized(GroupCombo, names)) == hints(sized(ChoiceCombo, names))
    # A long group name no longer widens the editor (150 % scaling on a small screen: issue 18).
    assert sized(GroupCombo, longer).sizeHint().width() == sized(GroupCombo, names).sizeHint().width()
    wide = ChoiceCombo(none_label="(egen grupp)")
    qtbot.addWidget(wide)
    wide.set_choices(longer)
    assert sized(GroupCombo, longer).minimumSizeHint().width() < wide.minimumSizeHint().width()
    assert hints(sized(GroupCombo, longer)) == hints(sized(ChoiceCombo, longer))

    measured: list[str] = []
    real_size, real_minimum = ChoiceCombo.sizeHint, ChoiceCombo.minimumSizeHint
    monkeypatch.setattr(ChoiceCombo, "sizeHint", lambda self: measured.append("size") or real_size(self))
    monkeypatch.setattr(ChoiceCombo, "minimumSizeHint", lambda self: measured.append("minimum") or real_minimum(self))
    first = hints(sized(GroupCombo, longer))  # the next editor's: the same texts and font
    assert measured == []
    assert first == hints(sized(ChoiceCombo, longer))
    other = sized(GroupCombo, names)  # other texts are measured
    assert hints(other) == hints(sized(ChoiceCombo, names)) and measured


def test_the_group_choice_keeps_its_values(qtbot):
    combo = GroupCombo(none_label="(egen grupp)")
    qtbot.addWidget(combo)
    combo.set_choices([("NOSAM Falkenberg", 3), ("Referensgruppen", 7)])
    combo.set_value(7)
    assert combo.value() == 7 and combo.currentText() == "Referensgruppen"
    assert combo.values() == [None, 3, 7]

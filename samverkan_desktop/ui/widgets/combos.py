"""Combo boxes that hold ids or enum members as item data, so forms never parse display text."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget


class ChoiceCombo(QComboBox):
    """Items are (label, value); an optional first item stands for "none"."""

    def __init__(self, parent: QWidget | None = None, *, none_label: str | None = None) -> None:
        super().__init__(parent)
        self._none_label = none_label
        if none_label is not None:
            self.addItem(none_label, None)

    def set_choices(self, choices: Iterable[tuple[str, Any]]) -> None:
        current = self.value()
        self.clear()
        if self._none_label is not None:
            self.addItem(self._none_label, None)
        for label, value in choices:
            self.addItem(label, value)
        self.set_value(current)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        for index in range(self.count()):
            if self.itemData(index) == value:
                self.setCurrentIndex(index)
                return
        if self.count():
            self.setCurrentIndex(0)


def enum_combo(labels: Mapping[StrEnum, str], parent: QWidget | None = None) -> ChoiceCombo:
    combo = ChoiceCombo(parent)
    combo.set_choices((label, member) for member, label in labels.items())
    return combo

"""Combo boxes that hold ids or enum members, so forms never parse display text."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtWidgets import QComboBox, QWidget

E = TypeVar("E", bound=StrEnum)


class ChoiceCombo(QComboBox):
    """Items are (label, value); an optional first item stands for "none".

    Values live in a Python list, not in Qt's item data: Qt would turn a StrEnum member into a plain str.
    """

    def __init__(self, parent: QWidget | None = None, *, none_label: str | None = None) -> None:
        super().__init__(parent)
        self._none_label = none_label
        self._values: list[Any] = []
        if none_label is not None:
            self.addItem(none_label)
            self._values.append(None)

    def set_choices(self, choices: Iterable[tuple[str, Any]]) -> None:
        current = self.value()
        self.clear()
        self._values = []
        if self._none_label is not None:
            self.addItem(self._none_label)
            self._values.append(None)
        for label, value in choices:
            self.addItem(label)
            self._values.append(value)
        self.set_value(current)

    def values(self) -> list[Any]:
        """The stored values in order (None first when there is a "none" entry)."""
        return list(self._values)

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_value(self, value: Any) -> None:
        if value in self._values:
            self.setCurrentIndex(self._values.index(value))
        elif self.count():
            self.setCurrentIndex(0)


def enum_combo(labels: Mapping[E, str], parent: QWidget | None = None) -> ChoiceCombo:
    combo = ChoiceCombo(parent)
    combo.set_choices((label, member) for member, label in labels.items())
    return combo

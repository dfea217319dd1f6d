"""A time field (13:05) that says in words when what was typed is not a time."""

from __future__ import annotations

from datetime import time

from PySide6.QtWidgets import QLineEdit, QWidget

from ...domain.errors import ValidationError


class TimeField(QLineEdit):
    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setPlaceholderText(self.tr("HH:MM"))
        self.setMaxLength(5)

    def set_value(self, value: time | None) -> None:
        self.setText(value.strftime("%H:%M") if value else "")

    def value(self) -> time:
        text = self.text().strip().replace(".", ":")
        try:
            hours, minutes = (int(part) for part in text.split(":"))
            return time(hours, minutes)
        except ValueError:
            raise ValidationError(f"”{text}” är ingen giltig tid. Skriv till exempel 13:05.",
                                  field=self.field) from None

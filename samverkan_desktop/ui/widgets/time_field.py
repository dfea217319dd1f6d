"""A time field (13:05) that says in words when what was typed is not a time."""

from __future__ import annotations

from datetime import time

from PySide6.QtWidgets import QLineEdit, QWidget

from ...domain.errors import ValidationError


def parse_time(text: str) -> time:
    """13:05, 9:00, 9.30, 0900, 900 or 9: a time of day; ValueError otherwise."""
    text = text.strip().replace(".", ":")
    if text.isdigit() and len(text) <= 4:  # typed without a separator, as many do: 0900, 930, 9
        hours, minutes = (text, "0") if len(text) <= 2 else (text[:-2], text[-2:])
    else:
        hours, minutes = (part.strip() for part in text.split(":"))
    if not (hours.isdigit() and minutes.isdigit()):
        raise ValueError(text)
    return time(int(hours), int(minutes))


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
            return parse_time(text)
        except ValueError:
            raise ValidationError(self.tr("“%1” is not a valid time. Write for example 13:05.").replace("%1", text),
                                  field=self.field) from None

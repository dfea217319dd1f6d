"""A date field that may be left empty and tells, in words, when what was typed is not a date."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from ...domain.errors import ValidationError


class DateField(QLineEdit):
    """ISO dates (2026-03-10), as sv_SE writes them. ``value()`` raises ValidationError on bad input."""

    def __init__(self, field: str, parent: QWidget | None = None, *, required: bool = False) -> None:
        super().__init__(parent)
        self.field = field
        self.required = required
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.setMaxLength(10)
        self.setClearButtonEnabled(True)

    def set_value(self, value: date | None) -> None:
        self.setText(value.isoformat() if value else "")

    def required_value(self) -> date:
        """The date of a field made with ``required=True``: empty raises the field's ValidationError."""
        value = self.value()
        if value is None:
            raise ValidationError(self.tr("Enter a date."), field=self.field)
        return value

    def value(self) -> date | None:
        text = self.text().strip()
        if not text:
            if self.required:
                raise ValidationError(self.tr("Enter a date."), field=self.field)
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise ValidationError(
                self.tr("“%1” is not a valid date. Write the date as YYYY-MM-DD, for example 2026-03-10.").replace(
                    "%1", text),
                field=self.field,
            ) from None

"""The date field: ISO dates, empty allowed unless required, and a message in words for anything else."""

from __future__ import annotations

from datetime import date

import pytest

from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.ui.widgets.date_field import DateField


@pytest.fixture
def field(qtbot) -> DateField:
    widget = DateField("valid_to")
    qtbot.addWidget(widget)
    return widget


def test_iso_dates_in_and_out(field: DateField) -> None:
    field.set_value(date(2026, 3, 10))
    assert field.text() == "2026-03-10" and field.value() == field.required_value() == date(2026, 3, 10)
    field.set_value(None)
    assert field.text() == "" and field.value() is None


def test_empty_is_refused_where_a_date_is_required(field: DateField) -> None:
    with pytest.raises(ValidationError) as raised:
        field.required_value()
    assert raised.value.field == "valid_to"
    field.required = True
    with pytest.raises(ValidationError):
        field.value()


def test_what_is_not_a_date_is_said_in_words(field: DateField) -> None:
    field.setText("10/3 2026")
    with pytest.raises(ValidationError) as raised:
        field.value()
    assert "10/3 2026" in raised.value.message and raised.value.field == "valid_to"

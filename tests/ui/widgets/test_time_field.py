"""The time field takes the ways people type a time: 13:05, 9:00, 9.30, and 0900 without a separator."""

from __future__ import annotations

from datetime import time

import pytest

from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.ui.widgets.time_field import TimeField, parse_time


@pytest.mark.parametrize(("text", "expected"), [
    ("13:05", time(13, 5)), ("9:00", time(9)), ("9.30", time(9, 30)), ("0900", time(9)), ("0930", time(9, 30)),
    ("930", time(9, 30)), ("1305", time(13, 5)), ("9", time(9)), ("13", time(13)), (" 9 : 30 ", time(9, 30)),
])
def test_accepted_times(text, expected) -> None:
    assert parse_time(text.strip()) == expected


@pytest.mark.parametrize("text", ["2500", "0960", "12345", "kvart i", "9:", ":30", "", "9:30:00", "-900", "²"])
def test_refused_times(text) -> None:
    with pytest.raises(ValueError):
        parse_time(text)


def test_the_field_says_in_words_what_it_could_not_read(qtbot) -> None:
    field = TimeField("start")
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "0900")
    assert field.value() == time(9)
    field.setText("2500")
    with pytest.raises(ValidationError) as refused:
        field.value()
    assert refused.value.field == "start" and "ingen giltig tid" in refused.value.message

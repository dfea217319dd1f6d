"""JSON from outside is read with limits and exact types; every deviation is the caller's ValidationError."""

from __future__ import annotations

import pytest

from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.domain.strict_json import Fields, load_limited, nesting_depth

DAMAGED = "Filen är skadad."


@pytest.mark.parametrize("data", [
    b'{"a": 1, "a": 2}',  # duplicate key
    b'{"a": NaN}', b'{"a": Infinity}',  # constants JSON does not have
    b'{"a": 1.5}',  # decimals are refused: every number in our files is an integer
    b"\xff\xfe", b"{",
])
def test_refused_documents_raise_the_callers_message(data: bytes) -> None:
    with pytest.raises(ValidationError) as raised:
        load_limited(data, DAMAGED)
    assert raised.value.message == DAMAGED and raised.value.field == "file"


def test_size_and_depth_are_checked_before_parsing() -> None:
    with pytest.raises(ValidationError, match=r"för stor|too large"):
        load_limited(b"[" + b"0," * 100 + b"0]", DAMAGED, max_bytes=50)
    with pytest.raises(ValidationError, match=r"djupt|deeply"):
        load_limited(b"[" * 30 + b"]" * 30, DAMAGED)
    assert nesting_depth('{"a": "[[[[", "b": [[1]]}') == 3  # brackets inside strings do not count


def test_fields_read_exact_types() -> None:
    fields = Fields({"n": 3, "t": "x", "b": True, "none": None}, {"n", "t", "b", "none"}, DAMAGED)
    assert (fields.integer("n"), fields.text("t"), fields.boolean("b")) == (3, "x", True)
    assert fields.integer("none", optional=True) is None and fields.text("none", optional=True) is None
    for read in (lambda: fields.integer("b"), lambda: fields.boolean("n"), lambda: fields.text("n"),
                 lambda: fields.integer("none"), lambda: fields.text("t", limit=0)):
        with pytest.raises(ValidationError):
            read()


def test_fields_want_exactly_the_keys() -> None:
    for value in ({"a": 1}, {"a": 1, "b": 2, "c": 3}, ["a", "b"]):
        with pytest.raises(ValidationError):
            Fields(value, {"a", "b"}, DAMAGED)


def test_nesting_depth_ignores_brackets_in_strings() -> None:
    assert nesting_depth('{"a": "[[[[{{{", "b": [[1]]}') == 3
    assert nesting_depth('["\\"[[["]') == 1

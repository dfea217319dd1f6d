"""The canonical JSON (RFC 8785) that hashes and signatures are taken over: one form, and refusals in words."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samverkan_desktop.domain.canonical import canonical_bytes, canonical_text
from samverkan_desktop.domain.errors import ValidationError


def test_keys_sorted_no_spaces_unicode_kept() -> None:
    assert canonical_bytes({"b": [1, True, None], "a": "åäö\n"}) == '{"a":"åäö\\n","b":[1,true,null]}'.encode()
    assert canonical_text({"z": 1, "a": {"y": 2, "b": 3}}) == '{"a":{"b":3,"y":2},"z":1}'


def test_the_slow_path_sorts_keys_by_utf16_as_rfc8785_says() -> None:
    """A non-ASCII key goes through rfc8785: "é" (U+00E9) sorts after "z", "\U0001f600" before "\ufb01"."""
    assert canonical_text({"é": 1, "z": 2}) == '{"z":2,"é":1}'
    assert canonical_text({"\ufb01": 1, "\U0001f600": 2}) == '{"\U0001f600":2,"\ufb01":1}'


@pytest.mark.parametrize("value", [1.5, {"a": 0.1}, {1: "a"}, [2**60], {"a": object()}])
def test_what_cannot_be_canonical_is_refused(value: object) -> None:
    with pytest.raises(ValidationError):
        canonical_bytes(value)


def test_tuples_are_lists() -> None:
    assert canonical_bytes((1, 2)) == canonical_bytes([1, 2]) == b"[1,2]"


_leaf = st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | st.text(
    st.characters(exclude_categories=("Cs",)))
json_values = st.recursive(_leaf, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
    st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=8), inner, max_size=4), max_leaves=20)


@given(json_values)
def test_rfc8785_equals_the_earlier_canonical_form_for_what_minutes_hold(value) -> None:
    """Why approvals made before RFC 8785 still verify (domain.canonical): no floats, ASCII keys."""
    earlier = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    assert canonical_bytes(value) == earlier


def test_floats_cannot_be_canonical() -> None:
    with pytest.raises(ValidationError):
        canonical_bytes({"a": 1.5})

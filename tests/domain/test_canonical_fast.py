"""The fast path of domain.canonical (the C json encoder) writes exactly RFC 8785's bytes for what it takes, and
leaves everything else to rfc8785: compared on arbitrary values, including every control character, quotes,
backslashes, astral characters, non-ASCII keys and integers at the edge of I-JSON's range."""

from __future__ import annotations

import pytest
import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from samverkan_desktop.domain.canonical import _check, canonical_bytes
from samverkan_desktop.domain.errors import ValidationError

LIMIT = 2**53 - 1
texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
keys = st.one_of(st.text(alphabet=st.characters(max_codepoint=127), max_size=8), texts)
scalars = st.one_of(st.none(), st.booleans(), st.integers(-LIMIT - 3, LIMIT + 3), texts)
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=5),
                                                       st.dictionaries(keys, inner, max_size=5)), max_leaves=30)


@settings(max_examples=400, deadline=None)
@given(values)
def test_the_same_bytes_as_rfc8785(value) -> None:
    try:
        expected = rfc8785.dumps(value)
    except (rfc8785.IntegerDomainError, rfc8785.CanonicalizationError, UnicodeEncodeError):
        with pytest.raises(ValidationError):
            canonical_bytes(value)
        return
    assert canonical_bytes(value) == expected


def test_the_edges_take_the_slow_path() -> None:
    assert _check({"a": [1, "x", None, True]})
    assert not _check({"å": 1})  # a non-ASCII key: rfc8785 sorts by UTF-16
    assert not _check([LIMIT + 1])  # beyond I-JSON: rfc8785 refuses it
    assert canonical_bytes({"b": "\x00\x1f\x7f\"\\\u2028😀", "a": 2}) == rfc8785.dumps(
        {"b": "\x00\x1f\x7f\"\\\u2028😀", "a": 2})

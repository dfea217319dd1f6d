"""Characters the document fonts lack are written out as words; everything else passes unchanged."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samverkan_desktop.domain.glyphs import printable


@pytest.mark.parametrize(("text", "expected"), [
    ("Beslut enligt förslag", "Beslut enligt förslag"),
    ("Bra 👍", "Bra [emoji: thumbs up sign]"),
    ("☎ 08-123", "[emoji: black telephone] 08-123"),
    ("👍🏽", "[emoji: thumbs up sign]"),  # the skin tone is glue, dropped
    ("❤️", "[emoji: heavy black heart]"),  # so is the variation selector
    ("👨‍👩‍👧", "[emoji: man][emoji: woman][emoji: girl]"),  # and the zero-width joiners
])
def test_unprintable_characters_are_named(text: str, expected: str) -> None:
    assert printable(text) == expected


@given(st.text(st.characters(max_codepoint=0x25FF, exclude_categories=("Cs",))))
def test_text_the_fonts_cover_is_unchanged(text: str) -> None:
    if "\u200d" not in text:
        assert printable(text) == text

"""Characters the document fonts cannot print, replaced by words a reader can see.

The exported documents use the template's fonts (Arial or Calibri in Word, Liberation Sans in LibreOffice),
which have no emoji and few pictographs: such a character would print as an empty box (□) or vanish in the PDF.
Rather than depend on a fallback font that may not be installed on the machine that converts the document,
each one is written out in brackets with its Unicode name, e.g. "[emoji: thumbs up sign]". The joiners and
variation selectors that only glue emoji together are dropped.
"""

from __future__ import annotations

import re
import unicodedata

# Blocks the document fonts do not cover: miscellaneous symbols and dingbats (☎ ✔ ❤), arrows and symbols
# (⬆ ⭐), and everything outside the Basic Multilingual Plane (the emoji proper, 😀 👍).
_UNPRINTABLE = re.compile("[\u2600-\u27bf\u2b00-\u2bff\U00010000-\U0010ffff]")
# Glue of emoji sequences: zero-width joiner, variation selectors, skin-tone modifiers, tag characters.
_GLUE = re.compile("[\u200d\ufe0e\ufe0f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]")


def _describe(match: re.Match[str]) -> str:
    name = unicodedata.name(match.group(), "").lower()
    return f"[emoji: {name}]" if name else "[tecken]"


def printable(text: str) -> str:
    """``text`` with every character the document fonts lack replaced by its name in brackets."""
    if text.isascii():
        return text
    return _UNPRINTABLE.sub(_describe, _GLUE.sub("", text))

"""What a person types into a search field, made safe for the full-text engines, and the engines' highlight
marks made into safe HTML.

Search text is never handed to an engine's query syntax as typed: quotes, ``*``, ``-``, ``:``, brackets and
words such as AND, OR, NOT and NEAR mean something to FTS5 and to ``to_tsquery``. It is read as a list of
terms instead (words, "quoted phrases", a trailing ``*`` for a prefix), every term ANDed, and each engine's
expression is rebuilt from those terms with every word quoted. Words are runs of letters and digits, which
is what both engines index, so a rebuilt word can hold no character the syntax treats specially.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

#: Highlight marks the engines put around matched words (control characters: never typed in a note).
MARK_OPEN = "\x02"
MARK_CLOSE = "\x03"
ELLIPSIS = "…"

#: More terms than anyone types; a pasted page of text is cut here rather than sent to the engine.
MAX_TERMS = 32

_QUOTES = "\"“”„"
# Characters that join the parts of one written word: "e-hälsa", "S:t Eriks", "covid-19", "2024/25".
# Such a word is searched as a phrase of its parts, which is how the engines index it.
_JOINERS = "-‐‑–—:./'’_+&@#"
_TOKEN = re.compile(
    rf"[{_QUOTES}](?P<phrase>[^{_QUOTES}]*)(?:[{_QUOTES}](?P<phrase_star>\*)?|$)"
    rf"|(?P<chunk>[\w{re.escape(_JOINERS)}]+)(?P<chunk_star>\*)?"
)
_WORD = re.compile(r"[^\W_]+")
#: Operator words of the engines' syntax. Typed in capitals beside other words they are what a person
#: knows from other search boxes, not words to look for: dropped (every word must match anyway).
#: Typed alone, or quoted, they are searched as words ("NEAR" is also the name of a project).
OPERATOR_WORDS = frozenset({"AND", "OR", "NOT", "NEAR"})


@dataclass(frozen=True)
class SearchTerm:
    """A word, or a phrase of words that must follow each other; ``prefix``: the last word may go on."""

    words: tuple[str, ...]
    prefix: bool = False


def parse_search_text(text: str | None) -> tuple[SearchTerm, ...]:
    """The terms in what a person typed; none for empty or punctuation-only text (meaning: no search).

    ``förank* "beslut i enighet" e-hälsa -AND:`` gives förank (prefix), the phrase "beslut i enighet", the
    phrase "e hälsa" and the plain word AND.
    """
    # NFC: "å" typed as a + ring (macOS, some PDFs) is the same letter as the one stored.
    text = unicodedata.normalize("NFC", text or "")
    terms: list[SearchTerm] = []
    operators: list[SearchTerm] = []
    for match in _TOKEN.finditer(text):
        if match.group("chunk") is not None:
            source, star = match.group("chunk"), match.group("chunk_star")
        else:
            source, star = match.group("phrase"), match.group("phrase_star")
        words = tuple(_WORD.findall(source))
        # "förank*" is a prefix; in "förank-*" the star still follows the last word typed.
        term = SearchTerm(words, prefix=bool(star))
        if match.group("chunk") is not None and not star and source in OPERATOR_WORDS:
            operators.append(term)
        elif words:
            terms.append(term)
    return tuple((terms or operators)[:MAX_TERMS])


def fts5_query(text: str | None) -> str | None:
    """A safe SQLite FTS5 expression for ``text``, or None when there is nothing to search for.

    Every term becomes a quoted string ("e hälsa", "förank"*), so the FTS5 syntax never sees the person's
    punctuation or operator words; the terms are ANDed.
    """
    parts = []
    for term in parse_search_text(text):
        parts.append('"' + " ".join(term.words) + '"' + ("*" if term.prefix else ""))
    return " AND ".join(parts) or None


def tsquery_text(text: str | None) -> str | None:
    """A safe PostgreSQL ``to_tsquery`` expression for ``text``, or None when there is nothing to search for.

    Every word is a quoted lexeme ('förank':*), the words of a phrase follow each other (<->), terms are ANDed
    (&). The result goes to the database as a bound parameter, never into the SQL text.
    """
    parts = []
    for term in parse_search_text(text):
        lexemes = [f"'{word.lower()}'" for word in term.words]
        if term.prefix:
            lexemes[-1] += ":*"
        phrase = " <-> ".join(lexemes)
        parts.append(f"({phrase})" if len(lexemes) > 1 else phrase)
    return " & ".join(parts) or None


_MARKS = re.compile(f"[{MARK_OPEN}{MARK_CLOSE}]")
_PAIR = MARK_OPEN + MARK_CLOSE


def marked_to_html(marked: str | None) -> str | None:
    """An engine's highlighted text as HTML: matched words in <b>…</b>, everything else escaped.

    The marks are read as a switch (a stray mark can only toggle bold, never open a tag), so the result is
    well-formed whatever the stored text holds.
    """
    if marked is None:
        return None
    marks = _MARKS.findall(marked)
    if "".join(marks) == _PAIR * (len(marks) // 2):  # well-formed, as an engine writes it: the quick way
        return html.escape(marked, quote=False).replace(MARK_OPEN, "<b>").replace(MARK_CLOSE, "</b>")
    out: list[str] = []
    bold = False
    for part in re.split(f"([{MARK_OPEN}{MARK_CLOSE}])", marked):
        if part == MARK_OPEN:
            if not bold:
                out.append("<b>")
                bold = True
        elif part == MARK_CLOSE:
            if bold:
                out.append("</b>")
                bold = False
        else:
            out.append(html.escape(part, quote=False))
    if bold:
        out.append("</b>")
    return "".join(out)

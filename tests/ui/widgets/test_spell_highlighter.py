"""The red wavy line under unknown words: what counts as a word (hyphenated and elided words whole, no digits),
and which words are never marked (one letter, acronyms in capitals, everything while checking is off)."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextDocument

from samverkan_desktop.ui.widgets.spell_highlighter import SpellHighlighter, words


class Speller:
    def __init__(self, known: set[str], active: bool = True) -> None:
        self.known, self.active, self.asked = known, active, []

    def is_correct(self, word: str) -> bool:
        self.asked.append(word)
        return word in self.known


def test_words_are_runs_of_letters_with_inner_hyphens_and_apostrophes():
    assert [m.group() for m in words("e-hälsa, covid-19 och S:t Eriks rock'n'roll 2026 _x_")] == [
        "e-hälsa", "covid", "och", "S", "t", "Eriks", "rock'n'roll", "x"]


def marked(text: str, speller: Speller) -> list[str]:
    document = QTextDocument()
    highlighter = SpellHighlighter(document, speller)
    document.setPlainText(text)
    highlighter.rehighlight()
    layout = document.firstBlock().layout()
    return [text[r.start:r.start + r.length] for r in layout.formats()
            if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline]


def test_unknown_words_are_underlined_and_nothing_else(qapp):
    speller = Speller({"Mötet", "hölls", "i"})
    assert marked("Mötet hölls i Rådhsuet med SKR och x.", speller) == ["Rådhsuet", "med", "och"]
    assert "SKR" not in speller.asked and "x" not in speller.asked


def test_nothing_is_underlined_while_checking_is_off(qapp):
    speller = Speller(set(), active=False)
    assert marked("Rådhsuet felstavat", speller) == []
    assert speller.asked == []

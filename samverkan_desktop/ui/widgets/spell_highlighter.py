"""Red wavy underline under the words the Swedish dictionary does not know (ui.spelling), block by block as Qt
asks: only the text that is shown or changed is checked, and each word once (the checker caches)."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from ..spelling import SpellChecker

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def words(text: str) -> list[re.Match[str]]:
    return list(WORD.finditer(text))


class SpellHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, speller: SpellChecker) -> None:
        super().__init__(document)
        self.speller = speller
        self.misspelt = QTextCharFormat()
        self.misspelt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.misspelt.setUnderlineColor(QColor("#d32f2f"))

    def highlightBlock(self, text: str) -> None:
        if not self.speller.active:
            return
        for match in words(text):
            word = match.group()
            if len(word) > 1 and not word.isupper() and not self.speller.is_correct(word):
                self.setFormat(match.start(), len(word), self.misspelt)

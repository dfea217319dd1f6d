# Over 400 lines: one editor widget; document building, reading back, paste and spelling marks share its state.
"""The editor of notes and decisions: bold, italic, bullet and numbered lists and links in a QTextEdit, stored as
the restricted Markdown of domain.rich_text. The document is built from that tree and read back from its blocks,
lists and fragments by our own code (Qt's own Markdown is not stable from one save to the next).

``setPlainText``/``toPlainText`` take and give the stored form, so the field reads and writes like the plain
text field it replaces. A save without an edit gives back exactly the text that was loaded (byte for byte: the
approval hash covers it), even where that text was not in canonical form."""

from __future__ import annotations

import time

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)
from PySide6.QtWidgets import QHBoxLayout, QTextEdit, QToolButton, QVBoxLayout, QWidget

from ...domain.html_paste import clean_html
from ...domain.rich_text import Block, Run, normalize, parse, serialise
from ..spelling import SpellChecker, checker
from .spell_highlighter import SpellHighlighter, words

_LIST_STYLES = {"bullet": QTextListFormat.Style.ListDisc, "number": QTextListFormat.Style.ListDecimal}
LINK_COLOR = QColor("#1a5fb4")
SLICE_SECONDS = 0.008  # underlining again goes block by block, giving the event loop back after this long


def char_format(run: Run) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if run.bold else QFont.Weight.Normal)
    fmt.setFontItalic(run.italic)
    if run.link:
        fmt.setAnchor(True)
        fmt.setAnchorHref(run.link)
        fmt.setForeground(LINK_COLOR)
        fmt.setFontUnderline(True)
    return fmt


def insert_blocks(cursor: QTextCursor, blocks: tuple[Block, ...], *, first_in_place: bool) -> None:
    """Blocks written at the cursor; the first into the cursor's block when ``first_in_place``."""
    current_list, current_kind = None, None
    for index, block in enumerate(blocks):
        if index or not first_in_place:
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        if block.kind in _LIST_STYLES:
            if current_list is not None and current_kind == block.kind:
                current_list.add(cursor.block())
            else:
                list_format = QTextListFormat()
                list_format.setStyle(_LIST_STYLES[block.kind])
                current_list = cursor.createList(list_format)
                current_kind = block.kind
        else:
            if cursor.currentList() is not None:
                cursor.currentList().remove(cursor.block())
                cursor.setBlockFormat(QTextBlockFormat())
            current_list, current_kind = None, None
        for run in block.runs:
            cursor.insertText(run.text, char_format(run))


def document_blocks(document: QTextDocument) -> tuple[Block, ...]:
    """The document as the tree the stored form says: each block a paragraph or list item, its fragments runs."""
    blocks = []
    block = document.begin()
    while block.isValid():
        kind = None
        text_list = block.textList()
        if text_list is not None:
            style = text_list.format().style()
            kind = "number" if style in (QTextListFormat.Style.ListDecimal, QTextListFormat.Style.ListLowerAlpha,
                                         QTextListFormat.Style.ListUpperAlpha, QTextListFormat.Style.ListLowerRoman,
                                         QTextListFormat.Style.ListUpperRoman) else "bullet"
        runs = []
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid():
                fmt = fragment.charFormat()
                link = fmt.anchorHref() if fmt.isAnchor() and fmt.anchorHref() else None
                runs.append(Run(fragment.text(), fmt.fontWeight() >= QFont.Weight.DemiBold, fmt.fontItalic(), link))
            iterator += 1
        blocks.append(Block(tuple(runs), kind))
        block = block.next()
    if len(blocks) == 1 and not blocks[0].runs and blocks[0].kind is None:
        return ()
    return normalize(blocks)


def _holds_any(text: str, found: set[str]) -> bool:
    return any(word in text for word in found)


def _call(function, argument):
    """A slot for QAction.triggered that ignores ``checked``."""
    return lambda *_args: function(argument)


class RichTextEdit(QTextEdit):
    """``textChanged`` as QTextEdit's; ``markdown()`` / ``set_markdown()`` the stored form."""

    formatting_changed = Signal()

    def __init__(self, parent: QWidget | None = None, speller: SpellChecker | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        self._loaded_text = ""
        self._loaded_form = ""  # the serialisation of the document as loaded
        self.speller = speller if speller is not None else checker()
        self.highlighter = SpellHighlighter(self.document(), self.speller)
        self._recheck_from = -1  # the next block to underline again (-1: nothing to do)
        self._recheck_words: set[str] | None = None  # only the blocks holding these (None: every block)
        self._recheck_timer = QTimer(self)
        self._recheck_timer.setSingleShot(True)
        self._recheck_timer.setInterval(0)
        self._recheck_timer.timeout.connect(self._recheck_slice)
        self.speller.changed.connect(self.recheck_spelling)
        self.speller.checked.connect(self.recheck_words)
        self.bold_action = self._action(self.tr("Bold"), self.toggle_bold)
        self.italic_action = self._action(self.tr("Italic"), self.toggle_italic)
        self.currentCharFormatChanged.connect(lambda _fmt: self.formatting_changed.emit())
        self.cursorPositionChanged.connect(self.formatting_changed)

    def _action(self, text: str, slot) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def keyPressEvent(self, event) -> None:
        """Ctrl+B and Ctrl+I (the platform's bold and italic keys) in the editor itself."""
        if event.matches(QKeySequence.StandardKey.Bold):
            self.toggle_bold()
        elif event.matches(QKeySequence.StandardKey.Italic):
            self.toggle_italic()
        else:
            super().keyPressEvent(event)

    # -- the stored form ------------------------------------------------------------------------
    def set_markdown(self, text: str | None) -> None:
        text = text or ""
        self.document().clear()
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.setBlockFormat(QTextBlockFormat())
        insert_blocks(cursor, parse(text), first_in_place=True)
        cursor.endEditBlock()
        self.document().clearUndoRedoStacks()
        self.document().setModified(False)
        self._loaded_text = text
        self._loaded_form = serialise(document_blocks(self.document()))
        self.setCurrentCharFormat(QTextCharFormat())

    def markdown(self) -> str:
        form = serialise(document_blocks(self.document()))
        return self._loaded_text if form == self._loaded_form else form

    def setPlainText(self, text: str | None) -> None:
        self.set_markdown(text)

    def toPlainText(self) -> str:
        return self.markdown()

    def clear(self) -> None:
        self.set_markdown("")

    # -- formatting -----------------------------------------------------------------------------
    def toggle_bold(self) -> None:
        bold = self.fontWeight() < QFont.Weight.DemiBold
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self._merge(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.fontItalic())
        self._merge(fmt)

    def _merge(self, fmt: QTextCharFormat) -> None:
        cursor = self.textCursor()
        cursor.mergeCharFormat(fmt)
        self.mergeCurrentCharFormat(fmt)
        self.formatting_changed.emit()

    def toggle_list(self, kind: str) -> None:
        """The paragraphs under the cursor become a list of ``kind``; pressed again, plain paragraphs."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        current = cursor.currentList()
        if current is not None and (current.format().style() == _LIST_STYLES[kind]):
            start, end = sorted((cursor.position(), cursor.anchor()))
            block = self.document().findBlock(start)
            while block.isValid() and block.position() <= end:
                if block.textList() is not None:
                    block.textList().remove(block)
                    plain = QTextCursor(block)
                    plain.setBlockFormat(QTextBlockFormat())
                block = block.next()
        elif current is not None:
            list_format = current.format()
            list_format.setStyle(_LIST_STYLES[kind])
            current.setFormat(list_format)
        else:
            list_format = QTextListFormat()
            list_format.setStyle(_LIST_STYLES[kind])
            cursor.createList(list_format)
        cursor.endEditBlock()
        self.formatting_changed.emit()

    def current_list_kind(self) -> str | None:
        current = self.textCursor().currentList()
        if current is None:
            return None
        return "bullet" if current.format().style() == _LIST_STYLES["bullet"] else "number"

    # -- paste ----------------------------------------------------------------------------------
    def insertFromMimeData(self, source: QMimeData) -> None:
        """HTML (Word, Outlook, a browser) cleaned to the subset; anything else as plain text."""
        if source.hasHtml():
            blocks = clean_html(source.html())
        elif source.hasText():
            blocks = tuple(Block((Run(line),)) if line else Block() for line in source.text().split("\n"))
        else:
            return
        if not blocks:
            return
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        insert_blocks(cursor, blocks, first_in_place=True)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasHtml() or source.hasText()

    # -- spelling -------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.speller.enabled:
            self.speller.start_loading()  # the dictionary is read when an editor is first shown, in its own process

    def recheck_spelling(self) -> None:
        """Underlines again (the dictionary is read, a word was added, checking was turned on or off)."""
        if self.speller.enabled and self.isVisible():
            self.speller.start_loading()
        self._schedule_recheck(None)

    def recheck_words(self, misspelt: set[str]) -> None:
        """The checker has found these words misspelt: underline again the blocks that hold one."""
        self._schedule_recheck(set(misspelt))

    def _schedule_recheck(self, only: set[str] | None) -> None:
        if self._recheck_from >= 0:  # already under way: merge and start over
            self._recheck_words = None if only is None or self._recheck_words is None \
                else self._recheck_words | only
        else:
            self._recheck_words = only
        self._recheck_from = 0
        self._recheck_slice()

    def _recheck_slice(self) -> None:
        """Underlines again from block ``_recheck_from`` for at most SLICE_SECONDS, then lets the event loop run
        and goes on from a timer. Only the formats change, not the text: no textChanged, so nothing is marked
        unsaved."""
        if self._recheck_from < 0:
            return
        deadline = time.perf_counter() + SLICE_SECONDS
        only = self._recheck_words
        block = self.document().findBlockByNumber(self._recheck_from)
        blocked = self.blockSignals(True)
        try:
            while block.isValid():
                if only is None or _holds_any(block.text(), only):
                    self.highlighter.rehighlightBlock(block)
                block = block.next()
                if block.isValid() and time.perf_counter() > deadline:
                    self._recheck_from = block.blockNumber()
                    self._recheck_timer.start()
                    return
        finally:
            self.blockSignals(blocked)
        self._recheck_from = -1
        self._recheck_words = None

    @property
    def rechecking(self) -> bool:
        """Underlining again is under way (block by block, from a timer)."""
        return self._recheck_from >= 0

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.spelling_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def misspelt_word_at(self, position) -> QTextCursor | None:
        """A cursor selecting the misspelt word at a point of the viewport, or None."""
        cursor = self.cursorForPosition(position)
        block = cursor.block()
        offset = cursor.position() - block.position()
        for match in words(block.text()):
            if match.start() <= offset <= match.end():
                if self.speller.active and not self.speller.is_correct(match.group()):
                    word = QTextCursor(block)
                    word.setPosition(block.position() + match.start())
                    word.setPosition(block.position() + match.end(), QTextCursor.MoveMode.KeepAnchor)
                    return word
                return None
        return None

    def spelling_menu(self, position):
        menu = self.createStandardContextMenu(position)
        word = self.misspelt_word_at(position)
        if word is None:
            return menu
        first = menu.actions()[0] if menu.actions() else None
        misspelt = word.selectedText()
        suggestions = self.speller.suggestions(misspelt)
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            action.triggered.connect(_call(word.insertText, suggestion))
            menu.insertAction(first, action)
        if not suggestions:
            none = QAction(self.tr("(no suggestions)"), menu)
            none.setEnabled(False)
            menu.insertAction(first, none)
        add = QAction(self.tr("Add to dictionary"), menu)
        add.triggered.connect(_call(self.speller.add_word, misspelt))
        menu.insertAction(first, add)
        menu.insertSeparator(first)
        return menu


class RichTextField(QWidget):
    """The editor with its buttons: bold, italic, bullet list, numbered list."""

    def __init__(self, edit: RichTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = edit
        edit.setParent(self)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        self.bold_button = self._button("B", edit.bold_action, QKeySequence.StandardKey.Bold)
        font = self.bold_button.font()
        font.setBold(True)
        self.bold_button.setFont(font)
        self.italic_button = self._button("I", edit.italic_action, QKeySequence.StandardKey.Italic)
        font = self.italic_button.font()
        font.setItalic(True)
        self.italic_button.setFont(font)
        self.bullet_button = self._list_button("•", self.tr("Bulleted list"), "bullet")
        self.number_button = self._list_button("1.", self.tr("Numbered list"), "number")
        for button in (self.bold_button, self.italic_button, self.bullet_button, self.number_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(edit)
        edit.formatting_changed.connect(self._show_state)
        self.setFocusProxy(edit)

    def _button(self, text: str, action: QAction, key: QKeySequence.StandardKey) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        shortcut = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{action.text()} ({shortcut})")
        button.setAccessibleName(action.text())
        def trigger(_checked: bool = False) -> None:
            action.trigger()
            self.edit.setFocus()

        button.clicked.connect(trigger)
        return button

    def _list_button(self, text: str, name: str, kind: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setToolTip(name)
        button.setAccessibleName(name)
        def toggle(_checked: bool = False) -> None:
            self.edit.toggle_list(kind)
            self.edit.setFocus()

        button.clicked.connect(toggle)
        return button

    def _show_state(self) -> None:
        bold = self.edit.fontWeight() >= QFont.Weight.DemiBold
        self.bold_button.setChecked(bold)
        self.edit.bold_action.setChecked(bold)
        self.italic_button.setChecked(self.edit.fontItalic())
        self.edit.italic_action.setChecked(self.edit.fontItalic())
        kind = self.edit.current_list_kind()
        self.bullet_button.setChecked(kind == "bullet")
        self.number_button.setChecked(kind == "number")

"""Swedish spell-checking with the real sv_SE dictionary (hunspell-sv, read by spylls): a misspelt word gets the
red wavy underline, a correct one with å, ä and ö does not; a word added to the user's list no longer does; the
setting turns it off; the context menu offers suggestions."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCharFormat

from samverkan_desktop.infra.config import Settings
from samverkan_desktop.ui.dialogs.settings_dialog import SettingsDialog
from samverkan_desktop.ui.spelling import SpellChecker, find_dictionary
from samverkan_desktop.ui.widgets.rich_text_edit import RichTextEdit


@pytest.fixture(scope="module")
def swedish(tmp_path_factory):
    assert find_dictionary() is not None, "the hunspell-sv dictionary is not installed"
    checker = SpellChecker(tmp_path_factory.mktemp("ordlista") / "ordlista.txt")
    assert checker.wait_until_ready(120)
    assert checker.is_ready
    return checker


def underlined(edit: RichTextEdit) -> list[str]:
    """The words the highlighter marked, read from the layout of each block."""
    found = []
    block = edit.document().begin()
    while block.isValid():
        for fmt in block.layout().formats():
            if fmt.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                found.append(block.text()[fmt.start:fmt.start + fmt.length])
        block = block.next()
    return found


@pytest.fixture
def edit(qtbot, swedish):
    swedish.set_enabled(True)
    widget = RichTextEdit(speller=swedish)
    qtbot.addWidget(widget)
    return widget


def test_misspelt_words_are_underlined_correct_swedish_is_not(edit):
    edit.set_markdown("Beslutet förankras i **respektive** organisation, även på Åland.\n- beslutett förankrs här")
    assert underlined(edit) == ["beslutett", "förankrs"]
    assert underlined(edit)  # the format is the wavy spell-check underline
    block = edit.document().begin().next()
    assert block.layout().formats()[0].format.underlineColor().name() == "#d32f2f"


def test_a_word_added_to_the_personal_list_is_no_longer_underlined(edit, swedish, qtbot):
    edit.set_markdown("Samverkansgruppen SIPnätverket möts")
    assert underlined(edit) == ["SIPnätverket"]
    swedish.add_word("SIPnätverket")
    assert underlined(edit) == []
    assert "SIPnätverket" in swedish.personal_path.read_text(encoding="utf-8")
    assert "SIPnätverket" in SpellChecker(swedish.personal_path).personal_words()  # kept for the next start


def test_the_setting_turns_it_off(edit, swedish, qtbot):
    edit.set_markdown("förankrs")
    assert underlined(edit) == ["förankrs"]
    swedish.set_enabled(False)
    assert underlined(edit) == []
    swedish.set_enabled(True)
    assert underlined(edit) == ["förankrs"]
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.spelling_check.isChecked()
    dialog.spelling_check.setChecked(False)
    assert dialog.save().spell_check is False


def test_context_menu_offers_suggestions_and_adding(edit, swedish, qtbot):
    edit.set_markdown("beslutett")
    edit.resize(400, 100)
    position = edit.cursorRect(edit.textCursor()).center()
    menu = edit.spelling_menu(position)
    texts = [action.text() for action in menu.actions()]
    assert "beslutet" in texts[:5]
    assert "Lägg till i ordlistan" in texts
    next(a for a in menu.actions() if a.text() == "beslutet").trigger()
    assert edit.markdown() == "beslutet"


def test_underlining_again_changes_no_text(edit, swedish):
    """Re-underlining (dictionary read, word added, setting changed) is no edit: autosave must not see one."""
    edit.set_markdown("förankrs och beslutett")
    changes = []
    edit.textChanged.connect(lambda: changes.append(1))
    swedish.set_enabled(False)
    swedish.set_enabled(True)
    swedish.add_word("beslutett")
    assert underlined(edit) == ["förankrs"]
    assert changes == []

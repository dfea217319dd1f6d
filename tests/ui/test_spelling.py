"""Swedish spell-checking with the real sv_SE dictionary (hunspell-sv, read by spylls in a process of its own): a
misspelt word gets the red wavy underline, a correct one with å, ä and ö does not; a word added to the user's list
no longer does; the setting turns it off; the context menu offers suggestions. The answers come from the worker
process a moment after the text is set, hence waitUntil; underlining again goes in time slices."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtGui import QTextCharFormat

from samverkan_desktop.infra.config import Settings
from samverkan_desktop.ui.dialogs.settings_dialog import SettingsDialog
from samverkan_desktop.ui.spelling import SpellChecker, find_dictionary
from samverkan_desktop.ui.widgets import rich_text_edit
from samverkan_desktop.ui.widgets.rich_text_edit import RichTextEdit


@pytest.fixture(scope="module")
def swedish(tmp_path_factory):
    assert find_dictionary() is not None, "the hunspell-sv dictionary is not installed"
    checker = SpellChecker(tmp_path_factory.mktemp("ordlista") / "ordlista.txt")
    assert checker.wait_until_ready(120)
    assert checker.is_ready
    yield checker
    checker.close()


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


def settled(edit: RichTextEdit) -> bool:
    """Every word answered and every block underlined again."""
    return not edit.speller.waiting and not edit.rechecking


def shows(qtbot, edit: RichTextEdit, expected: list[str]) -> None:
    qtbot.waitUntil(lambda: settled(edit) and underlined(edit) == expected, timeout=10000)


def test_misspelt_words_are_underlined_correct_swedish_is_not(edit, qtbot):
    edit.set_markdown("Beslutet förankras i **respektive** organisation, även på Åland.\n- beslutett förankrs här")
    shows(qtbot, edit, ["beslutett", "förankrs"])
    for word in ("förankras", "även", "Åland", "på"):  # å, ä and ö: asked and known
        assert edit.speller.answer(word) is True, word
    block = edit.document().begin().next()
    assert block.layout().formats()[0].format.underlineColor().name() == "#d32f2f"


def test_the_dictionary_is_not_read_at_start_but_when_an_editor_is_shown(qtbot, tmp_path):
    checker = SpellChecker(tmp_path / "ordlista.txt")
    widget = RichTextEdit(speller=checker)
    qtbot.addWidget(widget)
    widget.set_markdown("beslutett")
    assert not checker._started and not checker.is_ready  # built, not shown: nothing read
    widget.show()
    qtbot.waitExposed(widget)
    assert checker._started  # in its own process, from a thread (the fixture's checker shows the rest)
    qtbot.waitUntil(lambda: checker._executor is not None, timeout=10000)
    checker.close()


def test_the_dictionary_lives_in_another_process(swedish):
    """The GUI process never holds the dictionary: the worker module's copy here stays empty."""
    from samverkan_desktop.ui import spelling_worker

    assert spelling_worker._dictionary is None
    assert swedish._executor is not None


def test_underlining_again_is_time_sliced(edit, swedish, qtbot, monkeypatch):
    """A long document is underlined again in slices: the event loop runs between them and no slice is long."""
    edit.set_markdown("\n\n".join(f"Stycke {n} med beslutett och förankrs i samverkan." for n in range(400)))
    qtbot.waitUntil(lambda: settled(edit) and len(underlined(edit)) == 800, timeout=20000)
    monkeypatch.setattr(rich_text_edit, "SLICE_SECONDS", 0.002)
    slices: list[float] = []
    original = RichTextEdit._recheck_slice

    def timed(self) -> None:
        started = time.perf_counter()
        original(self)
        slices.append(time.perf_counter() - started)

    monkeypatch.setattr(RichTextEdit, "_recheck_slice", timed)
    swedish.set_enabled(False)
    assert edit.rechecking  # not all at once
    qtbot.waitUntil(lambda: not edit.rechecking, timeout=20000)
    assert underlined(edit) == []
    assert len(slices) > 1
    assert max(slices) < 0.05, slices  # a slice is SLICE_SECONDS and one block beyond it
    swedish.set_enabled(True)
    qtbot.waitUntil(lambda: settled(edit) and len(underlined(edit)) == 800, timeout=20000)


def test_checking_words_does_not_block_the_gui_thread(swedish, qtbot):
    """is_correct answers from the cache at once; a new word is asked of the worker and answered later."""
    word = "ospeltestord" + str(threading.get_ident() % 1000)
    started = time.perf_counter()
    assert swedish.is_correct(word) is True  # not known yet: not underlined yet
    assert time.perf_counter() - started < 0.01
    qtbot.waitUntil(lambda: swedish.answer(word) is False, timeout=10000)
    assert swedish.is_correct(word) is False


def test_a_word_added_to_the_personal_list_is_no_longer_underlined(edit, swedish, qtbot):
    edit.set_markdown("Samverkansgruppen SIPnätverket möts")
    shows(qtbot, edit, ["SIPnätverket"])
    swedish.add_word("SIPnätverket")
    shows(qtbot, edit, [])
    assert "SIPnätverket" in swedish.personal_path.read_text(encoding="utf-8")
    assert "SIPnätverket" in SpellChecker(swedish.personal_path).personal_words()  # kept for the next start


def test_the_setting_turns_it_off(edit, swedish, qtbot):
    edit.set_markdown("förankrs")
    shows(qtbot, edit, ["förankrs"])
    swedish.set_enabled(False)
    shows(qtbot, edit, [])
    swedish.set_enabled(True)
    shows(qtbot, edit, ["förankrs"])
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.spelling_check.isChecked()
    dialog.spelling_check.setChecked(False)
    assert dialog.save().spell_check is False


def test_context_menu_offers_suggestions_and_adding(edit, swedish, qtbot):
    edit.set_markdown("beslutett")
    shows(qtbot, edit, ["beslutett"])
    edit.resize(400, 100)
    position = edit.cursorRect(edit.textCursor()).center()
    menu = edit.spelling_menu(position)
    texts = [action.text() for action in menu.actions()]
    assert "beslutet" in texts[:5]
    assert "Lägg till i ordlistan" in texts
    next(a for a in menu.actions() if a.text() == "beslutet").trigger()
    assert edit.markdown() == "beslutet"


def test_underlining_again_changes_no_text(edit, swedish, qtbot):
    """Re-underlining (dictionary read, word added, setting changed) is no edit: autosave must not see one."""
    edit.set_markdown("förankrs och beslutett")
    shows(qtbot, edit, ["förankrs", "beslutett"])
    changes = []
    edit.textChanged.connect(lambda: changes.append(1))
    swedish.set_enabled(False)
    swedish.set_enabled(True)
    swedish.add_word("beslutett")
    shows(qtbot, edit, ["förankrs"])
    assert changes == []

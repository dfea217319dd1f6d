"""The notes and decision editor: Ctrl+B and list buttons give the stored Markdown, a load and an unedited save
keep it byte for byte (and the approval hash with it), Word's clipboard HTML arrives clean, and the way from the
editor through the database to Word keeps bold runs and real lists."""

from __future__ import annotations

import io
from datetime import date, time
from pathlib import Path

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor

from samverkan_desktop.domain.rich_text import Block, Run, serialise
from samverkan_desktop.export.docx_base import to_bytes
from samverkan_desktop.export.minutes_docx import render_minutes
from samverkan_desktop.services import agenda, approval, documents, meetings, minutes
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.ui.spelling import SpellChecker
from samverkan_desktop.ui.widgets.minutes_pane import MinutesPane
from samverkan_desktop.ui.widgets.rich_text_edit import RichTextEdit, RichTextField, document_blocks

_TEXT = st.text(alphabet=st.sampled_from(list("abc åäö*-[]\\.1\t")), min_size=1, max_size=8)
_RUN = st.builds(Run, _TEXT, st.booleans(), st.booleans(), st.one_of(st.none(), st.just("https://a.se/x")))
_BLOCK = st.builds(Block, st.lists(_RUN, max_size=4).map(tuple), st.sampled_from([None, "bullet", "number"]))
WORD_HTML = (Path(__file__).parents[2] / "domain" / "data" / "word_clipboard.html").read_text(encoding="utf-8")


def type_text(qtbot, edit, text: str) -> None:
    """Typed key by key; QTest has keys for ASCII only, so å, ä and ö are entered as the keyboard would."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(edit, char)
        else:
            edit.insertPlainText(char)


def editor(qtbot) -> RichTextField:
    field = RichTextField(RichTextEdit(speller=SpellChecker()))
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.edit.setFocus()
    return field


def test_typing_ctrl_b_and_the_list_buttons_give_markdown(qtbot):
    field = editor(qtbot)
    edit = field.edit
    type_text(qtbot, edit, "Beslutet ")
    qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, edit, "förankras")
    qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, edit, " i ")
    qtbot.keyClick(edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, edit, "varje")
    qtbot.keyClick(edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, edit, " organisation.")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    field.bullet_button.click()
    assert field.bullet_button.isChecked()
    type_text(qtbot, edit, "kommunen")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    type_text(qtbot, edit, "regionen")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # Return on an empty item ends the list
    assert not field.bullet_button.isChecked()
    field.number_button.click()  # the empty item becomes the first of a numbered list
    type_text(qtbot, edit, "ett")
    assert edit.markdown() == ("Beslutet **förankras** i *varje* organisation.\n- kommunen\n- regionen\n1. ett")
    field.number_button.click()  # pressed again: a plain paragraph
    assert edit.markdown().endswith("- regionen\nett")
    edit.undo()
    assert edit.markdown().endswith("- regionen\n1. ett")


def test_load_and_unedited_save_give_the_same_bytes(qtbot):
    edit = editor(qtbot).edit
    for text in ("**Fet** och *kursiv*\n- a\n1. b\n2. [länk](https://a.se)",
                 "* gammal punkt\n  - indragen\n3) inte kanonisk\nrad med slutblanksteg  "):
        edit.set_markdown(text)
        type_text(qtbot, edit, "x")
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
        assert edit.document().isModified()
        assert edit.markdown() == text
    edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, edit, "!")
    assert edit.markdown() == "- gammal punkt\n- indragen\n1. inte kanonisk\nrad med slutblanksteg  !"


def test_paste_from_word_is_cleaned_to_the_subset(qtbot):
    edit = editor(qtbot).edit
    data = QMimeData()
    data.setHtml(WORD_HTML)
    data.setText("plain fallback")
    edit.insertFromMimeData(data)
    assert edit.markdown() == ("**Beslutet** förankras i *respektive* organisation.\n- Första punkten\n"
                               "- Andra **viktiga** punkten\n1. Ett\n2. Två, se [sidan](https://www.example.se/a) "
                               "och inte detta")
    assert edit.document().begin().next().textList() is not None
    plain = QMimeData()
    plain.setText("**inte fet**")
    edit.set_markdown("")
    edit.insertFromMimeData(plain)
    assert edit.markdown() == "\\*\\*inte fet\\*\\*"  # plain text stays text


def test_editor_to_database_to_word_and_an_unedited_save_keeps_the_hash(qtbot, uow, register):
    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    item = agenda.add_item(uow, meeting.value.id, AgendaItemData("Handlingsplan"))
    pane = MinutesPane(uow)
    qtbot.addWidget(pane)
    pane.show_item(item)
    edit = pane.notes_edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, edit, "Bakgrund")
    qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    pane.notes_field.bullet_button.click()
    type_text(qtbot, edit, "kommunen")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    type_text(qtbot, edit, "regionen")
    assert pane.save_now()
    stored = agenda.get_item(uow, item.id).notes
    assert stored == "**Bakgrund**\n- kommunen\n- regionen"

    before = approval.minutes_state(uow, meeting.value.id).current_hash
    pane.show_item(None)
    pane.show_item(agenda.get_item(uow, item.id))  # loaded again from the database
    type_text(qtbot, edit, "x")
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)  # changed and changed back: saved, but the same text
    assert pane.has_pending_text()
    assert pane.save_now()
    assert agenda.get_item(uow, item.id).notes == stored
    assert approval.minutes_state(uow, meeting.value.id).current_hash == before

    document = docx.Document(io.BytesIO(to_bytes(render_minutes(documents.minutes_document(uow, meeting.value.id)))))
    heading = next(p for p in document.paragraphs if p.text == "Bakgrund")
    assert heading.runs[0].bold
    items = [p for p in document.paragraphs if p.text in ("kommunen", "regionen")]
    assert len(items) == 2 and all(p._p.xpath("./w:pPr/w:numPr/w:numId") for p in items)


def test_plain_text_from_before_is_saved_unchanged(qtbot, uow, register):
    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    item = agenda.add_item(uow, meeting.value.id, AgendaItemData("Övrigt"))
    old = "Vi räknade 3 * 4 rum.\n* gammal punkt"
    item = minutes.save_text(uow, item.id, old, "att godkänna")
    pane = MinutesPane(uow)
    qtbot.addWidget(pane)
    pane.show_item(item)
    assert pane.notes_edit.toPlainText() == old
    pane.decision_edit.setFocus()
    type_text(qtbot, pane.decision_edit, " ")
    qtbot.keyClick(pane.decision_edit, Qt.Key.Key_Backspace)
    assert pane.save_now()
    assert agenda.get_item(uow, item.id).notes == old


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_BLOCK, min_size=1, max_size=5))
def test_any_stored_text_reads_back_from_the_qt_document_unchanged(qtbot, blocks):
    edit = RichTextEdit(speller=SpellChecker())
    text = serialise(blocks)
    edit.set_markdown(text)
    assert serialise(document_blocks(edit.document())) == text
    edit.deleteLater()

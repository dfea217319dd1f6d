"""Issue 18 point 5: with English chosen, a service's refusal is shown in English in the GUI."""

from __future__ import annotations

from datetime import date, time

import pytest

from samverkan_desktop.domain.enums import ItemKind, Outcome
from samverkan_desktop.domain.messages import set_language, text_in
from samverkan_desktop.services import agenda, meetings
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData
from samverkan_desktop.ui.pages.meeting_editor import MeetingEditor

ITEM = "Beslut om rutin för samordnad planering"


@pytest.fixture
def english():
    set_language("en")
    yield
    set_language("sv")


def test_a_refused_outcome_is_said_in_english(qtbot, uow, register, english):
    meeting = meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15)))
    agenda.add_item(uow, meeting.value.id, AgendaItemData(ITEM, ItemKind.DECISION))
    editor = MeetingEditor(uow, meeting.value.id)
    qtbot.addWidget(editor)
    row = next(r for r, item in enumerate(editor.agenda_model.items()) if item.title == ITEM)
    editor.agenda_view.selectRow(row)
    pane = editor.minutes_pane
    pane.outcome_combo.set_value(Outcome.DECIDED)
    pane.outcome_button.click()
    expected = text_in("en", "services.minutes.skriv_beslutet_innan_punkten")
    assert expected.startswith("Write the decision")
    assert expected in pane.error_label.text()
    pane.outcome_combo.set_value(None)
    pane.outcome_button.click()

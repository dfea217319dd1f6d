"""Agenda edits as undoable commands on a QUndoStack: undo and redo are each one service call, a deleted item comes
back whole (text, decision, outcome, attachments, place), a refused first change never reaches the stack, and an
undo the data no longer allows says why and makes the command obsolete."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtGui import QUndoStack

from samverkan_desktop.domain.enums import ItemKind, Outcome
from samverkan_desktop.domain.errors import DomainError
from samverkan_desktop.services import agenda, attachments, meetings, minutes
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData, OutcomeData
from samverkan_desktop.ui.commands import (
    AddItemCommand,
    DeleteItemCommand,
    MoveItemCommand,
    SetOutcomeCommand,
    UpdateItemCommand,
)


@pytest.fixture
def meeting(uow, register) -> int:
    return meetings.create_meeting(uow, MeetingData(register["lgs"].id, date(2026, 3, 10), time(13), time(15))).value.id


class Recorder:
    def __init__(self) -> None:
        self.refreshed: list[int | None] = []
        self.failures: list[str] = []

    def refresh(self, item_id: int | None) -> None:
        self.refreshed.append(item_id)

    def failed(self, message: str) -> None:
        self.failures.append(message)


def titles(uow, meeting_id: int) -> list[str]:
    return [item.title for item in agenda.list_items(uow, meeting_id)]


def push(stack: QUndoStack, command) -> None:
    command.run_first()
    stack.push(command)


def test_a_deleted_item_comes_back_whole_and_in_its_place(qapp, uow, meeting, tmp_path):
    first = agenda.add_item(uow, meeting, AgendaItemData("Först", ItemKind.INFORMATION))
    item = agenda.add_item(uow, meeting, AgendaItemData("Rutin för SIP", ItemKind.DECISION, presenter="Anna"))
    agenda.add_item(uow, meeting, AgendaItemData("Sist", ItemKind.INFORMATION))
    minutes.save_text(uow, item.id, "Rutinen presenterades.", "att anta rutinen")
    source = tmp_path / "rutin.pdf"
    source.write_bytes(b"%PDF-1.4 rutin")
    attachments.add_attachment(uow, item.id, source)
    stack, seen = QUndoStack(), Recorder()
    push(stack, DeleteItemCommand(uow, seen.refresh, seen.failed, agenda.get_item(uow, item.id), "Ta bort"))
    assert titles(uow, meeting) == ["Först", "Sist"]
    stack.undo()
    back = agenda.get_item(uow, seen.refreshed[-1])
    assert titles(uow, meeting).index("Rutin för SIP") == titles(uow, meeting).index("Först") + 1
    assert (back.notes, back.decision_text, back.presenter) == ("Rutinen presenterades.", "att anta rutinen", "Anna")
    [attachment] = back.attachments
    assert attachments.read_attachment(uow, attachment.id).content == b"%PDF-1.4 rutin"
    stack.redo()
    assert titles(uow, meeting) == ["Först", "Sist"] and agenda.list_items(uow, meeting)[0].id == first.id
    assert seen.failures == []


def test_an_added_item_undone_and_redone_keeps_what_was_written_meanwhile(qapp, uow, meeting):
    stack, seen = QUndoStack(), Recorder()
    command = AddItemCommand(uow, seen.refresh, seen.failed, meeting, AgendaItemData("Nytt", ItemKind.DISCUSSION),
                             "Lägg till")
    push(stack, command)
    assert titles(uow, meeting) == ["Nytt"] and seen.refreshed == [command.item_id]
    minutes.save_text(uow, command.item_id, "Skrivet sedan.", None)
    stack.undo()
    assert titles(uow, meeting) == [] and seen.refreshed[-1] is None
    stack.redo()
    assert agenda.get_item(uow, command.item_id).notes == "Skrivet sedan."


def test_the_first_change_is_run_once_and_a_refused_one_never_reaches_the_stack(qapp, uow, meeting):
    stack, seen = QUndoStack(), Recorder()
    push(stack, AddItemCommand(uow, seen.refresh, seen.failed, meeting, AgendaItemData("Ett", ItemKind.INFORMATION),
                               "Lägg till"))
    assert titles(uow, meeting) == ["Ett"]  # the push did not add it a second time
    refused = AddItemCommand(uow, seen.refresh, seen.failed, meeting, AgendaItemData("  ", ItemKind.INFORMATION),
                             "Lägg till")
    with pytest.raises(DomainError):
        push(stack, refused)
    assert stack.count() == 1 and titles(uow, meeting) == ["Ett"]


def test_move_update_and_outcome_are_undone_to_what_was_before(qapp, uow, meeting):
    a = agenda.add_item(uow, meeting, AgendaItemData("A", ItemKind.INFORMATION))
    agenda.add_item(uow, meeting, AgendaItemData("B", ItemKind.INFORMATION))
    stack, seen = QUndoStack(), Recorder()
    push(stack, MoveItemCommand(uow, seen.refresh, seen.failed, a.id, a.position, a.position + 1, "Flytta"))
    assert titles(uow, meeting) == ["B", "A"]
    push(stack, UpdateItemCommand(uow, seen.refresh, seen.failed, agenda.get_item(uow, a.id),
                                  AgendaItemData("A2", ItemKind.DECISION, planned_minutes=20), "Ändra"))
    push(stack, SetOutcomeCommand(uow, seen.refresh, seen.failed, agenda.get_item(uow, a.id),
                                  OutcomeData(Outcome.DEFERRED, "Underlag saknas"), "Utfall"))
    assert agenda.get_item(uow, a.id).outcome is Outcome.DEFERRED
    stack.undo()
    assert agenda.get_item(uow, a.id).outcome is None
    stack.undo()
    item = agenda.get_item(uow, a.id)
    assert (item.title, item.kind, item.planned_minutes) == ("A", ItemKind.INFORMATION, a.planned_minutes)
    stack.undo()
    assert titles(uow, meeting) == ["A", "B"]
    assert seen.refreshed[-1] == a.id and seen.failures == []


def test_an_undo_the_data_no_longer_allows_says_why_and_is_obsolete(qapp, uow, meeting):
    item = agenda.add_item(uow, meeting, AgendaItemData("A", ItemKind.INFORMATION))
    agenda.add_item(uow, meeting, AgendaItemData("B", ItemKind.INFORMATION))
    stack, seen = QUndoStack(), Recorder()
    command = MoveItemCommand(uow, seen.refresh, seen.failed, item.id, item.position, item.position + 1, "Flytta")
    push(stack, command)
    agenda.delete_item(uow, item.id)  # removed behind the command's back
    stack.undo()
    assert len(seen.failures) == 1 and seen.failures[0]
    assert stack.count() == 0  # obsolete: the stack dropped it

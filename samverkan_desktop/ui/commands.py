"""Agenda and minutes edits as undoable commands. Each redo/undo is one service call (one transaction)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ..services import UnitOfWork, agenda, minutes
from ..services.meeting_dto import AgendaItemData, AgendaItemDTO, OutcomeData


class AgendaCommand(QUndoCommand):
    """Calls ``refresh(item_id_to_select)`` after every redo and undo so the views follow."""

    def __init__(self, uow: UnitOfWork, refresh: Callable[[int | None], None], text: str) -> None:
        super().__init__(text)
        self.uow = uow
        self.refresh = refresh


class MoveItemCommand(AgendaCommand):
    def __init__(self, uow, refresh, item_id: int, old_position: int, new_position: int, text: str) -> None:
        super().__init__(uow, refresh, text)
        self.item_id, self.old_position, self.new_position = item_id, old_position, new_position

    def redo(self) -> None:
        agenda.move_item(self.uow, self.item_id, self.new_position)
        self.refresh(self.item_id)

    def undo(self) -> None:
        agenda.move_item(self.uow, self.item_id, self.old_position)
        self.refresh(self.item_id)


class AddItemCommand(AgendaCommand):
    def __init__(self, uow, refresh, meeting_id: int, data: AgendaItemData, text: str,
                 position: int | None = None) -> None:
        super().__init__(uow, refresh, text)
        self.meeting_id, self.data, self.position = meeting_id, data, position
        self.item_id: int | None = None

    def redo(self) -> None:
        item = agenda.add_item(self.uow, self.meeting_id, self.data, self.position)
        self.item_id, self.position = item.id, item.position
        self.refresh(item.id)

    def undo(self) -> None:
        if self.item_id is not None:
            agenda.delete_item(self.uow, self.item_id)
        self.refresh(None)


class DeleteItemCommand(AgendaCommand):
    """Undo puts the item back where it was, with its notes, decision and outcome."""

    def __init__(self, uow, refresh, item: AgendaItemDTO, text: str) -> None:
        super().__init__(uow, refresh, text)
        self.item = item
        self.item_id = item.id

    def redo(self) -> None:
        agenda.delete_item(self.uow, self.item_id)
        self.refresh(None)

    def undo(self) -> None:
        old = self.item
        data = AgendaItemData(old.title, old.kind, old.presenter, old.planned_minutes, old.confidential, old.case_id)
        restored = agenda.add_item(self.uow, old.meeting_id, data, old.position)
        if old.notes or old.decision_text:
            minutes.save_text(self.uow, restored.id, old.notes, old.decision_text)
        if old.outcome is not None:
            minutes.set_outcome(self.uow, restored.id, OutcomeData(old.outcome, old.outcome_reason,
                                                                   old.target_group_id))
        self.item_id = restored.id
        self.refresh(restored.id)


class SetOutcomeCommand(AgendaCommand):
    def __init__(self, uow, refresh, item: AgendaItemDTO, new: OutcomeData, text: str) -> None:
        super().__init__(uow, refresh, text)
        self.item_id = item.id
        self.old = OutcomeData(item.outcome, item.outcome_reason, item.target_group_id)
        self.new = new

    def redo(self) -> None:
        minutes.set_outcome(self.uow, self.item_id, self.new)
        self.refresh(self.item_id)

    def undo(self) -> None:
        minutes.set_outcome(self.uow, self.item_id, self.old)
        self.refresh(self.item_id)

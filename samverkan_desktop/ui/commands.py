"""Agenda and minutes edits as undoable commands. Each redo/undo is one service call (one transaction).

The editor runs a command's first ``apply()`` itself, before pushing it, so a refused change (a Swedish
ValidationError) never reaches the undo stack. A later undo or redo that the data no longer allows (the item was
removed by another command, the meeting was cancelled) reports through ``failed`` and the editor clears the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtGui import QUndoCommand

from ..domain.errors import DomainError
from ..services import UnitOfWork, agenda, attachments, minutes
from ..services.attachments import AttachmentContent
from ..services.meeting_dto import AgendaItemData, AgendaItemDTO, OutcomeData
from .operations import lookup, perform


class AgendaCommand(QUndoCommand):
    """Calls ``refresh(item_id_to_select)`` after every redo and undo so the views follow."""

    def __init__(self, uow: UnitOfWork, refresh: Callable[[int | None], None], failed: Callable[[str], None],
                 text: str) -> None:
        super().__init__(text)
        self.uow = uow
        self.refresh = refresh
        self.failed = failed
        self._skip_redo = False

    def run_first(self) -> None:
        """Do the change now (raises DomainError if refused); the push that follows does not repeat it."""
        self.apply()
        self._skip_redo = True

    def apply(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def revert(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, action: Callable[[], None]) -> None:
        perform(None, action, at=self._refused)

    def _refused(self, error: DomainError) -> None:
        self.setObsolete(True)
        self.failed(error.message)


def keep_attachments(uow: UnitOfWork, item: AgendaItemDTO) -> tuple[AttachmentContent, ...]:
    """The content of the item's attachments, read before the item is removed (the database drops content no
    attachment names), so that an undo can bring them back. A damaged one cannot come back and is left out."""
    kept = []
    for attachment in item.attachments:
        read = lookup(partial(attachments.read_attachment, uow, attachment.id))
        if read is not None:
            kept.append(read.value)
    return tuple(kept)


def restore(uow: UnitOfWork, old: AgendaItemDTO, kept: tuple[AttachmentContent, ...] = ()) -> AgendaItemDTO:
    """Put a removed item back where it was, with its text, outcome and the attachments in ``kept`` (actions are
    not)."""
    data = AgendaItemData(old.title, old.kind, old.presenter, old.planned_minutes, old.confidential, old.case_id)
    restored = agenda.add_item(uow, old.meeting_id, data, old.position)
    if old.notes or old.decision_text:
        minutes.save_text(uow, restored.id, old.notes, old.decision_text)
    if old.outcome is not None:
        minutes.set_outcome(uow, restored.id, OutcomeData(old.outcome, old.outcome_reason, old.target_group_id))
    for content in kept:
        attachments.attach_content(uow, restored.id, content.attachment.file_name, content.content)
    return restored if not kept else agenda.get_item(uow, restored.id)


class MoveItemCommand(AgendaCommand):
    def __init__(self, uow, refresh, failed, item_id: int, old_position: int, new_position: int, text: str) -> None:
        super().__init__(uow, refresh, failed, text)
        self.item_id, self.old_position, self.new_position = item_id, old_position, new_position

    def apply(self) -> None:
        agenda.move_item(self.uow, self.item_id, self.new_position)
        self.refresh(self.item_id)

    def revert(self) -> None:
        agenda.move_item(self.uow, self.item_id, self.old_position)
        self.refresh(self.item_id)


class AddItemCommand(AgendaCommand):
    """Undo removes the item; redo brings it back with whatever was written in it meanwhile."""

    def __init__(self, uow, refresh, failed, meeting_id: int, data: AgendaItemData, text: str,
                 position: int | None = None) -> None:
        super().__init__(uow, refresh, failed, text)
        self.meeting_id, self.data, self.position = meeting_id, data, position
        self.item_id: int | None = None
        self.snapshot: AgendaItemDTO | None = None
        self.kept: tuple[AttachmentContent, ...] = ()

    def apply(self) -> None:
        if self.snapshot is not None:
            item = restore(self.uow, self.snapshot, self.kept)
        else:
            item = agenda.add_item(self.uow, self.meeting_id, self.data, self.position)
        self.item_id, self.position = item.id, item.position
        self.refresh(item.id)

    def revert(self) -> None:
        if self.item_id is not None:
            self.snapshot = agenda.get_item(self.uow, self.item_id)
            self.kept = keep_attachments(self.uow, self.snapshot)
            agenda.delete_item(self.uow, self.item_id)
        self.refresh(None)


class DeleteItemCommand(AgendaCommand):
    """Undo puts the item back where it was, with its notes, decision, outcome and attachments (their content is
    held by the command meanwhile)."""

    def __init__(self, uow, refresh, failed, item: AgendaItemDTO, text: str) -> None:
        super().__init__(uow, refresh, failed, text)
        self.item = item
        self.item_id = item.id
        self.kept: tuple[AttachmentContent, ...] = ()

    def apply(self) -> None:
        self.item = agenda.get_item(self.uow, self.item_id)  # what is stored now, autosaved text included
        self.kept = keep_attachments(self.uow, self.item)
        agenda.delete_item(self.uow, self.item_id)
        self.refresh(None)

    def revert(self) -> None:
        restored = restore(self.uow, self.item, self.kept)
        self.item_id = restored.id
        self.refresh(restored.id)


class SetOutcomeCommand(AgendaCommand):
    def __init__(self, uow, refresh, failed, item: AgendaItemDTO, new: OutcomeData, text: str) -> None:
        super().__init__(uow, refresh, failed, text)
        self.item_id = item.id
        self.old = OutcomeData(item.outcome, item.outcome_reason, item.target_group_id)
        self.new = new

    def apply(self) -> None:
        minutes.set_outcome(self.uow, self.item_id, self.new)
        self.refresh(self.item_id)

    def revert(self) -> None:
        minutes.set_outcome(self.uow, self.item_id, self.old)
        self.refresh(self.item_id)


class UpdateItemCommand(AgendaCommand):
    """Title, kind, presenter, planned minutes and confidentiality of an item."""

    def __init__(self, uow, refresh, failed, item: AgendaItemDTO, new: AgendaItemData, text: str) -> None:
        super().__init__(uow, refresh, failed, text)
        self.item_id = item.id
        self.old = AgendaItemData(item.title, item.kind, item.presenter, item.planned_minutes, item.confidential,
                                  item.case_id)
        self.new = new

    def apply(self) -> None:
        agenda.update_item(self.uow, self.item_id, self.new)
        self.refresh(self.item_id)

    def revert(self) -> None:
        agenda.update_item(self.uow, self.item_id, self.old)
        self.refresh(self.item_id)

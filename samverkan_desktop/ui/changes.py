"""What changed, and who hears of it: the change hub of ``ui/operations.py`` (issue 21 point 1).

After a change, ``Changes`` (a meeting, a group, the register, cases, follow-up lists) goes out on the one
``ChangeHub`` of the application; pages ``subscribe`` to it and refresh what concerns them instead of calling each
other's ``refresh``. ``perform``/``ServiceOp`` announce with ``changes=``; ``notify`` announces a change made
otherwise (a dialog that saved, an undo step). Import these from ``ui/operations.py``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot


@dataclass(frozen=True)
class Changes:
    """What a change touched. ``initiator`` is the object that made it (a page that has already shown its own
    change may skip it); it takes no part in comparisons."""

    meetings: frozenset[int] = frozenset()
    groups: frozenset[int] = frozenset()
    register: bool = False  # organisations, people, memberships
    cases: bool = False
    follow_up: bool = False  # actions, anchoring, reporting duties
    group_tree: bool = False  # groups added, renamed or moved
    initiator: object | None = field(default=None, compare=False)

    @classmethod
    def meeting(cls, meeting_id: int, group_id: int | None = None, *, initiator: object | None = None,
                cases: bool = True) -> Changes:
        """A meeting changed (its agenda, minutes, status): the group's meetings, cases and follow-up lists
        show parts of it."""
        return cls(frozenset({meeting_id}), frozenset() if group_id is None else frozenset({group_id}),
                   cases=cases, follow_up=True, initiator=initiator)

    @classmethod
    def group(cls, group_id: int, *, tree: bool = False, initiator: object | None = None) -> Changes:
        return cls(groups=frozenset({group_id}), group_tree=tree, initiator=initiator)

    def touches_meeting(self, meeting_id: int | None) -> bool:
        return meeting_id is not None and meeting_id in self.meetings

    def touches_group(self, group_id: int | None) -> bool:
        return group_id is not None and group_id in self.groups


class ChangeHub(QObject):
    """One per application: ``changed(Changes)`` after every change made through this module (or announced
    with ``notify``). Made on first use as a child of the QApplication, so there is no import-time singleton."""

    changed = Signal(object)


C = TypeVar("C", bound=QObject)


def application_child(kind: type[C], name: str, make: Callable[[QObject], C]) -> C:
    """The QApplication's one child of ``kind`` called ``name``, made by ``make(app)`` on first use: a per-application
    object without an import-time singleton (a test's new QApplication gets a new one)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError(f"{name} needs a QApplication")
    child = app.findChild(kind, name, Qt.FindChildOption.FindDirectChildrenOnly)
    if child is None:
        child = make(app)
        child.setObjectName(name)
    return child


def change_hub() -> ChangeHub:
    return application_child(ChangeHub, "change_hub", ChangeHub)


def notify(changes: Changes) -> None:
    """Announce a change made outside ``perform``/``ServiceOp`` (a dialog that saved, an undo step)."""
    change_hub().changed.emit(changes)


class _Subscription(QObject):
    def __init__(self, receiver: QObject, handler: Callable[[Changes], None]) -> None:
        super().__init__(receiver)
        self.handler = handler
        change_hub().changed.connect(self._changed)

    @Slot(object)
    def _changed(self, changes: Changes) -> None:
        self.handler(changes)


def subscribe(receiver: QObject, handler: Callable[[Changes], None]) -> QObject:
    """Call ``handler(changes)`` after each change for as long as ``receiver`` lives (the subscription is its
    child: deleting the receiver ends it)."""
    return _Subscription(receiver, handler)

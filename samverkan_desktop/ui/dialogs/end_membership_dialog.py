"""End a membership on a day: the seat stays in the group's history (unlike removing it), as the last day it was
held. The way in to memberships.end_membership."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QWidget

from ...services import UnitOfWork, memberships
from ...services.dto import MembershipDTO
from ..labels import role_labels
from ..widgets.date_field import DateField
from ..widgets.form_dialog import FormDialog


class EndMembershipDialog(FormDialog):
    def __init__(self, uow: UnitOfWork, membership: MembershipDTO, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("End membership"), parent)
        self.uow, self.membership = uow, membership
        who = f"{membership.person_name}, {role_labels()[membership.role].lower()}"
        if membership.represents_name:
            who += f" ({membership.represents_name})"
        self.add_row(self.tr("Member"), QLabel(who, self))
        self.last_day = self.add_row(self.tr("Last day"), DateField("valid_to", self, required=True), "valid_to")
        self.last_day.set_value(membership.valid_to or today)
        note = QLabel(self.tr("The membership stays in the group's history; it is no longer current after this day."),
                      self)
        note.setWordWrap(True)
        self.add_row("", note)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("End membership"))
        self.resize(480, self.sizeHint().height())

    def save(self) -> MembershipDTO:
        return memberships.end_membership(self.uow, self.membership.id, self.last_day.required_value())

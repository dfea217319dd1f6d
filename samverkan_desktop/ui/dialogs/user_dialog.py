"""Who uses the app on this computer: asked at the first start on a database file, recorded in the audit trail as
the actor beside the computer's login (on a shared PostgreSQL database the login is the database's own)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from ...domain.errors import ValidationError
from ...infra.config import Settings, os_user
from ...services import UnitOfWork, people
from ..widgets.form_dialog import FormDialog


class UserDialog(FormDialog):
    """A person from the register, or a name typed in; ``result_value`` is the settings with that name."""

    def __init__(self, uow: UnitOfWork, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Who is using the app?"), parent)
        self.settings = settings
        intro = QLabel(self.tr("Every change is recorded in the history with your name and the computer's login "
                               "(%1). Choose yourself in the register, or type your name.").replace("%1", os_user()),
                       self)
        intro.setWordWrap(True)
        self.add_row("", intro)
        self.person_combo = self.add_row(self.tr("Your name"), QComboBox(self), "user_name")
        self.person_combo.setEditable(True)
        self.person_combo.addItems([p.name for p in people.list_people(uow)])
        self.person_combo.setCurrentText(settings.user_name)
        if (line := self.person_combo.lineEdit()) is not None:  # editable since the line above
            line.setPlaceholderText(self.tr("First name and surname"))

    def save(self) -> Settings:
        name = " ".join(self.person_combo.currentText().split())
        if not name:
            raise ValidationError(self.tr("Write your name or choose yourself in the list."), field="user_name")
        if len(name) > 200:
            raise ValidationError(self.tr("The name is too long (at most 200 characters)."), field="user_name")
        return replace(self.settings, user_name=name)


def ask_at_first_start(uow: UnitOfWork, settings: Settings, parent: QWidget | None = None) -> Settings | None:
    """The settings with the chosen person, or None when one is already chosen or the question was dismissed
    (then the computer's login stands for the person, as before, and the question comes again next start)."""
    if settings.user_name.strip():
        return None
    dialog = UserDialog(uow, settings, parent)
    return dialog.result_value if dialog.exec() else None

"""Who takes the minutes of a meeting and who checks them (justerare), chosen above the attendance list."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ...services import UnitOfWork
from ...services.minutes_people import MinutesPeople, minutes_people, set_minutes_people
from ..operations import perform
from .combos import ChoiceCombo


class MinutesPeopleBar(QWidget):
    """Two choices saved as soon as they are made: the secretary (default: the group's secretary on the day) and,
    for a group whose minutes end with signature lines, the justerare."""

    def __init__(self, uow: UnitOfWork, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow = uow
        self.meeting_id = meeting_id
        self.secretary_combo = ChoiceCombo(self, none_label="")
        self.secretary_combo.setAccessibleName(self.tr("Minutes taken by"))
        self.justerare_combo = ChoiceCombo(self, none_label=self.tr("(not chosen)"))
        self.justerare_combo.setAccessibleName(self.tr("Checker (justerare)"))
        self.justerare_label = QLabel(self.tr("Checker (justerare):"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Minutes taken by:"), self))
        layout.addWidget(self.secretary_combo)
        layout.addSpacing(16)
        layout.addWidget(self.justerare_label)
        layout.addWidget(self.justerare_combo)
        layout.addStretch()
        self.secretary_combo.activated.connect(lambda _index: self.save())
        self.justerare_combo.activated.connect(lambda _index: self.save())

    def reload(self) -> None:
        people = perform(self, lambda: minutes_people(self.uow, self.meeting_id), title=self.tr("Minutes taken by"))
        if people is not None:
            self._show(people.value)

    def _show(self, people: MinutesPeople) -> None:
        default = (self.tr("The group's secretary (%1)").replace("%1", people.group_secretary)
                   if people.group_secretary else self.tr("(no one named)"))
        self.secretary_combo.setItemText(0, default)
        for combo, value in ((self.secretary_combo, people.secretary_id),
                             (self.justerare_combo, people.justerare_id)):
            combo.set_choices((name, ident) for ident, name in people.candidates)
            combo.set_value(value)
        self.secretary_combo.setItemText(0, default)
        for widget in (self.justerare_label, self.justerare_combo):
            widget.setVisible(people.justering_lines)

    def save(self) -> None:
        people = perform(self, lambda: set_minutes_people(
            self.uow, self.meeting_id, self.secretary_combo.value(), self.justerare_combo.value()),
            title=self.tr("Minutes taken by"))
        if people is None:
            self.reload()
        else:
            self._show(people.value)

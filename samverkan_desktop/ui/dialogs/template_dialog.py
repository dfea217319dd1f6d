from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from ...services import UnitOfWork, agenda
from ...services.meeting_dto import TemplateItemData
from ..models.template_model import TemplateTableModel
from ..widgets.form_dialog import FormDialog


class TemplateDialog(FormDialog):
    """The group's standard agenda items: first ones open every meeting, "last" ones close it."""

    def __init__(self, uow: UnitOfWork, group_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Standard agenda items"), parent)
        self.uow = uow
        self.group_id = group_id
        self.model = TemplateTableModel(agenda.template_items(uow, group_id), self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setMinimumHeight(220)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Add"), self.add), (self.tr("Remove"), self.remove),
                           (self.tr("Up"), lambda: self.move_selected(-1)),
                           (self.tr("Down"), lambda: self.move_selected(1))):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.add_row("", box, "template")
        self.view.resizeColumnsToContents()
        self.resize(560, 420)

    def add(self) -> None:
        index = self.model.add(self.tr("New standard item"))
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def remove(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.remove(index.row())

    def move_selected(self, step: int) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            row = self.model.move(index.row(), step)
            self.view.setCurrentIndex(self.model.index(row, index.column()))

    def save(self) -> list[TemplateItemData]:
        return agenda.save_template(self.uow, self.group_id, self.model.items())

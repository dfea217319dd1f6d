"""The group's Word template for exports: the bundled one, or the group's own .docx (logo, colours),
checked before it is stored so that a template without the styles the export needs is refused at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from ...services import UnitOfWork, publication
from ..operations import Changes, perform, refuse
from .disabled_reason import explain
from .flow_layout import FlowLayout


class TemplatePicker(QWidget):
    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow = uow
        self.group_id: int | None = None
        self.label = QLabel(self)
        self.choose_button = QPushButton(self.tr("Choose Word template…"), self)
        self.default_button = QPushButton(self.tr("Use the standard template"), self)
        self.choose_button.clicked.connect(self.choose)
        self.default_button.clicked.connect(self.use_default)
        layout = self.flow = FlowLayout(self)  # wraps on a narrow window (150 % scaling)
        layout.addWidget(self.label)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.default_button)

    def show_group(self, group_id: int) -> None:
        self.group_id = group_id
        template = publication.group_template(self.uow, group_id)
        name = template.file_name if template else self.tr("the standard template")
        self.label.setText(self.tr("Word template: %1").replace("%1", name))
        explain(self.default_button, template is not None, self.tr("The group uses the standard template already."))

    def choose(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose Word template"), "",
                                                      self.tr("Word document or template (*.docx *.dotx)"))
        if chosen:
            self.store(Path(chosen))

    def store(self, path: Path) -> bool:
        from ...domain.word_package import check_file_size
        from ...export.docx_base import open_template  # python-docx only when a template is chosen

        group_id = self.group_id
        if group_id is None:  # no group shown: nothing to store it for
            return False
        title = self.tr("Template not used")

        def read() -> bytes:
            check_file_size(path.stat().st_size, path.name)  # a film chosen by mistake is not read into memory
            return path.read_bytes()

        try:
            read_done = perform(self, read, title=title)
        except OSError as exc:
            refuse(self, self.tr("The file %1 could not be read (%2).").replace("%1", path.name).replace(
                "%2", exc.strerror or ""), title=self.tr("Template not used"))
            return False
        if read_done is None:
            return False
        content = read_done.value

        def use() -> None:
            open_template(content, path.name)  # refuses a file that is not a .docx or lacks a needed style
            publication.set_group_template(self.uow, group_id, path.name, content)

        if perform(self, use, title=title, changes=Changes.group(group_id, initiator=self)) is None:
            return False
        self.show_group(group_id)
        return True

    def use_default(self) -> None:
        group_id = self.group_id
        if group_id is None:
            return
        perform(self, lambda: publication.clear_group_template(self.uow, group_id),
                changes=Changes.group(group_id, initiator=self))
        self.show_group(group_id)

"""The group's Word template for exports: the bundled one, or the group's own .docx (logo, colours),
checked before it is stored so that a template without the styles the export needs is refused at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from ...domain.errors import DomainError
from ...services import UnitOfWork, publication


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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.default_button)
        layout.addStretch()

    def show_group(self, group_id: int) -> None:
        self.group_id = group_id
        template = publication.group_template(self.uow, group_id)
        name = template.file_name if template else self.tr("the standard template")
        self.label.setText(self.tr("Word template: %1").replace("%1", name))
        self.default_button.setEnabled(template is not None)

    def choose(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose Word template"), "",
                                                      self.tr("Word document or template (*.docx *.dotx)"))
        if chosen:
            self.store(Path(chosen))

    def store(self, path: Path) -> bool:
        from ...domain.word_package import check_file_size
        from ...export.docx_base import open_template  # python-docx only when a template is chosen

        group_id = self.group_id
        if group_id is None:
            return False
        try:
            check_file_size(path.stat().st_size, path.name)  # a film chosen by mistake is not read into memory
            content = path.read_bytes()
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Template not used"), error.message)
            return False
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Template not used"), self.tr(
                "The file %1 could not be read (%2).").replace("%1", path.name).replace("%2", exc.strerror or ""))
            return False
        try:
            open_template(content, path.name)  # refuses a file that is not a .docx or lacks a needed style
            publication.set_group_template(self.uow, group_id, path.name, content)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Template not used"), error.message)
            return False
        self.show_group(group_id)
        return True

    def use_default(self) -> None:
        group_id = self.group_id
        if group_id is None:
            return
        try:
            publication.clear_group_template(self.uow, group_id)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Could not be done"), error.message)
        self.show_group(group_id)

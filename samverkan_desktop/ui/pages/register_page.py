"""A searchable list of organisations or people with buttons to add and edit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..models.table_model import DtoTableModel
from ..operations import Changes, notify, perform, show_in_status_bar, subscribe


class RegisterPage(QWidget):
    """``load`` fetches rows through a service; ``edit(existing_or_None)`` runs a dialog, True if saved.

    Follows the change hub: a register change made anywhere (a dialog, the import, the demo) reloads the page when
    it is shown, or when it is shown next."""

    changed = Signal()

    def __init__(self, title: str, model: DtoTableModel[Any], load: Callable[[], list[Any]],
                 edit: Callable[[Any | None], bool], parent: QWidget | None = None, *,
                 export: Callable[[], object] | None = None,
                 remove: Callable[[Any], None] | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._load = load
        self._edit = edit
        self._remove = remove  # a service call that deletes the row (or raises a DomainError that says why not)
        heading = QLabel(title, self)
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.new_button = QPushButton(self.tr("New…"), self)
        self.edit_button = QPushButton(self.tr("Change…"), self)
        self.new_button.clicked.connect(self.create_row)
        self.edit_button.clicked.connect(self.edit_selected)
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        if remove is not None:
            self.remove_button = QPushButton(self.tr("Remove…"), self)
            self.remove_button.clicked.connect(self.remove_selected)
            bar.addWidget(self.remove_button)
        if export is not None:  # the whole register (every sheet), whichever register page it is started from
            self.export_button = QPushButton(self.tr("Export register to Excel…"), self)
            self.export_button.clicked.connect(lambda: export())
            bar.addWidget(self.export_button)
        bar.addStretch()
        bar.addWidget(self.filter_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.stale = False  # a register change arrived while the page was hidden
        subscribe(self, self._changed)

    def _changed(self, changes: Changes) -> None:
        if not changes.register:
            return
        if self.isVisibleTo(self.window()):
            self.reload()
        else:
            self.stale = True

    def showEvent(self, event) -> None:
        if self.stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self.stale = False
        self.model.set_rows(self._load())
        self.view.resizeColumnsToContents()

    def selected(self) -> Any | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def create_row(self) -> None:  # not create(): that is QWidget's
        if self._edit(None):
            self._saved()

    def edit_selected(self) -> None:
        selected = self.selected()
        if selected is None:
            show_in_status_bar(self, self.tr("Choose a row in the list first."))
        elif self._edit(selected):
            self._saved()

    def _saved(self) -> None:
        """A dialog saved: announced on the hub, which reloads this page and every other one showing the register."""
        notify(Changes(register=True, initiator=self))
        self.changed.emit()

    def remove_selected(self) -> bool:
        """Remove the chosen row after asking; a refusal (still in use) is said in a message."""
        selected, remove = self.selected(), self._remove
        if selected is None or remove is None:
            show_in_status_bar(self, self.tr("Choose a row in the list first."))
            return False
        name = getattr(selected, "name", "")
        answer = QMessageBox.question(self, self.tr("Remove"), self.tr("Remove %1 from the register?").replace(
            "%1", name), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if perform(self, lambda: remove(selected), title=self.tr("Could not remove"),
                   changes=Changes(register=True, initiator=self)) is None:
            return False
        self.changed.emit()
        return True

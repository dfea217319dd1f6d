"""Base of the edit dialogs: a form, OK/Cancel, and domain errors shown at the field they concern."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ..operations import perform
from ..window_geometry import scrolling

W = TypeVar("W", bound=QWidget)

ERROR_STYLE = "border: 2px solid #c62828; border-radius: 3px;"
# The signal that says the user changed a field, by kind of widget: the first one a field has is used.
EDIT_SIGNALS = ("textChanged", "currentIndexChanged", "dateChanged", "valueChanged", "toggled")


class FormDialog(QDialog):
    """Subclasses add rows with ``add_row`` and implement ``save()``, which calls a service and
    returns the stored value. A DomainError keeps the dialog open with the message at the field."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.result_value: Any = None
        self._fields: dict[str, QWidget] = {}
        self._error_labels: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.error_banner = QLabel(self)
        self.error_banner.setObjectName("errorBanner")
        self.error_banner.setWordWrap(True)
        self.error_banner.setStyleSheet("color: #c62828; font-weight: bold;")
        self.error_banner.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # The form scrolls when it is taller than the screen (a 1280×720 screen at 150 %); the message and the
        # buttons stay in view below it.
        form_box = QWidget(self)
        form_box.setObjectName("formBox")
        form_box.setLayout(self.form)
        self.form_scroll = scrolling(form_box, self, horizontal=False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_scroll, 1)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.buttons)

    def add_row(self, label: str, widget: W, field: str | None = None) -> W:
        """Adds ``widget`` under ``label`` and returns it with its own type, so callers keep it."""
        if field is None:
            self.form.addRow(label, widget)
            return widget
        self._fields[field] = widget
        error = QLabel(self)
        error.setObjectName(f"error_{field}")
        error.setStyleSheet("color: #c62828;")
        error.setWordWrap(True)
        error.hide()
        self._error_labels[field] = error
        box = QWidget(self)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(widget)
        inner.addWidget(error)
        self.form.addRow(label, box)
        self._clear_on_edit(field, widget)
        return widget

    def _clear_on_edit(self, field: str, widget: QWidget) -> None:
        """A field's red error goes as soon as the user changes the field: it was about the old value. A field
        made of several inputs (a line edit and its Choose… button) listens to each of them."""
        if not self._connect_edit(field, widget):
            for child in widget.findChildren(QWidget):
                self._connect_edit(field, child)

    def _connect_edit(self, field: str, widget: QWidget) -> bool:
        for name in EDIT_SIGNALS:
            signal = getattr(widget, name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(lambda *_args, field=field: self.clear_error(field))
                return True
        return False

    def clear_error(self, field: str) -> None:
        label = self._error_labels.get(field)
        if label is None or label.isHidden():
            return
        label.hide()
        label.clear()
        self._fields[field].setStyleSheet("")

    def field_widget(self, field: str) -> QWidget:
        return self._fields[field]

    def error_text(self, field: str | None = None) -> str:
        """The message shown at ``field`` (or in the banner when the error names no known field)."""
        if field is None:
            return self.error_banner.text() if not self.error_banner.isHidden() else ""
        label = self._error_labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def clear_errors(self) -> None:
        self.error_banner.hide()
        for field, label in self._error_labels.items():
            label.hide()
            label.clear()
            self._fields[field].setStyleSheet("")

    def show_error(self, error: DomainError) -> None:
        self.clear_errors()
        widget = self._fields.get(error.field or "")
        if widget is None:
            self.error_banner.setText(error.message)
            self.error_banner.show()
            return
        label = self._error_labels[error.field or ""]
        label.setText(error.message)
        label.show()
        widget.setStyleSheet(ERROR_STYLE)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.form_scroll.ensureWidgetVisible(label)
        self.form_scroll.ensureWidgetVisible(widget)

    def confirm_warnings(self, warnings: list[str]) -> bool:
        """Ask before saving despite warnings (holidays, clashes, rotation); False keeps the dialog open."""
        answer = QMessageBox.warning(
            self, self.tr("Check before saving"), "\n\n".join(warnings) + "\n\n" + self.tr("Save anyway?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Save

    def save(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def accept(self) -> None:
        saved = perform(self, self.save, at=self.show_error)  # a refusal is shown at its field
        if saved is None:
            return
        value = saved.value
        if value is None:  # the user declined a warning: stay open, nothing saved
            return
        self.result_value = value
        super().accept()

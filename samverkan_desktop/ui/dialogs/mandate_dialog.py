from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ValidationError
from ...services import UnitOfWork, mandates
from ...services.dto import MandateData, MandateDTO, ReportingDutyData
from ..labels import recurrence_labels
from ..models.reporting_duty_model import ReportingDutyTableModel
from ..widgets.date_field import DateField
from ..widgets.form_dialog import FormDialog

NO_VALUE = -1


def optional_spin(parent: QWidget, maximum: int) -> QSpinBox:
    """A spin box whose lowest value shows a dash and means "not stated"."""
    spin = QSpinBox(parent)
    spin.setRange(NO_VALUE, maximum)
    spin.setSpecialValueText("—")
    spin.setValue(NO_VALUE)
    return spin


def spin_value(spin: QSpinBox) -> int | None:
    return None if spin.value() == NO_VALUE else spin.value()


class RecurrenceDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for member, label in recurrence_labels().items():
            combo.addItem(label, member.value)
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData())


class MandateDialog(FormDialog):
    """Edit a group's mandate (uppdragshandling). Revising stores a new version and keeps the old."""

    def __init__(self, uow: UnitOfWork, group_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mandate"), parent)
        self.uow = uow
        self.group_id = group_id
        self.current: MandateDTO | None = mandates.current_mandate(uow, group_id)
        self.reference_edit = self.add_row(self.tr("Registry reference"), QLineEdit(self), "reference")
        self.decided_on_edit = self.add_row(self.tr("Decided on"), DateField("decided_on", self), "decided_on")
        self.decided_by_edit = self.add_row(self.tr("Decided by"), QLineEdit(self), "decided_by")
        self.commissioned_edit = self.add_row(self.tr("Commissioned by"), QLineEdit(self), "commissioned_by")
        self.purpose_edit = self.add_row(self.tr("Purpose"), QPlainTextEdit(self), "purpose")
        self.assignment_edit = self.add_row(self.tr("Assignment"), QPlainTextEdit(self), "assignment")
        for edit in (self.purpose_edit, self.assignment_edit):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(70)
        self.min_spin = self.add_row(self.tr("Meetings per year, at least"), optional_spin(self, 52),
                                     "meetings_min")
        self.max_spin = self.add_row(self.tr("Meetings per year, at most"), optional_spin(self, 52),
                                     "meetings_max")
        self.term_spin = self.add_row(self.tr("Chair's term (months)"), optional_spin(self, 120),
                                      "chair_term_months")
        self.rotates_check = self.add_row("", QCheckBox(self.tr("Chair rotates between municipality and region"),
                                                        self), "chair_rotates")
        self.substitutes_check = self.add_row("", QCheckBox(self.tr("Substitutes allowed"), self),
                                              "substitutes_allowed")
        self.approval_spin = self.add_row(self.tr("Days for the chair to approve minutes"),
                                          optional_spin(self, 365), "approval_days")
        self.revisions_edit = self.add_row(self.tr("Revised on"), QLineEdit(self), "revision_dates")
        self.revisions_edit.setPlaceholderText(self.tr("Dates separated by commas, e.g. 2016-02-25, 2019-11-14"))
        self.duty_model = ReportingDutyTableModel(list(self._duty_data()), self)
        self.duty_view = QTableView(self)
        self.duty_view.setModel(self.duty_model)
        self.duty_view.setItemDelegateForColumn(ReportingDutyTableModel.RECURRENCE, RecurrenceDelegate(self))
        duty_header = self.duty_view.horizontalHeader()
        duty_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        duty_header.setSectionResizeMode(ReportingDutyTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        duty_header.setSectionResizeMode(ReportingDutyTableModel.RECIPIENT, QHeaderView.ResizeMode.Stretch)
        self.duty_view.verticalHeader().hide()
        self.duty_view.setMinimumHeight(110)
        add_duty = QPushButton(self.tr("Add report"), self)
        remove_duty = QPushButton(self.tr("Remove report"), self)
        add_duty.clicked.connect(self._add_duty)
        remove_duty.clicked.connect(self._remove_duty)
        duty_box = QWidget(self)
        duty_layout = QVBoxLayout(duty_box)
        duty_layout.setContentsMargins(0, 0, 0, 0)
        duty_layout.addWidget(self.duty_view)
        buttons = QHBoxLayout()
        buttons.addWidget(add_duty)
        buttons.addWidget(remove_duty)
        buttons.addStretch()
        duty_layout.addLayout(buttons)
        self.add_row(self.tr("Reporting duties"), duty_box, "reporting_duties")
        self.new_version_check = QCheckBox(self.tr("Save as a new version (the mandate was revised)"), self)
        self.new_version_check.setVisible(self.current is not None)
        self.add_row("", self.new_version_check)
        if self.current:
            self._load(self.current)
        self.resize(760, self.sizeHint().height())  # window_geometry keeps it within the screen; it scrolls

    def _duty_data(self) -> Iterator[ReportingDutyData]:
        for d in mandates.reporting_duties(self.uow, self.group_id):
            yield ReportingDutyData(d.name, d.recurrence, d.due_month, d.due_day, d.recipient)

    def _load(self, m: MandateDTO) -> None:
        self.setWindowTitle(self.tr("Mandate, version %1").replace("%1", str(m.version)))
        self.reference_edit.setText(m.reference or "")
        self.decided_on_edit.set_value(m.decided_on)
        self.decided_by_edit.setText(m.decided_by or "")
        self.commissioned_edit.setText(m.commissioned_by or "")
        self.purpose_edit.setPlainText(m.purpose or "")
        self.assignment_edit.setPlainText(m.assignment or "")
        for spin, value in ((self.min_spin, m.meetings_min), (self.max_spin, m.meetings_max),
                            (self.term_spin, m.chair_term_months), (self.approval_spin, m.approval_days)):
            spin.setValue(NO_VALUE if value is None else value)
        self.rotates_check.setChecked(m.chair_rotates)
        self.substitutes_check.setChecked(m.substitutes_allowed)
        self.revisions_edit.setText(", ".join(d.isoformat() for d in m.revision_dates))

    def _add_duty(self) -> None:
        index = self.duty_model.add_duty(self.tr("Annual report"))
        self.duty_view.setCurrentIndex(index)
        self.duty_view.edit(index)

    def _remove_duty(self) -> None:
        index = self.duty_view.currentIndex()
        if index.isValid():
            self.duty_model.remove_duty(index.row())

    def _revision_dates(self) -> tuple[date, ...]:
        dates = []
        for part in self.revisions_edit.text().replace(";", ",").replace("/", ",").split(","):
            text = part.strip()
            if not text:
                continue
            try:
                dates.append(date.fromisoformat(text))
            except ValueError:
                raise ValidationError(
                    self.tr("“%1” is not a valid date. Write dates as YYYY-MM-DD, separated by commas.").replace(
                        "%1", text),
                    field="revision_dates",
                ) from None
        return tuple(dates)

    def save(self) -> MandateDTO:
        data = MandateData(
            reference=self.reference_edit.text(), decided_on=self.decided_on_edit.value(),
            decided_by=self.decided_by_edit.text(), commissioned_by=self.commissioned_edit.text(),
            purpose=self.purpose_edit.toPlainText(), assignment=self.assignment_edit.toPlainText(),
            meetings_min=spin_value(self.min_spin), meetings_max=spin_value(self.max_spin),
            chair_term_months=spin_value(self.term_spin), chair_rotates=self.rotates_check.isChecked(),
            substitutes_allowed=self.substitutes_check.isChecked(), approval_days=spin_value(self.approval_spin),
            revision_dates=self._revision_dates(), reporting_duties=self.duty_model.duties(),
        )
        return mandates.save_mandate(self.uow, self.group_id, data,
                                     new_version=self.new_version_check.isChecked())

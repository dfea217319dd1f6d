from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox, QWidget

from ...domain.enums import ItemKind
from ...domain.messages import msg
from ...domain.rules import require_text
from ...services.meeting_dto import AgendaItemData, AgendaItemDTO
from ..labels import item_kind_labels
from ..widgets.combos import enum_combo
from ..widgets.form_dialog import FormDialog


class AgendaItemDialog(FormDialog):
    """Title, kind, presenter, planned minutes and confidentiality of an agenda item. Returns the data;
    the editor stores it (as an undoable command when new)."""

    def __init__(self, parent: QWidget | None = None, existing: AgendaItemDTO | None = None) -> None:
        super().__init__(self.tr("Edit item") if existing else self.tr("New item"), parent)
        self.existing = existing
        self.title_edit = self.add_row(self.tr("Title"), QLineEdit(self), "title")
        self.kind_combo = self.add_row(self.tr("Kind"), enum_combo(item_kind_labels(), self), "kind")
        self.presenter_edit = self.add_row(self.tr("Presenter"), QLineEdit(self), "presenter")
        self.minutes_spin = self.add_row(self.tr("Planned minutes"), QSpinBox(self), "planned_minutes")
        self.minutes_spin.setRange(0, 600)
        self.minutes_spin.setSingleStep(5)
        self.confidential_check = self.add_row(
            "", QCheckBox(self.tr("Confidential (left out of the published minutes)"), self), "confidential")
        if existing:
            self.title_edit.setText(existing.title)
            self.kind_combo.set_value(existing.kind)
            self.presenter_edit.setText(existing.presenter or "")
            self.minutes_spin.setValue(existing.planned_minutes or 0)
            self.confidential_check.setChecked(existing.confidential)
        else:
            self.kind_combo.set_value(ItemKind.INFORMATION)
            self.minutes_spin.setValue(15)
        self.resize(480, self.sizeHint().height())

    def save(self) -> AgendaItemData:
        title = require_text(self.title_edit.text(), "title", msg("services.agenda.punkten_maste_ha_rubrik"))
        return AgendaItemData(title, self.kind_combo.value(), self.presenter_edit.text(),
                              self.minutes_spin.value() or None, self.confidential_check.isChecked(),
                              self.existing.case_id if self.existing else None)

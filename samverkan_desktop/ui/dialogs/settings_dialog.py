from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from ...infra.config import Settings
from ..widgets.combos import ChoiceCombo
from ..widgets.form_dialog import FormDialog


class SettingsDialog(FormDialog):
    """Language, the user name written into the audit trail, and spell-checking."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Settings"), parent)
        self.settings = settings
        self.language_combo = self.add_row(self.tr("Language"), ChoiceCombo(self), "language")
        self.language_combo.set_choices([("Svenska", "sv"), ("English", "en")])
        self.language_combo.set_value(settings.language)
        self.user_edit = self.add_row(self.tr("Your name"), QLineEdit(self), "user_name")
        self.user_edit.setText(settings.user_name)
        self.user_edit.setPlaceholderText(settings.actor)
        self.spelling_check = self.add_row(
            "", QCheckBox(self.tr("Check Swedish spelling in notes and decisions"), self), "spell_check")
        self.spelling_check.setChecked(settings.spell_check)
        note = QLabel(self.tr("A new language is used from the next start."), self)
        note.setWordWrap(True)
        self.add_row("", note)

    def save(self) -> Settings:
        return replace(self.settings, language=self.language_combo.value(), user_name=self.user_edit.text().strip(),
                       spell_check=self.spelling_check.isChecked())

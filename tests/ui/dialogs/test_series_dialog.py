"""Planera året checks the mandate's meetings per year before saving: shown in the preview, asked at save."""

from __future__ import annotations

from samverkan_desktop.services import mandates, meetings
from samverkan_desktop.services.dto import MandateData
from samverkan_desktop.ui.dialogs.series_dialog import SeriesDialog


def test_too_many_meetings_for_the_mandate_are_warned_before_saving(qtbot, uow, register, monkeypatch) -> None:
    group = register["lgs"].id
    mandates.save_mandate(uow, group, MandateData(meetings_min=4, meetings_max=6), new_version=False)
    asked: list[list[str]] = []
    monkeypatch.setattr(SeriesDialog, "confirm_warnings", lambda self, w: asked.append(w) or False)
    dialog = SeriesDialog(uow, group)
    qtbot.addWidget(dialog)
    dialog.first_edit.setText("2027-01-12")
    dialog.mode_combo.set_value("weeks")
    dialog.interval_spin.setValue(5)
    dialog.count_spin.setValue(8)
    assert not dialog.count_warning.isHidden()
    assert "2027 har 8 möten, men uppdragshandlingen säger högst 6." in dialog.count_warning.text()
    dialog.accept()
    assert "2027 har 8 möten, men uppdragshandlingen säger högst 6." in asked[0]
    assert not any("7 möten" in w for w in asked[0])  # the per-date count is replaced by the series' own
    assert meetings.list_meetings(uow, group, 2027) == []  # declined: nothing saved
    dialog.count_spin.setValue(3)
    assert "minst 4" in dialog.count_warning.text()
    dialog.count_spin.setValue(5)
    assert dialog.count_warning.isHidden()

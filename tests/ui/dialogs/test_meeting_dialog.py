from __future__ import annotations

from samverkan_desktop.services import meetings
from samverkan_desktop.ui.dialogs.meeting_dialog import MeetingDialog
from samverkan_desktop.ui.dialogs.series_dialog import SeriesDialog


def fill(dialog, day, start="13:00", end="15:00"):
    dialog.day_edit.setText(day)
    dialog.start_edit.setText(start)
    dialog.end_edit.setText(end)


def test_midsommarafton_is_warned_and_declining_saves_nothing(qtbot, uow, register, monkeypatch):
    asked: list[list[str]] = []
    monkeypatch.setattr(MeetingDialog, "confirm_warnings", lambda self, w: asked.append(w) or False)
    dialog = MeetingDialog(uow, register["lgs"].id)
    qtbot.addWidget(dialog)
    fill(dialog, "2026-06-19")
    dialog.accept()
    assert any("midsommarafton" in w for w in asked[0])
    assert meetings.list_meetings(uow, register["lgs"].id) == []


def test_a_weekend_is_warned_and_accepting_saves(qtbot, uow, register, monkeypatch):
    asked: list[list[str]] = []
    monkeypatch.setattr(MeetingDialog, "confirm_warnings", lambda self, w: asked.append(w) or True)
    dialog = MeetingDialog(uow, register["lgs"].id)
    qtbot.addWidget(dialog)
    fill(dialog, "2026-03-14")
    dialog.place_edit.setText("Rum 4")
    dialog.accept()
    assert any("lördag" in w for w in asked[0])
    assert [m.place for m in meetings.list_meetings(uow, register["lgs"].id)] == ["Rum 4"]


def test_end_before_start_and_bad_time_are_shown_at_the_field(qtbot, uow, register):
    dialog = MeetingDialog(uow, register["lgs"].id)
    qtbot.addWidget(dialog)
    fill(dialog, "2026-03-10", "15:00", "13:00")
    dialog.accept()
    assert "sluta före" in dialog.error_text("end")
    fill(dialog, "2026-03-10", "kvart i", "13:00")
    dialog.accept()
    assert "ingen giltig tid" in dialog.error_text("start")
    fill(dialog, "", "13:00", "15:00")
    dialog.accept()
    assert dialog.error_text("day") == "Ange ett datum."
    assert meetings.list_meetings(uow, register["lgs"].id) == []


def test_series_preview_and_a_year_planned(qtbot, uow, register, monkeypatch):
    monkeypatch.setattr(SeriesDialog, "confirm_warnings", lambda self, w: True)
    dialog = SeriesDialog(uow, register["lgs"].id)
    qtbot.addWidget(dialog)
    dialog.first_edit.setText("2026-01-13")
    dialog.mode_combo.set_value("months")
    dialog.interval_spin.setValue(2)
    dialog.weekday_combo.set_value(1)
    dialog.nth_combo.set_value(2)
    assert dialog.preview.text().startswith("2026-01-13, 2026-03-10, 2026-05-12")
    dialog.accept()
    assert len(meetings.list_meetings(uow, register["lgs"].id, 2026)) == 6

"""A field's red error goes when the field is changed (issue 18 point 6)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from samverkan_desktop.ui.dialogs.meeting_dialog import MeetingDialog
from samverkan_desktop.ui.widgets.form_dialog import ERROR_STYLE


def test_a_fields_error_goes_when_the_field_is_corrected(qtbot, uow, register) -> None:
    dialog = MeetingDialog(uow, register["lgs"].id)
    qtbot.addWidget(dialog)
    dialog.day_edit.setText("2026-03-10")
    dialog.start_edit.setText("kvart i")
    dialog.end_edit.setText("15:00")
    dialog.accept()
    assert "ingen giltig tid" in dialog.error_text("start")
    assert dialog.start_edit.styleSheet() == ERROR_STYLE
    dialog.start_edit.selectAll()
    qtbot.keyClicks(dialog.start_edit, "13:00")
    assert dialog.error_text("start") == ""
    assert dialog.start_edit.styleSheet() == ""
    assert dialog.findChild(type(dialog.error_banner), "error_start").isHidden()


def test_changing_one_field_leaves_the_error_of_another(qtbot, uow, register) -> None:
    dialog = MeetingDialog(uow, register["lgs"].id)
    qtbot.addWidget(dialog)
    dialog.day_edit.setText("2026-03-10")
    dialog.start_edit.setText("15:00")
    dialog.end_edit.setText("13:00")
    dialog.accept()
    assert "sluta före" in dialog.error_text("end")
    dialog.place_edit.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClicks(dialog.place_edit, "Rum 4")
    assert "sluta före" in dialog.error_text("end")
    dialog.end_edit.setText("16:00")
    assert dialog.error_text("end") == ""


def test_a_field_made_of_several_inputs_clears_when_one_of_them_changes(qtbot, uow, register) -> None:
    from samverkan_desktop.ui.dialogs.publish_dialog import PublishDialog

    dialog = PublishDialog(uow, None)
    qtbot.addWidget(dialog)
    dialog.folder.setText("   ")
    dialog.accept()
    assert dialog.error_text("folder") == "Välj mappen som filerna ska publiceras i."
    qtbot.keyClicks(dialog.folder, "/tmp/webb")
    assert dialog.error_text("folder") == ""

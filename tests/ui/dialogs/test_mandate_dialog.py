from __future__ import annotations

from datetime import date

from samverkan_desktop.domain.enums import Recurrence
from samverkan_desktop.services import mandates
from samverkan_desktop.ui.dialogs.mandate_dialog import MandateDialog


def test_creates_the_first_mandate_with_reporting_duties(qtbot, uow, register):
    dialog = MandateDialog(uow, register["lgs"].id)
    qtbot.addWidget(dialog)
    assert not dialog.new_version_check.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.reference_edit, "RS 2023-04038")
    qtbot.keyClicks(dialog.decided_on_edit, "2014-03-27")
    dialog.min_spin.setValue(4)
    dialog.term_spin.setValue(24)
    dialog.rotates_check.setChecked(True)
    dialog.substitutes_check.setChecked(False)
    qtbot.keyClicks(dialog.revisions_edit, "2016-02-25, 2019-11-14")
    dialog._add_duty()
    model = dialog.duty_model
    assert model.setData(model.index(0, model.NAME), "Kvartalsrapport brister i samverkan")
    assert model.setData(model.index(0, model.RECURRENCE), Recurrence.QUARTERLY.value)
    dialog.accept()
    saved = mandates.current_mandate(uow, register["lgs"].id)
    assert saved is not None
    assert (saved.reference, saved.meetings_min, saved.meetings_max) == ("RS 2023-04038", 4, None)
    assert saved.chair_rotates and not saved.substitutes_allowed and saved.chair_term_months == 24
    assert saved.revision_dates == (date(2016, 2, 25), date(2019, 11, 14))
    duties = mandates.reporting_duties(uow, register["lgs"].id)
    assert [(d.name, d.recurrence) for d in duties] == [("Kvartalsrapport brister i samverkan", Recurrence.QUARTERLY)]


def test_min_above_max_is_shown_at_the_field_and_nothing_saved(qtbot, uow, register):
    dialog = MandateDialog(uow, register["lgs"].id)
    qtbot.addWidget(dialog)
    dialog.min_spin.setValue(8)
    dialog.max_spin.setValue(6)
    dialog.accept()
    assert "Minsta antal" in dialog.error_text("meetings_min")
    assert mandates.current_mandate(uow, register["lgs"].id) is None


def test_bad_revision_date_is_refused(qtbot, uow, register):
    dialog = MandateDialog(uow, register["lgs"].id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.revisions_edit, "2016-02-25, 2016-13-01")
    dialog.accept()
    assert "2016-13-01" in dialog.error_text("revision_dates")
    assert mandates.current_mandate(uow, register["lgs"].id) is None


def test_revision_as_new_version_keeps_the_old_one(qtbot, uow, register):
    first = MandateDialog(uow, register["lgs"].id)
    qtbot.addWidget(first)
    first.min_spin.setValue(4)
    first.accept()
    second = MandateDialog(uow, register["lgs"].id)
    qtbot.addWidget(second)
    assert second.min_spin.value() == 4
    assert second.new_version_check.isVisibleTo(second)
    second.min_spin.setValue(6)
    second.new_version_check.setChecked(True)
    second.accept()
    history = mandates.mandate_history(uow, register["lgs"].id)
    assert [(m.version, m.meetings_min) for m in history] == [(2, 6), (1, 4)]

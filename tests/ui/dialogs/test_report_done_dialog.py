"""Marking a report as submitted, or taking the mark back (offered only when it is marked)."""

from __future__ import annotations

from datetime import date

from samverkan_desktop.domain.enums import Recurrence
from samverkan_desktop.services.dto import MandateData, ReportingDutyData
from samverkan_desktop.services.mandates import reporting_duties, save_mandate
from samverkan_desktop.services.reporting import reporting_deadlines
from samverkan_desktop.ui.dialogs.report_done_dialog import ReportDoneDialog

DUE = date(2026, 2, 15)


def duty(uow, register) -> int:
    group = register["lgs"].id
    save_mandate(uow, group, MandateData(meetings_min=None, meetings_max=None, substitutes_allowed=False,
                                         reporting_duties=(ReportingDutyData("Årsrapport", Recurrence.YEARLY, 2, 15),)),
                 new_version=False)
    return reporting_duties(uow, group)[0].id


def done_on(uow, register):
    return [d.done_on for d in reporting_deadlines(uow, 2026, register["lgs"].id) if d.due_on == DUE]


def test_a_report_is_marked_submitted_on_the_day_chosen(qtbot, uow, register):
    duty_id = duty(uow, register)
    dialog = ReportDoneDialog(uow, duty_id, DUE, "LGS: Årsrapport", None, today=date(2026, 2, 20))
    qtbot.addWidget(dialog)
    assert dialog.undo_check.isHidden()
    assert dialog.done_edit.value() == date(2026, 2, 20)  # today, until changed
    dialog.done_edit.set_value(date(2026, 2, 12))
    dialog.accept()
    assert done_on(uow, register) == [date(2026, 2, 12)]
    assert dialog.result_value.done_on == date(2026, 2, 12)


def test_the_mark_can_be_taken_back(qtbot, uow, register):
    duty_id = duty(uow, register)
    ReportDoneDialog(uow, duty_id, DUE, "LGS: Årsrapport", None, today=DUE).accept()
    dialog = ReportDoneDialog(uow, duty_id, DUE, "LGS: Årsrapport", DUE, today=date(2026, 3, 1))
    qtbot.addWidget(dialog)
    assert not dialog.undo_check.isHidden() and dialog.done_edit.value() == DUE
    dialog.undo_check.setChecked(True)
    assert not dialog.done_edit.isEnabled()
    dialog.accept()
    assert done_on(uow, register) == [None]

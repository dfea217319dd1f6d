"""The reporting duties of a mandate as an editable table: qtmodeltester, and edits that take or refuse a value."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from samverkan_desktop.domain.enums import Recurrence
from samverkan_desktop.services.dto import ReportingDutyData
from samverkan_desktop.ui.models.reporting_duty_model import ReportingDutyTableModel


def test_reporting_duty_model_edits(qtmodeltester):
    model = ReportingDutyTableModel([ReportingDutyData("Årsrapport", Recurrence.YEARLY, 3, 31)])
    qtmodeltester.check(model)
    model.add_duty("Handlingsplan")
    qtmodeltester.check(model)
    assert model.setData(model.index(1, model.MONTH), "12")
    assert not model.setData(model.index(1, model.DAY), "inte ett tal")
    assert model.setData(model.index(1, model.RECURRENCE), "kvartalsvis")
    assert model.index(1, model.RECURRENCE).data() == "Kvartalsvis"
    model.remove_duty(0)
    assert [d.name for d in model.duties()] == ["Handlingsplan"]
    assert model.duties()[0].due_month == 12
    assert model.rowCount(model.index(0, 0)) == 0 and model.rowCount(QModelIndex()) == 1

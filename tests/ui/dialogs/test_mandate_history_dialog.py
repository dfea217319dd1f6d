"""The history of a group's mandate versions, from the group page (issue 18 point 6: mandates.mandate_history had
no way in from the GUI)."""

from __future__ import annotations

from datetime import date

from samverkan_desktop.services import mandates
from samverkan_desktop.services.dto import MandateData
from samverkan_desktop.ui.dialogs.mandate_history_dialog import MandateHistoryDialog, mandate_version_model
from samverkan_desktop.ui.pages.group_page import GroupPage


def two_versions(uow, group_id: int) -> None:
    mandates.save_mandate(uow, group_id, MandateData("RS 2014-1", date(2014, 3, 27), "Regionstyrelsen",
                                                     purpose="Samverka kring äldre.", meetings_min=4),
                          new_version=False)
    mandates.save_mandate(uow, group_id, MandateData("RS 2023-4038", date(2023, 5, 2), "Regionstyrelsen",
                                                     purpose="Samverka kring äldre och barn.", meetings_min=6,
                                                     meetings_max=8), new_version=True)


def test_every_version_newest_first_with_its_text(qtbot, qtmodeltester, uow, register) -> None:
    two_versions(uow, register["lgs"].id)
    dialog = MandateHistoryDialog(uow, register["lgs"].id, "Ledningsgrupp för samverkan")
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.windowTitle() == "Uppdragets versioner: Ledningsgrupp för samverkan"
    assert [dialog.model.index(r, 0).data() for r in range(2)] == ["2", "1"]
    assert [dialog.model.index(r, 3).data() for r in range(2)] == ["RS 2023-4038", "RS 2014-1"]
    assert [dialog.model.index(r, 4).data() for r in range(2)] == ["6–8", "4–…"]
    assert "äldre och barn" in dialog.text.toPlainText() and "Version 2" in dialog.text.toPlainText()
    dialog.view.selectRow(1)
    assert "Samverka kring äldre." in dialog.text.toPlainText() and "Version 1" in dialog.text.toPlainText()


def test_an_empty_history_is_said(qtbot, qtmodeltester, uow, register) -> None:
    qtmodeltester.check(mandate_version_model())
    dialog = MandateHistoryDialog(uow, register["tema"].id, "Temagrupp Äldre")
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and dialog.text.toPlainText() == "Ingen uppdragshandling registrerad."


def test_the_group_page_opens_it_once_there_is_a_mandate(qtbot, uow, register, monkeypatch) -> None:
    page = GroupPage(uow, today=lambda: date(2026, 11, 22))
    qtbot.addWidget(page)
    page.show_group(register["lgs"].id)
    assert not page.mandate_history_button.isEnabled()
    two_versions(uow, register["lgs"].id)
    page.reload()
    assert page.mandate_history_button.isEnabled()
    shown = []
    monkeypatch.setattr(MandateHistoryDialog, "exec", lambda dialog: shown.append(dialog.model.rowCount()) or 0)
    page.mandate_history_button.click()
    assert shown == [2]

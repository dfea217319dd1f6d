from __future__ import annotations

from PySide6.QtCore import Qt

from samverkan_desktop.services import agenda
from samverkan_desktop.ui.dialogs.template_dialog import TemplateDialog


def test_the_secretary_changes_the_groups_standard_items(qtbot, uow, register):
    dialog = TemplateDialog(uow, register["lgs"].id)
    qtbot.addWidget(dialog)
    default_count = dialog.model.rowCount()
    assert dialog.model.items()[0].title == "Mötets öppnande"
    dialog.view.setCurrentIndex(dialog.model.index(0, 0))
    dialog.remove()
    dialog.model.add("Incheckning")
    dialog.accept()
    saved = agenda.template_items(uow, register["lgs"].id)
    assert len(saved) == default_count
    assert "Mötets öppnande" not in [t.title for t in saved] and "Incheckning" in [t.title for t in saved]


def test_an_empty_title_is_refused(qtbot, uow, register):
    dialog = TemplateDialog(uow, register["lgs"].id)
    qtbot.addWidget(dialog)
    dialog.model.setData(dialog.model.index(0, 0), "  ")
    dialog.accept()
    assert "rubrik" in dialog.error_text("template")
    assert agenda.template_items(uow, register["lgs"].id)[0].title == "Mötets öppnande"


def test_standard_items_get_wording_and_the_procedural_flag(qtbot, qtmodeltester, uow, register):
    dialog = TemplateDialog(uow, register["lgs"].id)
    qtbot.addWidget(dialog)
    model = dialog.model
    qtmodeltester.check(model)
    approve = [t.title for t in model.items()].index("Godkännande av dagordningen")
    assert model.data(model.index(approve, model.WORDING)) == "att godkänna dagordningen"
    assert model.data(model.index(approve, model.PROCEDURAL), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    index = model.add("Val av justerare")
    assert model.setData(model.index(index.row(), model.KIND), "beslut")
    assert model.setData(model.index(index.row(), model.WORDING), " att utse justerare ")
    assert model.setData(model.index(index.row(), model.PROCEDURAL), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    dialog.accept()
    saved = {t.title: t for t in agenda.template_items(uow, register["lgs"].id)}
    assert (saved["Val av justerare"].decision_text, saved["Val av justerare"].procedural) == (
        "att utse justerare", True)
    assert saved["Godkännande av dagordningen"].procedural

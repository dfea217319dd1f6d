"""The register import wizard: file, column mapping, a preview naming every row's problem, import; and the
register, action and anchoring lists to Excel from their views."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard
from shiboken6 import isValid

from samverkan_desktop.domain.register_table import TableKind
from samverkan_desktop.export.register_workbook import write_register_xlsx
from samverkan_desktop.sampledata import demo
from samverkan_desktop.services import people
from samverkan_desktop.services.register_export import register_tables
from samverkan_desktop.ui.dialogs.register_import_wizard import RegisterImportWizard

SHOTS = os.environ.get("SAMVERKAN_SCREENSHOTS")  # a folder: each page is saved there at 1366×768


@pytest.fixture(autouse=True)
def quiet_boxes(monkeypatch):
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))


def _shot(wizard: RegisterImportWizard, name: str) -> None:
    if SHOTS:
        wizard.grab().save(str(Path(SHOTS) / f"register_import_{name}.png"))


def _wizard(qtbot, uow, path: Path) -> RegisterImportWizard:
    wizard = RegisterImportWizard(uow, path=path)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_the_wizard_imports_a_mapped_csv_file(qtbot, uow, register, tmp_path, qtmodeltester) -> None:
    path = tmp_path / "medlemmar.csv"
    path.write_bytes("Grupp;Namn;Mejl;Uppdrag;På uppdrag av;Fr.o.m.\r\n"
                     "Temagrupp Äldre;Dana Ny;dana@exempel.se;ordförande;Göteborgs Stad;2026-01-01\r\n"
                     "Temagrupp Äldre;Anna Berg;;ledamot;Göteborgs Stad;46023\r\n".encode("cp1252"))
    backups = []
    wizard = _wizard(qtbot, uow, path)
    wizard.before_import = lambda: backups.append("före-import")
    _shot(wizard, "1_file")
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    sheet = wizard.mapping_page.sheets[0]
    assert sheet.table_kind() is TableKind.MEMBERSHIPS
    assert sheet.combos["role"].currentText() == "Uppdrag" and sheet.combos["email"].currentText() == "Mejl"
    _shot(wizard, "2_mapping")
    wizard.next()
    page = wizard.preview_page
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 2 and page.isComplete()
    assert page.model.index(0, 2).data() == "Läggs till"
    assert "Medlemskap: 2 tillagda" in page.summary.text()
    _shot(wizard, "3_preview")
    wizard.next()  # the commit page: imports
    assert wizard.currentPage() is wizard.done_page and wizard.result.applied and backups == ["före-import"]
    assert {p.name for p in people.list_people(uow)} >= {"Dana Ny", "Anna Berg"}
    assert len(people.list_people(uow)) == 4  # Anna Berg matched by her unique name, Dana Ny added
    _shot(wizard, "4_done")


def test_problems_are_shown_per_row_and_block_the_import(qtbot, uow, register, tmp_path, qtmodeltester) -> None:
    path = tmp_path / "personer.csv"
    path.write_text("Namn;E-post;Organisation\nÅsa;asa.exempel.se;\nBo;bo@x.se;Okänd AB\nCia;cia@x.se;\n",
                    encoding="utf-8")
    wizard = _wizard(qtbot, uow, path)
    wizard.next()
    wizard.next()
    page = wizard.preview_page
    qtmodeltester.check(page.model)
    assert page.model.index(0, 2).data() == "e-postadressen saknar @"
    assert "Okänd AB" in page.model.index(1, 2).data()
    assert page.model.index(2, 2).data() == "Läggs till"
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert "2 rader har problem" in page.summary.text()
    _shot(wizard, "problems")
    assert len(people.list_people(uow)) == 3


def test_a_wrong_file_and_missing_columns_are_said_on_their_page(qtbot, uow, tmp_path) -> None:
    path = tmp_path / "register.xlsx"
    path.write_text("inte excel", encoding="utf-8")
    wizard = _wizard(qtbot, uow, path)
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "ingen Excel-arbetsbok" in wizard.file_page.problem.text()
    path = tmp_path / "grupper.csv"
    path.write_text("Rubrik;Typ\nLGS;Ledningsgrupp\n", encoding="utf-8")
    wizard.file_page.path.setText(str(path))
    wizard.next()
    sheet = wizard.mapping_page.sheets[0]
    sheet.kind.setCurrentIndex(sheet.kind.findData(TableKind.GROUPS.value))
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert 'saknar kolumnen "Namn"' in wizard.mapping_page.problem.text()
    sheet.combos["name"].setCurrentIndex(sheet.combos["name"].findText("Rubrik"))
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page and wizard.preview_page.isComplete()


def test_save_template_from_the_wizard(qtbot, uow, tmp_path, monkeypatch) -> None:
    target = tmp_path / "mall"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    wizard = _wizard(qtbot, uow, tmp_path / "x.csv")
    wizard.file_page.template_button.click()
    assert wizard.template_saved == tmp_path / "mall.xlsx"
    assert "Medlemskap" in load_workbook(wizard.template_saved).sheetnames


def test_a_whole_exported_register_imports_through_the_wizard(qtbot, uow, tmp_path, engine) -> None:
    demo.create_demo_data(uow)
    path = write_register_xlsx(register_tables(uow), tmp_path / "register.xlsx")
    wizard = _wizard(qtbot, uow, path)
    wizard.next()
    assert [s.table_kind() for s in wizard.mapping_page.sheets] == list(TableKind)
    wizard.next()
    assert wizard.preview_page.model.rowCount() == 20 + 79 + 14 + 107
    assert "Personer: 0 tillagda, 0 ändrade, 79 oförändrade" in wizard.preview_page.summary.text()


def test_lists_to_excel_from_their_views(qtbot, main_window, uow, tmp_path) -> None:
    demo.create_demo_data(uow)
    runner = main_window.export_register(tmp_path / "register.xlsx")
    qtbot.waitUntil(lambda: (tmp_path / "register.xlsx").exists(), timeout=10_000)
    qtbot.waitUntil(lambda: not isValid(runner), timeout=10_000)  # it deletes itself when done
    assert load_workbook(tmp_path / "register.xlsx").sheetnames == ["Organisationer", "Personer", "Grupper",
                                                                    "Medlemskap"]
    assert main_window.people_page.export_button.text() == "Exportera registret till Excel…"
    from samverkan_desktop.ui.pages.follow_up_lists import ActionsTab, AnchoringTab

    actions = main_window.follow_up_page.findChild(ActionsTab)  # the page is built when first used
    actions.reload()
    runner = actions.export(tmp_path / "atgarder.xlsx")
    qtbot.waitUntil(lambda: (tmp_path / "atgarder.xlsx").exists(), timeout=10_000)
    qtbot.waitUntil(lambda: not isValid(runner), timeout=10_000)  # it deletes itself when done
    sheet = load_workbook(tmp_path / "atgarder.xlsx").active
    assert sheet["A1"].value == "Grupp" and sheet.max_row > 1
    anchoring = main_window.follow_up_page.findChild(AnchoringTab)
    anchoring.reload()
    runner = anchoring.export(tmp_path / "forankring.xlsx")
    qtbot.waitUntil(lambda: (tmp_path / "forankring.xlsx").exists(), timeout=10_000)
    qtbot.waitUntil(lambda: not isValid(runner), timeout=10_000)  # it deletes itself when done
    assert load_workbook(tmp_path / "forankring.xlsx").active["A1"].value == "Part"

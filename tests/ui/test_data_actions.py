"""Arkiv > Importera anteckningar från Word…, Exportera öppna data (OParl)…, Exportera allt…"""

from __future__ import annotations

import json
import zipfile
from datetime import date

import pytest
from docx import Document
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox
from sqlalchemy import func, select

from samverkan_desktop.db.models import Meeting
from samverkan_desktop.domain.enums import Role
from samverkan_desktop.importing.word_minutes import read_minutes_docx
from samverkan_desktop.infra.config import Settings
from samverkan_desktop.services import memberships
from samverkan_desktop.services.dto import MembershipData
from samverkan_desktop.services.legacy_minutes import plan_minutes_import
from samverkan_desktop.ui.dialogs.import_minutes_dialog import ImportMinutesDialog
from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.models.minutes_import_model import MinutesImportModel

TODAY = date(2026, 11, 22)


@pytest.fixture
def window(qtbot, uow):
    saved: list[Settings] = []
    window = MainWindow(uow, Settings(), database_label="test", save_settings=saved.append, today=lambda: TODAY)
    window.saved = saved
    qtbot.addWidget(window)
    return window


@pytest.fixture
def old_minutes(uow, register, tmp_path):
    for person in ("anna", "bo"):
        memberships.save_membership(uow, MembershipData(register[person].id, register["lgs"].id, Role.MEMBER,
                                                        None, date(2020, 1, 1)))
    d = Document()
    d.add_paragraph("Minnesanteckningar LGS")
    d.add_paragraph("Datum: 2024-10-01")
    d.add_paragraph("Tid: 13.00-15.00")
    d.add_paragraph("Närvarande: Anna Berg, Bo Ek, Sven Okänd")
    d.add_heading("§ 30 Öppnande", 2)
    d.add_heading("§ 31 Rutiner", 2)
    d.add_paragraph("Rutinen diskuterades.")
    d.add_paragraph("Beslut: att anta rutinen")
    d.add_paragraph("Informationen noteras.")
    target = tmp_path / "lgs 2024-10-01.docx"
    d.save(str(target))
    return target


@pytest.fixture
def boxes(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _parent, title, text, *a, _k=kind, **kw:
                            shown.append((_k, text)) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(("box", box.text())) or 0)
    return shown


def _meetings(uow) -> int:
    with uow:
        return uow.session.scalar(select(func.count()).select_from(Meeting))


def test_the_preview_model_passes_the_model_tester_and_shows_what_was_recognised(qtmodeltester, uow, register,
                                                                                  old_minutes):
    plan = plan_minutes_import(uow, read_minutes_docx(old_minutes), register["lgs"].id)
    model = MinutesImportModel(plan)
    qtmodeltester.check(model)
    top = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert top == ["Möte", "Närvaro", "Punkter"]
    items = model.index(2, 0)
    assert [model.index(r, 0, items).data() for r in range(model.rowCount(items))] == ["§ 30 Öppnande",
                                                                                       "§ 31 Rutiner"]
    second = model.index(1, 0, items)
    details = {model.index(r, 0, second).data(): model.index(r, 1, second).data()
               for r in range(model.rowCount(second))}
    assert details["Beslut"] == "att anta rutinen" and details["Anteckningar"] == "Rutinen diskuterades."
    people = model.index(1, 0)
    assert model.index(1, 1).data() == "2 matchade, 1 kändes inte igen"
    unknown = [model.index(r, 1, people).data() for r in range(model.rowCount(people))
               if model.index(r, 0, people).data() == "Sven Okänd"]
    assert "kändes inte igen" in unknown[0]


def test_import_from_the_file_menu_previews_then_saves(qtbot, window, uow, register, old_minutes, boxes,
                                                       monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(old_minutes), ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, names, current, _e: (names[current], True))
    seen: list[ImportMinutesDialog] = []

    def exec_(dialog):
        seen.append(dialog)
        dialog.import_now()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportMinutesDialog, "exec", exec_)
    window.group_page.group_id = register["lgs"].id
    window.data_actions.import_minutes_action.trigger()
    assert seen and seen[0].plan.group_name == "Ledningsgrupp för samverkan"
    assert _meetings(uow) == 1
    assert boxes[-1][0] == "information" and "Sven Okänd" in boxes[-1][1]
    assert window.saved[-1].recent["import_folder"] == str(old_minutes.parent)


def test_cancel_in_the_preview_saves_nothing(window, uow, register, old_minutes, boxes, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(old_minutes), ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, names, current, _e: (names[current], True))
    monkeypatch.setattr(ImportMinutesDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    window.data_actions.import_minutes_action.trigger()
    assert _meetings(uow) == 0 and boxes == []


def test_a_renamed_text_file_is_named_for_what_it_is(window, uow, register, tmp_path, boxes, monkeypatch):
    fake = tmp_path / "anteckningar.docx"
    fake.write_text("Minnesanteckningar\n§ 1 Öppnande\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(fake), ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, names, current, _e: (names[current], True))
    window.data_actions.import_minutes_action.trigger()
    assert boxes[0][0] == "warning" and "den är en textfil" in boxes[0][1]
    assert _meetings(uow) == 0


def test_export_everything_runs_off_the_gui_thread_and_writes_the_zip(qtbot, window, register, tmp_path, boxes,
                                                                      monkeypatch):
    target = tmp_path / "allt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.data_actions.export_all_action.trigger()
    qtbot.waitUntil(lambda: any("Sparade" in text for _, text in boxes), timeout=20_000)
    with zipfile.ZipFile(tmp_path / "allt.zip") as z:
        assert "tables/person.csv" in z.namelist() and "README.txt" in z.namelist()


def test_export_open_data_asks_for_folder_and_address(qtbot, window, register, tmp_path, boxes, monkeypatch):
    folder = tmp_path / "oparl"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("https://data.example.se/oparl", True))
    window.data_actions.export_oparl_action.trigger()
    qtbot.waitUntil(lambda: any("OParl" in text for _, text in boxes), timeout=20_000)
    body = json.loads((folder / "body/1.json").read_text(encoding="utf-8"))
    assert body["name"] == "Västra Götalandsregionen"
    assert window.saved[-1].recent["oparl_base_url"] == "https://data.example.se/oparl"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("inte en adress", True))
    window.data_actions.export_oparl_action.trigger()
    qtbot.waitUntil(lambda: any(kind == "warning" and "webbadress" in text for kind, text in boxes), timeout=20_000)


def test_a_refused_open_data_export_lets_go_of_its_runner(qtbot, window, register, tmp_path, boxes, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("inte en adress", True))
    window.data_actions.export_oparl_action.trigger()
    assert window.data_actions.runner is not None
    qtbot.waitUntil(lambda: any(kind == "warning" for kind, _text in boxes), timeout=20_000)
    qtbot.waitUntil(lambda: window.data_actions.runner is None)


def test_the_meetings_tab_imports_into_its_own_group_without_asking(window, uow, register, old_minutes, boxes,
                                                                    monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(old_minutes), ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: pytest.fail("the group is known"))
    plans = []

    def exec_(dialog):
        plans.append(dialog.plan)
        dialog.import_now()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportMinutesDialog, "exec", exec_)
    window.group_page.show_group(register["lgs"].id)
    window.group_page.meetings_tab.import_button.click()
    assert [p.group_id for p in plans] == [register["lgs"].id]
    assert _meetings(uow) == 1

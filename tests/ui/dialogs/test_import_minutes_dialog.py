"""ui/dialogs/import_minutes_dialog.py: the preview of old Word minutes (its tree model checked by
qtmodeltester), the names it could not match, and Import: a held meeting with draft minutes, or the refusal said
with the dialog left open."""

from __future__ import annotations

from datetime import date

import pytest
from docx import Document
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox
from sqlalchemy import func, select

from samverkan_desktop.db.models import Meeting
from samverkan_desktop.domain.enums import Role
from samverkan_desktop.importing.word_minutes import read_minutes_docx
from samverkan_desktop.services.dto import MembershipData
from samverkan_desktop.services.legacy_minutes import plan_minutes_import
from samverkan_desktop.services.memberships import save_membership
from samverkan_desktop.ui.dialogs.import_minutes_dialog import ImportMinutesDialog


@pytest.fixture
def plan(uow, register, tmp_path):
    """Minutes of LGS with two paragraphs; Anna Berg is a member, Sven Okänd is nobody."""
    save_membership(uow, MembershipData(register["anna"].id, register["lgs"].id, Role.MEMBER, None,
                                        date(2020, 1, 1)))
    document = Document()
    for line in ("Minnesanteckningar LGS", "Datum: 2024-10-01", "Tid: 13.00-15.00",
                 "Närvarande: Anna Berg, Sven Okänd", "§ 30 Öppnande", "§ 31 Rutiner", "Rutinen diskuterades.",
                 "Beslut: att anta rutinen"):
        document.add_paragraph(line)
    path = tmp_path / "lgs 2024-10-01.docx"
    document.save(str(path))
    return plan_minutes_import(uow, read_minutes_docx(path), register["lgs"].id), path.read_bytes()


@pytest.fixture
def refusals(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(args[2]))
    return said


def _meetings(uow) -> int:
    with uow:
        return uow.session.scalar(select(func.count()).select_from(Meeting))


def test_the_preview_names_the_file_the_group_and_the_unmatched(qtbot, qtmodeltester, uow, plan) -> None:
    plan_value, original = plan
    dialog = ImportMinutesDialog(uow, plan_value, original)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("lgs 2024-10-01.docx" in t and "Ledningsgrupp för samverkan" in t for t in texts)
    assert [m.name for m in plan_value.unmatched] == ["Sven Okänd"]
    assert "1 namn matchar ingen medlem i gruppen; de lämnas utanför närvarolistan." in texts
    assert dialog.model.rowCount() > 0 and dialog.result_value is None


def test_import_creates_the_meeting_and_accepts(qtbot, uow, plan, refusals) -> None:
    plan_value, original = plan
    dialog = ImportMinutesDialog(uow, plan_value, original)
    qtbot.addWidget(dialog)
    dialog.import_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and refusals == []
    assert dialog.result_value.items == 2 and dialog.result_value.paragraphs == (30, 31)
    assert _meetings(uow) == 1


def test_a_refused_import_is_said_and_the_dialog_stays_open(qtbot, uow, plan, refusals) -> None:
    plan_value, original = plan
    first = ImportMinutesDialog(uow, plan_value, original)
    qtbot.addWidget(first)
    first.import_now()
    again = ImportMinutesDialog(uow, plan_value, original)  # the same § a second time
    qtbot.addWidget(again)
    again.import_now()
    assert again.result() != QDialog.DialogCode.Accepted and again.result_value is None
    assert len(refusals) == 1 and "§" in refusals[0]
    assert _meetings(uow) == 1

"""The group's Word template on the group page: a usable .docx is stored and named, one without the styles the
export needs (or no .docx at all) is refused in words, and the standard template can be taken back."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from samverkan_desktop.services import publication
from samverkan_desktop.ui.pages.group_page import GroupPage


def template_file(path: Path, *, without: str | None = None) -> Path:
    """A .docx made with python-docx; ``without`` names a style whose element is taken out of styles.xml."""
    document = docx.Document()
    if without is not None:
        element = document.styles[without].element
        element.getparent().remove(element)
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


@pytest.fixture
def page(qtbot, uow, register) -> GroupPage:
    page = GroupPage(uow, today=lambda: date(2026, 11, 22))
    qtbot.addWidget(page)
    page.show_group(register["lgs"].id)
    return page


@pytest.fixture
def warnings(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *rest: shown.append((title, text)))
    return shown


def choose(monkeypatch, picker, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    picker.choose_button.click()


def test_the_standard_template_is_shown_at_first_and_cancelling_keeps_it(page, uow, register, monkeypatch,
                                                                         warnings):
    picker = page.template_picker
    assert picker.label.text() == "Word-mall: standardmallen"
    assert picker.choose_button.text() == "Välj Word-mall…"
    assert picker.default_button.text() == "Använd standardmallen" and not picker.default_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: ("", ""))
    picker.choose_button.click()
    assert warnings == [] and publication.group_template(uow, register["lgs"].id) is None


def test_a_valid_docx_is_stored_for_the_group_and_named(page, uow, register, tmp_path, monkeypatch, warnings):
    path = template_file(tmp_path / "Logga LGS.docx")
    choose(monkeypatch, page.template_picker, path)
    assert warnings == []
    stored = publication.group_template(uow, register["lgs"].id)
    assert stored.file_name == "Logga LGS.docx" and stored.content == path.read_bytes()
    assert page.template_picker.label.text() == "Word-mall: Logga LGS.docx"
    assert page.template_picker.default_button.isEnabled()
    page.show_group(register["tema"].id)  # only this group's
    assert publication.group_template(uow, register["tema"].id) is None
    assert page.template_picker.label.text() == "Word-mall: standardmallen"
    page.show_group(register["lgs"].id)
    assert page.template_picker.label.text() == "Word-mall: Logga LGS.docx"


def test_a_template_without_heading_2_is_refused_naming_rubrik_2(page, uow, register, tmp_path, monkeypatch,
                                                                  warnings):
    choose(monkeypatch, page.template_picker, template_file(tmp_path / "utan.docx", without="Heading 2"))
    [(title, text)] = warnings
    assert title == "Mallen används inte"
    assert "Mallen utan.docx saknar formatmallen ”Rubrik 2” (Heading 2)" in text
    assert publication.group_template(uow, register["lgs"].id) is None
    assert page.template_picker.label.text() == "Word-mall: standardmallen"


def test_a_file_that_cannot_be_read_is_refused(page, uow, register, tmp_path, monkeypatch, warnings):
    choose(monkeypatch, page.template_picker, tmp_path / "borta.docx")
    [(title, text)] = warnings
    assert title == "Mallen används inte" and text.startswith("Filen borta.docx kunde inte läsas (")
    assert publication.group_template(uow, register["lgs"].id) is None


def test_a_file_that_is_not_word_is_refused(page, uow, register, tmp_path, monkeypatch, warnings):
    path = tmp_path / "mall.docx"
    path.write_text("inte ett Word-dokument", encoding="utf-8")
    choose(monkeypatch, page.template_picker, path)
    assert warnings == [("Mallen används inte",
                         "Mallen mall.docx kan inte läsas: den är inte ett Word-dokument (.docx eller .dotx).")]
    assert publication.group_template(uow, register["lgs"].id) is None


def test_use_the_standard_template_clears_the_groups_own(page, uow, register, tmp_path, monkeypatch, warnings):
    choose(monkeypatch, page.template_picker, template_file(tmp_path / "egen.docx"))
    assert publication.group_template(uow, register["lgs"].id) is not None
    page.template_picker.default_button.click()
    assert publication.group_template(uow, register["lgs"].id) is None
    assert page.template_picker.label.text() == "Word-mall: standardmallen"
    assert not page.template_picker.default_button.isEnabled() and warnings == []

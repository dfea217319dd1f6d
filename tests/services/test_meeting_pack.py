"""The meeting pack: the service gathers notice and attachments (checked), the export assembles one PDF with a
table of contents and a bookmark per §. The full pack needs LibreOffice (CI installs it)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pikepdf
import pytest
from meeting_fixtures import item, meeting
from pack_samples import docx_file, image_file, needs_soffice, pdf_file, xlsx_file
from sqlalchemy import select, update

from samverkan_desktop.application.sending import export_meeting_pack
from samverkan_desktop.db.models import Attachment, AttachmentBlob
from samverkan_desktop.domain.errors import StorageError, ValidationError
from samverkan_desktop.domain.meeting_pack import CONFIDENTIAL_NOTE
from samverkan_desktop.services.attachments import attach_content
from samverkan_desktop.services.meeting_pack import meeting_pack
from samverkan_desktop.services.meetings import cancel_meeting


@pytest.fixture
def agenda(uow, meeting_world):
    """§ 1 without attachments, § 2 a PDF and a Word file, § 3 confidential with a PDF, § 4 an Excel sheet,
    a PNG, a JPEG and a .zip."""
    m = meeting(uow, meeting_world.nosam, date(2026, 3, 10))
    items = [item(uow, m.id, title, **extra) for title, extra in (
        ("Mötets öppnande", {}), ("Budget för vårdsamverkan", {}), ("Ärende om en enskild", {"confidential": True}),
        ("Lägesrapport från Närvården", {}))]
    attach_content(uow, items[1].id, "Underlag budget.pdf", pdf_file("Budgetunderlag"))
    attach_content(uow, items[1].id, "Förslag till beslut.docx", docx_file("Förslag om växelvård"))
    attach_content(uow, items[2].id, "Hemligt.pdf", pdf_file("Sekretessbelagt"))
    attach_content(uow, items[3].id, "Statistik 2025.xlsx", xlsx_file("Vårdplatser per månad"))
    attach_content(uow, items[3].id, "Karta.png", image_file("PNG"))
    attach_content(uow, items[3].id, "Foto från mötet.jpg", image_file("JPEG", (1600, 2400)))
    attach_content(uow, items[3].id, "Rådata.zip", b"PK\x03\x04 not shown")
    return m, items


def test_the_service_gathers_attachments_in_agenda_order_and_leaves_confidential_ones_out(uow, agenda):
    m, _items = agenda
    pack = meeting_pack(uow, m.id)
    assert [s.title for s in pack.sections] == ["Mötets öppnande", "Budget för vårdsamverkan",
                                                 "Konfidentiell punkt", "Lägesrapport från Närvården"]
    assert [[f.file_name for f in s.files] for s in pack.sections] == [
        [], ["Underlag budget.pdf", "Förslag till beslut.docx"], [],
        ["Statistik 2025.xlsx", "Karta.png", "Foto från mötet.jpg", "Rådata.zip"]]
    assert pack.sections[2].confidential
    assert [f.kind for f in pack.sections[3].files] == ["office", "image", "image", None]


def test_a_damaged_attachment_stops_the_pack_in_swedish_and_nothing_is_written(uow, agenda, tmp_path):
    m, _items = agenda
    with uow:
        photo = select(Attachment.sha256).where(Attachment.file_name == "Foto från mötet.jpg").scalar_subquery()
        uow.session.execute(update(AttachmentBlob).where(AttachmentBlob.sha256 == photo)
                            .values(content=b"x" * 10))  # the JPEG, changed behind the app's back
        uow.commit()
    target = tmp_path / "handlingar.pdf"
    with pytest.raises(StorageError, match=r"Bilagan Foto från mötet\.jpg är skadad"):
        export_meeting_pack(uow, m.id, target)
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_meeting_has_no_pack(uow, agenda, tmp_path):
    m, _items = agenda
    cancel_meeting(uow, m.id, "Inga ärenden")
    with pytest.raises(ValidationError, match="inställt"):
        export_meeting_pack(uow, m.id, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def page_text(path, first: int, last: int | None = None) -> str:
    """pdftotext of pages first..last (1-based)."""
    return subprocess.run(["pdftotext", "-f", str(first), "-l", str(last or first), str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


@pytest.mark.slow
def test_the_pack_has_notice_contents_and_every_attachment_with_a_bookmark_per_paragraph(uow, agenda, tmp_path):
    needs_soffice()
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    m, items = agenda
    target = tmp_path / "Möteshandlingar NOSAM.pdf"
    steps: list[str] = []
    result = export_meeting_pack(uow, m.id, target, steps.append)
    assert result.path == target and steps

    with pikepdf.open(target) as pdf:
        pages = len(pdf.pages)
        with pdf.open_outline() as outline:
            marks = [(o.title, pikepdf.Page(o.destination[0]).index if o.destination else None,
                      [c.title for c in o.children]) for o in outline.root]
        assert str(pdf.Root.Lang) == "sv-SE"
        assert pdf.open_metadata()["dc:title"] == f"Möteshandlingar NOSAM Falkenberg {m.starts_at:%Y-%m-%d}"
    titles = [title for title, _page, _children in marks]
    paragraphs = [i.paragraph for i in items]
    assert titles == ["Kallelse", "Innehåll", f"§ {paragraphs[0]} Mötets öppnande",
                      f"§ {paragraphs[1]} Budget för vårdsamverkan", f"§ {paragraphs[2]} Konfidentiell punkt",
                      f"§ {paragraphs[3]} Lägesrapport från Närvården"]
    page_of = {title: page for title, page, _children in marks}
    toc_page = page_of["Innehåll"]
    notice_pages = toc_page  # the notice starts on page 0
    assert marks[3][2] == ["Underlag budget.pdf", "Förslag till beslut.docx"]

    # pages: notice + table of contents + 2 (PDF) + Word + Excel + 2 images; no page of the .zip or the secret
    budget, lage = page_of[titles[3]], page_of[titles[5]]
    word_pages = lage - budget - 2
    toc_pages = budget - toc_page
    assert toc_pages >= 1 and word_pages >= 1
    assert pages == notice_pages + toc_pages + 2 + word_pages + (pages - lage)
    assert pages - lage == 3  # Excel on one page, then the PNG and the JPEG
    assert page_of[titles[2]] == toc_page and page_of[titles[4]] == toc_page  # nothing of their own

    assert "Kallelse" in page_text(target, 1)
    contents = page_text(target, toc_page + 1, budget)
    for expected in ("Innehåll", "Underlag budget.pdf", "Statistik 2025.xlsx", "Rådata.zip", "skickas separat",
                     CONFIDENTIAL_NOTE.split(" och ")[0], "Inga handlingar"):
        assert expected in " ".join(contents.split()), expected
    assert f"{budget + 1}" in contents and f"{lage + 1}" in contents
    assert "Budgetunderlag sida 1" in page_text(target, budget + 1)
    assert "Budgetunderlag sida 2" in page_text(target, budget + 2)
    assert "Förslag om växelvård" in page_text(target, budget + 3, lage)
    assert "Vårdplatser per månad" in page_text(target, lage + 1)
    assert "Sekretessbelagt" not in page_text(target, 1, pages)
    with pikepdf.open(target) as pdf:
        for index in (pages - 2, pages - 1):  # each image alone on an A4 page
            page = pdf.pages[index]
            assert [float(v) for v in page.MediaBox][2:] == pytest.approx([595.276, 841.89])
            assert len(page.Resources.XObject) == 1

"""Every kind of PDF the app makes is tagged PDF/UA-1 and PDF/A-2b: minutes, kallelse (notice) and the annual
report, exported from the demo data through the app and converted by the real LibreOffice in one batch, then
read back with pikepdf. Skipped without LibreOffice, except in CI (SAMVERKAN_REQUIRE_SOFFICE=1)."""

from __future__ import annotations

import os
import zipfile
from collections import Counter
from datetime import date
from pathlib import Path

import docx
import pikepdf
import pytest

from samverkan_desktop.application.publishing import ExportKind, export_annual_report, export_document
from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.migrate import upgrade_database
from samverkan_desktop.db.uow import create_unit_of_work
from samverkan_desktop.domain.enums import MinutesStatus
from samverkan_desktop.export.pdf import find_soffice, open_pdf_converter, pdf_unavailable_reason
from samverkan_desktop.infra.config import migrations_dir
from samverkan_desktop.sampledata import demo
from samverkan_desktop.services import groups, meetings

pytestmark = pytest.mark.slow
TODAY = date(2026, 11, 22)
KINDS = ("minutes", "notice", "annual_report", "list")


def structure(pdf: pikepdf.Pdf) -> Counter[str]:
    """How often each structure type occurs in the structure tree."""
    counts: Counter[str] = Counter()
    pending = [pdf.Root.StructTreeRoot.get("/K")]
    while pending:
        node = pending.pop()
        if isinstance(node, pikepdf.Array):
            pending.extend(node)
        elif isinstance(node, pikepdf.Dictionary):
            if "/S" in node:
                counts[str(node.S).lstrip("/")] += 1
            if "/K" in node:
                pending.append(node.K)
    return counts


def has_lists(source: Path) -> bool:
    """Whether the Word document has list paragraphs (numbering, or a List style)."""
    with zipfile.ZipFile(source) as package:
        body = package.read("word/document.xml").decode()
    return "<w:numPr>" in body or 'w:val="ListBullet"' in body or 'w:val="ListNumber"' in body


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> dict[str, tuple[Path, Path, str]]:
    """kind -> (docx, pdf, title): the demo's minutes, notice and annual report and a document with lists,
    all converted in one batch."""
    if find_soffice() is None:
        if os.environ.get("SAMVERKAN_REQUIRE_SOFFICE") == "1":
            pytest.fail(f"SAMVERKAN_REQUIRE_SOFFICE=1 but no LibreOffice was found: {pdf_unavailable_reason()}")
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("pdfua")
    engine = create_database_engine(f"sqlite:///{folder / 'demo.db'}")
    upgrade_database(engine, migrations_dir())
    uow = create_unit_of_work(engine, "testare")
    demo.create_demo_data(uow, TODAY)
    group = next(g for g in groups.list_groups(uow) if g.name == "Temagrupp Äldre")
    series = meetings.list_meetings(uow, group.id)
    approved = [m for m in series if m.minutes_status is MinutesStatus.APPROVED][-1]
    upcoming = next(m for m in series if m.starts_at.date() >= TODAY)
    sources = {"minutes": export_document(uow, ExportKind.MINUTES, approved.id, folder / "minutes.docx").path,
               "notice": export_document(uow, ExportKind.NOTICE, upcoming.id, folder / "notice.docx").path,
               "annual_report": export_annual_report(uow, group.id, 2026, folder / "annual_report.docx").path}
    engine.dispose()
    listed = docx.Document()
    listed.core_properties.title = "Åtgärdslista"
    listed.add_heading("Åtgärder", 1)
    for text in ("Kalla till nästa möte", "Skicka anteckningarna"):
        listed.add_paragraph(text, style="List Bullet")
    listed.save(folder / "list.docx")
    sources["list"] = folder / "list.docx"
    with open_pdf_converter() as converter:
        results = converter.convert([(source, source.with_suffix(".pdf")) for source in sources.values()])
        assert converter.runs == 1  # one LibreOffice for the whole batch
    assert [r.error for r in results] == [None] * len(results)
    return {kind: (source, source.with_suffix(".pdf"), docx.Document(str(source)).core_properties.title)
            for kind, source in sources.items()}


@pytest.mark.parametrize("kind", KINDS[:3])
def test_tagged_with_headings_tables_and_lists(converted, kind):
    source, target, _title = converted[kind]
    with pikepdf.open(target) as pdf:
        assert pdf.Root.MarkInfo.Marked is True
        assert "/StructTreeRoot" in pdf.Root
        tags = structure(pdf)
        assert tags["H1"] >= 1
        if kind == "minutes":
            assert tags["H2"] >= 1  # every § is a heading below the parts
        assert tags["Table"] >= 1 and tags["TH"] >= 1  # tables with header cells
        if has_lists(source):
            assert tags["L"] >= 1 and tags["LI"] >= 1
        assert "/Outlines" in pdf.Root  # bookmarks from the headings


def test_word_lists_become_list_structure(converted):
    source, target, _title = converted["list"]
    assert has_lists(source)
    with pikepdf.open(target) as pdf:
        tags = structure(pdf)
    assert tags["L"] == 1 and tags["LI"] == 2 and tags["LBody"] == 2


@pytest.mark.parametrize("kind", KINDS[:3])
def test_swedish_titled_pdfua_and_pdfa_metadata(converted, kind):
    _source, target, title = converted[kind]
    assert title and title.split()[0] in {"Minnesanteckningar", "Kallelse", "Underlag"}
    with pikepdf.open(target) as pdf:
        assert str(pdf.Root.Lang) == "sv-SE"
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
        metadata = pdf.open_metadata()
        assert metadata["dc:title"] == title
        assert metadata["pdfaid:part"] == "2" and metadata["pdfaid:conformance"] == "B"
        assert metadata["pdfuaid:part"] == "1"


@pytest.mark.parametrize("kind", KINDS)
def test_every_font_is_embedded(converted, kind):
    _source, target, _title = converted[kind]
    with pikepdf.open(target) as pdf:
        fonts = 0
        for page in pdf.pages:
            for font in page.Resources.get("/Font", pikepdf.Dictionary()).values():
                descriptors = [font.get("/FontDescriptor")] + [d.get("/FontDescriptor")
                                                               for d in font.get("/DescendantFonts", [])]
                descriptors = [d for d in descriptors if d is not None]
                assert descriptors, f"{font.get('/BaseFont')} has no font descriptor"
                for descriptor in descriptors:
                    assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")), \
                        f"{font.get('/BaseFont')} is not embedded"
                fonts += 1
        assert fonts >= 1

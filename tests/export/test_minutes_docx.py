"""The minutes as Word: content and its order, heading styles, tables, header and footer, document properties,
confidential items, and reference files of the XML that catch any unintended change in the output."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from itertools import pairwise

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx_samples import (
    CREATED,
    GROUP,
    SECRETS,
    blocks,
    check_reference,
    minutes_sample,
    only_part,
    pretty,
    reopen,
    zip_parts,
)
from lxml import etree

from samverkan_desktop.domain.documents import MinutesDocument
from samverkan_desktop.export.docx_base import to_bytes
from samverkan_desktop.export.minutes_docx import render_minutes, write_minutes

PEOPLE = ["Namn", "Organisation", "Roll"]
NAMES = ["Namn", "Organisation"]

APPROVED_BODY = [
    ("Heading 1", "Minnesanteckningar"),
    ("Subtitle", GROUP),
    ("Normal", "Tid: tisdag 10 mars 2026, kl. 13.00–15.30"),
    ("Normal", "Plats: Länssjukhuset, sal Åkerö"),
    ("Normal", "Digitalt: https://meet.example.se/ostra-lansdelen"),
    ("Heading 1", "Närvarande"),
    ("table", [PEOPLE, ["Anna Berg", "Region Östergötland", "ordförande"],
               ["Örjan Åström", "Norrköpings kommun", "ledamot"],
               ["Märta Öberg", "Finspångs kommun", "ersättare för Lena Ek"]]),
    ("Heading 1", "Anmält förhinder"),
    ("table", [NAMES, ["Lena Ek", "Finspångs kommun"], ["Björn Hägg", ""]]),
    ("Heading 1", "Adjungerade"),
    ("table", [PEOPLE, ["Sofia Lindström", "Vårdcentralen Ödeshög", "adjungerad"],
               ["Karl Ärlig", "Kommunförbundet", "adjungerad, närvarande § 1–2"]]),
    ("Heading 1", "Gäster"),
    ("table", [NAMES, ["Åsa Nyström", "Linköpings universitet"], ["Per Öhman", ""]]),
    ("Heading 1", "Ärenden"),
    ("Heading 2", "§ 1 Mötets öppnande och dagordning"),
    ("Normal", "Föredragande: Anna Berg"),
    ("Normal", "Beslut: Gruppen beslutar i enighet att"),
    ("List Bullet", "godkänna dagordningen"),
    ("Heading 2", "§ 2 Samordnad individuell plan (SIP) – uppföljning"),
    ("Normal", "Föredragande: Örjan Åström"),
    ("Normal", "Uppföljningen visar att fler SIP hålls än förra året."),
    ("List Bullet", "Kommunerna saknar underlag för äldre."),
    ("List Bullet", "Regionen har nya rutiner [emoji: thumbs up sign]"),
    ("Normal", "Beslut: Gruppen beslutar i enighet att"),
    ("List Bullet", "ge arbetsgruppen i uppdrag att ta fram en gemensam rutin"),
    ("List Bullet", "återrapportera i maj"),
    ("Normal", "Åtgärder"),
    ("table", [["Vad", "Vem", "När"], ["Ta fram förslag på rutin för SIP", "Märta Öberg", "2026-04-15"],
               ["Samla in underlag från kommunerna", "Norrköpings kommun", ""],
               ["Återrapportera till gruppen", "", "2026-05-12"]]),
    ("Heading 2", "§ 3 Konfidentiell punkt"),
    ("Normal", "Punkten är konfidentiell och publiceras inte."),
    ("Heading 2", "§ 4 Läkemedelsgenomgångar i hemsjukvården"),
    ("Normal", "Läget presenterades."),
    ("Normal", "Informationen noteras."),
    ("Heading 1", "Godkännande"),
    ("Normal", "Godkända av ordförande Anna Berg 2026-03-17, osignerat godkännande. "
               "Kontrollsumma 3f9a-1c2e-77be."),
    ("Heading 1", "Nästa möte"),
    ("Normal", "Tisdag 14 april 2026, kl. 13.00–15.30, Rådhuset, Norrköping."),
    ("Normal", "Vid anteckningarna: Eva Lund"),
]


@pytest.fixture(scope="module")
def approved():
    return reopen(render_minutes(minutes_sample(), created=CREATED))


@pytest.fixture(scope="module")
def draft():
    return reopen(render_minutes(minutes_sample(draft=True), created=CREATED))


@pytest.fixture(scope="module")
def approved_parts():
    return zip_parts(to_bytes(render_minutes(minutes_sample(), created=CREATED)))


# -- content and order --------------------------------------------------------------------------------------
def test_approved_minutes_have_every_part_in_order_with_the_right_styles(approved):
    assert blocks(approved) == APPROVED_BODY


def test_draft_says_utkast_in_the_title_and_facts_and_is_not_approved(draft):
    assert blocks(draft) == [
        ("Heading 1", "Minnesanteckningar (UTKAST)"),
        *APPROVED_BODY[1:5],
        ("Normal", "Utkast: anteckningarna är inte godkända av ordföranden."),
        *APPROVED_BODY[5:-4],
        ("Normal", "Anteckningarna är ännu inte godkända."),
        *APPROVED_BODY[-3:],
    ]
    bold_line = next(p for p in draft.paragraphs if p.text.startswith("Utkast:"))
    assert all(run.bold for run in bold_line.runs)


def test_labels_are_bold_and_the_rest_of_the_line_is_not(approved):
    labelled = {p.text.split(" ", 1)[0]: p for p in approved.paragraphs
                if p.text.startswith(("Tid:", "Plats:", "Digitalt:", "Beslut:"))}
    assert set(labelled) == {"Tid:", "Plats:", "Digitalt:", "Beslut:"}
    for paragraph in labelled.values():
        assert paragraph.runs[0].bold is True
        assert all(not run.bold for run in paragraph.runs[1:])
    presenter = next(p for p in approved.paragraphs if p.text.startswith("Föredragande:"))
    assert all(run.italic for run in presenter.runs)


def test_a_decision_already_starting_with_att_gets_no_second_att(approved):
    body = blocks(approved)
    clauses = [text for (style, text), (_, before) in zip(body[1:], body, strict=False)
               if style == "List Bullet" and str(before).startswith(("Beslut:", "godkänna", "ge "))]
    assert clauses == ["godkänna dagordningen", "ge arbetsgruppen i uppdrag att ta fram en gemensam rutin",
                       "återrapportera i maj"]


def test_minimal_minutes_leave_out_empty_lists_and_items():
    minimal = MinutesDocument(GROUP, CREATED, CREATED + timedelta(hours=1), None, None, draft=True)
    body = blocks(reopen(render_minutes(minimal, created=CREATED)))
    assert body == [
        ("Heading 1", "Minnesanteckningar (UTKAST)"),
        ("Subtitle", GROUP),
        ("Normal", "Tid: tisdag 17 mars 2026, kl. 09.30–10.30"),
        ("Normal", "Utkast: anteckningarna är inte godkända av ordföranden."),
        ("Heading 1", "Godkännande"),
        ("Normal", "Anteckningarna är ännu inte godkända."),
    ]



def test_minutes_whose_approval_lapsed_say_why_where_a_draft_says_utkast():
    why = "Godkännandet av Anna Berg 2026-03-12 gäller inte längre: anteckningarna har ändrats (§ 2 (beslut))."
    lapsed = MinutesDocument(GROUP, CREATED, CREATED + timedelta(hours=1), None, None, draft=True,
                             approval_lapsed=why)
    body = blocks(reopen(render_minutes(lapsed, created=CREATED)))
    assert body == [
        ("Heading 1", "Minnesanteckningar (UTKAST)"),
        ("Subtitle", GROUP),
        ("Normal", "Tid: tisdag 17 mars 2026, kl. 09.30–10.30"),
        ("Normal", why),
        ("Heading 1", "Godkännande"),
        ("Normal", why),
    ]

# -- confidential items -------------------------------------------------------------------------------------
def test_a_confidential_item_keeps_only_its_paragraph_and_the_not_published_line(approved):
    body = blocks(approved)
    start = body.index(("Heading 2", "§ 3 Konfidentiell punkt"))
    assert body[start + 1] == ("Normal", "Punkten är konfidentiell och publiceras inte.")
    assert body[start + 2][0] == "Heading 2"


@pytest.mark.parametrize("draft_flag", [False, True])
def test_nothing_a_confidential_item_carries_appears_anywhere_in_the_file(draft_flag):
    content = to_bytes(render_minutes(minutes_sample(draft=draft_flag), created=CREATED))
    text = b"\n".join(zip_parts(content).values()).decode("utf-8", "replace")
    for secret in SECRETS:
        assert secret not in text
    assert "Ödeshög" in text  # the check can see Swedish text: the adjunct's organisation is there


# -- headings -----------------------------------------------------------------------------------------------
def test_headings_are_real_styles_in_order_title_then_level_1_then_level_2(approved, draft):
    for document in (approved, draft):
        # The title is the first heading (level 1, as converters and PDF tags read it); no "Title" paragraph.
        assert document.paragraphs[0].style.name == "Heading 1"
        assert document.paragraphs[0].text.startswith("Minnesanteckningar")
        levels = [{"Heading 1": 1, "Heading 2": 2}[p.style.name] for p in document.paragraphs
                  if p.style.name in ("Title", "Heading 1", "Heading 2")]
        assert levels[0] == 1
        assert all(after - before <= 1 for before, after in pairwise(levels))
        outline = [p for p in document.paragraphs if p.style.name.startswith("Heading")]
        assert all(p.style.style_id in ("Heading1", "Heading2") for p in outline)


def test_headings_before_tables_are_kept_with_the_table(approved):
    for paragraph in approved.paragraphs:
        if paragraph.text in ("Närvarande", "Anmält förhinder", "Adjungerade", "Gäster", "Åtgärder"):
            assert paragraph.paragraph_format.keep_with_next is True


# -- tables -------------------------------------------------------------------------------------------------
def test_every_table_has_one_repeating_bold_header_row_and_a_description(approved):
    assert len(approved.tables) == 5
    for table in approved.tables:
        rows = table._tbl.tr_lst
        assert rows[0].xpath("./w:trPr/w:tblHeader/@w:val") == ["true"]
        assert all(not row.xpath("./w:trPr/w:tblHeader") for row in rows[1:])
        assert all(run.bold for cell in table.rows[0].cells for run in cell.paragraphs[0].runs)
        assert all(not run.bold for row in table.rows[1:] for cell in row.cells for run in cell.paragraphs[0].runs)
        caption = table._tbl.tblPr.xpath("./w:tblCaption/@w:val")
        assert caption and caption == table._tbl.tblPr.xpath("./w:tblDescription/@w:val")
    assert approved.tables[4]._tbl.tblPr.xpath("./w:tblCaption/@w:val") == [
        "Åtgärder under § 2: vad, vem och när"]


def test_tables_fill_the_text_width_of_an_a4_page(approved):
    text_width = approved.sections[0].page_width - approved.sections[0].left_margin - approved.sections[0].right_margin
    for table in approved.tables:
        total = sum(int(w) for w in table._tbl.xpath("./w:tblGrid/w:gridCol/@w:w"))
        assert abs(total * 635 - text_width) < 635 * 5  # twips to EMU; a few twips of rounding
        assert table._tbl.xpath("./w:tblPr/w:tblLayout/@w:type") == ["fixed"]


# -- header and footer --------------------------------------------------------------------------------------
def test_header_has_the_group_and_draft_marker_footer_has_page_fields(approved, draft):
    for document, header_text in ((approved, GROUP), (draft, f"{GROUP} – UTKAST")):
        section = document.sections[0]
        assert [p.text for p in section.header.paragraphs if p.text] == [header_text]
        assert section.header.paragraphs[0].style.name == "Header"
        footer = [p for p in section.footer.paragraphs if p.text]
        assert [p.text for p in footer] == ["Sida 1 av 1"]  # the cached field results
        assert footer[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
        element = section.footer._element
        assert [t.strip() for t in element.xpath(".//w:instrText/text()")] == ["PAGE", "NUMPAGES"]
        assert element.xpath(".//w:fldChar/@w:fldCharType") == ["begin", "separate", "end"] * 2


# -- properties ---------------------------------------------------------------------------------------------
def test_core_properties_are_all_set_by_the_export(approved, draft):
    props = approved.core_properties
    assert props.title == f"Minnesanteckningar {GROUP} 2026-03-10"
    assert props.author == props.last_modified_by == GROUP
    assert props.language == "sv-SE"
    assert props.created == props.modified == props.last_printed == datetime(2026, 3, 17, 8, 30, tzinfo=UTC)
    assert props.subject == "Minnesanteckningar från mötet tisdag 10 mars 2026"
    assert props.content_status == "Godkänd"
    assert props.revision == 1
    assert (props.comments, props.keywords, props.category, props.identifier, props.version) == ("",) * 5
    assert draft.core_properties.title == f"Minnesanteckningar (UTKAST) {GROUP} 2026-03-10"
    assert draft.core_properties.content_status == "Utkast"


@pytest.fixture
def swedish_clock(monkeypatch):
    """The machine's local time zone is Stockholm, as on the secretaries' computers."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is not available on this platform")
    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("created", [CREATED, CREATED.astimezone(UTC), datetime(2026, 3, 17, 9, 30)],
                         ids=["stockholm", "utc", "naive-local"])
def test_created_is_stored_in_utc_whatever_the_local_time_zone(swedish_clock, created):
    props = reopen(render_minutes(minutes_sample(), created=created)).core_properties
    assert props.created == props.modified == datetime(2026, 3, 17, 8, 30, tzinfo=UTC)


def test_no_python_docx_leftovers_and_no_thumbnail(approved_parts):
    assert "docProps/thumbnail.jpeg" not in approved_parts
    assert b"thumbnail" not in approved_parts["_rels/.rels"]
    for name, blob in approved_parts.items():
        assert b"python-docx" not in blob.lower(), name
    app = etree.fromstring(approved_parts["docProps/app.xml"])
    ns = {"ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"}
    assert app.xpath("string(ep:Application)", namespaces=ns) == "Samverkan Desktop"
    assert app.xpath("count(ep:Template | ep:Company | ep:Manager)", namespaces=ns) == 0


def test_document_default_language_is_swedish(approved_parts):
    styles = parse_xml(approved_parts["word/styles.xml"])
    lang = styles.xpath("./w:docDefaults/w:rPrDefault/w:rPr/w:lang")
    assert len(lang) == 1
    assert lang[0].get(qn("w:val")) == "sv-SE"


# -- writing ------------------------------------------------------------------------------------------------
def test_write_minutes_writes_a_file_word_can_open_and_nothing_else(tmp_path):
    before = datetime.now(UTC).replace(microsecond=0)
    target = tmp_path / "protokoll" / "minnesanteckningar.docx"
    assert write_minutes(minutes_sample(), target) == target
    assert [p.name for p in target.parent.iterdir()] == ["minnesanteckningar.docx"]
    document = docx.Document(str(target))
    assert blocks(document) == APPROVED_BODY
    assert before <= document.core_properties.created <= datetime.now(UTC) + timedelta(seconds=1)


# -- reference files ----------------------------------------------------------------------------------------
def test_rendering_twice_gives_the_same_parts():
    first = zip_parts(to_bytes(render_minutes(minutes_sample(), created=CREATED)))
    second = zip_parts(to_bytes(render_minutes(minutes_sample(), created=CREATED)))
    assert first == second


@pytest.mark.parametrize(("reference", "pattern"), [
    ("minutes_document.xml", r"word/document\.xml"),
    ("minutes_header.xml", r"word/header\d*\.xml"),
    ("minutes_footer.xml", r"word/footer\d*\.xml"),
    ("minutes_core.xml", r"docProps/core\.xml"),
])
def test_minutes_xml_matches_the_reference_file(approved_parts, reference, pattern):
    # Nothing needs normalising: `created` is fixed and stored in UTC, and the output is otherwise deterministic
    # (test_rendering_twice_gives_the_same_parts).
    check_reference(reference, pretty(only_part(approved_parts, pattern)))


def test_draft_header_matches_the_reference_file():
    parts = zip_parts(to_bytes(render_minutes(minutes_sample(draft=True), created=CREATED)))
    check_reference("minutes_draft_header.xml", pretty(only_part(parts, r"word/header\d*\.xml")))


def test_a_signed_approval_names_its_key_in_the_approval_line() -> None:
    from dataclasses import replace

    sample = minutes_sample(draft=False)
    signed = replace(sample, approval=replace(sample.approval, fingerprint="3F2A 9C01 77BE 0000 1111 2222 3333 4444"))
    texts = [p.text for p in render_minutes(signed).paragraphs]
    assert "Godkända av ordförande Anna Berg 2026-03-17, signerat med nyckel 3F2A 9C01 77BE 0000 1111 2222 3333 " \
        "4444. Kontrollsumma 3f9a-1c2e-77be." in texts
    assert not any("Osignerat" in t for t in texts)

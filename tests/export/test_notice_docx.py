"""The notice (kallelse) as Word: facts, the agenda table with planned clock times, confidential items shown as
such, attachments, invited members, header, footer and properties, and a reference file of its XML."""

from __future__ import annotations

from datetime import UTC, datetime

import docx
import pytest
from docx_samples import (
    CREATED,
    GROUP,
    SECRETS,
    blocks,
    check_reference,
    notice_sample,
    only_part,
    pretty,
    reopen,
    zip_parts,
)

from samverkan_desktop.domain.documents import NoticeDocument
from samverkan_desktop.export.docx_base import to_bytes
from samverkan_desktop.export.notice_docx import render_notice, write_notice

AGENDA_HEADER = ["Tid", "§", "Punkt", "Typ", "Föredragande"]
NOTICE_BODY = [
    ("Heading 1", "Kallelse"),
    ("Subtitle", GROUP),
    ("Normal", "Tid: tisdag 14 april 2026, kl. 13.00–15.30"),
    ("Normal", "Plats: Rådhuset, Norrköping"),
    ("Normal", "Digitalt: https://meet.example.se/ostra-lansdelen"),
    ("Heading 1", "Dagordning"),
    ("table", [AGENDA_HEADER,
               ["13.00", "§ 1", "Mötets öppnande", "beslut", "Anna Berg"],
               ["13.05", "§ 2", "SIP – uppföljning", "diskussion", "Örjan Åström"],
               ["13.45", "§ 3", "Konfidentiell punkt", "beslut", ""],
               ["14.05", "§ 4", "Läkemedelsgenomgångar", "information", ""],
               ["", "", "Övriga frågor", "information", ""]]),
    ("Heading 1", "Bilagor"),
    ("Normal", "SIP-rapport 2026.pdf (till § 2)"),
    ("Normal", "Åtgärdsplan för äldre.docx (till § 2)"),
    ("Normal", "Läkemedel i hemsjukvården.pdf (till § 4)"),
    ("Heading 1", "Kallade"),
    ("table", [["Namn", "Organisation", "Roll"], ["Anna Berg", "Region Östergötland", "ordförande"],
               ["Örjan Åström", "Norrköpings kommun", "ledamot"], ["Märta Öberg", "", ""]]),
    ("Heading 1", "Förhinder"),
    ("Normal", "Meddela förhinder till Sara Ström så snart som möjligt. Ordinarie ledamot som har förhinder "
               "ansvarar för att ersättare kallas."),
]


@pytest.fixture(scope="module")
def notice():
    return reopen(render_notice(notice_sample(), created=CREATED))


@pytest.fixture(scope="module")
def notice_parts():
    return zip_parts(to_bytes(render_notice(notice_sample(), created=CREATED)))


def test_notice_has_facts_agenda_attachments_invited_and_excuses_in_order(notice):
    assert blocks(notice) == NOTICE_BODY


def test_planned_times_are_stockholm_clock_times_even_when_given_in_utc(notice):
    times = [row.cells[0].text for row in notice.tables[0].rows[1:]]
    assert times == ["13.00", "13.05", "13.45", "14.05", ""]


def test_a_confidential_item_shows_as_such_and_nothing_it_carries_is_printed(notice_parts):
    text = b"\n".join(notice_parts.values()).decode("utf-8", "replace")
    assert "Konfidentiell punkt" in text
    for secret in SECRETS:
        assert secret not in text


def test_a_notice_without_items_attachments_members_or_secretary_says_so_briefly():
    bare = NoticeDocument(GROUP, datetime(2026, 4, 14, 11, tzinfo=UTC), datetime(2026, 4, 14, 12, tzinfo=UTC),
                          None, None)
    assert blocks(reopen(render_notice(bare, created=CREATED))) == [
        ("Heading 1", "Kallelse"),
        ("Subtitle", GROUP),
        ("Normal", "Tid: tisdag 14 april 2026, kl. 13.00–14.00"),
        ("Heading 1", "Dagordning"),
        ("Normal", "Dagordningen skickas ut senare."),
        ("Heading 1", "Förhinder"),
        ("Normal", "Meddela förhinder till sekreteraren så snart som möjligt. Ordinarie ledamot som har förhinder "
                   "ansvarar för att ersättare kallas."),
    ]


def test_headings_are_title_then_level_1_only(notice):
    styles = [p.style.name for p in notice.paragraphs if p.style.name in ("Title", "Heading 1", "Heading 2")]
    assert styles == ["Heading 1"] * 5  # the title first


def test_tables_have_a_repeating_header_row_and_a_description(notice):
    assert len(notice.tables) == 2
    for table in notice.tables:
        rows = table._tbl.tr_lst
        assert rows[0].xpath("./w:trPr/w:tblHeader/@w:val") == ["true"]
        assert all(not row.xpath("./w:trPr/w:tblHeader") for row in rows[1:])
        assert all(run.bold for cell in table.rows[0].cells for run in cell.paragraphs[0].runs)
    captions = [t._tbl.tblPr.xpath("string(./w:tblCaption/@w:val)") for t in notice.tables]
    assert captions == ["Dagordning: planerad tid, paragraf, punkt, typ och föredragande",
                        "Kallade: namn, organisation och roll"]


def test_header_has_the_group_and_footer_has_page_fields(notice):
    section = notice.sections[0]
    assert [p.text for p in section.header.paragraphs if p.text] == [GROUP]
    assert [p.text for p in section.footer.paragraphs if p.text] == ["Sida 1 av 1"]
    assert [t.strip() for t in section.footer._element.xpath(".//w:instrText/text()")] == ["PAGE", "NUMPAGES"]


def test_properties_name_the_notice_and_the_group(notice, notice_parts):
    props = notice.core_properties
    assert props.title == f"Kallelse {GROUP} 2026-04-14"
    assert props.author == props.last_modified_by == GROUP
    assert props.subject == "Kallelse till mötet tisdag 14 april 2026"
    assert props.content_status == "Kallelse"
    assert props.language == "sv-SE"
    assert props.created == datetime(2026, 3, 17, 8, 30, tzinfo=UTC)
    assert "docProps/thumbnail.jpeg" not in notice_parts
    assert all(b"python-docx" not in blob.lower() for blob in notice_parts.values())
    assert b'w:val="sv-SE"' in notice_parts["word/styles.xml"]


def test_write_notice_writes_the_file(tmp_path):
    target = tmp_path / "kallelse.docx"
    assert write_notice(notice_sample(), target) == target
    assert blocks(docx.Document(str(target))) == NOTICE_BODY
    assert [p.name for p in tmp_path.iterdir()] == ["kallelse.docx"]


@pytest.mark.parametrize(("reference", "pattern"), [
    ("notice_document.xml", r"word/document\.xml"),
    ("notice_header.xml", r"word/header\d*\.xml"),
    ("notice_footer.xml", r"word/footer\d*\.xml"),
    ("notice_core.xml", r"docProps/core\.xml"),
])
def test_notice_xml_matches_the_reference_file(notice_parts, reference, pattern):
    check_reference(reference, pretty(only_part(notice_parts, pattern)))

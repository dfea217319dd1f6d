"""Shared material for the Word export tests: hand-built documents with Swedish text, custom templates made
with python-docx, a tiny PNG logo, and helpers that read a rendered .docx back (body blocks in order, zip parts,
reference files)."""

from __future__ import annotations

import io
import os
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from samverkan_desktop.domain.calendar import STOCKHOLM
from samverkan_desktop.domain.documents import (
    ActionLine,
    ApprovalLine,
    MinutesDocument,
    MinutesSection,
    NextMeeting,
    NoticeDocument,
    NoticeItem,
    Participant,
)
from samverkan_desktop.domain.enums import Outcome
from samverkan_desktop.export.docx_base import to_bytes

GROUP = "Samordningsråd Östra länsdelen"
CREATED = datetime(2026, 3, 17, 9, 30, tzinfo=STOCKHOLM)  # 08:30 UTC: winter time
REFERENCE_DIR = Path(__file__).parent / "reference"
UPDATE_REFERENCES = "SAMVERKAN_UPDATE_REFERENCES"

# Everything a confidential item carries in the hand-built documents: none of it may reach the file.
SECRETS = ("Patientärende Ödeshög", "Doktor Hemlig", "Känslig anteckning om patienten", "hemlighålla journalen",
           "Hemligt utfall", "Hemlig åtgärd", "Hemlig Handläggare", "hemlig-bilaga.pdf")


def stockholm(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=STOCKHOLM)


def minutes_sample(*, draft: bool = False) -> MinutesDocument:
    """Minutes with every part filled: four kinds of participants, an ordinary item, one whose decision does
    not start with "att" and that has actions, a confidential one, one with notes only; approval, next meeting."""
    return MinutesDocument(
        group_name=GROUP,
        starts_at=stockholm(2026, 3, 10, 13),
        ends_at=stockholm(2026, 3, 10, 15, 30),
        place="Länssjukhuset, sal Åkerö",
        online_link="https://meet.example.se/ostra-lansdelen",
        draft=draft,
        present=(
            Participant("Anna Berg", "Region Östergötland", "ordförande"),
            Participant("Örjan Åström", "Norrköpings kommun", "ledamot"),
            Participant("Märta Öberg", "Finspångs kommun", "ersättare för Lena Ek"),
        ),
        excused=(
            Participant("Lena Ek", "Finspångs kommun"),
            Participant("Björn Hägg", None),
        ),
        adjuncts=(
            Participant("Sofia Lindström", "Vårdcentralen Ödeshög", "adjungerad"),
            Participant("Karl Ärlig", "Kommunförbundet", "adjungerad, närvarande § 1–2"),
        ),
        guests=(
            Participant("Åsa Nyström", "Linköpings universitet"),
            Participant("Per Öhman"),
        ),
        sections=(
            MinutesSection(1, "Mötets öppnande och dagordning", presenter="Anna Berg",
                           decision="att godkänna dagordningen", outcome="Gruppen beslutar i enighet.",
                           outcome_kind=Outcome.DECIDED),
            MinutesSection(
                2, "Samordnad individuell plan (SIP) – uppföljning", presenter="Örjan Åström",
                notes="Uppföljningen visar att fler SIP hålls än förra året.\n\n- Kommunerna saknar underlag för "
                      "äldre.\n* Regionen har nya rutiner 👍",
                decision="ge arbetsgruppen i uppdrag att ta fram en gemensam rutin\natt återrapportera i maj",
                outcome="Gruppen beslutar i enighet.", outcome_kind=Outcome.DECIDED,
                actions=(
                    ActionLine("Ta fram förslag på rutin för SIP", "Märta Öberg", date(2026, 4, 15)),
                    ActionLine("Samla in underlag från kommunerna", "Norrköpings kommun", None),
                    ActionLine("Återrapportera till gruppen", None, date(2026, 5, 12)),
                )),
            MinutesSection(3, "Patientärende Ödeshög", confidential=True, presenter="Doktor Hemlig",
                           notes="Känslig anteckning om patienten", decision="att hemlighålla journalen",
                           outcome="Hemligt utfall",
                           actions=(ActionLine("Hemlig åtgärd", "Hemlig Handläggare", None),)),
            MinutesSection(4, "Läkemedelsgenomgångar i hemsjukvården", notes="Läget presenterades.",
                           outcome="Informationen noteras.", outcome_kind=Outcome.NOTED),
        ),
        approval=None if draft else ApprovalLine("Anna Berg", "ordförande", date(2026, 3, 17), "3f9a-1c2e-77be"),
        next_meeting=NextMeeting(stockholm(2026, 4, 14, 13), stockholm(2026, 4, 14, 15, 30), "Rådhuset, Norrköping"),
        secretary="Eva Lund",
        removed=("§ 2: en e-postadress",),
    )


def notice_sample() -> NoticeDocument:
    """A notice with planned times (one given in UTC, to check the Stockholm clock), a confidential item that
    still carries its secrets, attachments, an item without § or time, invited members and a secretary."""
    utc_1305 = datetime(2026, 4, 14, 11, 5, tzinfo=UTC)  # 13.05 in Stockholm: summer time
    return NoticeDocument(
        group_name=GROUP,
        starts_at=stockholm(2026, 4, 14, 13),
        ends_at=stockholm(2026, 4, 14, 15, 30),
        place="Rådhuset, Norrköping",
        online_link="https://meet.example.se/ostra-lansdelen",
        items=(
            NoticeItem(1, "Mötets öppnande", "beslut", "Anna Berg", stockholm(2026, 4, 14, 13), 5),
            NoticeItem(2, "SIP – uppföljning", "diskussion", "Örjan Åström", utc_1305, 40,
                       attachments=("SIP-rapport 2026.pdf", "Åtgärdsplan för äldre.docx")),
            NoticeItem(3, "Patientärende Ödeshög", "beslut", "Doktor Hemlig", stockholm(2026, 4, 14, 13, 45), 20,
                       attachments=("hemlig-bilaga.pdf",), confidential=True),
            NoticeItem(4, "Läkemedelsgenomgångar", "information", None, stockholm(2026, 4, 14, 14, 5), None,
                       attachments=("Läkemedel i hemsjukvården.pdf",)),
            NoticeItem(None, "Övriga frågor", "information", None, None, None),
        ),
        invited=(
            Participant("Anna Berg", "Region Östergötland", "ordförande"),
            Participant("Örjan Åström", "Norrköpings kommun", "ledamot"),
            Participant("Märta Öberg", None, None),
        ),
        secretary="Sara Ström",
    )


# -- reading a rendered document back ---------------------------------------------------------------------
def reopen(document: Document) -> Document:
    """Save through the export's own path (to_bytes) and open the result, as a reader would."""
    return docx.Document(io.BytesIO(to_bytes(document)))


def blocks(document: Document) -> list[tuple[str, object]]:
    """The body in order: (style name, text) for a paragraph, ("table", rows of cell texts) for a table."""
    result: list[tuple[str, object]] = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            paragraph = Paragraph(child, document._body)
            result.append((paragraph.style.name, paragraph.text))
        elif child.tag == qn("w:tbl"):
            table = Table(child, document._body)
            result.append(("table", [[cell.text for cell in row.cells] for row in table.rows]))
    return result


def zip_parts(content: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def only_part(parts: dict[str, bytes], pattern: str) -> bytes:
    names = [name for name in parts if re.fullmatch(pattern, name)]
    assert len(names) == 1, f"expected one part matching {pattern}, found {names}"
    return parts[names[0]]


def pretty(xml: bytes) -> str:
    parser = etree.XMLParser(remove_blank_text=True)
    return etree.tostring(etree.fromstring(xml, parser), pretty_print=True, encoding="unicode")


def check_reference(name: str, text: str) -> None:
    """Compare with tests/export/reference/<name>; with SAMVERKAN_UPDATE_REFERENCES=1, write it instead."""
    path = REFERENCE_DIR / name
    if os.environ.get(UPDATE_REFERENCES) == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        return
    assert path.exists(), f"{path} is missing: run the tests once with {UPDATE_REFERENCES}=1 and review the file"
    expected = path.read_text(encoding="utf-8")
    assert text == expected, f"{name} differs from the reference; if the change is intended, regenerate it with " \
                             f"{UPDATE_REFERENCES}=1 and review the diff"


# -- custom templates ---------------------------------------------------------------------------------------
def png_bytes(width: int = 4, height: int = 2) -> bytes:
    """A small valid RGB PNG, without Pillow."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + b"\x1d\x4e\x89" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def template_bytes(change: Callable[[Document], None] | None = None) -> bytes:
    """A group's own template: python-docx's default document (with its own leftovers: "python-docx" as
    author, a thumbnail), changed by ``change``, saved as plain python-docx would."""
    document = docx.Document()
    if change is not None:
        change(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def remove_style(document: Document, name: str) -> None:
    element = document.styles[name].element
    element.getparent().remove(element)


def add_logo(document: Document, *, first_page: bool = False, description: str | None = None) -> None:
    section = document.sections[0]
    if first_page:
        section.different_first_page_header_footer = True
    header = section.first_page_header if first_page else section.header
    header.paragraphs[0].add_run().add_picture(io.BytesIO(png_bytes()))
    if description is not None:
        for doc_pr in header._element.xpath(".//wp:docPr"):
            doc_pr.set("descr", description)


def doc_pr_descriptions(content: bytes) -> dict[str, list[str | None]]:
    """Part name -> the descr of every wp:docPr in it, for parts that have pictures."""
    found = {}
    for name, blob in zip_parts(content).items():
        if name.endswith(".xml") and b"docPr" in blob:
            root = etree.fromstring(blob)
            pictures = root.xpath(".//wp:docPr", namespaces={
                "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"})
            if pictures:
                found[name] = [element.get("descr") for element in pictures]
    return found

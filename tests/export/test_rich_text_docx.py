"""Rich text of notes and decisions in Word: bold and italic runs, real bullet and numbered lists (w:numPr on
numbering definitions of the document), links as w:hyperlink to an external relationship that survives export."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from samverkan_desktop.domain.documents import MinutesDocument, MinutesSection
from samverkan_desktop.domain.enums import Outcome
from samverkan_desktop.export.docx_base import to_bytes
from samverkan_desktop.export.minutes_docx import render_minutes
from samverkan_desktop.export.package_safety import drop_external_references

NOTES = ("**Bakgrund:** förvaltningen har *utrett* frågan.\n"
         "- första punkten\n- **andra** punkten\n"
         "Mellan listorna.\n"
         "1. ett\n2. två, se [rutinen](https://www.example.se/rutin)\n"
         "Paus.\n"
         "1. en ny lista")


def rendered(notes: str = NOTES, decision: str = "att **anta** planen\natt *återrapportera* i maj"):
    minutes = MinutesDocument(
        group_name="Ledningsgrupp för samverkan", starts_at=datetime(2026, 3, 10, 12, tzinfo=UTC),
        ends_at=datetime(2026, 3, 10, 14, tzinfo=UTC), place=None, online_link=None, draft=True,
        sections=(MinutesSection(1, "Handlingsplan", notes=notes, decision=decision,
                                 outcome_kind=Outcome.DECIDED),))
    document = render_minutes(minutes, created=datetime(2026, 3, 11, tzinfo=UTC))
    drop_external_references(document)  # as every export does
    return docx.Document(io.BytesIO(to_bytes(document)))


def paragraph_with(document, text: str):
    return next(p for p in document.paragraphs if text in p.text)


def num_id(paragraph) -> str | None:
    found = paragraph._p.xpath("./w:pPr/w:numPr/w:numId/@w:val")
    return found[0] if found else None


def num_format(document, num: str) -> str:
    numbering = document.part.numbering_part.element
    abstract = numbering.xpath(f'w:num[@w:numId="{num}"]/w:abstractNumId/@w:val')[0]
    return numbering.xpath(f'w:abstractNum[@w:abstractNumId="{abstract}"]/w:lvl[@w:ilvl="0"]/w:numFmt/@w:val')[0]


def test_bold_and_italic_are_runs_not_asterisks():
    document = rendered()
    paragraph = paragraph_with(document, "Bakgrund:")
    assert paragraph.text == "Bakgrund: förvaltningen har utrett frågan."
    runs = [(r.text, bool(r.bold), bool(r.italic)) for r in paragraph.runs]
    assert runs == [("Bakgrund:", True, False), (" förvaltningen har ", False, False), ("utrett", False, True),
                    (" frågan.", False, False)]
    assert "*" not in "\n".join(p.text for p in document.paragraphs)


def test_bullet_and_numbered_items_are_real_word_lists():
    document = rendered()
    bullets = [paragraph_with(document, "första punkten"), paragraph_with(document, "andra punkten")]
    numbered = [next(p for p in document.paragraphs if p.text == "ett"), paragraph_with(document, "två, se")]
    again = paragraph_with(document, "en ny lista")
    assert num_id(bullets[0]) == num_id(bullets[1]) is not None
    assert num_format(document, num_id(bullets[0])) == "bullet"
    assert num_id(numbered[0]) == num_id(numbered[1]) is not None
    assert num_format(document, num_id(numbered[0])) == "decimal"
    # A second numbered list starts again at 1: a w:num of its own with a start override.
    assert num_id(again) not in (None, num_id(numbered[0]))
    numbering = document.part.numbering_part.element
    assert numbering.xpath(f'w:num[@w:numId="{num_id(again)}"]/w:lvlOverride/w:startOverride/@w:val') == ["1"]
    assert num_id(paragraph_with(document, "Mellan listorna.")) is None
    assert bullets[1].runs[0].bold and bullets[1].text == "andra punkten"


def test_a_link_is_a_hyperlink_to_an_external_relationship_kept_by_the_export():
    document = rendered()
    paragraph = paragraph_with(document, "två, se")
    (hyperlink,) = paragraph._p.findall(qn("w:hyperlink"))
    relationship = document.part.rels[hyperlink.get(qn("r:id"))]
    assert relationship.reltype == RT.HYPERLINK and relationship.is_external
    assert relationship.target_ref == "https://www.example.se/rutin"
    assert "".join(hyperlink.xpath(".//w:t/text()")) == "rutinen"
    run = hyperlink.find(qn("w:r"))
    assert [child.tag for child in run.rPr] == [qn("w:color"), qn("w:u")]


def test_decision_clauses_keep_their_formatting_in_the_list():
    document = rendered()
    clause = paragraph_with(document, "anta planen")
    assert num_id(clause) is not None
    assert [(r.text, bool(r.bold)) for r in clause.runs] == [("anta", True), (" planen", False)]
    first = paragraph_with(document, "i maj").runs[0]
    assert (first.text, bool(first.italic)) == ("återrapportera", True)


def test_plain_text_written_before_rich_text_prints_as_before():
    document = rendered(notes="Vi räknade 3 * 4 rum.\n* gammal punkt", decision="att godkänna")
    assert paragraph_with(document, "Vi räknade").text == "Vi räknade 3 * 4 rum."
    assert num_id(paragraph_with(document, "gammal punkt")) is not None

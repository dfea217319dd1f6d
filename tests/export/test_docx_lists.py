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


def _numbering(document):
    return document.part.part_related_by(RT.NUMBERING).element


def test_our_lists_come_after_the_templates_own_numbering_and_leave_it_alone():
    from samverkan_desktop.export.docx_lists import add_text, bullet_num_id

    document = docx.Document()  # python-docx's template has numbering definitions of its own
    numbering = _numbering(document)
    before_abstract = [int(v) for v in numbering.xpath("w:abstractNum/@w:abstractNumId")]
    before_nums = [int(v) for v in numbering.xpath("w:num/@w:numId")]
    add_text(document, "- a\n- b\n1. ett\nmellan\n1. ett igen")
    abstract = [int(v) for v in numbering.xpath("w:abstractNum/@w:abstractNumId")]
    nums = [int(v) for v in numbering.xpath("w:num/@w:numId")]
    assert abstract[:len(before_abstract)] == before_abstract and min(abstract[len(before_abstract):]) > max(
        before_abstract, default=0)
    assert nums[:len(before_nums)] == before_nums and len(nums) == len(before_nums) + 3  # bullets, two number lists
    # schema order: every abstractNum before the first num
    tags = [child.tag for child in numbering]
    assert max(i for i, t in enumerate(tags) if t == qn("w:abstractNum")) < tags.index(qn("w:num"))
    assert bullet_num_id(document) == bullet_num_id(document)  # one bullet list definition per document
    item_nums = [p._p.pPr.numPr.numId.val for p in document.paragraphs if p._p.pPr is not None
                 and p._p.pPr.numPr is not None]
    assert item_nums[0] == item_nums[1] and len(set(item_nums)) == 3  # each numbered list starts again at 1


def test_a_template_without_numbering_gets_a_numbering_part():
    from samverkan_desktop.export.docx_lists import add_list

    document = docx.Document()
    part = document.part
    numbering = part.part_related_by(RT.NUMBERING)
    for r_id, rel in list(part.rels.items()):
        if rel.reltype == RT.NUMBERING:
            part.drop_rel(r_id)
    add_list(document, ["**fet** punkt", "en [länk](https://a.se/x)"])
    created = part.part_related_by(RT.NUMBERING)
    assert created is not numbering and created.partname == "/word/numbering.xml"
    assert created.element.xpath("w:abstractNum/w:lvl/w:lvlText/@w:val") == ["\u2022"]
    reread = docx.Document(io.BytesIO(to_bytes(document)))
    assert [p.text for p in reread.paragraphs] == ["fet punkt", "en länk"]


def test_an_empty_bullet_and_blank_lines_write_no_paragraph():
    from samverkan_desktop.export.docx_lists import add_text

    document = docx.Document()
    before = len(document.paragraphs)
    add_text(document, "-  \n\n   \n- riktig")
    assert [p.text for p in document.paragraphs[before:]] == ["riktig"]

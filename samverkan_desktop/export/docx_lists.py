"""Real Word lists: a bullet numbering definition of our own in the document's numbering part, and paragraphs
that refer to it. Word, LibreOffice and HTML converters (mammoth) read such paragraphs as a list; a paragraph
that only starts with "- " is read as text with a hyphen.

The definition is added to whatever numbering the template has, with ids after the template's own, so a group
template's lists are left alone. Paragraphs take the template's "List Bullet" style where it has one (its look
and spacing), otherwise "List Paragraph", otherwise none; the numbering is set on the paragraph itself either
way, because a group's "List Bullet" may point at a numbering it does not have.
"""

from __future__ import annotations

import weakref

from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsmap, qn
from docx.parts.numbering import NumberingPart
from docx.text.paragraph import Paragraph

from ..domain.wording import bullet_item
from . import docx_base as base

BULLET = "\u2022"
_INDENT, _HANGING = "720", "360"  # twips: the bullet at 0.25", the text at 0.5", as Word's own bullets
_NUM_IDS: weakref.WeakKeyDictionary[object, str] = weakref.WeakKeyDictionary()


def _element(tag: str, **attributes: str):
    element = OxmlElement(tag)
    for key, value in attributes.items():
        element.set(qn(f"w:{key}"), value)
    return element


def bullet_num_id(document: Document) -> str:
    """The w:numId of our bullet list in this document, created the first time it is asked for."""
    part = document.part
    if part in _NUM_IDS:
        return _NUM_IDS[part]
    numbering = _numbering_part(part).element
    abstract_ids = [int(v) for v in numbering.xpath("w:abstractNum/@w:abstractNumId")]
    num_ids = [int(v) for v in numbering.xpath("w:num/@w:numId")]
    abstract_id, num_id = str(max(abstract_ids, default=0) + 1), str(max(num_ids, default=0) + 1)
    abstract = _element("w:abstractNum", abstractNumId=abstract_id)
    abstract.append(_element("w:multiLevelType", val="singleLevel"))
    level = _element("w:lvl", ilvl="0")
    for child in (_element("w:start", val="1"), _element("w:numFmt", val="bullet"),
                  _element("w:lvlText", val=BULLET), _element("w:lvlJc", val="left")):
        level.append(child)
    paragraph_properties = _element("w:pPr")
    paragraph_properties.append(_element("w:ind", left=_INDENT, hanging=_HANGING))
    level.append(paragraph_properties)
    abstract.append(level)
    # Schema order: every w:abstractNum before the first w:num.
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = _element("w:num", numId=num_id)
    num.append(_element("w:abstractNumId", val=abstract_id))
    numbering.append(num)
    _NUM_IDS[part] = num_id
    return num_id


def _numbering_part(part):
    """The numbering part, made when the template has none (python-docx cannot make one itself)."""
    try:
        return part.part_related_by(RT.NUMBERING)
    except KeyError:
        element = parse_xml(f'<w:numbering xmlns:w="{nsmap["w"]}"/>')
        numbering = NumberingPart(PackURI("/word/numbering.xml"), CT.WML_NUMBERING, element, part.package)
        part.relate_to(numbering, RT.NUMBERING)
        return numbering


def add_bullet(document: Document, text: str) -> Paragraph:
    """One item of a bullet list."""
    style = next((name for name in ("List Bullet", "List Paragraph") if base.has_style(document, name)), None)
    paragraph = base.add_paragraph(document, text, style=style)
    properties = paragraph._p.get_or_add_pPr()
    numbering = _element("w:numPr")
    numbering.append(_element("w:ilvl", val="0"))
    numbering.append(_element("w:numId", val=bullet_num_id(document)))
    properties.insert_element_before(
        numbering, "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku",
        "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
        "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
        "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
        "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
    return paragraph


def add_text(document: Document, text: str | None) -> None:
    """Free text as paragraphs, one per line; lines typed as "- item" or "* item" become a bullet list."""
    for line in (text or "").splitlines():
        item = bullet_item(line)
        if item is not None:
            if item:
                add_bullet(document, item)
        elif line.strip():
            base.add_paragraph(document, line)


def add_list(document: Document, items: tuple[str, ...] | list[str]) -> None:
    for item in items:
        add_bullet(document, item)

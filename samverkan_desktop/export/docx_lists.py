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

from ..domain.rich_text import Run, parse, parse_inline
from . import docx_base as base

BULLET = "\u2022"
_INDENT, _HANGING = "720", "360"  # twips: the bullet at 0.25", the text at 0.5", as Word's own bullets
_NUM_IDS: weakref.WeakKeyDictionary[object, str] = weakref.WeakKeyDictionary()
_ABSTRACT_IDS: weakref.WeakKeyDictionary[object, dict[str, str]] = weakref.WeakKeyDictionary()


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
    _NUM_IDS[part] = _new_num(part, _abstract_id(part, "bullet"))
    return _NUM_IDS[part]


def numbered_num_id(document: Document) -> str:
    """A new w:numId for one numbered list (1., 2., 3. …): each list of the document starts again at 1."""
    part = document.part
    num_id = _new_num(part, _abstract_id(part, "decimal"))
    num = _numbering_part(part).element.xpath(f'w:num[@w:numId="{num_id}"]')[0]
    override = _element("w:lvlOverride", ilvl="0")
    override.append(_element("w:startOverride", val="1"))
    num.append(override)
    return num_id


def _abstract_id(part, kind: str) -> str:
    """Our w:abstractNum of ``kind`` ("bullet" or "decimal") in this part, created when first asked for."""
    known = _ABSTRACT_IDS.setdefault(part, {})
    if kind in known:
        return known[kind]
    numbering = _numbering_part(part).element
    abstract_ids = [int(v) for v in numbering.xpath("w:abstractNum/@w:abstractNumId")]
    abstract_id = str(max(abstract_ids, default=0) + 1)
    abstract = _element("w:abstractNum", abstractNumId=abstract_id)
    abstract.append(_element("w:multiLevelType", val="singleLevel"))
    level = _element("w:lvl", ilvl="0")
    text = BULLET if kind == "bullet" else "%1."
    for child in (_element("w:start", val="1"), _element("w:numFmt", val=kind),
                  _element("w:lvlText", val=text), _element("w:lvlJc", val="left")):
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
    known[kind] = abstract_id
    return abstract_id


def _new_num(part, abstract_id: str) -> str:
    numbering = _numbering_part(part).element
    num_id = str(max((int(v) for v in numbering.xpath("w:num/@w:numId")), default=0) + 1)
    num = _element("w:num", numId=num_id)
    num.append(_element("w:abstractNumId", val=abstract_id))
    numbering.append(num)
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


def add_bullet(document: Document, text: str | tuple[Run, ...]) -> Paragraph:
    """One item of a bullet list: plain text, or runs of rich text."""
    return _add_item(document, text, bullet_num_id(document), ("List Bullet", "List Paragraph"))


def _add_item(document: Document, text: str | tuple[Run, ...], num_id: str, styles: tuple[str, ...]) -> Paragraph:
    style = next((name for name in styles if base.has_style(document, name)), None)
    if isinstance(text, str):
        paragraph = base.add_paragraph(document, text, style=style)
    else:
        paragraph = base.add_paragraph(document, style=style)
        add_runs(paragraph, text)
    properties = paragraph._p.get_or_add_pPr()
    numbering = _element("w:numPr")
    numbering.append(_element("w:ilvl", val="0"))
    numbering.append(_element("w:numId", val=num_id))
    properties.insert_element_before(
        numbering, "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku",
        "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
        "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
        "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
        "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
    return paragraph


def add_runs(paragraph: Paragraph, runs: tuple[Run, ...]) -> None:
    """Rich text runs: bold and italic as w:b/w:i, a link as a w:hyperlink to an external relationship."""
    for run in runs:
        if not run.link:
            base.add_run(paragraph, run.text, bold=run.bold, italic=run.italic)
            continue
        r_id = paragraph.part.relate_to(run.link, RT.HYPERLINK, is_external=True)
        hyperlink = OxmlElement("w:hyperlink")
        hyperlink.set(qn("r:id"), r_id)
        base.add_run(paragraph, run.text, bold=run.bold, italic=run.italic)
        r = paragraph._p.r_lst[-1]
        properties = r.get_or_add_rPr()  # python-docx puts each element where the schema wants it
        properties.get_or_add_color().set(qn("w:val"), "0563C1")
        properties.get_or_add_u().set(qn("w:val"), "single")  # type: ignore[attr-defined]  # made by python-docx
        document = paragraph.part.document  # type: ignore[attr-defined]  # a body paragraph: a DocumentPart
        if base.has_style(document, "Hyperlink"):
            properties.style = document.styles["Hyperlink"].style_id
        r.addprevious(hyperlink)
        hyperlink.append(r)


def add_text(document: Document, text: str | None) -> None:
    """Rich text (domain.rich_text) as Word paragraphs, one per line: bold and italic runs, links, and real
    bullet and numbered lists. Plain text typed as "- item" or "* item" is a bullet list too."""
    num_id = None
    for block in parse(text):
        if block.kind == "number":
            num_id = num_id or numbered_num_id(document)
            _add_item(document, block.runs, num_id, ("List Number", "List Paragraph"))
            continue
        num_id = None
        if block.kind == "bullet":
            if block.text.strip():  # "-  " alone is no item
                add_bullet(document, block.runs)
        elif block.text.strip():
            add_runs(base.add_paragraph(document), block.runs)


def add_list(document: Document, items: tuple[str, ...] | list[str]) -> None:
    """A bullet list; each item may carry rich text (bold, italic, links)."""
    for item in items:
        add_bullet(document, parse_inline(item))

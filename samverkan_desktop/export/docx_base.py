# Over 400 lines: the shared Word building blocks every DOCX exporter uses; splitting would scatter one vocabulary.
"""What every exported Word document shares: the template and its styles, header and footer with page
numbers, accessible tables, document properties, and saving without anything of python-docx's own defaults."""

from __future__ import annotations

import copy
import hashlib
import io
import re
import threading
import weakref
import zipfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.styles import BabelFish
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from ..domain.errors import StorageError, ValidationError
from ..domain.glyphs import printable
from ..domain.messages import msg
from ..domain.word_package import check_word_package
from ..domain.wording import long_date, time_span
from ..infra.config import resources_dir
from .files import write_atomically
from .package_safety import as_document_package, drop_external_references

DEFAULT_TEMPLATE = resources_dir() / "templates" / "samverkan.docx"
LANGUAGE = "sv-SE"
# The styles every export uses, with the Swedish name Word shows for each.
REQUIRED_STYLES = {"Title": "Rubrik", "Heading 1": "Rubrik 1", "Heading 2": "Rubrik 2"}
APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>Samverkan Desktop</Application><DocSecurity>0</DocSecurity></Properties>"
)


def open_template(template: Path | bytes | None = None, name: str | None = None) -> Document:
    """The template as an empty document whose styles, page set-up, header and logo the export uses.
    ``template`` is the bundled one when None, a file path, or the bytes of a .docx stored with a group."""
    source = DEFAULT_TEMPLATE if template is None else template
    label = name or (Path(source).name if not isinstance(source, bytes) else "mallen")
    not_word = msg("domain.word_package.not_word", label=label)
    if not isinstance(source, bytes):
        # Read the file here: python-docx reports a missing or unreadable file as "not a package".
        try:
            source = Path(source).read_bytes()
        except FileNotFoundError as exc:
            raise StorageError(msg("export.docx_base.mallen_finns_langre_valj", label=label)) from exc
        except IsADirectoryError as exc:
            raise ValidationError(not_word, field="template") from exc
        except PermissionError as exc:
            raise StorageError(msg("export.docx_base.mallen_gar_lasa_behorighet", label=label)) from exc
        except OSError as exc:
            raise StorageError(msg("export.docx_base.mallen_gar_lasa", label=label)) from exc
    try:
        _refuse_declared_entities_once(source, label)
        document = docx.Document(io.BytesIO(as_document_package(source)))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise ValidationError(not_word, field="template") from exc
    check_styles(document, label)
    _clear_body(document)
    return document


def refuse_declared_entities(package: bytes, label: str) -> None:
    """The package checks of ``domain.word_package`` (zip, number and size of parts, DOCTYPE, a Word document or
    template as main part); the styles are checked on the opened document."""
    check_word_package(package, label, styles=False)


# Digests of packages already found free of DOCTYPEs: the check unpacks every part (over 1 ms for the bundled
# template), and every export of a group opens the same template again.
_CHECKED_PACKAGES: dict[bytes, None] = {}
_CHECKED_LIMIT = 16
_CHECKED_LOCK = threading.Lock()


def _refuse_declared_entities_once(package: bytes, label: str) -> None:
    digest = hashlib.sha256(package).digest()
    if digest in _CHECKED_PACKAGES:
        return
    refuse_declared_entities(package, label)
    with _CHECKED_LOCK:  # exports may run in worker threads: evict one entry at a time
        _CHECKED_PACKAGES[digest] = None
        while len(_CHECKED_PACKAGES) > _CHECKED_LIMIT:
            del _CHECKED_PACKAGES[next(iter(_CHECKED_PACKAGES))]


class _StyleIndex:
    """A document's style names, and each style's id resolved once. python-docx finds a style by name with an
    XPath query and then scans every style (165 in the bundled template) for the type's default, on every
    assignment: that was half of an export's time."""

    def __init__(self, document: Document) -> None:
        self._styles = document.styles
        element = self._styles.element
        self.size = len(element)
        self.names = frozenset(BabelFish.internal2ui(str(name)) for name in element.xpath("w:style/w:name[1]/@w:val"))
        self._ids: dict[tuple[str, WD_STYLE_TYPE], str | None] = {}
        self._defaults: dict[WD_STYLE_TYPE, object] = {}

    def style_id(self, name: str, style_type: WD_STYLE_TYPE) -> str | None:
        """What python-docx's ``part.get_style_id(name, style_type)`` gives: the id, None for the default."""
        key = (name, style_type)
        if key not in self._ids:
            style = self._styles[name]
            if style.type != style_type:
                raise ValueError(f"assigned style is type {style.type}, need type {style_type}")
            if style_type not in self._defaults:
                self._defaults[style_type] = self._styles.default(style_type)
            self._ids[key] = None if style == self._defaults[style_type] else style.style_id
        return self._ids[key]


_STYLE_INDEXES: weakref.WeakKeyDictionary[object, _StyleIndex] = weakref.WeakKeyDictionary()


def _style_index(document: Document) -> _StyleIndex:
    index = _STYLE_INDEXES.get(document.part)
    # A style added or removed since (a template being made) makes a new index.
    if index is None or index.size != len(document.styles.element):
        index = _STYLE_INDEXES[document.part] = _StyleIndex(document)
    return index


def check_styles(document: Document, label: str = "mallen") -> None:
    names = _style_index(document).names
    missing = [f"”{swedish}” ({english})" for english, swedish in REQUIRED_STYLES.items() if english not in names]
    if missing:
        raise ValidationError(
            msg("export.docx_base.mallen_saknar_formatmallen_exporten", label=label,
                missing=', '.join(missing)), field="template")


def _clear_body(document: Document) -> None:
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def has_style(document: Document, name: str) -> bool:
    return name in _style_index(document).names


# -- paragraphs and runs -----------------------------------------------------------------------
def add_paragraph(document: Document, text: str = "", style: str | None = None) -> Paragraph:
    """``document.add_paragraph(text, style)``, with the style resolved once per document."""
    paragraph = document.add_paragraph()
    if text:
        add_run(paragraph, text)
    if style is not None:
        set_style(document, paragraph, style)
    return paragraph


def add_title(document: Document, title: str) -> Paragraph:
    """The title as the first heading: "Heading 1" (outline level 0), which Word's navigation, PDF tags and HTML
    converters read as the top heading (a "Title" paragraph is none of these), in the Title style's size."""
    paragraph = add_paragraph(document, title, style="Heading 1")
    paragraph.runs[0].font.size = (document.styles["Title"].font.size if has_style(document, "Title") else None) \
        or Pt(24)
    return paragraph


def set_style(document: Document, paragraph: Paragraph, name: str) -> None:
    """``paragraph.style = name`` for a paragraph of the document, its headers or its footers."""
    paragraph._p.style = _style_index(document).style_id(name, WD_STYLE_TYPE.PARAGRAPH)


def add_run(paragraph: Paragraph, text: str = "", *, bold: bool = False, italic: bool = False) -> None:
    """``paragraph.add_run(text)`` with ``bold``/``italic`` set, as the same XML."""
    _append_run(paragraph._p, text, bold=bold, italic=italic)


_BREAKS = re.compile(r"([\t\r\n])")


def _append_run(p, text: str, *, bold: bool = False, italic: bool = False) -> None:
    # python-docx's Run.text feeds the text through a state machine a character at a time (a third of an
    # export's time); this makes the same elements: a tab is a w:tab, each CR or LF a w:br, the rest w:t.
    r = p.add_r()
    for piece in _BREAKS.split(printable(text)) if text else ():
        if piece == "\t":
            r.add_tab()
        elif piece in ("\r", "\n"):
            r.add_br()
        elif piece:
            r.add_t(piece)
    if bold:
        r.get_or_add_rPr().get_or_add_b().val = True
    if italic:
        r.get_or_add_rPr().get_or_add_i().val = True


def add_unbreakable(paragraph: Paragraph, text: str) -> None:
    """Text whose hyphens never end a line (a checksum "3f9a-1c2e-77be"): each one a w:noBreakHyphen, which Word
    and LibreOffice print as an ordinary hyphen that does not break; the fonts lack U+2011."""
    r = paragraph._p.add_r()
    for index, piece in enumerate(text.split("-")):
        if index:
            r.append(OxmlElement("w:noBreakHyphen"))
        if piece:
            r.add_t(piece)


# -- header and footer -------------------------------------------------------------------------
def _field(paragraph, instruction: str, shown: str) -> None:
    """A Word field (PAGE, NUMPAGES) with a cached result, so readers without field update show something."""
    def char(kind):
        run = paragraph.add_run()
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        run._r.append(element)
    char("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    char("separate")
    paragraph.add_run(shown)
    char("end")


def write_header_footer(document: Document, header_text: str) -> None:
    """The group's name (and UTKAST) in the header, after any logo the template has; "Sida X av Y" below."""
    for section in document.sections:
        add_run(_free_paragraph(document, section.header, "Header"), header_text)
        paragraph = _free_paragraph(document, section.footer, "Footer")
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.add_run("Sida ")
        _field(paragraph, "PAGE", "1")
        paragraph.add_run(" av ")
        _field(paragraph, "NUMPAGES", "1")


def _free_paragraph(document: Document, part, style: str):
    """An empty paragraph of a header or footer to write in, keeping what the template put there (a logo)."""
    part.is_linked_to_previous = False
    paragraph = next((p for p in part.paragraphs if not p.text.strip() and not _has_drawing(p)), None)
    if paragraph is None:
        paragraph = part.add_paragraph()
    if has_style(document, style):
        set_style(document, paragraph, style)
    return paragraph


def _has_drawing(paragraph) -> bool:
    return bool(paragraph._p.xpath(".//w:drawing | .//w:pict"))


# -- tables ------------------------------------------------------------------------------------
def add_table(document: Document, headers: Sequence[str], rows: Sequence[Sequence[str]],
              widths_mm: Sequence[float], description: str) -> Table:
    """A table whose header row repeats on every page and is marked as a header for screen readers,
    with borders whether or not the template has the "Table Grid" style, and a description."""
    table = document.add_table(rows=1, cols=len(headers))
    if has_style(document, "Table Grid"):
        table._tbl.tblStyle_val = _style_index(document).style_id("Table Grid", WD_STYLE_TYPE.TABLE)
    else:
        _borders(table)
    properties = table._tbl.tblPr
    for tag, text in (("w:tblCaption", description), ("w:tblDescription", description)):
        element = OxmlElement(tag)
        element.set(qn("w:val"), text)
        properties.append(element)
    header = table.rows[0]
    header_properties = header._tr.get_or_add_trPr()
    for tag in ("w:tblHeader", "w:cantSplit"):
        element = OxmlElement(tag)
        element.set(qn("w:val"), "true")
        header_properties.append(element)
    for cell, text in zip(header.cells, headers, strict=True):
        add_run(cell.paragraphs[0], text, bold=True)
    # One data row is made with python-docx and copied for every row: its property setters cost more than
    # the whole rest of a table.
    prototype = table.add_row()
    keep_together = OxmlElement("w:cantSplit")  # a row is read as a unit: never half on each page
    keep_together.set(qn("w:val"), "true")
    prototype._tr.get_or_add_trPr().append(keep_together)
    # Word reads the cell widths, LibreOffice the grid: set both, and keep the table from re-flowing them.
    table.autofit = False
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.space_before = paragraph.paragraph_format.space_after = Pt(1)
    tbl, tr = table._tbl, prototype._tr
    for values in rows:
        row = copy.deepcopy(tr)
        for tc, text in zip(row.iterchildren(qn("w:tc")), values, strict=True):
            _append_run(tc.find(qn("w:p")), text or "")
        tbl.append(row)
    tbl.remove(tr)
    return table


def _borders(table: Table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "808080")):
            element.set(qn(key), value)
        borders.append(element)
    # Schema order matters to Word: tblBorders comes before tblLayout and tblLook, which python-docx has added.
    tbl_pr: Any = table._tbl.tblPr  # python-docx's oxml types and lxml-stubs disagree on the element type
    tbl_pr.insert_element_before(borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
                                 "w:tblCaption", "w:tblDescription", "w:tblPrChange")


def add_facts(document: Document, group_name: str, starts: datetime, ends: datetime, place: str | None,
              online_link: str | None) -> None:
    """The group under the title, then "Tid:", "Plats:" and "Digitalt:" lines."""
    add_paragraph(document, group_name, "Subtitle" if has_style(document, "Subtitle") else None)
    when = f"{long_date(starts)}, {time_span(starts, ends)}"  # after "Tid:" the weekday is not a sentence start
    for label, value in (("Tid:", when), ("Plats:", place), ("Digitalt:", online_link)):
        if value:
            paragraph = add_paragraph(document)
            add_run(paragraph, label, bold=True)
            add_run(paragraph, f" {value}")


def keep_with_next(paragraph) -> None:
    paragraph.paragraph_format.keep_with_next = True


# -- properties and saving ---------------------------------------------------------------------
def set_properties(document: Document, *, title: str, author: str, created: datetime, subject: str,
                   status: str) -> None:
    """Every core property set by us: nothing of the template's or python-docx's defaults remains."""
    properties = document.core_properties
    # python-docx writes the value as it is with a "Z" after it: give it UTC (a naive time is taken as local).
    moment = created.astimezone(UTC).replace(microsecond=0, tzinfo=None)
    properties.title = title
    properties.author = author
    properties.last_modified_by = author
    properties.created = moment
    properties.modified = moment
    properties.last_printed = moment  # the template's own date would be stale
    properties.revision = 1
    properties.language = LANGUAGE
    properties.subject = subject
    properties.keywords = ""
    properties.comments = ""
    properties.category = ""
    properties.content_status = status
    properties.identifier = ""
    properties.version = ""
    _set_default_language(document)


def _set_default_language(document: Document) -> None:
    """The document's language in the style defaults, which is where Word and screen readers look."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), LANGUAGE)
    lang.set(qn("w:eastAsia"), LANGUAGE)


def fill_alt_text(document: Document, text: str) -> None:
    """Every picture (a logo in the template's header, say) gets alternative text if it has none. All headers
    and footers count, also a first-page or even-page one, where templates often put the logo."""
    parts = [document.part, *(rel.target_part for rel in document.part.rels.values()
                               if not rel.is_external and rel.reltype in (RT.HEADER, RT.FOOTER))]
    for part in parts:
        for doc_pr in part.element.xpath(".//wp:docPr"):
            if not (doc_pr.get("descr") or "").strip():
                doc_pr.set("descr", text)


def _drop_library_parts(document: Document) -> None:
    """python-docx's template carries a thumbnail and a Word app.xml; a published file must carry neither."""
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package.rels.pop(rel_id)
    for part in package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = APP_XML.encode("utf-8")


def to_bytes(document: Document) -> bytes:
    _drop_library_parts(document)
    drop_external_references(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def save(document: Document, target: Path) -> Path:
    return write_atomically(Path(target), to_bytes(document))


def page_setup_a4(document: Document) -> None:
    """Used by tools/make_template.py: A4 with Swedish office margins."""
    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(25)
        section.top_margin, section.bottom_margin = Mm(20), Mm(20)
        section.header_distance = section.footer_distance = Mm(10)

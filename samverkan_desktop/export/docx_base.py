"""What every exported Word document shares: the template and its styles, header and footer with page
numbers, accessible tables, document properties, and saving without anything of python-docx's own defaults."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table
from lxml import etree

from ..config import resources_dir
from ..domain.errors import StorageError, ValidationError
from ..domain.wording import long_date, time_span
from .files import write_atomically

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
    not_word = f"Mallen {label} kan inte läsas: den är inte ett Word-dokument (.docx)."
    if not isinstance(source, bytes):
        # Read the file here: python-docx reports a missing or unreadable file as "not a package".
        try:
            source = Path(source).read_bytes()
        except FileNotFoundError as exc:
            raise StorageError(f"Mallen {label} finns inte längre. Välj en annan mall.") from exc
        except IsADirectoryError as exc:
            raise ValidationError(not_word, field="template") from exc
        except PermissionError as exc:
            raise StorageError(f"Mallen {label} går inte att läsa: behörighet saknas.") from exc
        except OSError as exc:
            raise StorageError(f"Mallen {label} går inte att läsa.") from exc
    try:
        refuse_declared_entities(source, label)
        document = docx.Document(io.BytesIO(source))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise ValidationError(not_word, field="template") from exc
    check_styles(document, label)
    _clear_body(document)
    return document


def refuse_declared_entities(package: bytes, label: str) -> None:
    """Word never writes a DOCTYPE in a .docx; one there can only declare entities (external files, "billion
    laughs"). python-docx already parses with ``resolve_entities=False``; this refuses such a file outright."""
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        for part in archive.infolist():
            if part.filename.endswith((".xml", ".rels")) and b"<!doctype" in archive.read(part).lower():
                raise ValidationError(
                    f"Mallen {label} innehåller en dokumenttypsdeklaration (DOCTYPE), som Word aldrig skriver och "
                    "som kan hämta in andra filer. Den används inte; spara mallen på nytt i Word.", field="template")


def check_styles(document: Document, label: str = "mallen") -> None:
    names = {style.name for style in document.styles}
    missing = [f"”{swedish}” ({english})" for english, swedish in REQUIRED_STYLES.items() if english not in names]
    if missing:
        raise ValidationError(
            f"Mallen {label} saknar formatmallen {', '.join(missing)}, som exporten behöver. Använd formatet "
            "en gång i mallen i Word (då sparas det i filen) och spara mallen igen.", field="template")


def _clear_body(document: Document) -> None:
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def has_style(document: Document, name: str) -> bool:
    return any(style.name == name for style in document.styles)


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
        _free_paragraph(document, section.header, "Header").add_run(header_text)
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
        paragraph.style = document.styles[style]
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
        table.style = document.styles["Table Grid"]
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
        cell.paragraphs[0].add_run(text).bold = True
    for values in rows:
        row = table.add_row()
        keep_together = OxmlElement("w:cantSplit")  # a row is read as a unit: never half on each page
        keep_together.set(qn("w:val"), "true")
        row._tr.get_or_add_trPr().append(keep_together)
        for cell, text in zip(row.cells, values, strict=True):
            cell.paragraphs[0].add_run(text or "")
    # Word reads the cell widths, LibreOffice the grid: set both, and keep the table from re-flowing them.
    table.autofit = False
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.space_before = paragraph.paragraph_format.space_after = Pt(1)
    return table


def _borders(table: Table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "808080")):
            element.set(qn(key), value)
        borders.append(element)
    # Schema order matters to Word: tblBorders comes before tblLayout and tblLook, which python-docx has added.
    table._tbl.tblPr.insert_element_before(borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
                                           "w:tblCaption", "w:tblDescription", "w:tblPrChange")


def add_facts(document: Document, group_name: str, starts: datetime, ends: datetime, place: str | None,
              online_link: str | None) -> None:
    """The group under the title, then "Tid:", "Plats:" and "Digitalt:" lines."""
    document.add_paragraph(group_name, style="Subtitle" if has_style(document, "Subtitle") else None)
    when = f"{long_date(starts).capitalize()}, {time_span(starts, ends)}"
    for label, value in (("Tid:", when), ("Plats:", place), ("Digitalt:", online_link)):
        if value:
            paragraph = document.add_paragraph()
            paragraph.add_run(label).bold = True
            paragraph.add_run(f" {value}")


def add_text(document: Document, text: str | None, style: str | None = None, *, label: str | None = None) -> None:
    """Free text as paragraphs, one per line; an optional bold label ("Beslut:") before the first."""
    lines = [line for line in (text or "").splitlines() if line.strip()] or ([""] if label else [])
    for index, line in enumerate(lines):
        paragraph = document.add_paragraph(style=style)
        if label and index == 0:
            paragraph.add_run(label).bold = True
            if line:
                paragraph.add_run(" ")
        paragraph.add_run(line)


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

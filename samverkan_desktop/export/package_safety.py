"""What a template may bring into an exported Word file, and what it may not: a .dotx is used as a .docx, and
nothing that makes Word fetch something from elsewhere (a remote attached template, a linked picture or object)
survives into the file the app writes."""

from __future__ import annotations

import io
import re
import zipfile

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree

from ..domain.word_package import DOCUMENT_TYPE, TEMPLATE_TYPE


def as_document_package(package: bytes) -> bytes:
    """A .dotx as a .docx: the main part's content type is the only difference that matters to Word and to
    python-docx. A .docx is returned as it is."""
    marker = TEMPLATE_TYPE.encode("ascii")
    with zipfile.ZipFile(io.BytesIO(package)) as source:
        types = source.read("[Content_Types].xml")
        if marker not in types:
            return package
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                data = source.read(info)
                if info.filename == "[Content_Types].xml":
                    data = data.replace(marker, DOCUMENT_TYPE.encode("ascii"))
                target.writestr(info.filename, data)
    return out.getvalue()


_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def drop_external_references(document: Document) -> list[str]:
    """Nothing in an exported file makes Word fetch anything: every external relationship but a hyperlink (a
    remote attached template, a linked picture, a linked object, a frame) is removed from the package and from
    each part, with the elements that pointed at it (a linked picture keeps its embedded copy); any
    ``w:attachedTemplate`` goes too, and a field that is not on a short list of harmless ones (INCLUDEPICTURE,
    INCLUDETEXT, LINK, DDE …, or one whose name comes from a nested field) has its instruction emptied.
    Returns what was removed (for the tests)."""
    package = document.part.package
    removed: list[str] = []
    for owner in (package, *package.iter_parts()):
        gone = {rel_id: rel.target_ref for rel_id, rel in list(owner.rels.items())
                if rel.is_external and rel.reltype != RT.HYPERLINK}
        for rel_id, target in gone.items():
            owner.rels.pop(rel_id)
            removed.append(target)
        if owner is not package:
            removed += _clean_part(owner, set(gone))
    return removed


def _clean_part(part, rel_ids: set[str]) -> list[str]:
    xml_part = hasattr(part, "_element")
    if xml_part:
        root = part.element
    elif str(part.partname).endswith(".xml") and (rel_ids or b"instr" in part.blob):
        root = etree.fromstring(part.blob, _SAFE_PARSER)
    else:
        return []
    removed = _neutralise_fields(root)
    if rel_ids or root.tag == qn("w:settings"):
        removed += _drop_pointers(root, rel_ids)
    if removed and not xml_part:
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return removed


def _drop_pointers(root, rel_ids: set[str]) -> list[str]:
    removed = []
    for element in list(root.iter()):
        pointers = [name for name, value in element.attrib.items() if name.startswith(f"{{{_R}}}") and value in rel_ids]
        if element.tag == qn("w:attachedTemplate") or (pointers and element.tag != qn("a:blip")):
            parent = element.getparent()
            if parent is not None:
                parent.remove(element)
                removed.append(etree.QName(element).localname)
        else:
            for name in pointers:  # a:blip r:link: the picture stays, with its embedded copy if it has one
                del element.attrib[name]
    return removed


#: Fields that show something of the document itself, never fetch (Word's field names; the rest are emptied).
HARMLESS_FIELDS = frozenset({
    "PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "DATE", "TIME", "CREATEDATE", "SAVEDATE", "PRINTDATE",
    "EDITTIME", "TITLE", "SUBJECT", "AUTHOR", "KEYWORDS", "COMMENTS", "LASTSAVEDBY", "FILENAME", "NUMWORDS",
    "NUMCHARS", "DOCPROPERTY", "STYLEREF", "REF", "PAGEREF", "NOTEREF", "HYPERLINK", "TOC", "TC", "SEQ",
    "SYMBOL", "EQ", "FORMTEXT", "FORMCHECKBOX", "FORMDROPDOWN", "LISTNUM", "AUTONUM", "AUTONUMLGL",
    "AUTONUMOUT", "QUOTE", "IF", "COMPARE", "ADVANCE",
})
_FIELD_NAME = re.compile(r"^\s*([A-Za-z]+)")


def _harmless(instruction: str) -> bool:
    match = _FIELD_NAME.match(instruction)
    return match is not None and match[1].upper() in HARMLESS_FIELDS


def _neutralise_fields(root) -> list[str]:
    """Empty the instruction of every field not known to be harmless: simple fields, and complex ones whose
    instruction may be split over many runs (nested fields each judged on their own)."""
    emptied = []
    for simple in root.iter(qn("w:fldSimple")):
        instruction = simple.get(qn("w:instr"), "")
        if not _harmless(instruction):
            simple.set(qn("w:instr"), " ")
            emptied.append(instruction.strip())
    open_fields: list[list | None] = []  # per field begun: its instruction's runs, None once it is complete
    for element in root.iter(qn("w:fldChar"), qn("w:instrText")):
        if element.tag == qn("w:instrText"):
            if open_fields and open_fields[-1] is not None:
                open_fields[-1].append(element)
            continue
        kind = element.get(qn("w:fldCharType"))
        if kind == "begin":
            open_fields.append([])
        elif kind in ("separate", "end") and open_fields:
            pieces = open_fields[-1]
            if pieces is not None:
                instruction = "".join(piece.text or "" for piece in pieces)
                if not _harmless(instruction):
                    for piece in pieces:
                        piece.text = ""
                    emptied.append(instruction.strip())
                open_fields[-1] = None
            if kind == "end":
                open_fields.pop()
    return emptied

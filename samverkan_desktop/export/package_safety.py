"""What a template may bring into an exported Word file, and what it may not: a .dotx is used as a .docx, and
nothing that makes Word fetch something from elsewhere (a remote attached template, a linked picture or object)
survives into the file the app writes."""

from __future__ import annotations

import io
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
    each part, with the elements that pointed at it (a linked picture keeps its embedded copy), and any
    ``w:attachedTemplate`` goes too. Returns the removed targets (for the tests)."""
    package = document.part.package
    removed: list[str] = []
    for owner in (package, *package.iter_parts()):
        gone = {rel_id: rel.target_ref for rel_id, rel in list(owner.rels.items())
                if rel.is_external and rel.reltype != RT.HYPERLINK}
        for rel_id, target in gone.items():
            owner.rels.pop(rel_id)
            removed.append(target)
        if owner is not package:
            _drop_pointers(owner, set(gone))
    return removed


def _drop_pointers(part, rel_ids: set[str]) -> None:
    xml_part = hasattr(part, "_element")
    if not rel_ids and not (xml_part and part.element.tag == qn("w:settings")):
        return
    if xml_part:
        root = part.element
    elif str(part.partname).endswith(".xml") and rel_ids:
        root = etree.fromstring(part.blob, _SAFE_PARSER)
    else:
        return
    for element in list(root.iter()):
        pointers = [name for name, value in element.attrib.items() if name.startswith(f"{{{_R}}}") and value in rel_ids]
        if element.tag == qn("w:attachedTemplate") or (pointers and element.tag != qn("a:blip")):
            parent = element.getparent()
            if parent is not None:
                parent.remove(element)
        else:
            for name in pointers:  # a:blip r:link: the picture stays, with its embedded copy if it has one
                del element.attrib[name]
    if not xml_part:
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

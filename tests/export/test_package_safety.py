"""export/package_safety.py: a .dotx used as a .docx, and nothing in an exported file that makes Word fetch
(external relationships, attached templates, fields that are not on the harmless list), judged directly on
python-docx documents built in the test."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from template_samples import DEFAULT_TEMPLATE, hostile_template

from samverkan_desktop.domain.word_package import DOCUMENT_TYPE, TEMPLATE_TYPE
from samverkan_desktop.export.package_safety import as_document_package, drop_external_references


def _content_types(package: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        return archive.read("[Content_Types].xml")


def _as_template(package: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(DOCUMENT_TYPE.encode(), TEMPLATE_TYPE.encode())
            target.writestr(info.filename, data)
    return out.getvalue()


def test_a_docx_is_returned_as_it_is() -> None:
    package = DEFAULT_TEMPLATE.read_bytes()
    assert as_document_package(package) is package


def test_a_dotx_becomes_a_docx_with_every_other_part_unchanged() -> None:
    original = DEFAULT_TEMPLATE.read_bytes()
    converted = as_document_package(_as_template(original))
    assert TEMPLATE_TYPE.encode() not in _content_types(converted)
    assert DOCUMENT_TYPE.encode() in _content_types(converted)
    with zipfile.ZipFile(io.BytesIO(original)) as before, zipfile.ZipFile(io.BytesIO(converted)) as after:
        assert before.namelist() == after.namelist()
        assert all(before.read(name) == after.read(name) for name in before.namelist())
    docx.Document(io.BytesIO(converted))  # python-docx opens it as a document


def _paragraph_with(document, xml: str) -> None:
    document.add_paragraph()._p.append(parse_xml(xml))


def _simple(instruction: str) -> str:
    return f'<w:fldSimple {nsdecls("w")} w:instr="{instruction}"><w:r><w:t>x</w:t></w:r></w:fldSimple>'


def _complex_field(document, *pieces: str) -> list:
    """A complex field begun, its instruction split over ``pieces`` runs, separated and ended."""
    paragraph = document.add_paragraph()._p
    texts = []
    paragraph.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
    for piece in pieces:
        run = parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve">{piece}</w:instrText></w:r>')
        paragraph.append(run)
        texts.append(run[0])
    paragraph.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
    paragraph.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))
    return texts


def test_fields_that_fetch_are_emptied_and_harmless_ones_stay() -> None:
    document = docx.Document()
    _paragraph_with(document, _simple(" PAGE "))
    _paragraph_with(document, _simple("INCLUDEPICTURE &quot;https://evil.example/a.png&quot;"))
    split = _complex_field(document, "INCLUDE", 'TEXT "https://evil.example/b.docx"')
    numpages = _complex_field(document, " NUMPAGES ")
    removed = drop_external_references(document)
    assert removed == ['INCLUDEPICTURE "https://evil.example/a.png"', 'INCLUDETEXT "https://evil.example/b.docx"']
    instructions = [simple.get(qn("w:instr")) for simple in document.element.body.iter(qn("w:fldSimple"))]
    assert instructions == [" PAGE ", " "]
    assert [t.text for t in split] == ["", ""]
    assert [t.text for t in numpages] == [" NUMPAGES "]


def test_a_field_whose_name_comes_from_a_nested_field_is_emptied() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()._p
    for xml in ('<w:fldChar w:fldCharType="begin"/>', '<w:fldChar w:fldCharType="begin"/>',
                '<w:instrText> QUOTE "LINK" </w:instrText>', '<w:fldChar w:fldCharType="end"/>',
                '<w:instrText> Excel.Sheet "x" </w:instrText>', '<w:fldChar w:fldCharType="end"/>'):
        paragraph.append(parse_xml(f'<w:r {nsdecls("w")}>{xml}</w:r>'))
    # the inner QUOTE is harmless and stays; the outer field's own instruction is no harmless name
    assert drop_external_references(document) == ['Excel.Sheet "x"']


def test_external_relationships_go_and_hyperlinks_stay() -> None:
    document = docx.Document()
    part = document.part
    picture = part.relate_to("https://evil.example/bild.png", RT.IMAGE, is_external=True)
    link = part.relate_to("https://example.se", RT.HYPERLINK, is_external=True)
    removed = drop_external_references(document)
    assert removed == ["https://evil.example/bild.png"]
    assert picture not in part.rels and link in part.rels


@pytest.mark.parametrize("template", [hostile_template()])
def test_the_hostile_template_loses_every_remote_reference(template) -> None:
    document = docx.Document(io.BytesIO(template))
    removed = drop_external_references(document)
    assert any("evil.example" in item for item in removed)
    assert "attachedTemplate" in removed
    out = io.BytesIO()
    document.save(out)
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as archive:
        assert not [name for name in archive.namelist() if b"evil.example" in archive.read(name)]
    assert drop_external_references(docx.Document(io.BytesIO(out.getvalue()))) == []

"""Hostile group templates: a zip bomb of parts each under the per-part limit, too many parts, a remote attached
template and external relationships, macros; and a .dotx, which is fine."""

from __future__ import annotations

import io
import zipfile

import pytest
from docx_samples import minutes_sample, zip_parts
from template_samples import EVIL, hostile_template, rebuilt, zip_bomb

from samverkan_desktop.domain import word_package
from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.domain.word_package import DOCUMENT_TYPE, TEMPLATE_TYPE, check_word_package
from samverkan_desktop.export.docx_base import open_template, to_bytes
from samverkan_desktop.export.minutes_docx import render_minutes, write_minutes


def test_twelve_parts_of_60_mb_are_refused_by_the_total_limit_before_any_is_unpacked(monkeypatch) -> None:
    bomb = zip_bomb()
    assert len(bomb) < 4 * 1024 * 1024  # 720 MB unpacked
    with zipfile.ZipFile(io.BytesIO(bomb)) as archive:
        assert all(part.file_size < word_package.MAX_PART_BYTES for part in archive.infolist())
    monkeypatch.setattr(zipfile.ZipFile, "read", lambda *args: pytest.fail("a part was unpacked"))
    with pytest.raises(ValidationError, match=r"för stor.*50 MB"):
        check_word_package(bomb, "bomb.docx")
    monkeypatch.undo()
    with pytest.raises(ValidationError, match="för stor"):
        open_template(bomb, "bomb.docx")


def test_too_many_parts_are_refused() -> None:
    many = rebuilt({f"customXml/extra{i}.xml": b"<x/>" for i in range(word_package.MAX_PARTS)})
    with pytest.raises(ValidationError, match="delar"):
        open_template(many, "många.docx")


def test_a_remote_attached_template_and_external_relationships_never_reach_the_exported_minutes(tmp_path) -> None:
    hostile = hostile_template()
    parts = zip_parts(hostile)
    assert b"attachedTemplate" in parts["word/settings.xml"] and EVIL.encode() in parts["word/_rels/document.xml.rels"]
    check_word_package(hostile, "mall.docx")  # a valid template: it is used, without what it would fetch
    written = write_minutes(minutes_sample(), tmp_path / "protokoll.docx", hostile, template_name="mall.docx")
    exported = zip_parts(written.read_bytes())
    for name, data in exported.items():
        assert EVIL.encode() not in data, name
        assert b"attachedTemplate" not in data, name
        if name.endswith(".rels"):
            assert b'TargetMode="External"' not in data, name
    assert "Minnesanteckningar" in exported["word/document.xml"].decode("utf-8")


def test_a_dotx_is_used_as_a_docx() -> None:
    dotx = rebuilt(change=lambda name, data: data.replace(DOCUMENT_TYPE.encode(), TEMPLATE_TYPE.encode())
                   if name == "[Content_Types].xml" else data)
    assert check_word_package(dotx, "mall.dotx") == TEMPLATE_TYPE
    exported = zip_parts(to_bytes(render_minutes(minutes_sample(), dotx, template_name="mall.dotx")))
    assert DOCUMENT_TYPE.encode() in exported["[Content_Types].xml"]
    assert TEMPLATE_TYPE.encode() not in exported["[Content_Types].xml"]


def test_macros_and_non_zips_are_refused() -> None:
    macro = "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"
    docm = rebuilt(change=lambda name, data: data.replace(DOCUMENT_TYPE.encode(), macro.encode())
                   if name == "[Content_Types].xml" else data)
    with pytest.raises(ValidationError, match="makron"):
        check_word_package(docm, "mall.dotm")
    with pytest.raises(ValidationError, match="inte ett Word-dokument"):
        check_word_package(b"%PDF-1.7 inte en zip", "mall.docx")
    with pytest.raises(ValidationError, match="inte ett Word-dokument"):  # a zip, but not Word
        check_word_package(rebuilt(change=lambda name, data: b"<Types/>" if name == "[Content_Types].xml"
                                   else data), "mall.docx")


def test_fields_that_fetch_are_emptied_and_the_page_numbers_stay(tmp_path) -> None:
    """INCLUDEPICTURE split over two runs, one named by a nested field, and a simple INCLUDETEXT, in the
    template's header: Word would fetch each when it updates the fields. The export's own PAGE fields stay."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx_samples import template_bytes

    def run(paragraph, tag: str, **attributes) -> None:
        r = OxmlElement("w:r")
        element = OxmlElement(tag)
        for name, value in attributes.items():
            if name == "text":
                element.text = value
                element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            else:
                element.set(qn(name), value)
        r.append(element)
        paragraph._p.append(r)

    def fetching(document) -> None:
        p = document.sections[0].header.paragraphs[0]
        run(p, "w:fldChar", **{"w:fldCharType": "begin"})
        run(p, "w:instrText", text=" INCLUDEPIC")
        run(p, "w:instrText", text=f'TURE "{EVIL}/a.png" \\d ')
        run(p, "w:fldChar", **{"w:fldCharType": "separate"})
        run(p, "w:fldChar", **{"w:fldCharType": "end"})
        run(p, "w:fldChar", **{"w:fldCharType": "begin"})  # { { QUOTE "INCLUDEPICTURE" } "…/b.png" }
        run(p, "w:fldChar", **{"w:fldCharType": "begin"})
        run(p, "w:instrText", text=' QUOTE "INCLUDEPICTURE" ')
        run(p, "w:fldChar", **{"w:fldCharType": "separate"})
        run(p, "w:fldChar", **{"w:fldCharType": "end"})
        run(p, "w:instrText", text=f' "{EVIL}/b.png" \\d ')
        run(p, "w:fldChar", **{"w:fldCharType": "separate"})
        run(p, "w:fldChar", **{"w:fldCharType": "end"})
        simple = OxmlElement("w:fldSimple")
        simple.set(qn("w:instr"), f' INCLUDETEXT "{EVIL}/c.txt" ')
        p._p.append(simple)

    hostile = template_bytes(fetching)
    assert zip_parts(hostile)["word/header1.xml"].count(EVIL.encode()) == 3
    written = write_minutes(minutes_sample(), tmp_path / "protokoll.docx", hostile, template_name="mall.docx")
    exported = zip_parts(written.read_bytes())
    everything = b"".join(exported.values())
    assert EVIL.encode() not in everything, [name for name, data in exported.items() if EVIL.encode() in data]
    assert b"INCLUDETEXT" not in everything and b"INCLUDEPIC" not in everything.replace(b'QUOTE "INCLUDEPICTURE"', b"")
    assert b'QUOTE "INCLUDEPICTURE"' in everything  # harmless on its own: kept
    assert b"NUMPAGES" in everything and b"PAGE" in everything  # "Sida X av Y"

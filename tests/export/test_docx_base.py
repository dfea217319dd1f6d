"""What every Word export shares: opening the template (and refusing a bad one in Swedish), a custom template's
styles and page set-up, alternative text for logos, table borders without "Table Grid", the document language,
python-docx's leftovers, and atomic writing."""

from __future__ import annotations

import io
import os
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx_samples import (
    CREATED,
    GROUP,
    add_logo,
    blocks,
    doc_pr_descriptions,
    minutes_sample,
    notice_sample,
    remove_style,
    reopen,
    template_bytes,
    zip_parts,
)
from lxml import etree

from samverkan_desktop.domain import files
from samverkan_desktop.domain.errors import StorageError, ValidationError
from samverkan_desktop.export import docx_base as base
from samverkan_desktop.export.docx_base import DEFAULT_TEMPLATE, open_template, to_bytes
from samverkan_desktop.export.minutes_docx import render_minutes, write_minutes
from samverkan_desktop.export.notice_docx import render_notice

LOGO_TEXT = f"Logotyp, {GROUP}"


def _replace_in_part(content: bytes, name: str, old: bytes, new: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(content))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for item in source.namelist():
            blob = source.read(item)
            target.writestr(item, blob.replace(old, new) if item == name else blob)
    return buffer.getvalue()


def _zip_of(**members: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, blob in members.items():
            archive.writestr(name, blob)
    return buffer.getvalue()


# -- the bundled template -----------------------------------------------------------------------------------
def test_the_bundled_template_is_a4_swedish_with_every_style_the_export_uses():
    document = open_template()
    base.check_styles(document)
    for name in ("Subtitle", "Header", "Footer", "Table Grid"):
        assert base.has_style(document, name)
    section = document.sections[0]
    # Word stores lengths in twips: compare in whole millimetres.
    assert [round(length.mm) for length in (section.page_width, section.page_height)] == [210, 297]
    assert round(section.left_margin.mm) == round(section.right_margin.mm) == 25
    assert list(document.element.body) == [document.element.body.sectPr]  # the placeholder text is cleared


# -- refusing a template ------------------------------------------------------------------------------------
def test_a_missing_template_file_is_a_storage_error_naming_it(tmp_path):
    with pytest.raises(StorageError, match=r"Mallen borta\.docx finns inte längre"):
        open_template(tmp_path / "borta.docx")


def test_a_folder_as_template_is_not_a_word_document(tmp_path):
    with pytest.raises(ValidationError, match="inte ett Word-dokument"):
        open_template(tmp_path)


def test_an_unreadable_template_file_is_a_storage_error(tmp_path, monkeypatch):
    path = tmp_path / "låst.docx"
    path.write_bytes(template_bytes())
    read_bytes = Path.read_bytes

    def refuse(self):  # chmod does not stop root, who may run the tests
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(StorageError, match=r"Mallen låst\.docx går inte att läsa: behörighet saknas"):
        open_template(path)


def _spreadsheet_in_disguise() -> bytes:
    return _replace_in_part(template_bytes(), "[Content_Types].xml", b"wordprocessingml.document.main+xml",
                            b"spreadsheetml.sheet.main+xml")


@pytest.mark.parametrize("content", [
    pytest.param(b"", id="empty"),
    pytest.param("Det här är en textfil, inte en mall.".encode(), id="text"),
    pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", id="pdf"),
    pytest.param(_zip_of(**{"hej.txt": b"hej"}), id="zip-without-word"),
    pytest.param(_spreadsheet_in_disguise(), id="other-office-file"),
    pytest.param(_replace_in_part(template_bytes(), "word/document.xml", b"<w:body>", b"<w:body"), id="broken-xml"),
])
def test_content_that_is_not_a_word_document_is_refused_in_swedish(content):
    with pytest.raises(ValidationError, match=r"Mallen egen\.docx kan inte läsas: den är inte ett Word-dokument") \
            as caught:
        open_template(content, "egen.docx")
    assert caught.value.field == "template"


@pytest.mark.parametrize(("style", "swedish"), [("Title", "Rubrik"), ("Heading 1", "Rubrik 1"),
                                                ("Heading 2", "Rubrik 2")])
def test_a_template_without_a_needed_style_is_refused_naming_the_style_in_swedish(style, swedish):
    content = template_bytes(lambda d: remove_style(d, style))
    with pytest.raises(ValidationError) as caught:
        open_template(content, "region.docx")
    message = caught.value.message
    assert f"Mallen region.docx saknar formatmallen ”{swedish}” ({style})" in message
    assert "Word" in message and caught.value.field == "template"


def test_every_missing_style_is_named_at_once():
    def strip(document):
        remove_style(document, "Heading 1")
        remove_style(document, "Heading 2")

    with pytest.raises(ValidationError, match="”Rubrik 1” \\(Heading 1\\), ”Rubrik 2” \\(Heading 2\\)"):
        open_template(template_bytes(strip))


def test_a_refused_template_leaves_the_old_file_in_place(tmp_path):
    target = tmp_path / "minnesanteckningar.docx"
    target.write_bytes(b"published earlier")
    with pytest.raises(ValidationError, match="Rubrik 2"):
        write_minutes(minutes_sample(), target, template_bytes(lambda d: remove_style(d, "Heading 2")))
    assert target.read_bytes() == b"published earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["minnesanteckningar.docx"]


# -- a group's own template ---------------------------------------------------------------------------------
def _red_headings_and_wide_margins(document):
    heading = document.styles["Heading 1"]
    heading.font.color.rgb = RGBColor(0xC0, 0x00, 0x30)
    heading.font.size = Pt(20)
    document.sections[0].left_margin = Mm(30)
    document.add_paragraph("Mallens exempeltext som inte ska med.")
    document.add_table(rows=2, cols=2)


def test_a_custom_templates_styles_and_page_set_up_are_used():
    document = reopen(render_minutes(minutes_sample(), template_bytes(_red_headings_and_wide_margins),
                                     created=CREATED))
    heading = document.styles["Heading 1"]
    assert heading.font.color.rgb == RGBColor(0xC0, 0x00, 0x30)
    assert heading.font.size == Pt(20)
    assert round(document.sections[0].left_margin.mm) == 30
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"][:3] == [
        "Minnesanteckningar", "Närvarande", "Anmält förhinder"]


def test_the_body_of_a_custom_template_is_cleared():
    document = reopen(render_minutes(minutes_sample(), template_bytes(_red_headings_and_wide_margins),
                                     created=CREATED))
    assert all("exempeltext" not in text for _, text in blocks(document) if isinstance(text, str))
    assert len(document.tables) == 5  # the minutes' own; not the template's empty 2×2 table
    assert all(len(table.columns) != 2 or table.rows[0].cells[0].text == "Namn" for table in document.tables)


def test_a_template_from_swedish_word_with_its_own_style_ids_works():
    """Swedish Word stores the built-in names ("heading 1") but Swedish ids ("Rubrik1")."""
    ids = {"Title": "Rubrik", "Heading1": "Rubrik1", "Heading2": "Rubrik2"}

    def swedish_ids(document):
        for element in document.styles.element.iter(qn("w:style")):
            if element.get(qn("w:styleId")) in ids:
                element.set(qn("w:styleId"), ids[element.get(qn("w:styleId"))])
            for reference in element.xpath("./w:basedOn | ./w:next"):
                reference.set(qn("w:val"), ids.get(reference.get(qn("w:val")), reference.get(qn("w:val"))))

    document = reopen(render_minutes(minutes_sample(), template_bytes(swedish_ids), created=CREATED))
    used = {p.style.style_id for p in document.paragraphs if p.style.name in ("Title", "Heading 1", "Heading 2")}
    assert used == {"Rubrik1", "Rubrik2"}  # the title is a Heading 1 (in the Title style's size)


def test_python_docx_leftovers_of_a_custom_template_are_gone():
    original = zip_parts(template_bytes())
    assert "docProps/thumbnail.jpeg" in original and b"python-docx" in original["docProps/core.xml"]
    parts = zip_parts(to_bytes(render_minutes(minutes_sample(), template_bytes(), created=CREATED)))
    assert "docProps/thumbnail.jpeg" not in parts
    assert b"thumbnail" not in parts["_rels/.rels"] and b"jpeg" not in parts["[Content_Types].xml"].lower()
    for name, blob in parts.items():
        assert b"python-docx" not in blob.lower(), name
    assert b"Microsoft Macintosh Word" not in parts["docProps/app.xml"]


# -- document language --------------------------------------------------------------------------------------
def _remove_doc_defaults(document):
    defaults = document.styles.element.find(qn("w:docDefaults"))
    defaults.getparent().remove(defaults)


def _remove_default_language(document):
    for lang in document.styles.element.xpath("./w:docDefaults/w:rPrDefault/w:rPr/w:lang"):
        lang.getparent().remove(lang)


@pytest.mark.parametrize("change", [None, _remove_doc_defaults, _remove_default_language],
                         ids=["english-default", "no-doc-defaults", "no-language"])
def test_the_default_language_is_swedish_whatever_the_template_says(change):
    content = to_bytes(render_notice(notice_sample(), template_bytes(change), created=CREATED))
    parts = zip_parts(content)
    styles = parse_xml(parts["word/styles.xml"])
    assert styles[0].tag == qn("w:docDefaults")
    langs = styles.xpath("./w:docDefaults/w:rPrDefault/w:rPr/w:lang")
    assert len(langs) == 1 and langs[0].get(qn("w:val")) == "sv-SE"
    assert docx.Document(io.BytesIO(content)).core_properties.language == "sv-SE"


# -- logos --------------------------------------------------------------------------------------------------
def test_a_logo_in_the_templates_header_gets_alternative_text_and_stays_before_the_group_name():
    content = to_bytes(render_minutes(minutes_sample(), template_bytes(add_logo), created=CREATED))
    descriptions = doc_pr_descriptions(content)
    assert list(descriptions.values()) == [[LOGO_TEXT]]
    assert next(iter(descriptions)).startswith("word/header")
    header = docx.Document(io.BytesIO(content)).sections[0].header
    assert header.paragraphs[0]._p.xpath(".//w:drawing") and header.paragraphs[0].text == ""
    assert [p.text for p in header.paragraphs[1:]] == [GROUP]
    assert any(name.startswith("word/media/") for name in zip_parts(content))


def test_a_logo_in_a_first_page_header_gets_alternative_text_too():
    content = to_bytes(render_notice(notice_sample(), template_bytes(lambda d: add_logo(d, first_page=True)),
                                     created=CREATED))
    descriptions = doc_pr_descriptions(content)
    assert list(descriptions.values()) == [[f"Logotyp, {GROUP}"]]


def test_a_logo_that_already_has_alternative_text_keeps_it():
    template = template_bytes(lambda d: add_logo(d, description="Region Östergötlands logotyp"))
    content = to_bytes(render_minutes(minutes_sample(), template, created=CREATED))
    assert list(doc_pr_descriptions(content).values()) == [["Region Östergötlands logotyp"]]


# -- tables -------------------------------------------------------------------------------------------------
TBL_PR_ORDER = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
                "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar",
                "tblLook", "tblCaption", "tblDescription"]


def _local_names(element) -> list[str]:
    return [child.tag.split("}")[1] for child in element]


def test_tables_get_borders_in_schema_order_when_the_template_has_no_table_grid():
    document = reopen(render_minutes(minutes_sample(), template_bytes(lambda d: remove_style(d, "Table Grid")),
                                     created=CREATED))
    assert not base.has_style(document, "Table Grid")
    for table in document.tables:
        properties = table._tbl.tblPr
        assert not properties.xpath("./w:tblStyle")
        edges = properties.xpath("./w:tblBorders/*")
        assert _local_names(properties.find(qn("w:tblBorders"))) == ["top", "left", "bottom", "right", "insideH",
                                                                      "insideV"]
        assert {edge.get(qn("w:val")) for edge in edges} == {"single"}
        names = _local_names(properties)
        assert names == sorted(names, key=TBL_PR_ORDER.index)  # Word refuses elements out of schema order


def test_tables_use_table_grid_when_the_template_has_it():
    document = reopen(render_minutes(minutes_sample(), created=CREATED))
    for table in document.tables:
        assert table.style.name == "Table Grid"
        assert not table._tbl.tblPr.xpath("./w:tblBorders")
        names = _local_names(table._tbl.tblPr)
        assert names == sorted(names, key=TBL_PR_ORDER.index)


# -- writing ------------------------------------------------------------------------------------------------
def test_a_folder_that_cannot_be_created_is_a_storage_error_and_nothing_is_written(tmp_path):
    blocker = tmp_path / "protokoll"
    blocker.write_text("en fil där mappen skulle vara")
    with pytest.raises(StorageError, match="Det går inte att skriva i mappen"):
        write_minutes(minutes_sample(), blocker / "minnesanteckningar.docx")
    assert [p.name for p in tmp_path.iterdir()] == ["protokoll"]
    assert blocker.read_text() == "en fil där mappen skulle vara"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions and a non-root user")
def test_a_read_only_folder_is_a_storage_error(tmp_path):
    folder = tmp_path / "skrivskyddad"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StorageError):
            write_minutes(minutes_sample(), folder / "minnesanteckningar.docx")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_failed_save_keeps_the_earlier_file_and_leaves_no_partial_file(tmp_path, monkeypatch):
    target = tmp_path / "minnesanteckningar.docx"
    target.write_bytes(b"published earlier")

    def disk_full(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", disk_full)
    with pytest.raises(StorageError, match="kunde inte sparas"):
        base.save(render_minutes(minutes_sample(), created=CREATED), target)
    assert target.read_bytes() == b"published earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["minnesanteckningar.docx"]


def test_save_replaces_an_earlier_file_with_the_whole_new_one(tmp_path):
    target = tmp_path / "minnesanteckningar.docx"
    target.write_bytes(b"published earlier")
    document = render_minutes(minutes_sample(), created=CREATED)
    expected = to_bytes(document)
    assert base.save(document, target) == target
    assert target.read_bytes() == expected


def test_the_default_template_path_points_into_the_resources():
    assert DEFAULT_TEMPLATE.is_file() and DEFAULT_TEMPLATE.parts[-2:] == ("templates", "samverkan.docx")


def _with_entity(part: str, secret: Path) -> bytes:
    """The bundled template with a DOCTYPE declaring an external entity in one of its parts."""
    out = io.BytesIO()
    with zipfile.ZipFile(DEFAULT_TEMPLATE) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == part:
                declaration = f'<!DOCTYPE x [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'.encode()
                head, rest = data.split(b"?>", 1)
                rest = rest.replace(b"<w:body>", b"<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>", 1)
                data = head + b"?>" + declaration + rest.replace(b'w:val="Title"', b'w:val="Title&xxe;"', 1)
            target.writestr(info, data)
    return out.getvalue()


@pytest.mark.parametrize("part", ["word/styles.xml", "word/document.xml"])
def test_a_template_declaring_external_entities_is_refused_and_nothing_is_read(tmp_path, part):
    secret = tmp_path / "hemligt.txt"
    secret.write_text("LÖSENORD-1234", encoding="utf-8")
    with pytest.raises(ValidationError, match="DOCTYPE") as refused:
        open_template(_with_entity(part, secret), "mall.docx")
    assert "LÖSENORD" not in refused.value.message


def test_python_docx_itself_never_resolves_external_entities(tmp_path):
    """Defence in depth: even past our check, the parser python-docx uses leaves the entity unexpanded."""
    secret = tmp_path / "hemligt.txt"
    secret.write_text("LÖSENORD-1234", encoding="utf-8")
    document = docx.Document(io.BytesIO(_with_entity("word/document.xml", secret)))
    assert "LÖSENORD" not in "".join(paragraph.text for paragraph in document.paragraphs)
    assert b"L\xc3\x96SENORD" not in to_bytes(document)


# -- the same XML as python-docx, without its slow paths ----------------------------------------------------
def _xml(element) -> bytes:
    return etree.tostring(element)


@pytest.mark.parametrize("text", ["", "Beslut", " leading and trailing ", "tab\there", "\tat start", "line\nbreak",
                                  "carriage\rreturn", "windows\r\nline", "\n", "  \t\r\n  ", "§ 4 Åtgärder – vad"])
@pytest.mark.parametrize(("bold", "italic"), [(False, False), (True, False), (False, True), (True, True)])
def test_add_run_writes_what_python_docx_writes(text, bold, italic):
    document = open_template()
    ours, theirs = document.add_paragraph(), document.add_paragraph()
    base.add_run(ours, text, bold=bold, italic=italic)
    run = theirs.add_run(text)
    if bold:
        run.bold = True
    if italic:
        run.italic = True
    assert _xml(ours._p) == _xml(theirs._p)


def _default_is_heading_2(document):
    for element in document.styles.element.iter(qn("w:style")):
        element.attrib.pop(qn("w:default"), None)
    document.styles["Heading 2"].element.set(qn("w:default"), "1")


@pytest.mark.parametrize("change", [None, _default_is_heading_2], ids=["bundled-like", "heading-2-is-default"])
@pytest.mark.parametrize("style", [None, "Title", "Heading 1", "Heading 2", "Normal"])
def test_add_paragraph_writes_what_python_docx_writes(change, style):
    document = open_template(template_bytes(change))
    ours = base.add_paragraph(document, "Ärenden", style)
    theirs = document.add_paragraph("Ärenden", style=style)
    assert _xml(ours._p) == _xml(theirs._p)


def test_a_style_of_the_wrong_type_is_refused_as_python_docx_refuses_it():
    document = open_template()
    with pytest.raises(ValueError, match="need type"):
        document.add_paragraph("x", style="Table Grid")
    with pytest.raises(ValueError, match="need type"):
        base.add_paragraph(document, "x", "Table Grid")


def test_each_style_is_looked_up_once_per_document(monkeypatch):
    """python-docx scans all styles for the default on every assignment; an export does it once per type."""
    from docx.styles.styles import Styles

    lookups, defaults = [], []
    get_item, default = Styles.__getitem__, Styles.default
    monkeypatch.setattr(Styles, "__getitem__", lambda self, key: lookups.append(key) or get_item(self, key))
    monkeypatch.setattr(Styles, "default", lambda self, kind: defaults.append(kind) or default(self, kind))
    minutes = minutes_sample()
    many = replace(minutes, sections=minutes.sections * 10)
    document = render_minutes(many, created=CREATED)
    assert sorted(lookups) == ["Footer", "Header", "Heading 1", "Heading 2", "List Bullet", "Subtitle", "Table Grid",
                               "Title"]
    assert sorted(defaults, key=str) == sorted([WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.TABLE], key=str)
    assert sum(1 for p in document.paragraphs if p.style.name == "Heading 2") == 40


def test_has_style_sees_a_style_added_or_removed_after_the_first_question():
    document = open_template()
    assert not base.has_style(document, "Protokollrubrik")
    document.styles.add_style("Protokollrubrik", WD_STYLE_TYPE.PARAGRAPH)
    assert base.has_style(document, "Protokollrubrik")
    remove_style(document, "Subtitle")
    assert not base.has_style(document, "Subtitle")


def test_table_rows_are_copies_in_order_and_a_table_without_rows_has_only_its_header():
    document = open_template()
    table = base.add_table(document, ("Vad", "Vem"), [("Första", "Anna"), ("Andra", ""), ("Tredje", "Örjan")],
                           (100, 60), "Åtgärder")
    assert [[cell.text for cell in row.cells] for row in table.rows] == [
        ["Vad", "Vem"], ["Första", "Anna"], ["Andra", ""], ["Tredje", "Örjan"]]
    rows = table._tbl.tr_lst
    assert len({id(row) for row in rows}) == 4 and all(row.getparent() is table._tbl for row in rows)
    assert [len(row.xpath("./w:trPr/w:cantSplit")) for row in rows] == [1, 1, 1, 1]
    assert [len(row.xpath("./w:trPr/w:tblHeader")) for row in rows] == [1, 0, 0, 0]
    empty = base.add_table(document, ("Vad", "Vem"), [], (100, 60), "Inga åtgärder")
    assert [[cell.text for cell in row.cells] for row in empty.rows] == [["Vad", "Vem"]]


def test_a_row_with_too_few_values_is_refused():
    with pytest.raises(ValueError):
        base.add_table(open_template(), ("Vad", "Vem"), [("Bara en",)], (100, 60), "Åtgärder")


def test_the_doctype_check_runs_once_per_template_content_but_a_refused_one_every_time(monkeypatch, tmp_path):
    checked = []
    refuse = base.refuse_declared_entities
    monkeypatch.setattr(base, "refuse_declared_entities", lambda package, label: checked.append(label) or
                        refuse(package, label))
    monkeypatch.setattr(base, "_CHECKED_PACKAGES", {})
    own = template_bytes()
    for _ in range(3):
        open_template(own, "egen.docx")
        open_template(bytes(own), "egen.docx")  # equal content in a new object: still known
    open_template()
    open_template()
    assert checked == ["egen.docx", "samverkan.docx"]
    secret = tmp_path / "hemligt.txt"
    secret.write_text("x", encoding="utf-8")
    hostile = _with_entity("word/document.xml", secret)
    for _ in range(2):
        with pytest.raises(ValidationError, match="DOCTYPE"):
            open_template(hostile, "mall.docx")
    assert checked[2:] == ["mall.docx", "mall.docx"]


def test_a_doctype_in_utf16_or_in_a_part_of_another_name_is_refused_too(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(DEFAULT_TEMPLATE) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        declaration = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "b">]><x/>'
        target.writestr("customXml/item9.dat", declaration.encode("utf-16-le"))
    with pytest.raises(ValidationError, match="DOCTYPE"):
        open_template(out.getvalue(), "mall.docx")

"""Whether some bytes can be a group's Word template: what is refused, with which sentence, before anything of it is
used. (The exporter's use of an accepted template, and the zip bomb: tests/export/test_template_package.py.)"""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from template_samples import DEFAULT_TEMPLATE, rebuilt

from samverkan_desktop.domain import word_package
from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.domain.word_package import (
    DOCUMENT_TYPE,
    TEMPLATE_TYPE,
    check_file_size,
    check_word_package,
    main_part_type,
)


def refusal(content: bytes, **options) -> str:
    with pytest.raises(ValidationError) as caught:
        check_word_package(content, "mall.docx", **options)
    assert caught.value.field == "template"
    return str(caught.value)


def without_style(name: str):
    def change(part: str, data: bytes) -> bytes:
        if part != "word/styles.xml":
            return data
        return re.sub(rf'w:val="{name}"'.encode(), b'w:val="annan"', data, flags=re.IGNORECASE)
    return change


def test_the_bundled_template_is_a_word_document() -> None:
    assert check_word_package(DEFAULT_TEMPLATE.read_bytes(), "samverkan.docx") == DOCUMENT_TYPE


@pytest.mark.parametrize("encoding", ["ascii", "utf-16-le", "utf-16-be"])
def test_a_doctype_in_any_part_is_refused_in_any_encoding(encoding) -> None:
    part = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'.encode(encoding)
    assert "DOCTYPE" in refusal(rebuilt({"customXml/item9.xml": part}))


def test_a_doctype_is_found_whatever_its_case() -> None:
    assert "DOCTYPE" in refusal(rebuilt({"customXml/item9.xml": b"<!DocType x><x/>"}))


def test_a_template_without_the_styles_the_export_uses_is_refused_naming_them_in_swedish() -> None:
    message = refusal(rebuilt(change=without_style("heading 2")))
    assert "”Rubrik 2” (Heading 2)" in message
    assert "Rubrik 1" not in message
    # the caller may check the styles itself
    assert check_word_package(rebuilt(change=without_style("heading 2")), "mall.docx", styles=False) == DOCUMENT_TYPE


def test_a_template_without_a_styles_part_misses_all_three_styles() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(DEFAULT_TEMPLATE.read_bytes())) as original, zipfile.ZipFile(out, "w") as target:
        for info in original.infolist():
            if info.filename != "word/styles.xml":
                target.writestr(info.filename, original.read(info))
    message = refusal(out.getvalue())
    assert all(name in message for name in ("”Rubrik”", "”Rubrik 1”", "”Rubrik 2”"))


def test_broken_styles_are_refused_as_broken() -> None:
    broken = rebuilt(change=lambda name, data: b"<w:styles" if name == "word/styles.xml" else data)
    assert "formatmallar är trasiga" in refusal(broken)


def test_one_part_over_the_part_limit_is_refused(monkeypatch) -> None:
    monkeypatch.setattr(word_package, "MAX_PART_BYTES", 1000)
    assert "för stor" in refusal(rebuilt({"word/media/big.bin": bytes(1001)}))


@pytest.mark.parametrize("compression", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
def test_a_damaged_part_is_not_a_word_document(compression) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(rebuilt())) as original, zipfile.ZipFile(out, "w") as target:
        for info in original.infolist():
            target.writestr(info, original.read(info))
        target.writestr("word/media/part.bin", bytes(range(256)) * 40, compress_type=compression)
    content = bytearray(out.getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(content))) as archive:
        info = archive.getinfo("word/media/part.bin")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    content[start:start + 10] = b"\xff" * 10  # changed after the fact: a CRC error (stored), a deflate error
    assert "inte ett Word-dokument" in refusal(bytes(content))


def test_a_dotx_is_a_template_and_a_docm_is_refused_for_its_macros() -> None:
    def retyped(content_type: str):
        return lambda name, data: data.replace(DOCUMENT_TYPE.encode(), content_type.encode()) \
            if name == "[Content_Types].xml" else data
    assert check_word_package(rebuilt(change=retyped(TEMPLATE_TYPE)), "mall.dotx") == TEMPLATE_TYPE
    macro = "application/vnd.ms-word.document.macroEnabled.main+xml"
    assert "makron" in refusal(rebuilt(change=retyped(macro)))


def test_a_file_larger_than_a_template_unpacks_to_is_not_read() -> None:
    check_file_size(word_package.MAX_TOTAL_BYTES, "mall.docx")
    with pytest.raises(ValidationError, match="mer än 50 MB"):
        check_file_size(word_package.MAX_TOTAL_BYTES + 1, "mall.docx")


@pytest.mark.parametrize(("types", "expected"), [
    (None, None),
    (b"not xml", None),
    (b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>', None),
    (b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
     b'<Override PartName="/WORD/Document.xml" ContentType="x/y"/></Types>', "x/y"),
    (b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
     b'<Override PartName="/word/other.xml" ContentType="x/y"/></Types>', None),
])
def test_the_main_part_type_is_read_from_the_content_types(types, expected) -> None:
    assert main_part_type(types) == expected

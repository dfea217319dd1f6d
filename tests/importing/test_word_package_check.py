"""Whether some bytes are a Word document at all, said in Swedish before python-docx opens them: what the file is
instead (a PDF, an old .doc, a text file…), and every way a .docx can be unreadable or unsafe."""

from __future__ import annotations

import io
import zipfile

import pytest
from docx import Document

from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.domain.word_package import DOCUMENT_TYPE
from samverkan_desktop.importing import word_package_check
from samverkan_desktop.importing.word_package_check import check_docx, what_it_is


def a_docx() -> bytes:
    out = io.BytesIO()
    document = Document()
    document.add_paragraph("Minnesanteckningar")
    document.save(out)
    return out.getvalue()


def rezipped(content: bytes, change=None, extra: dict[str, bytes] | None = None, drop: str | None = None,
             compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(content)) as source, zipfile.ZipFile(out, "w", compression) as target:
        for info in source.infolist():
            if info.filename != drop:
                data = source.read(info)
                target.writestr(info.filename, change(info.filename, data) if change else data)
        for name, data in (extra or {}).items():
            target.writestr(name, data)
    return out.getvalue()


def refusal(content: bytes) -> str:
    with pytest.raises(ValidationError) as caught:
        check_docx(content, "protokoll.docx")
    message = str(caught.value)
    assert message.startswith("Filen protokoll.docx ") and message.endswith(" Inget har importerats.")
    assert caught.value.field == "file"
    return message


def test_a_word_document_passes() -> None:
    check_docx(a_docx(), "protokoll.docx")


@pytest.mark.parametrize(("content", "what"), [
    (b"%PDF-1.7\n...", "en PDF-fil"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "ett Word-dokument i det äldre formatet (.doc)"),
    (b"{\\rtf1\\ansi Hej}", "en RTF-fil"),
    (b"\x89PNG\r\n\x1a\n" + bytes(50), "en bild"),
    (b"\xff\xd8\xff\xe0" + bytes(50), "en bild"),
    ("Dagordning\n§ 1 Mötets öppnande\n".encode(), "en textfil"),
    ("Dagordning: § 1 Mötets öppnande".encode("cp1252"), "en textfil"),
    (bytes(range(256)) * 4, "inte ett Word-dokument"),
])
def test_a_renamed_file_is_named_for_what_it_is(content, what) -> None:
    assert what_it_is(content) == what
    assert f"trots sin filändelse: den är {what}." in refusal(content)


def test_an_empty_file_is_said_to_be_empty() -> None:
    assert what_it_is(b"") == "empty"
    assert refusal(b"") == "Filen protokoll.docx är tom. Inget har importerats."


def test_a_file_too_large_is_not_read(monkeypatch) -> None:
    monkeypatch.setattr(word_package_check, "MAX_FILE_BYTES", 100)
    assert "är större än 0 MB" in refusal(a_docx())


def test_a_truncated_zip_is_broken() -> None:
    assert "skadad eller ofullständig zip-fil" in refusal(a_docx()[:300])


def test_too_many_parts_are_too_large_unpacked(monkeypatch) -> None:
    monkeypatch.setattr(word_package_check, "MAX_PARTS", 5)
    assert "för stor uppackad" in refusal(a_docx())


def test_a_zip_without_the_parts_of_a_document_is_not_a_docx() -> None:
    assert "är en zip-fil men inte ett Word-dokument" in refusal(rezipped(a_docx(), drop="word/document.xml"))


@pytest.mark.parametrize("compression", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
def test_a_damaged_main_part_is_said_to_be_damaged(compression) -> None:
    content = bytearray(rezipped(a_docx(), compression=compression))
    with zipfile.ZipFile(io.BytesIO(bytes(content))) as archive:
        info = archive.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    content[start:start + 10] = b"\xff" * 10  # a CRC error (stored) or a deflate error
    assert "är skadad (en del av filen kan inte packas upp)" in refusal(bytes(content))


def test_a_doctype_in_the_body_is_refused() -> None:
    def change(name: str, data: bytes) -> bytes:
        return data.replace(b"?>", b'?><!DOCTYPE w [<!ENTITY x "y">]>', 1) if name == "word/document.xml" else data
    assert "dokumenttypsdeklaration (DOCTYPE)" in refusal(rezipped(a_docx(), change))


@pytest.mark.parametrize(("content_type", "said"), [
    ("application/vnd.ms-word.document.macroEnabled.main+xml", "innehåller makron (.docm)"),
    ("application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
     "är inte ett Word-dokument (.docx). Öppna"),
])
def test_macros_and_templates_are_not_minutes(content_type, said) -> None:
    def change(name: str, data: bytes) -> bytes:
        return data.replace(DOCUMENT_TYPE.encode(), content_type.encode()) if name == "[Content_Types].xml" else data
    assert said in refusal(rezipped(a_docx(), change))

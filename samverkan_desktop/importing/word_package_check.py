"""Whether some bytes are a Word document (.docx) at all, said in Swedish when they are not, before python-docx
opens them: a text file or a PDF renamed .docx, an old .doc, a document with macros, a zip bomb."""

from __future__ import annotations

import io
import zipfile
import zlib

from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..domain.word_package import DOCTYPE_MARKS, DOCUMENT_TYPE, main_part_type

#: An old minutes document with pictures is a few megabytes; more is not read.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_PARTS = 2000


def _nothing(name: str, why_id: str, **args: object) -> ValidationError:
    """"Filen X <why> Inget har importerats.": ``why_id`` is the catalogue's id of the middle."""
    why = msg(f"importing.word_package_check.{why_id}", **args)
    return ValidationError(msg("importing.word_package_check.filen_inget_importerats", name=name, why=why),
                           field="file")


def what_it_is(content: bytes) -> str:
    """What a file that is not a .docx looks like, in words: "en textfil", "en PDF-fil", ... ("empty": nothing)."""
    head = content[:8]
    if not content:
        return "empty"
    if head.startswith(b"%PDF"):
        return msg("importing.word_package_check.a_pdf")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return msg("importing.word_package_check.an_old_doc")
    if head.startswith(b"{\\rtf"):
        return msg("importing.word_package_check.an_rtf")
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return msg("importing.word_package_check.an_image")
    sample = content[:4096]
    for encoding in ("utf-8", "cp1252"):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        if sum(ch.isprintable() or ch in "\r\n\t" for ch in text) >= 0.95 * max(len(text), 1):
            return msg("importing.word_package_check.a_text_file")
    return msg("importing.word_package_check.not_a_word_document")


def check_docx(content: bytes, name: str) -> None:
    """Refuse, in words, bytes that are not a Word document python-docx can read safely."""
    if len(content) > MAX_FILE_BYTES:
        raise _nothing(name, "too_large", megabytes=MAX_FILE_BYTES // 2**20)
    if not content.startswith(b"PK\x03\x04"):
        what = what_it_is(content)
        if what == "empty":
            raise _nothing(name, "empty")
        raise _nothing(name, "not_docx_despite_suffix", what=what)
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise _nothing(name, "broken_zip") from None
    with archive:
        parts = archive.infolist()
        if len(parts) > MAX_PARTS or sum(p.file_size for p in parts) > MAX_UNPACKED_BYTES:
            raise _nothing(name, "too_large_unpacked")
        names = {p.filename for p in parts}
        if "[Content_Types].xml" not in names or "word/document.xml" not in names:
            raise _nothing(name, "zip_not_docx")
        try:
            types = archive.read("[Content_Types].xml")
            body = archive.read("word/document.xml")
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError):
            raise _nothing(name, "damaged_part") from None
    if any(mark in part.lower() for part in (types, body) for mark in DOCTYPE_MARKS):
        raise _nothing(name, "doctype")
    kind = main_part_type(types)
    if kind is not None and "macroEnabled" in kind:
        raise _nothing(name, "macros")
    if kind != DOCUMENT_TYPE:
        raise _nothing(name, "not_docx")


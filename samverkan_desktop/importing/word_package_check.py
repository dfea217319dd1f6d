"""Whether some bytes are a Word document (.docx) at all, said in Swedish when they are not, before python-docx
opens them: a text file or a PDF renamed .docx, an old .doc, a document with macros, a zip bomb."""

from __future__ import annotations

import io
import zipfile

from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..domain.word_package import DOCTYPE_MARKS, DOCUMENT_TYPE, main_part_type

#: An old minutes document with pictures is a few megabytes; more is not read.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_PARTS = 2000


def _nothing(name: str, why: str) -> ValidationError:
    return ValidationError(msg("importing.word_package_check.filen_inget_importerats", name=name, why=why),
                           field="file")


def what_it_is(content: bytes) -> str:
    """What a file that is not a .docx looks like, in words: "en textfil", "en PDF-fil", ..."""
    head = content[:8]
    if not content:
        return "tom"
    if head.startswith(b"%PDF"):
        return "en PDF-fil"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "ett Word-dokument i det äldre formatet (.doc)"
    if head.startswith(b"{\\rtf"):
        return "en RTF-fil"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return "en bild"
    sample = content[:4096]
    for encoding in ("utf-8", "cp1252"):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        if sum(ch.isprintable() or ch in "\r\n\t" for ch in text) >= 0.95 * max(len(text), 1):
            return "en textfil"
    return "inte ett Word-dokument"


def check_docx(content: bytes, name: str) -> None:
    """Refuse, in words, bytes that are not a Word document python-docx can read safely."""
    if len(content) > MAX_FILE_BYTES:
        raise _nothing(name, f"är större än {MAX_FILE_BYTES // 2**20} MB och läses inte.")
    advice = "Öppna den i Word och spara den som Word-dokument (.docx)."
    if not content.startswith(b"PK\x03\x04"):
        what = what_it_is(content)
        if what == "tom":
            raise _nothing(name, "är tom.")
        raise _nothing(name, f"är inte ett Word-dokument (.docx) trots sin filändelse: den är {what}. {advice}")
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise _nothing(name, f"är en skadad eller ofullständig zip-fil, inte ett läsbart Word-dokument. {advice}") \
            from None
    with archive:
        parts = archive.infolist()
        if len(parts) > MAX_PARTS or sum(p.file_size for p in parts) > MAX_UNPACKED_BYTES:
            raise _nothing(name, "är för stor uppackad för att vara ett Word-dokument med anteckningar.")
        names = {p.filename for p in parts}
        if "[Content_Types].xml" not in names or "word/document.xml" not in names:
            raise _nothing(name, f"är en zip-fil men inte ett Word-dokument (.docx). {advice}")
        try:
            types = archive.read("[Content_Types].xml")
            body = archive.read("word/document.xml")
        except (zipfile.BadZipFile, EOFError, OSError, RuntimeError, NotImplementedError):
            raise _nothing(name, f"är skadad (en del av filen kan inte packas upp). {advice}") from None
    if any(mark in part.lower() for part in (types, body) for mark in DOCTYPE_MARKS):
        raise _nothing(name, "innehåller en dokumenttypsdeklaration (DOCTYPE), som Word aldrig skriver; "
                             f"den läses inte. {advice}")
    kind = main_part_type(types)
    if kind is not None and "macroEnabled" in kind:
        raise _nothing(name, "innehåller makron (.docm) och läses inte. Spara den som .docx utan makron.")
    if kind != DOCUMENT_TYPE:
        raise _nothing(name, f"är inte ett Word-dokument (.docx). {advice}")


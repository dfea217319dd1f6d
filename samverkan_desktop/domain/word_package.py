"""Whether some bytes can be a group's Word template, checked with the standard library only, so that the service
that stores a template checks it itself (the exporter checks it again when it opens it).

A template is a small zip of XML parts. Refused, each with a Swedish sentence: anything that is not a zip;
more parts, larger parts or more bytes in all than a letterhead ever needs (a zip bomb: twelve 60 MB parts of
zeros compress to a few hundred kilobytes); a DOCTYPE in any part (Word never writes one; it can only declare
entities); a main part that is not a Word document or template (.docx, .dotx; no macros); a template without the
styles every export uses.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from xml.etree import ElementTree

from .errors import ValidationError
from .messages import msg

#: No part of a real template comes near this uncompressed; more is a zip bomb, not a letterhead.
MAX_PART_BYTES = 64 * 1024 * 1024
#: All parts together, uncompressed (a logo of a few megabytes is a large template).
MAX_TOTAL_BYTES = 50 * 1024 * 1024
#: Word's own templates have a few dozen parts.
MAX_PARTS = 500

DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
#: The styles every export uses, as Word stores their names (compared without case), with the Swedish name shown.
REQUIRED_STYLES = {"title": "Rubrik", "heading 1": "Rubrik 1", "heading 2": "Rubrik 2"}

DOCTYPE_MARKS = tuple("<!doctype".encode(encoding) for encoding in ("ascii", "utf-16-le", "utf-16-be"))
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_word_package(content: bytes, label: str = "mallen", *, styles: bool = True) -> str:
    """Refuse, in words, bytes that cannot be a Word template; the main part's content type when they can
    (``DOCUMENT_TYPE``, or ``TEMPLATE_TYPE`` for a .dotx). ``styles`` False leaves the style check to the caller."""
    not_word = msg("domain.word_package.not_word", label=label)
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise ValidationError(not_word, field="template") from None
    with archive:
        parts = archive.infolist()
        too_big = msg("domain.word_package.too_big", label=label)
        if len(parts) > MAX_PARTS:
            raise ValidationError(msg("domain.word_package.mallen_bestar_delar_fler", label=label, parts=len(parts),
                                      max_parts=MAX_PARTS), field="template")
        if any(part.file_size > MAX_PART_BYTES for part in parts):
            raise ValidationError(too_big, field="template")
        if sum(part.file_size for part in parts) > MAX_TOTAL_BYTES:
            raise ValidationError(msg("domain.word_package.mallen_ar_for_stor_2", label=label,
                                      value=MAX_TOTAL_BYTES // 2**20), field="template")
        contents = {}
        try:
            for part in parts:  # sizes are the declared ones: zipfile never reads past them
                data = archive.read(part)
                if any(mark in data.lower() for mark in DOCTYPE_MARKS):
                    raise ValidationError(
                        msg("domain.word_package.mallen_innehaller_dokumenttypsdeklaration_doctype", label=label),
                        field="template")
                if part.filename in ("[Content_Types].xml", "word/styles.xml"):
                    contents[part.filename] = data
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError):  # CRC, encrypted
            raise ValidationError(not_word, field="template") from None
    kind = main_part_type(contents.get("[Content_Types].xml"))
    if kind not in (DOCUMENT_TYPE, TEMPLATE_TYPE):
        if kind is not None and "macroEnabled" in kind:
            raise ValidationError(msg("domain.word_package.mallen_innehaller_makron_docm", label=label),
                                  field="template")
        raise ValidationError(not_word, field="template")
    if styles:
        _check_styles(contents.get("word/styles.xml"), label)
    return kind


def check_file_size(size: int, label: str) -> None:
    """A file larger than all of a template's parts together, uncompressed, is not read at all."""
    if size > MAX_TOTAL_BYTES:
        raise ValidationError(msg("domain.word_package.mallen_ar_for_stor", label=label,
                                  value=MAX_TOTAL_BYTES // 2**20), field="template")


def main_part_type(types: bytes | None) -> str | None:
    """The content type of /word/document.xml named in [Content_Types].xml, or None."""
    if types is None:
        return None
    try:
        root = ElementTree.fromstring(types)  # no DOCTYPE (refused above): no entities to expand
    except ElementTree.ParseError:
        return None
    for override in root.iter(f"{_CT}Override"):
        if override.get("PartName", "").lower() == "/word/document.xml":
            return override.get("ContentType")
    return None


def _check_styles(styles: bytes | None, label: str) -> None:
    names: set[str] = set()
    if styles is not None:
        try:
            root = ElementTree.fromstring(styles)
        except ElementTree.ParseError:
            raise ValidationError(msg("domain.word_package.mallen_lasas_dess_formatmallar", label=label),
                                  field="template") from None
        names = {name.get(f"{_W}val", "").casefold() for name in root.iter(f"{_W}name")}
    missing = [f"”{swedish}” ({english.title()})" for english, swedish in REQUIRED_STYLES.items()
               if english not in names]
    if missing:
        raise ValidationError(
            msg("domain.word_package.mallen_saknar_formatmallen_exporten", label=label,
                missing=', '.join(missing)), field="template")

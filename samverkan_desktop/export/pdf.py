"""PDF export: exported documents converted to tagged PDF/UA-1 and PDF/A-2b, many in one go.

Which converter: LibreOffice when it is found (``export.libreoffice``), else Microsoft Word on Windows when it can
be automated, else none, with a sentence saying why. ``open_pdf_converter`` gives the converter for one batch
(publishing N minutes starts one LibreOffice, not N); ``convert_to_pdf`` converts one document. Every PDF reaches
its target atomically: the whole file or nothing.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import StorageError
from ..domain.messages import msg
from .libreoffice import ENV_SOFFICE, find_soffice
from .pdf_base import ConversionCancelled, Converted, PdfConverter
from .pdf_libreoffice import LibreOfficeConverter
from .pdf_word import WordConverter, word_available

__all__ = ["ENV_SOFFICE", "ConversionCancelled", "Converted", "PdfChoice", "PdfConverter", "choose_pdf_converter",
           "convert_to_pdf", "find_soffice", "open_pdf_converter", "pdf_converter_description",
           "pdf_unavailable_reason"]


@dataclass(frozen=True)
class PdfChoice:
    """The converter this computer uses: ``kind`` "libreoffice", "word" or None (then ``reason`` says why)."""

    kind: str | None
    program: str | None = None  # soffice's path
    reason: str | None = None

    @property
    def description(self) -> str:
        """One Swedish sentence for the GUI: which converter, and why; or why there is no PDF."""
        if self.kind == "libreoffice":
            return f"PDF görs med LibreOffice ({self.program})."
        if self.kind == "word":
            return "PDF görs med Microsoft Word, eftersom LibreOffice inte finns på den här datorn."
        return self.reason or ""


def choose_pdf_converter(*, platform: str | None = None, soffice: Callable[[], str | None] = find_soffice,
                         word: Callable[[], bool] | None = None) -> PdfChoice:
    platform = platform or sys.platform
    program = soffice()
    if program is not None:
        return PdfChoice("libreoffice", program)
    override = os.environ.get(ENV_SOFFICE, "").strip()
    if override:  # a wrong setting is reported, not silently replaced by Word
        return PdfChoice(None, reason=msg("export.pdf.setting_not_a_program", setting=ENV_SOFFICE,
                                                 program=override))
    if platform == "win32":
        if (word or (lambda: word_available(platform)))():
            return PdfChoice("word")
        return PdfChoice(None, reason=msg("export.pdf.neither_libreoffice_nor_word"))
    return PdfChoice(None, reason=msg("export.pdf.no_libreoffice"))


def pdf_unavailable_reason() -> str | None:
    """None when PDF export works here, otherwise a sentence for the user saying why not."""
    return choose_pdf_converter().reason


def pdf_converter_description() -> str:
    """Which converter makes PDF here (or why none can), for the publish dialog and the export menu."""
    return choose_pdf_converter().description


def open_pdf_converter(*, cancel: threading.Event | None = None, timeout: float = 120,
                       choice: PdfChoice | None = None) -> PdfConverter:
    """The converter for one batch; use it as a context manager. Raises ``StorageError`` when there is none."""
    choice = choice or choose_pdf_converter()
    if choice.kind == "libreoffice":
        return LibreOfficeConverter(choice.program or "soffice", cancel=cancel, timeout=timeout)
    if choice.kind == "word":
        return WordConverter(cancel=cancel)
    raise StorageError(choice.reason or msg("export.pdf.needs_libreoffice"))


def convert_to_pdf(document: Path, target: Path, *, timeout: float = 120,
                   cancel: threading.Event | None = None) -> Path:
    """Convert one document to a PDF at ``target``; raises ``StorageError`` in Swedish."""
    document, target = Path(document), Path(target)
    with open_pdf_converter(cancel=cancel, timeout=timeout) as converter:
        return converter.convert_one(document, target)

"""PDF through Microsoft Word on Windows (COM automation with pywin32), for a computer without LibreOffice.

One Word, started with ``DispatchEx`` (a Word of its own, never the user's open one), converts a whole batch: each
document is copied into a temporary folder (Word's lock file stays there), opened read-only, exported with
``ExportAsFixedFormat`` (document-structure tags, heading bookmarks, PDF/A), and closed unsaved; Word quits in
``finally``. A cancel is checked between two documents. Word writes PDF/A-1b and tags; the catalog gets /Lang and
DisplayDocTitle from ``finish_pdf`` where Word left them out.

Everything COM is reached through ``dispatch`` and ``com_thread`` so that the tests can hand in a fake Word.
"""

from __future__ import annotations

import contextlib
import shutil
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ..domain.errors import StorageError
from ..domain.messages import msg
from .pdf_base import Converted, PdfConverter, finish_pdf

WORD_PROG_ID = "Word.Application"
WD_EXPORT_FORMAT_PDF = 17
WD_EXPORT_OPTIMIZE_FOR_PRINT = 0
WD_EXPORT_CREATE_HEADING_BOOKMARKS = 1
WD_DO_NOT_SAVE_CHANGES = 0
WD_ALERTS_NONE = 0
WORD_SUFFIXES = frozenset({".docx", ".doc", ".dotx", ".docm", ".odt", ".rtf"})

Dispatch = Callable[[str], Any]  # a COM object: its attributes are Word's


def _pywin32_dispatch(prog_id: str) -> Any:
    import win32com.client  # pywin32, Windows only

    return win32com.client.DispatchEx(prog_id)


@contextlib.contextmanager
def _pywin32_com_thread() -> Iterator[None]:
    """COM must be initialised in every thread that uses it (the conversion runs off the GUI thread)."""
    import pythoncom  # pywin32, Windows only

    pythoncom.CoInitialize()
    try:
        yield
    finally:
        pythoncom.CoUninitialize()


def word_available(platform: str | None = None) -> bool:
    """Whether Word can be automated here: Windows, pywin32 installed, and Word's COM class registered."""
    if (platform or sys.platform) != "win32" or sys.platform != "win32":
        return False
    try:
        import winreg

        import win32com.client  # noqa: F401
    except ImportError:
        return False
    try:
        with winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, rf"{WORD_PROG_ID}\CLSID"):
            return True
    except OSError:
        return False


class WordConverter(PdfConverter):
    name = "Microsoft Word"

    def __init__(self, *, cancel: threading.Event | None = None, dispatch: Dispatch | None = None,
                 com_thread: Callable[[], contextlib.AbstractContextManager[None]] | None = None) -> None:
        super().__init__(cancel=cancel)
        self.dispatch = dispatch or _pywin32_dispatch
        self.com_thread = com_thread or _pywin32_com_thread
        self.runs = 0  # Word instances started

    def convert(self, jobs: Sequence[tuple[Path, Path]]) -> list[Converted]:
        jobs = [(Path(s), Path(t)) for s, t in jobs]
        if not jobs:
            return []
        self.check_cancelled()
        with tempfile.TemporaryDirectory(prefix="samverkan-word-", ignore_cleanup_errors=True) as work, \
                self.com_thread():
            try:
                word = self.dispatch(WORD_PROG_ID)
            except Exception as exc:  # pywintypes.com_error and whatever else COM raises
                raise StorageError(msg("export.pdf_word.microsoft_word_kunde_startas", exc=exc)) from exc
            self.runs += 1
            try:
                word.Visible = False
                word.DisplayAlerts = WD_ALERTS_NONE
                results = []
                for index, (source, target) in enumerate(jobs):
                    self.check_cancelled()
                    results.append(self._one(word, Path(work), index, source, target))
                return results
            finally:
                with contextlib.suppress(Exception):  # a Word that already died cannot be asked to quit
                    word.Quit(SaveChanges=WD_DO_NOT_SAVE_CHANGES)

    def _one(self, word: Any, work: Path, index: int, source: Path, target: Path) -> Converted:
        if source.suffix.lower() not in WORD_SUFFIXES:
            return Converted(source, target, msg("export.pdf_word.ar_word_dokument_microsoft", source_name=source.name))
        copy = work / f"dokument{index + 1:04d}{source.suffix.lower()}"
        produced = work / f"dokument{index + 1:04d}.pdf"
        try:
            shutil.copyfile(source, copy)
        except OSError:
            return Converted(source, target, msg("export.pdf_word.dokumentet_kunde_lasas_sa", source_name=source.name))
        try:
            document = word.Documents.Open(str(copy), ConfirmConversions=False, ReadOnly=True,
                                           AddToRecentFiles=False, Visible=False)
            try:
                document.ExportAsFixedFormat(
                    OutputFileName=str(produced), ExportFormat=WD_EXPORT_FORMAT_PDF, OpenAfterExport=False,
                    OptimizeFor=WD_EXPORT_OPTIMIZE_FOR_PRINT, CreateBookmarks=WD_EXPORT_CREATE_HEADING_BOOKMARKS,
                    DocStructureTags=True, UseISO19005_1=True)
            finally:
                document.Close(SaveChanges=WD_DO_NOT_SAVE_CHANGES)
        except Exception as exc:  # a COM error on this document: the others go on
            return Converted(source, target, msg("export.pdf_word.microsoft_word_kunde_gora", source_name=source.name,
                                                 exc=exc))
        try:
            content = produced.read_bytes()
        except OSError:
            content = b""
        if not content.startswith(b"%PDF"):
            return Converted(source, target, f"Microsoft Word skapade ingen PDF av {source.name}; ingen PDF har "
                                             "sparats.")
        try:
            self.write(target, finish_pdf(content))
        except StorageError as error:
            return Converted(source, target, error.message)
        return Converted(source, target)

"""What every PDF converter shares: the result of one document, cancelling, writing the PDF atomically, and the
last touch with pikepdf that makes sure the catalog names the language and shows the title."""

from __future__ import annotations

import io
import os
import shutil
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import StorageError
from ..domain.messages import msg
from .files import write_atomically

LANGUAGE = "sv-SE"


class ConversionCancelled(StorageError):  # noqa: N818 - a StorageError the user asked for
    """The user stopped the conversion; what was not yet converted has not been written."""

    def __init__(self) -> None:
        super().__init__(msg("export.pdf_base.pdf_omvandlingen_avbrots_ingen"))


@dataclass(frozen=True)
class Converted:
    """One document of a batch: written to ``target``, or ``error`` (Swedish) says why not."""

    source: Path
    target: Path
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class PdfConverter:
    """Converts many documents in one go (``convert``); a context manager that frees what it holds."""

    name = ""

    def __init__(self, *, cancel: threading.Event | None = None) -> None:
        self.cancel = cancel

    def convert(self, jobs: Sequence[tuple[Path, Path]]) -> list[Converted]:
        raise NotImplementedError

    def begin(self, suffixes: Sequence[str], names: Sequence[str]) -> StreamedBatch:
        """A batch to hand documents to one by one (``put``) and take PDFs from (``result``); ``pdf_stream``."""
        self.check_cancelled()
        return StreamedBatch(self, suffixes, names)

    def convert_one(self, source: Path, target: Path) -> Path:
        """One document; raises ``StorageError`` (Swedish) when it could not be converted."""
        (result,) = self.convert([(Path(source), Path(target))])
        if result.error is not None:
            raise StorageError(result.error)
        return result.target

    def check_cancelled(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise ConversionCancelled()

    def write(self, target: Path, content: bytes) -> Path:
        return write_atomically(Path(target), content)

    def close(self) -> None:
        """Free the converter's profile and folders."""

    def __enter__(self) -> PdfConverter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def finish_pdf(content: bytes, language: str = LANGUAGE) -> bytes:
    """The PDF with /Lang (``language`` where the converter set none) and /ViewerPreferences /DisplayDocTitle true
    in the catalog; unchanged, byte for byte, when both are there already (LibreOffice sets them). Neither
    touches the XMP, so its pdfaid/pdfuaid stay as the converter wrote them."""
    import pikepdf  # loaded with the first PDF, not when the window starts

    try:
        with pikepdf.open(io.BytesIO(content)) as pdf:
            root = pdf.Root
            preferences = root.get("/ViewerPreferences")
            has_language = bool(str(root.get("/Lang", "")).strip())
            shows_title = preferences is not None and bool(preferences.get("/DisplayDocTitle", False))
            if has_language and shows_title:
                return content
            if not has_language:
                root.Lang = pikepdf.String(language)
            if preferences is None:
                root.ViewerPreferences = pdf.make_indirect(pikepdf.Dictionary())
            root.ViewerPreferences.DisplayDocTitle = True
            buffer = io.BytesIO()
            pdf.save(buffer)
            return buffer.getvalue()
    except pikepdf.PdfError as exc:
        raise StorageError(msg("export.pdf_base.pdf_filen_skapades_gar", exc=exc)) from exc


class StreamedBatch:
    """Documents handed in by index (``put``), each PDF taken by index (``result``: the PDF's bytes, or a Swedish
    sentence saying why there is none). ``close`` frees everything (and stops a conversion still running)."""

    def __init__(self, converter: PdfConverter, suffixes: Sequence[str], names: Sequence[str]) -> None:
        self.converter, self.names = converter, list(names)
        self.folder = Path(tempfile.mkdtemp(prefix="samverkan-strom-"))
        self.inputs = [self.folder / f"dokument{i + 1:04d}{suffix.lower()}" for i, suffix in enumerate(suffixes)]
        self.results: dict[int, bytes | str] = {}

    def put(self, index: int, content: bytes) -> None:
        staged = self.folder / f".{self.inputs[index].name}.delvis"
        staged.write_bytes(content)
        os.replace(staged, self.inputs[index])

    def result(self, index: int) -> bytes | str:
        if index not in self.results:
            jobs = [(source, source.with_suffix(".pdf")) for source in self.inputs]
            for i, done in enumerate(self.converter.convert(jobs)):
                if done.error is not None:  # named as the caller knows it, not by its copy's name
                    self.results[i] = done.error.replace(self.inputs[i].name, self.names[i])
                else:
                    self.results[i] = done.target.read_bytes()
        return self.results[index]

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

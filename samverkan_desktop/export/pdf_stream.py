"""A batch whose conversion overlaps the caller's own work: LibreOffice starts at once, the documents are handed
in while it starts up, and each PDF can be taken as soon as LibreOffice has moved on to the next document.

soffice opens the files named on its command line one after another, only when it comes to each, and writes one
PDF per document in that order: so the PDF of document i is complete once a PDF of a later document exists, or
soffice has exited. A document handed in too late (soffice came to it before it was there) is converted again,
together with every other such document, by one more soffice after the first has exited. Documents are handed in
atomically (written beside, then renamed), so soffice never reads half a file.

``pdf_base.StreamedBatch`` is the generic form: it collects the documents and converts them all with ``convert``
when the first result is asked for (Word). This module sits above ``pdf_base`` and ``pdf_libreoffice``: it knows
the LibreOffice converter only as the ``Soffice`` protocol below, so neither imports it at module level.
"""

from __future__ import annotations

import contextlib
import subprocess
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol, cast

from ..domain.errors import StorageError
from .pdf_base import ConversionCancelled, PdfConverter, StreamedBatch, finish_pdf


class Soffice(Protocol):
    """What a LibreOffice stream needs of its converter (pdf_libreoffice.LibreOfficeConverter); ``process`` is
    the converter's own handle on a running soffice."""

    timeout: float
    timeout_per_file: float
    cancel: threading.Event | None

    def command(self, inputs: Sequence[Path], outdir: Path) -> list[str]: ...

    def start(self, command: list[str]) -> Any: ...

    def stop(self, process: Any) -> None: ...

    def failure_message(self, process: Any) -> str: ...

    def last_output(self, process: Any) -> str: ...

_POLL_SECONDS = 0.05


class LibreOfficeStream(StreamedBatch):
    def __init__(self, converter: Soffice, suffixes: Sequence[str], names: Sequence[str]) -> None:
        super().__init__(cast(PdfConverter, converter), suffixes, names)
        self.lo = converter
        self.outdir = self.folder / "pdf"
        self.outdir.mkdir()
        self.allowed = converter.timeout + converter.timeout_per_file * max(len(suffixes) - 1, 0)
        self.deadline = time.monotonic() + self.allowed
        self.pending = list(range(len(self.inputs)))  # in the order soffice converts them
        self.missing: list[int] = []  # converted too early or not at all: tried once more
        self.retried = False
        self.failure: str | None = None  # the whole batch failed (timeout, exit code): every pending one gets it
        self.process = self.lo.start(self.lo.command(self.inputs, self.outdir)) if self.inputs else None

    def result(self, index: int) -> bytes | str:
        while index not in self.results:
            self._step()
        return self.results[index]

    def finish(self) -> None:
        """Wait for every PDF of the batch (before another soffice may use the profile)."""
        for index in range(len(self.inputs)):
            self.result(index)

    def _step(self) -> None:
        if self.failure is not None:
            for i in self.pending + self.missing:
                self.results[i] = self.failure
            self.pending, self.missing = [], []
            return
        running = self.process is not None and self.process.poll() is None
        if running:
            self._check_cancel_and_time()
        self._collect(finished=not running)
        if running and self.process is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(_POLL_SECONDS)
            return
        if self.process is not None and self.process.returncode != 0:
            self.failure = self.lo.failure_message(self.process)
            return
        if self.missing and not self.retried:  # once more, all of them in one soffice
            self.retried = True
            self.pending, self.missing = self.missing, []
            self.outdir = self.folder / "pdf-igen"
            self.outdir.mkdir()
            self.process = self.lo.start(self.lo.command([self.inputs[i] for i in self.pending], self.outdir))
            return
        detail = self.lo.last_output(self.process) if self.process is not None else ""
        for i in self.missing:
            self.results[i] = (f"LibreOffice skapade ingen PDF av {self.names[i]}; ingen PDF har sparats."
                               + (f" Meddelande: {detail}" if detail else ""))
        self.missing = []

    def _check_cancel_and_time(self) -> None:
        if self.lo.cancel is not None and self.lo.cancel.is_set():
            self.lo.stop(self.process)
            raise ConversionCancelled()
        if time.monotonic() > self.deadline:
            self.lo.stop(self.process)
            self.failure = (f"PDF-omvandlingen tog längre tid än {self.allowed:g} sekunder och avbröts; ingen PDF "
                            "har sparats.")

    def _collect(self, *, finished: bool) -> None:
        """Take every PDF soffice is done with: all when it has exited, else those before its latest output."""
        produced = [i for i in self.pending if (self.outdir / f"{self.inputs[i].stem}.pdf").exists()]
        done_before = len(self.pending) if finished else (self.pending.index(produced[-1]) if produced else 0)
        for i in self.pending[:done_before]:
            try:
                content = (self.outdir / f"{self.inputs[i].stem}.pdf").read_bytes()
            except OSError:
                content = b""
            if content.startswith(b"%PDF"):
                try:
                    self.results[i] = finish_pdf(content)
                except StorageError as error:
                    self.results[i] = error.message
            else:
                self.missing.append(i)
        self.pending = self.pending[done_before:]

    def close(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.lo.stop(self.process)
        super().close()

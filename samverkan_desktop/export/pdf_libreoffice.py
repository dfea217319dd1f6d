"""PDF through LibreOffice: one headless ``soffice`` converts a whole batch of documents.

A ``LibreOfficeConverter`` owns a temporary folder with its own LibreOffice profile (so it collides neither with a
LibreOffice the user has open nor with another conversion, and leaves no lock files beside the user's files). Each
call of ``convert`` copies the documents in under plain names and starts one soffice for all of them; the profile
stays warm for the next call. The PDF settings (tagged PDF/UA-1 that is also PDF/A-2b, bookmarks, the title as
window title) are written into the profile, so that Writer, Calc and Impress documents get them in the same
process, and for a batch of text documents they are also given on the command line as the export filter's JSON
options. A timeout or a cancel (a ``threading.Event``) kills soffice with everything it started.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import StorageError
from ..domain.messages import msg
from ..domain.processes import hidden_window
from .pdf_base import ConversionCancelled, Converted, PdfConverter, finish_pdf

if TYPE_CHECKING:
    from .pdf_stream import LibreOfficeStream

# The PDF export filter's settings: tagged, PDF/UA-1, PDF/A-2b (SelectPdfVersion 2), bookmarks from the
# headings, the document title in the viewer's title bar.
PDF_SETTINGS: dict[str, tuple[str, str]] = {
    "UseTaggedPDF": ("boolean", "true"),
    "PDFUACompliance": ("boolean", "true"),
    "SelectPdfVersion": ("long", "2"),
    "ExportBookmarks": ("boolean", "true"),
    "DisplayPDFDocumentTitle": ("boolean", "true"),
    "ExportNotes": ("boolean", "false"),
}
WRITER_SUFFIXES = frozenset({".docx", ".doc", ".dotx", ".odt", ".rtf", ".txt"})
SUPPORTED_SUFFIXES = WRITER_SUFFIXES | {".xlsx", ".xls", ".ods", ".csv", ".pptx", ".ppt", ".odp"}
_KILL_GRACE_SECONDS = 5
_POLL_SECONDS = 0.1


#: Windows's CREATE_NEW_PROCESS_GROUP (the name exists only there); 0 elsewhere.
if sys.platform == "win32":
    _NEW_PROCESS_GROUP = subprocess.CREATE_NEW_PROCESS_GROUP
else:
    _NEW_PROCESS_GROUP = 0


def filter_argument(suffixes: Sequence[str]) -> str:
    """The ``--convert-to`` value: Writer's PDF filter with JSON options when every document is a text document;
    plain ``pdf`` (LibreOffice picks each document's own PDF filter, the profile gives the settings) otherwise."""
    if suffixes and all(s.lower() in WRITER_SUFFIXES for s in suffixes):
        options = {name: {"type": kind, "value": value} for name, (kind, value) in PDF_SETTINGS.items()}
        return "pdf:writer_pdf_Export:" + json.dumps(options, separators=(",", ":"))
    return "pdf"


def profile_settings() -> str:
    """registrymodifications.xcu for a new profile: the PDF settings, and no first-start dialogs."""
    path = "/org.openoffice.Office.Common/Filter/PDF/Export"
    items = [f'<item oor:path="{path}"><prop oor:name="{name}" oor:op="fuse"><value>{value}</value></prop></item>'
             for name, (_kind, value) in PDF_SETTINGS.items()]
    items.append('<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse">'
                 "<value>false</value></prop></item>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
            'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
            + "\n".join(items) + "\n</oor:items>\n")


class LibreOfficeConverter(PdfConverter):
    name = "LibreOffice"

    def __init__(self, soffice: str, *, cancel: threading.Event | None = None, timeout: float = 120,
                 timeout_per_file: float = 20) -> None:
        """``timeout`` for one document; every further document in the same call adds ``timeout_per_file``."""
        super().__init__(cancel=cancel)
        self.soffice = soffice
        self.timeout, self.timeout_per_file = timeout, timeout_per_file
        self._work = Path(tempfile.mkdtemp(prefix="samverkan-pdf-"))
        self.profile = self._work / "profil"
        user = self.profile / "user"
        user.mkdir(parents=True)
        (user / "registrymodifications.xcu").write_text(profile_settings(), encoding="utf-8")
        self.runs = 0  # soffice processes started, for the tests and the benchmark
        self._streams: list[LibreOfficeStream] = []

    def close(self) -> None:
        for stream in self._streams:
            stream.close()
        shutil.rmtree(self._work, ignore_errors=True)

    def convert(self, jobs: Sequence[tuple[Path, Path]]) -> list[Converted]:
        """Convert every (source, target) with one soffice; a document that fails is named in its ``Converted``,
        the others are written. Raises ``ConversionCancelled`` on cancel and ``StorageError`` when soffice cannot
        run at all (not found, timeout)."""
        jobs = [(Path(s), Path(t)) for s, t in jobs]
        if not jobs:
            return []
        self.check_cancelled()
        batch = Path(tempfile.mkdtemp(prefix="lot-", dir=self._work))
        try:
            return self._convert_in(batch, jobs)
        finally:
            shutil.rmtree(batch, ignore_errors=True)

    def _convert_in(self, batch: Path, jobs: list[tuple[Path, Path]]) -> list[Converted]:
        inputs, outdir = batch / "in", batch / "pdf"
        inputs.mkdir()
        outdir.mkdir()
        results: dict[int, Converted] = {}
        copies: dict[int, Path] = {}
        for index, (source, target) in enumerate(jobs):
            suffix = source.suffix.lower()
            if suffix not in SUPPORTED_SUFFIXES:
                results[index] = Converted(source, target, msg("export.pdf_libreoffice.ar_dokument_libreoffice_gora",
                                                               source_name=source.name))
                continue
            copy = inputs / f"dokument{index + 1:04d}{suffix}"  # a plain name; lock files stay in here
            try:
                shutil.copyfile(source, copy)
            except OSError:
                missing = not source.is_file()
                results[index] = Converted(source, target, f"Dokumentet {source.name} "
                                           + ("finns inte" if missing else "kunde inte läsas")
                                           + ", så det kan inte bli en PDF.")
                continue
            copies[index] = copy
        if copies:
            command = [self.soffice, "--headless", "--norestore", "--nologo", "--nodefault",
                       f"-env:UserInstallation={self.profile.as_uri()}", "--convert-to",
                       filter_argument([c.suffix for c in copies.values()]), "--outdir", str(outdir),
                       *(str(c) for c in copies.values())]
            stdout, stderr = self._run(command, self.timeout + self.timeout_per_file * (len(copies) - 1))
            detail = _last_line(stderr) or _last_line(stdout)
            for index, copy in copies.items():
                source, target = jobs[index]
                results[index] = self._collect(outdir / f"{copy.stem}.pdf", source, target, detail)
        return [results[i] for i in range(len(jobs))]

    def _collect(self, produced: Path, source: Path, target: Path, detail: str) -> Converted:
        try:
            content = produced.read_bytes()
        except OSError:
            content = b""
        # soffice often exits with 0 although it converted nothing; only a real PDF counts.
        if not content.startswith(b"%PDF"):
            return Converted(source, target, f"LibreOffice skapade ingen PDF av {source.name}; ingen PDF har "
                                             "sparats." + (f" Meddelande: {detail}" if detail else ""))
        try:
            self.write(target, finish_pdf(content))
        except StorageError as error:
            return Converted(source, target, error.message)
        return Converted(source, target)

    def begin(self, suffixes: Sequence[str], names: Sequence[str]) -> LibreOfficeStream:
        """Start soffice on documents still to be handed in (``put``); see ``pdf_stream``."""
        from .pdf_stream import LibreOfficeStream

        self.check_cancelled()
        stream = LibreOfficeStream(self, suffixes, names)
        self._streams.append(stream)
        return stream

    def command(self, inputs: Sequence[Path], outdir: Path) -> list[str]:
        return [self.soffice, "--headless", "--norestore", "--nologo", "--nodefault",
                f"-env:UserInstallation={self.profile.as_uri()}", "--convert-to",
                filter_argument([c.suffix for c in inputs]), "--outdir", str(outdir), *(str(c) for c in inputs)]

    def start(self, command: list[str]) -> _Soffice:
        for stream in self._streams:  # one soffice at a time on the profile: an earlier batch ends first
            if stream.process is not None and stream.process.poll() is None:
                stream.finish()
        self.runs += 1
        return _Soffice(command)

    def stop(self, process: _Soffice) -> None:
        _kill(process.popen, os.name == "posix")

    @staticmethod
    def failure_message(process: _Soffice) -> str:
        detail = process.last_line()
        if detail:
            return msg("export.pdf_libreoffice.failed_saying", code=process.returncode, detail=detail)
        return msg("export.pdf_libreoffice.failed", code=process.returncode)

    @staticmethod
    def last_output(process: _Soffice) -> str:
        return process.last_line()

    def _run(self, command: list[str], timeout: float) -> tuple[str, str]:
        """Run soffice; on a timeout or a cancel kill it with everything it started."""
        process = self.start(command)
        deadline = time.monotonic() + timeout
        try:
            while process.poll() is None:
                if self.cancel is not None and self.cancel.is_set():
                    self.stop(process)
                    raise ConversionCancelled()
                if time.monotonic() > deadline:
                    self.stop(process)
                    raise StorageError(msg("export.pdf_libreoffice.pdf_omvandlingen_tog_langre", timeout=timeout))
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(_POLL_SECONDS)
        except BaseException:  # e.g. KeyboardInterrupt: do not leave LibreOffice running
            if process.poll() is None:
                self.stop(process)
            raise
        if process.returncode != 0:
            raise StorageError(self.failure_message(process))
        return process.output()


class _Soffice:
    """A running soffice in a process group of its own, its output going to temporary files (no pipe to fill up
    and block, and a child that keeps them open cannot hold us up)."""

    def __init__(self, command: list[str]) -> None:
        self.command = command
        posix = os.name == "posix"
        # Open for the life of the process and its reading; closed with this object.
        self._out, self._err = tempfile.TemporaryFile(), tempfile.TemporaryFile()  # noqa: SIM115
        try:
            self.popen = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=self._out, stderr=self._err,
                # Its own process group: soffice is a launcher that starts soffice.bin, which must die with it.
                start_new_session=posix,
                # No console window on Windows (the GUI has none of its own for it to use).
                **hidden_window(0 if posix else _NEW_PROCESS_GROUP),
            )
        except OSError as exc:
            self._out.close()
            self._err.close()
            raise StorageError(msg("export.pdf_libreoffice.libreoffice_kunde_startas_ingen",
                                   value=exc.strerror or exc)) from exc

    @property
    def returncode(self) -> int | None:
        return self.popen.returncode

    def poll(self) -> int | None:
        return self.popen.poll()

    def wait(self, timeout: float) -> int:
        return self.popen.wait(timeout)

    def output(self) -> tuple[str, str]:
        texts = []
        for stream in (self._out, self._err):
            stream.seek(0)
            texts.append(stream.read().decode(errors="replace"))
        return texts[0], texts[1]

    def last_line(self) -> str:
        stdout, stderr = self.output()
        return _last_line(stderr) or _last_line(stdout)


def _kill(process: subprocess.Popen, posix: bool) -> None:
    try:  # first the whole group, so soffice.bin cannot outlive its launcher
        if posix:
            os.killpg(process.pid, signal.SIGKILL)
        else:  # taskkill /T takes soffice.bin along; kill() alone would only stop the launcher
            subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)], capture_output=True, check=False,
                           **hidden_window())
            process.kill()
    except OSError:
        pass  # already gone
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=_KILL_GRACE_SECONDS)


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""

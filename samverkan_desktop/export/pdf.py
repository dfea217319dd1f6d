"""PDF export: an exported Word document converted by LibreOffice running headless.

Every conversion runs in a fresh temporary folder with its own LibreOffice profile, so it neither collides with
a LibreOffice the user has open nor with another conversion, and leaves no lock files next to the user's files.
The PDF reaches its target with ``write_atomically``: the whole file or nothing.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from ..domain.errors import StorageError
from ..domain.processes import hidden_window
from .files import write_atomically
from .libreoffice import ENV_SOFFICE, find_soffice

__all__ = ["ENV_SOFFICE", "convert_to_pdf", "find_soffice", "pdf_unavailable_reason"]

_KILL_GRACE_SECONDS = 5


def pdf_unavailable_reason() -> str | None:
    """None when PDF export works here, otherwise a sentence for the user saying why not."""
    if find_soffice() is not None:
        return None
    override = os.environ.get(ENV_SOFFICE, "").strip()
    if override:
        return (
            f"PDF kräver LibreOffice, men inställningen {ENV_SOFFICE} pekar på {override}, "
            "som inte är ett program som går att starta."
        )
    return (
        "PDF kräver LibreOffice, som inte finns på den här datorn. "
        "Installera LibreOffice (programmet soffice) för att kunna spara PDF."
    )


def convert_to_pdf(docx: Path, target: Path, *, timeout: float = 120) -> Path:
    """Convert the Word document ``docx`` to a PDF at ``target``; raises ``StorageError`` in Swedish."""
    docx, target = Path(docx), Path(target)
    soffice = find_soffice()
    if soffice is None:
        raise StorageError(pdf_unavailable_reason() or "PDF kräver LibreOffice.")
    if not docx.is_file():
        raise StorageError(f"Dokumentet {docx.name} finns inte, så det kan inte bli en PDF.")
    with tempfile.TemporaryDirectory(prefix="samverkan-pdf-", ignore_cleanup_errors=True) as work:
        work_dir = Path(work)
        source = work_dir / "dokument.docx"  # a copy: a plain name, and LibreOffice's lock file stays in here
        outdir = work_dir / "pdf"
        profile = work_dir / "profil"
        outdir.mkdir()
        try:
            shutil.copyfile(docx, source)
        except OSError as exc:
            raise StorageError(f"Dokumentet {docx.name} kunde inte läsas, så det kan inte bli en PDF.") from exc
        command = [
            soffice,
            "--headless",
            "--norestore",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(source),
        ]
        stdout, stderr = _run(command, timeout)
        produced = outdir / "dokument.pdf"
        try:
            content = produced.read_bytes()
        except OSError:
            content = b""
        # soffice often exits with 0 although it converted nothing; only a real PDF counts.
        if not content.startswith(b"%PDF"):
            detail = _last_line(stderr) or _last_line(stdout)
            raise StorageError(
                f"LibreOffice skapade ingen PDF av {docx.name}; ingen PDF har sparats."
                + (f" Meddelande: {detail}" if detail else "")
            )
    return write_atomically(target, content)


def _run(command: list[str], timeout: float) -> tuple[str, str]:
    """Run soffice; on a timeout kill it with everything it started, so no LibreOffice is left behind."""
    posix = os.name == "posix"
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            # Its own process group: soffice is a launcher that starts soffice.bin, which must die with it.
            start_new_session=posix,
            # No console window on Windows (the GUI has none of its own for it to use).
            **hidden_window(0 if posix else subprocess.CREATE_NEW_PROCESS_GROUP),
        )
    except OSError as exc:
        raise StorageError(f"LibreOffice kunde inte startas ({exc.strerror or exc}); ingen PDF har sparats.") from exc
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill(process, posix)
        raise StorageError(
            f"PDF-omvandlingen tog längre tid än {timeout:g} sekunder och avbröts; ingen PDF har sparats."
        ) from None
    except BaseException:  # e.g. KeyboardInterrupt: do not leave LibreOffice running
        _kill(process, posix)
        raise
    stdout = out.decode(errors="replace")
    stderr = err.decode(errors="replace")
    if process.returncode != 0:
        detail = _last_line(stderr) or _last_line(stdout)
        raise StorageError(
            f"LibreOffice kunde inte göra om dokumentet till PDF (felkod {process.returncode}); "
            "ingen PDF har sparats." + (f" Meddelande: {detail}" if detail else "")
        )
    return stdout, stderr


def _kill(process: subprocess.Popen[bytes], posix: bool) -> None:
    try:  # first the whole group, so soffice.bin cannot outlive its launcher
        if posix:
            os.killpg(process.pid, signal.SIGKILL)
        else:  # taskkill /T takes soffice.bin along; kill() alone would only stop the launcher
            subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)], capture_output=True, check=False,
                           **hidden_window())
            process.kill()
    except OSError:
        pass  # already gone
    # A child outside the group may still hold the pipes; then nothing more can be done here.
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.communicate(timeout=_KILL_GRACE_SECONDS)


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""

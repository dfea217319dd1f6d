"""PDF through LibreOffice: the control flow against a fake soffice, and one real conversion when it is here."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import docx
import pytest

from samverkan_desktop.domain.errors import StorageError
from samverkan_desktop.export import libreoffice, pdf
from samverkan_desktop.export.pdf import convert_to_pdf, find_soffice, pdf_unavailable_reason

posix_only = pytest.mark.skipif(os.name != "posix", reason="the fake soffice is a shell script")

# The fake records its arguments, then finds --outdir and the input file like soffice does.
FAKE_HEAD = """#!/bin/sh
printf '%s\\n' "$@" > "{log}"
outdir=""
input=""
while [ $# -gt 0 ]; do
    case "$1" in
        --outdir) outdir="$2"; shift 2 ;;
        -*) shift ;;
        *) input="$1"; shift ;;
    esac
done
name=$(basename "$input" .docx)
"""


@pytest.fixture
def fake_soffice(tmp_path, monkeypatch):
    """A function installing a fake soffice with the given body; it returns the file logging its arguments."""
    log = tmp_path / "argumentlogg.txt"

    def install(body: str) -> Path:
        script = tmp_path / "fake-soffice"
        script.write_text(FAKE_HEAD.format(log=log) + body)
        script.chmod(0o755)
        monkeypatch.setenv(pdf.ENV_SOFFICE, str(script))
        return log

    return install


@pytest.fixture
def document(tmp_path) -> Path:
    path = tmp_path / "Minnesanteckningar 2025-03-04.docx"
    path.write_bytes(b"not really a docx; the fake does not read it")
    return path


def logged_arguments(log: Path) -> list[str]:
    return log.read_text().splitlines()


@posix_only
def test_success_writes_the_pdf_and_removes_the_temporary_folder(fake_soffice, document, tmp_path):
    log = fake_soffice('printf "%%PDF-1.7 fake\\n" > "$outdir/$name.pdf"\n')
    target = tmp_path / "ut" / "protokoll.pdf"
    assert convert_to_pdf(document, target) == target
    assert target.read_bytes() == b"%PDF-1.7 fake\n"
    args = logged_arguments(log)
    assert args[:2] == ["--headless", "--norestore"]
    assert args[2].startswith("-env:UserInstallation=file:///")
    assert args[3:5] == ["--convert-to", "pdf"]
    outdir = Path(args[args.index("--outdir") + 1])
    profile = Path(args[2].removeprefix("-env:UserInstallation=file://"))
    assert profile.parent == outdir.parent  # profile and output share the one temporary folder
    assert Path(args[-1]).parent == outdir.parent  # a copy of the document is converted, not the user's file
    assert not outdir.parent.exists()
    assert sorted(p.name for p in target.parent.iterdir()) == ["protokoll.pdf"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["Minnesanteckningar 2025-03-04.docx", "argumentlogg.txt", "fake-soffice", "ut"]
    )


@posix_only
def test_a_failing_soffice_gives_its_last_stderr_line_and_no_file(fake_soffice, document, tmp_path):
    log = fake_soffice('echo "starting" >&2\necho "Error: source file could not be loaded" >&2\nexit 77\n')
    target = tmp_path / "protokoll.pdf"
    with pytest.raises(StorageError, match="felkod 77") as caught:
        convert_to_pdf(document, target)
    assert caught.value.message.endswith("Meddelande: Error: source file could not be loaded")
    assert not target.exists()
    outdir = Path(logged_arguments(log)[logged_arguments(log).index("--outdir") + 1])
    assert not outdir.parent.exists()


@posix_only
def test_a_hanging_soffice_is_killed_with_its_children_after_the_timeout(fake_soffice, document, tmp_path):
    # Like the real launcher, the fake starts a child (soffice.bin) that holds the output pipes open.
    child_pid = tmp_path / "barn.pid"
    log = fake_soffice(f'sleep 60 &\necho $! > "{child_pid}"\nwait\n')
    target = tmp_path / "protokoll.pdf"
    started = time.monotonic()
    with pytest.raises(StorageError, match="tog längre tid än 1 sekunder och avbröts"):
        convert_to_pdf(document, target, timeout=1)
    assert time.monotonic() - started < 10
    assert not target.exists()
    pid = int(child_pid.read_text())
    assert _gone(pid), "the child of soffice was left running"
    outdir = Path(logged_arguments(log)[logged_arguments(log).index("--outdir") + 1])
    assert not outdir.parent.exists()


@posix_only
def test_a_soffice_that_exits_cleanly_without_a_pdf_is_an_error(fake_soffice, document, tmp_path):
    fake_soffice('echo "Error: source file could not be loaded"\nexit 0\n')
    target = tmp_path / "protokoll.pdf"
    target.write_bytes(b"the earlier PDF")
    with pytest.raises(StorageError, match=r"LibreOffice skapade ingen PDF av Minnesanteckningar 2025-03-04\.docx"):
        convert_to_pdf(document, target)
    assert target.read_bytes() == b"the earlier PDF"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in {".pdf", ".tmp"}) == ["protokoll.pdf"]


@posix_only
def test_output_that_is_not_a_pdf_is_not_saved(fake_soffice, document, tmp_path):
    fake_soffice('echo "<html>" > "$outdir/$name.pdf"\n')
    target = tmp_path / "protokoll.pdf"
    with pytest.raises(StorageError, match="skapade ingen PDF"):
        convert_to_pdf(document, target)
    assert not target.exists()


@posix_only
def test_the_environment_variable_overrides_the_path(fake_soffice, monkeypatch):
    fake_soffice("exit 0\n")
    monkeypatch.setenv("PATH", "")
    assert find_soffice() == os.environ[pdf.ENV_SOFFICE]
    assert pdf_unavailable_reason() is None


def test_soffice_and_libreoffice_are_looked_up_on_the_path(monkeypatch):
    monkeypatch.delenv(pdf.ENV_SOFFICE, raising=False)
    looked_up = []

    def which(name):
        looked_up.append(name)
        return "/opt/lo/libreoffice" if name == "libreoffice" else None

    monkeypatch.setattr(libreoffice.shutil, "which", which)
    assert find_soffice() == "/opt/lo/libreoffice"
    assert looked_up == ["soffice", "libreoffice"]


def test_without_libreoffice_the_reason_and_the_error_are_swedish(monkeypatch, document, tmp_path):
    monkeypatch.delenv(pdf.ENV_SOFFICE, raising=False)
    monkeypatch.setattr(libreoffice.shutil, "which", lambda name: None)
    monkeypatch.setattr(libreoffice, "_installed_locations", lambda env: iter(()))
    assert find_soffice() is None
    reason = pdf_unavailable_reason()
    assert reason is not None and reason.startswith("PDF kräver LibreOffice, som inte finns på den här datorn.")
    with pytest.raises(StorageError, match="PDF kräver LibreOffice"):
        convert_to_pdf(document, tmp_path / "protokoll.pdf")
    assert not (tmp_path / "protokoll.pdf").exists()


def test_a_broken_override_is_reported_not_replaced(monkeypatch, tmp_path):
    monkeypatch.setenv(pdf.ENV_SOFFICE, str(tmp_path / "finns-inte" / "soffice"))
    assert find_soffice() is None
    assert "SAMVERKAN_SOFFICE pekar på" in (pdf_unavailable_reason() or "")


@posix_only
def test_a_missing_document_is_reported(fake_soffice, tmp_path):
    fake_soffice("exit 0\n")
    with pytest.raises(StorageError, match="finns inte"):
        convert_to_pdf(tmp_path / "borta.docx", tmp_path / "protokoll.pdf")


@pytest.mark.slow
def test_a_real_conversion_with_libreoffice(tmp_path):
    if find_soffice() is None:
        if os.environ.get("SAMVERKAN_REQUIRE_SOFFICE") == "1":
            pytest.fail(f"SAMVERKAN_REQUIRE_SOFFICE=1 but no LibreOffice was found: {pdf_unavailable_reason()}")
        pytest.skip("LibreOffice (soffice) is not installed")
    source = tmp_path / "Kallelse åäö.docx"
    document = docx.Document()
    document.add_heading("Kallelse till samverkansmöte", level=1)
    document.add_paragraph("Vårdcentralen Norra, rum 3: måndag den 3 mars")
    document.save(source)
    target = tmp_path / "pdf" / "Kallelse åäö.pdf"

    assert convert_to_pdf(source, target) == target
    content = target.read_bytes()
    assert content.startswith(b"%PDF")
    pdftotext = shutil.which("pdftotext")
    if pdftotext:
        text = subprocess.run(
            [pdftotext, "-enc", "UTF-8", str(target), "-"], capture_output=True, check=True, timeout=60
        ).stdout.decode()
        assert "Kallelse till samverkansmöte" in text
        assert "Vårdcentralen Norra, rum 3" in text
    assert sorted(p.name for p in target.parent.iterdir()) == ["Kallelse åäö.pdf"]
    assert not list(tmp_path.glob(".~lock*"))  # LibreOffice's lock file stayed in its own temporary folder


def _gone(pid: int, wait: float = 5.0) -> bool:
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        # A killed child can linger as a zombie until init reaps it; that is not "running".
        try:
            if Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] == "Z":
                return True
        except OSError:
            pass  # no /proc here: wait for the reaping
        time.sleep(0.05)
    return False

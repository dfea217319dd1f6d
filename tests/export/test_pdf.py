"""PDF conversion: the control flow against a fake soffice (one process per batch, timeout, cancel, failures),
the choice of converter, and one real conversion when LibreOffice is here."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import time
from pathlib import Path

import docx
import pikepdf
import pytest

from samverkan_desktop.domain.errors import StorageError
from samverkan_desktop.export import libreoffice, pdf
from samverkan_desktop.export.pdf import (
    ConversionCancelled,
    PdfChoice,
    choose_pdf_converter,
    convert_to_pdf,
    find_soffice,
    open_pdf_converter,
    pdf_unavailable_reason,
)
from samverkan_desktop.export.pdf_base import finish_pdf
from samverkan_desktop.export.pdf_libreoffice import PDF_SETTINGS, LibreOfficeConverter, filter_argument

posix_only = pytest.mark.skipif(os.name != "posix", reason="the fake soffice is a shell script")

# The fake records its arguments and counts its starts, then finds --outdir and the inputs like soffice does.
FAKE_HEAD = """#!/bin/sh
printf '%s\\n' "$@" > "{log}"
echo started >> "{starts}"
outdir=""
inputs=""
while [ $# -gt 0 ]; do
    case "$1" in
        --outdir) outdir="$2"; shift 2 ;;
        --convert-to) shift 2 ;;
        -*) shift ;;
        *) inputs="$inputs $1"; shift ;;
    esac
done
"""
COPY_PDF = 'for input in $inputs; do n=$(basename "$input"); cp "{pdf}" "$outdir/${n%.*}.pdf"; done\n'


def tiny_pdf(path: Path, *, lang: str | None = "sv-SE", display_title: bool = True) -> Path:
    with pikepdf.new() as document:
        document.add_blank_page()
        if lang:
            document.Root.Lang = pikepdf.String(lang)
        if display_title:
            document.Root.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
        document.save(path)
    return path


class Fake:
    def __init__(self, tmp_path: Path, monkeypatch) -> None:
        self.log, self.starts = tmp_path / "argumentlogg.txt", tmp_path / "starter.txt"
        self.pdf = tiny_pdf(tmp_path / "liten.pdf")
        self.script = tmp_path / "fake-soffice"
        monkeypatch.setenv(pdf.ENV_SOFFICE, str(self.script))

    def install(self, body: str) -> Fake:
        self.script.write_text(FAKE_HEAD.format(log=self.log, starts=self.starts) + body.replace("{pdf}",
                                                                                                 str(self.pdf)))
        self.script.chmod(0o755)
        return self

    def arguments(self) -> list[str]:
        return self.log.read_text().splitlines()

    def runs(self) -> int:
        return len(self.starts.read_text().splitlines()) if self.starts.exists() else 0


@pytest.fixture
def fake(tmp_path, monkeypatch) -> Fake:
    return Fake(tmp_path, monkeypatch)


@pytest.fixture
def document(tmp_path) -> Path:
    path = tmp_path / "Minnesanteckningar 2025-03-04.docx"
    path.write_bytes(b"not really a docx; the fake does not read it")
    return path


@posix_only
def test_success_writes_the_pdf_and_removes_the_temporary_folder(fake, document, tmp_path):
    fake.install(COPY_PDF)
    target = tmp_path / "ut" / "protokoll.pdf"
    assert convert_to_pdf(document, target) == target
    assert target.read_bytes() == fake.pdf.read_bytes()  # LibreOffice's PDF as it was: nothing to add
    args = fake.arguments()
    assert args[:4] == ["--headless", "--norestore", "--nologo", "--nodefault"]
    profile = Path(args[4].removeprefix("-env:UserInstallation=file://"))
    assert args[4].startswith("-env:UserInstallation=file:///")
    assert args[5] == "--convert-to" and args[6].startswith("pdf:writer_pdf_Export:{")
    options = json.loads(args[6].removeprefix("pdf:writer_pdf_Export:"))
    assert options["PDFUACompliance"] == {"type": "boolean", "value": "true"}
    assert options["SelectPdfVersion"] == {"type": "long", "value": "2"}
    assert options["UseTaggedPDF"]["value"] == options["DisplayPDFDocumentTitle"]["value"] == "true"
    outdir = Path(args[args.index("--outdir") + 1])
    assert outdir.is_relative_to(profile.parent) and Path(args[-1]).is_relative_to(profile.parent)
    assert Path(args[-1]).name == "dokument0001.docx"  # a copy under a plain name, not the user's file
    assert not profile.parent.exists()
    assert sorted(p.name for p in target.parent.iterdir()) == ["protokoll.pdf"]


@posix_only
def test_a_batch_is_one_soffice_and_a_document_it_skips_is_named(fake, tmp_path):
    # The fake converts every document but the second, as soffice does with a file it cannot load.
    fake.install('i=0\nfor input in $inputs; do i=$((i+1)); n=$(basename "$input"); [ $i -eq 2 ] && continue; '
                 'cp "{pdf}" "$outdir/${n%.*}.pdf"; done\necho "Error: source file could not be loaded"\n')
    sources = []
    for index, name in enumerate(["a.docx", "b.docx", "Samma namn.docx", "c.xlsx"]):
        folder = tmp_path / f"mapp{index}"
        folder.mkdir()
        sources.append(folder / name)
        sources[-1].write_bytes(b"x")
    jobs = [(source, tmp_path / "ut" / f"{i}.pdf") for i, source in enumerate(sources)]
    jobs.append((tmp_path / "bild.png", tmp_path / "ut" / "bild.pdf"))
    with open_pdf_converter() as converter:
        results = converter.convert(jobs)
        assert converter.runs == 1
        converter.convert(jobs[:1])  # the same converter again: the profile is kept, one more soffice
        assert converter.runs == 2
        profile = converter.profile
        assert "PDFUACompliance" in (profile / "user" / "registrymodifications.xcu").read_text()
    assert not profile.exists()
    assert fake.runs() == 2
    assert [r.ok for r in results] == [True, False, True, True, False]
    assert results[1].error.startswith("LibreOffice skapade ingen PDF av b.docx")
    assert results[1].error.endswith("Meddelande: Error: source file could not be loaded")
    assert "bild.png är inte ett dokument" in results[4].error
    assert sorted(p.name for p in (tmp_path / "ut").iterdir()) == ["0.pdf", "2.pdf", "3.pdf"]


def test_text_documents_get_the_json_filter_options_and_a_mixed_batch_the_profile_settings():
    assert filter_argument([".docx", ".DOCX", ".odt"]).startswith("pdf:writer_pdf_Export:{")
    assert filter_argument([".docx", ".xlsx"]) == "pdf"  # each document its own filter; the profile has the rest
    assert set(PDF_SETTINGS) >= {"UseTaggedPDF", "PDFUACompliance", "SelectPdfVersion", "ExportBookmarks",
                                 "DisplayPDFDocumentTitle"}


@posix_only
def test_a_failing_soffice_gives_its_last_stderr_line_and_no_file(fake, document, tmp_path):
    fake.install('echo "starting" >&2\necho "Error: source file could not be loaded" >&2\nexit 77\n')
    target = tmp_path / "protokoll.pdf"
    with pytest.raises(StorageError, match="felkod 77") as caught:
        convert_to_pdf(document, target)
    assert caught.value.message.endswith("Meddelande: Error: source file could not be loaded")
    assert not target.exists()
    outdir = Path(fake.arguments()[fake.arguments().index("--outdir") + 1])
    assert not outdir.parent.exists()


@posix_only
def test_a_hanging_soffice_is_killed_with_its_children_after_the_timeout(fake, document, tmp_path):
    # Like the real launcher, the fake starts a child (soffice.bin) that holds the output open.
    child_pid = tmp_path / "barn.pid"
    fake.install(f'sleep 60 &\necho $! > "{child_pid}"\nwait\n')
    target = tmp_path / "protokoll.pdf"
    started = time.monotonic()
    with pytest.raises(StorageError, match="tog längre tid än 1 sekunder och avbröts"):
        convert_to_pdf(document, target, timeout=1)
    assert time.monotonic() - started < 10
    assert not target.exists()
    assert _gone(int(child_pid.read_text())), "the child of soffice was left running"


@posix_only
def test_cancel_kills_soffice_and_writes_nothing(fake, document, tmp_path):
    child_pid = tmp_path / "barn.pid"
    fake.install(f'sleep 60 &\necho $! > "{child_pid}"\nwait\n')
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    started = time.monotonic()
    with open_pdf_converter(cancel=cancel) as converter, pytest.raises(ConversionCancelled, match="avbröts"):
        converter.convert([(document, tmp_path / "a.pdf"), (document, tmp_path / "b.pdf")])
    assert time.monotonic() - started < 10
    assert _gone(int(child_pid.read_text())), "the child of soffice was left running"
    assert not (tmp_path / "a.pdf").exists() and not (tmp_path / "b.pdf").exists()
    with open_pdf_converter(cancel=cancel) as converter, pytest.raises(ConversionCancelled):
        converter.convert([(document, tmp_path / "a.pdf")])  # already cancelled: nothing is started
    assert fake.runs() == 1


@posix_only
def test_a_soffice_that_exits_cleanly_without_a_pdf_is_an_error(fake, document, tmp_path):
    fake.install('echo "Error: source file could not be loaded"\nexit 0\n')
    target = tmp_path / "protokoll.pdf"
    target.write_bytes(b"the earlier PDF")
    with pytest.raises(StorageError, match=r"LibreOffice skapade ingen PDF av Minnesanteckningar 2025-03-04\.docx"):
        convert_to_pdf(document, target)
    assert target.read_bytes() == b"the earlier PDF"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in {".pdf", ".tmp"}) == ["liten.pdf",
                                                                                         "protokoll.pdf"]


@posix_only
@pytest.mark.parametrize("content", [b"<html>", b"%PDF-1.7 but nothing more"])
def test_output_that_is_not_a_readable_pdf_is_not_saved(fake, document, tmp_path, content):
    (tmp_path / "skräp").write_bytes(content)
    fake.install(f'for input in $inputs; do n=$(basename "$input"); cp "{tmp_path / "skräp"}" '
                 '"$outdir/${n%.*}.pdf"; done\n')
    target = tmp_path / "protokoll.pdf"
    with pytest.raises(StorageError, match=r"skapade ingen PDF|går inte att läsa"):
        convert_to_pdf(document, target)
    assert not target.exists()


def test_finish_sets_language_and_title_display_only_where_missing(tmp_path):
    complete = tiny_pdf(tmp_path / "hel.pdf").read_bytes()
    assert finish_pdf(complete) == complete
    bare = tiny_pdf(tmp_path / "bar.pdf", lang=None, display_title=False).read_bytes()
    import io

    with pikepdf.open(io.BytesIO(finish_pdf(bare))) as finished:
        assert str(finished.Root.Lang) == "sv-SE"
        assert finished.Root.ViewerPreferences.DisplayDocTitle is True
    english = tiny_pdf(tmp_path / "en.pdf", lang="en-GB", display_title=False).read_bytes()
    with pikepdf.open(io.BytesIO(finish_pdf(english))) as finished:
        assert str(finished.Root.Lang) == "en-GB"  # the document's own language is kept


@posix_only
def test_the_environment_variable_overrides_the_path(fake, monkeypatch):
    fake.install("exit 0\n")
    monkeypatch.setenv("PATH", "")
    assert find_soffice() == os.environ[pdf.ENV_SOFFICE]
    assert pdf_unavailable_reason() is None
    assert choose_pdf_converter().description == f"PDF görs med LibreOffice ({fake.script})."


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


def test_on_windows_without_libreoffice_word_is_chosen_and_else_both_are_named(monkeypatch):
    monkeypatch.delenv(pdf.ENV_SOFFICE, raising=False)
    no_soffice = lambda: None  # noqa: E731
    word = choose_pdf_converter(platform="win32", soffice=no_soffice, word=lambda: True)
    assert word == PdfChoice("word") and word.reason is None
    assert word.description == "PDF görs med Microsoft Word, eftersom LibreOffice inte finns på den här datorn."
    assert type(open_pdf_converter(choice=word)).__name__ == "WordConverter"
    neither = choose_pdf_converter(platform="win32", soffice=no_soffice, word=lambda: False)
    assert neither.kind is None and neither.reason.startswith("PDF kräver LibreOffice eller Microsoft Word")
    assert neither.description == neither.reason
    assert choose_pdf_converter(platform="linux", soffice=no_soffice, word=lambda: True).kind is None
    found = choose_pdf_converter(platform="win32", soffice=lambda: r"C:\LO\soffice.exe", word=lambda: True)
    assert found.kind == "libreoffice"  # LibreOffice first, when both are there
    assert isinstance(open_pdf_converter(choice=found), LibreOfficeConverter)


def test_a_broken_override_is_reported_not_replaced(monkeypatch, tmp_path):
    monkeypatch.setenv(pdf.ENV_SOFFICE, str(tmp_path / "finns-inte" / "soffice"))
    assert find_soffice() is None
    assert "SAMVERKAN_SOFFICE pekar på" in (pdf_unavailable_reason() or "")
    assert choose_pdf_converter(platform="win32", word=lambda: True).kind is None


@posix_only
def test_a_missing_document_is_reported(fake, tmp_path):
    fake.install("exit 0\n")
    with pytest.raises(StorageError, match="finns inte"):
        convert_to_pdf(tmp_path / "borta.docx", tmp_path / "protokoll.pdf")
    assert fake.runs() == 0  # nothing to convert: no LibreOffice started


def require_soffice() -> None:
    if find_soffice() is None:
        if os.environ.get("SAMVERKAN_REQUIRE_SOFFICE") == "1":
            pytest.fail(f"SAMVERKAN_REQUIRE_SOFFICE=1 but no LibreOffice was found: {pdf_unavailable_reason()}")
        pytest.skip("LibreOffice (soffice) is not installed")


@pytest.mark.slow
def test_a_real_conversion_with_libreoffice(tmp_path):
    require_soffice()
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

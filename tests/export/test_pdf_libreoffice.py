"""export/pdf_libreoffice.py on its own: the filter argument and the profile, and LibreOfficeConverter against a
fake soffice written in Python (tests/export/test_pdf.py plays the same converter through export.pdf's choice)."""

from __future__ import annotations

import json
import os
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pikepdf
import pytest

from samverkan_desktop.domain.errors import StorageError
from samverkan_desktop.export.pdf_libreoffice import (
    PDF_SETTINGS,
    LibreOfficeConverter,
    _last_line,
    filter_argument,
    profile_settings,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="the fake soffice is started through its #! line")


def test_text_documents_get_writers_filter_with_every_setting_as_json() -> None:
    argument = filter_argument([".docx", ".ODT", ".txt"])
    prefix = "pdf:writer_pdf_Export:"
    assert argument.startswith(prefix)
    options = json.loads(argument[len(prefix):])
    assert options == {name: {"type": kind, "value": value} for name, (kind, value) in PDF_SETTINGS.items()}
    assert options["PDFUACompliance"] == {"type": "boolean", "value": "true"}


@pytest.mark.parametrize("suffixes", [[".docx", ".xlsx"], [".pptx"], []])
def test_anything_else_gets_plain_pdf(suffixes) -> None:
    assert filter_argument(suffixes) == "pdf"


def test_the_profile_carries_every_pdf_setting_and_no_first_start() -> None:
    root = ET.fromstring(profile_settings())
    oor = "{http://openoffice.org/2001/registry}"
    props = {prop.get(f"{oor}name"): prop.findtext("value") for prop in root.iter("prop")}
    assert props == {**{name: value for name, (_kind, value) in PDF_SETTINGS.items()}, "FirstRun": "false"}


def test_last_line_is_the_last_non_blank_line() -> None:
    assert _last_line("eins\n  zwei  \n\n   \n") == "zwei"
    assert _last_line("\n \n") == ""


def _fake(tmp_path: Path, body: str) -> str:
    """A soffice that finds --outdir and its inputs as the real one does, then runs ``body``."""
    script = tmp_path / "soffice-fake"
    script.write_text(f"#!{sys.executable}\n" + textwrap.dedent("""\
        import json, pathlib, shutil, sys
        args = sys.argv[1:]
        outdir = pathlib.Path(args[args.index("--outdir") + 1])
        inputs = [pathlib.Path(a) for a in args[args.index("--outdir") + 2:]]
        pathlib.Path(__file__).with_name("args.json").write_text(json.dumps(args))
        """) + textwrap.dedent(body), encoding="utf-8")
    script.chmod(0o755)
    return str(script)


def _pdf(path: Path) -> Path:
    with pikepdf.new() as document:
        document.add_blank_page()
        document.save(path)
    return path


@pytest.fixture
def sources(tmp_path) -> list[Path]:
    folder = tmp_path / "dokument"
    folder.mkdir()
    paths = [folder / "Kallelse.docx", folder / "Bilaga.xlsx"]
    for path in paths:
        path.write_bytes(b"not read by the fake")
    return paths


@posix_only
def test_one_soffice_converts_the_batch_and_each_pdf_is_finished(tmp_path, sources) -> None:
    blank = _pdf(tmp_path / "blank.pdf")
    soffice = _fake(tmp_path, f"""\
        for source in inputs:
            shutil.copyfile({str(blank)!r}, outdir / (source.stem + ".pdf"))
        """)
    targets = [tmp_path / "ut" / "a.pdf", tmp_path / "ut" / "b.pdf"]
    targets[0].parent.mkdir()
    with LibreOfficeConverter(soffice) as converter:
        results = converter.convert(list(zip(sources, targets, strict=True)))
        assert converter.runs == 1
        profile = converter.profile
        assert (profile / "user" / "registrymodifications.xcu").read_text(encoding="utf-8") == profile_settings()
    assert not profile.exists()  # closing removes the profile and the batch folders
    assert [r.ok for r in results] == [True, True]
    args = json.loads((tmp_path / "args.json").read_text())
    assert args[:4] == ["--headless", "--norestore", "--nologo", "--nodefault"]
    assert args[args.index("--convert-to") + 1] == "pdf"  # a mixed batch: the profile gives the settings
    assert [Path(a).name for a in args[-2:]] == ["dokument0001.docx", "dokument0002.xlsx"]
    for target in targets:
        with pikepdf.open(target) as finished:
            assert str(finished.Root.Lang) == "sv-SE"
            assert bool(finished.Root.ViewerPreferences.DisplayDocTitle)


@posix_only
def test_a_document_without_a_pdf_is_named_with_sofficees_last_word(tmp_path, sources) -> None:
    soffice = _fake(tmp_path, """\
        print("Error: source file could not be loaded", file=sys.stderr)
        """)
    with LibreOfficeConverter(soffice) as converter:
        (result,) = converter.convert([(sources[0], tmp_path / "a.pdf")])
    assert result.error == ("LibreOffice skapade ingen PDF av Kallelse.docx; ingen PDF har sparats. "
                            "Meddelande: Error: source file could not be loaded")
    assert not (tmp_path / "a.pdf").exists()


@posix_only
def test_a_failing_soffice_raises_with_its_code_and_message(tmp_path, sources) -> None:
    soffice = _fake(tmp_path, """\
        print("kraschade", file=sys.stderr)
        sys.exit(3)
        """)
    with LibreOfficeConverter(soffice) as converter, pytest.raises(StorageError) as raised:
        converter.convert_one(sources[0], tmp_path / "a.pdf")
    assert raised.value.message == ("LibreOffice kunde inte göra om dokumentet till PDF (felkod 3); ingen PDF har "
                                    "sparats. Meddelande: kraschade")


def test_unsupported_and_missing_documents_start_no_soffice(tmp_path) -> None:
    image, missing = tmp_path / "bild.png", tmp_path / "borta.docx"
    image.write_bytes(b"png")
    with LibreOfficeConverter(str(tmp_path / "no-soffice-here")) as converter:
        results = converter.convert([(image, tmp_path / "a.pdf"), (missing, tmp_path / "b.pdf")])
        assert converter.runs == 0
    assert [r.error for r in results] == [
        "bild.png är inte ett dokument som LibreOffice kan göra PDF av.",
        "Dokumentet borta.docx finns inte, så det kan inte bli en PDF."]
    assert converter.convert([]) == []


def test_the_timeout_grows_with_each_further_document(tmp_path, sources, monkeypatch) -> None:
    timeouts = []
    with LibreOfficeConverter("soffice", timeout=100, timeout_per_file=7) as converter:
        monkeypatch.setattr(converter, "_run", lambda command, timeout: timeouts.append(timeout) or ("", ""))
        converter.convert([(sources[0], tmp_path / "a.pdf")])
        converter.convert([(sources[0], tmp_path / "a.pdf"), (sources[1], tmp_path / "b.pdf")])
    assert timeouts == [100, 107]

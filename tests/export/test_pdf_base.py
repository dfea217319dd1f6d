"""export/pdf_base.py: what every PDF converter shares, played with a converter made in the test."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pikepdf
import pytest

from samverkan_desktop.domain.errors import StorageError
from samverkan_desktop.export.pdf_base import ConversionCancelled, Converted, PdfConverter, finish_pdf


class Copier(PdfConverter):
    """Converts by copying the bytes behind a %PDF marker; a source containing "trasig" fails, naming its file."""

    name = "kopiator"

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.batches: list[list[Path]] = []
        self.closed = False

    def convert(self, jobs):
        self.batches.append([source for source, _target in jobs])
        results = []
        for source, target in jobs:
            content = source.read_bytes()
            if b"trasig" in content:
                results.append(Converted(source, target, f"{source.name} gick inte att läsa"))
            else:
                self.write(target, b"%PDF-" + content)
                results.append(Converted(source, target))
        return results

    def close(self) -> None:
        self.closed = True


def _pdf(*, lang: str | None, title: bool) -> bytes:
    buffer = io.BytesIO()
    with pikepdf.new() as document:
        document.add_blank_page()
        if lang:
            document.Root.Lang = pikepdf.String(lang)
        if title:
            document.Root.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
        document.save(buffer)
    return buffer.getvalue()


def test_converted_is_ok_without_an_error() -> None:
    assert Converted(Path("a"), Path("b")).ok
    assert not Converted(Path("a"), Path("b"), "fel").ok


def test_convert_one_returns_the_target_or_raises_the_error(tmp_path) -> None:
    good, bad = tmp_path / "bra.docx", tmp_path / "trasig.docx"
    good.write_bytes(b"innehall")
    bad.write_bytes(b"trasig")
    converter = Copier()
    assert converter.convert_one(good, tmp_path / "bra.pdf") == tmp_path / "bra.pdf"
    assert (tmp_path / "bra.pdf").read_bytes() == b"%PDF-innehall"
    with pytest.raises(StorageError, match=r"trasig\.docx gick inte att läsa"):
        converter.convert_one(bad, tmp_path / "trasig.pdf")


def test_a_set_cancel_stops_before_a_batch_begins() -> None:
    cancel = threading.Event()
    converter = Copier(cancel=cancel)
    converter.check_cancelled()  # not yet
    cancel.set()
    with pytest.raises(ConversionCancelled) as raised:
        converter.begin([".docx"], ["a.docx"])
    assert raised.value.message == "PDF-omvandlingen avbröts; ingen PDF har sparats för det som återstod."
    assert isinstance(raised.value, StorageError)


def test_the_converter_is_closed_on_leaving_the_with_block() -> None:
    with Copier() as converter:
        assert not converter.closed
    assert converter.closed


def test_a_streamed_batch_converts_once_and_names_a_failure_as_the_caller_knows_it() -> None:
    converter = Copier()
    batch = converter.begin([".DOCX", ".docx"], ["Kallelse.docx", "Bilaga 1.docx"])
    try:
        assert [p.name for p in batch.inputs] == ["dokument0001.docx", "dokument0002.docx"]
        batch.put(0, b"ett")
        batch.put(1, b"trasig")
        assert not list(batch.folder.glob(".*.delvis"))
        assert batch.result(0) == b"%PDF-ett"
        assert batch.result(1) == "Bilaga 1.docx gick inte att läsa"
        assert len(converter.batches) == 1  # the second result came from the same conversion
    finally:
        batch.close()
    assert not batch.folder.exists()


def test_finish_leaves_a_complete_pdf_byte_for_byte() -> None:
    complete = _pdf(lang="sv-SE", title=True)
    assert finish_pdf(complete) is complete


@pytest.mark.parametrize("lang, title, expected_lang", [(None, False, "sv-SE"), ("en-GB", False, "en-GB"),
                                                        (None, True, "sv-SE")])
def test_finish_adds_only_what_is_missing(lang, title, expected_lang) -> None:
    with pikepdf.open(io.BytesIO(finish_pdf(_pdf(lang=lang, title=title)))) as finished:
        assert str(finished.Root.Lang) == expected_lang
        assert bool(finished.Root.ViewerPreferences.DisplayDocTitle) is True


def test_finish_takes_another_language_where_none_is_set() -> None:
    with pikepdf.open(io.BytesIO(finish_pdf(_pdf(lang=None, title=True), language="en-GB"))) as finished:
        assert str(finished.Root.Lang) == "en-GB"


def test_an_unreadable_pdf_is_a_storage_error() -> None:
    with pytest.raises(StorageError, match="PDF-filen som skapades går inte att läsa"):
        finish_pdf(b"%PDF-1.7 nothing more")

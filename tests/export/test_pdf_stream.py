"""A streamed batch: soffice starts before the documents are there, each PDF is taken while soffice goes on with
the next, and a document soffice came to too early is converted again (all such in one more soffice)."""

from __future__ import annotations

import os
import threading

import pytest
from test_pdf import Fake, tiny_pdf  # the fake soffice of the conversion tests

from samverkan_desktop.export.pdf import ConversionCancelled, open_pdf_converter

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the fake soffice is a shell script")

WAITS_FOR_INPUT = ('for input in $inputs; do while [ ! -f "$input" ]; do sleep 0.05; done; n=$(basename "$input"); '
                   'cp "{pdf}" "$outdir/${n%.*}.pdf"; {after}done\n')


@pytest.fixture
def fake(tmp_path, monkeypatch) -> Fake:
    return Fake(tmp_path, monkeypatch)


def test_a_pdf_is_taken_while_soffice_still_converts_the_next(fake, tmp_path):
    gate = tmp_path / "weiter"
    # After the second document the fake waits until the test says so, as if it were busy with a third.
    fake.install(WAITS_FOR_INPUT.replace("{after}", "") + f'while [ ! -f "{gate}" ]; do sleep 0.05; done\n')
    with open_pdf_converter() as converter:
        stream = converter.begin([".docx", ".docx"], ["a.docx", "b.docx"])
        stream.put(0, b"a")
        stream.put(1, b"b")
        assert stream.result(0) == fake.pdf.read_bytes()  # a later PDF exists: a's is complete
        assert stream.process.poll() is None and 1 not in stream.results  # b's may still be being written
        gate.touch()
        assert stream.result(1) == fake.pdf.read_bytes()
        assert converter.runs == 1


def test_documents_handed_in_too_late_are_converted_again_together(fake, tmp_path):
    # This fake does not wait for its inputs: whatever is not there yet when it starts gets no PDF.
    fake.install('for input in $inputs; do [ -f "$input" ] || continue; n=$(basename "$input"); '
                 'cp "{pdf}" "$outdir/${n%.*}.pdf"; done\n')
    with open_pdf_converter() as converter:
        stream = converter.begin([".docx"] * 3, ["a.docx", "b.docx", "c.docx"])
        stream.process.wait(10)  # soffice has been and gone before any document was there
        for index in range(3):
            stream.put(index, b"x")
        assert [stream.result(i) == fake.pdf.read_bytes() for i in range(3)] == [True, True, True]
        assert converter.runs == 2  # the three again, in one more soffice
        assert len(fake.arguments()) - fake.arguments().index("--outdir") - 2 == 3


def test_a_document_that_fails_twice_is_named(fake, tmp_path):
    fake.install('for input in $inputs; do case "$input" in *0002*) continue ;; esac; n=$(basename "$input"); '
                 'cp "{pdf}" "$outdir/${n%.*}.pdf"; done\necho "Error: source file could not be loaded"\n')
    with open_pdf_converter() as converter:
        stream = converter.begin([".docx"] * 2, ["a.docx", "Trasig.docx"])
        stream.put(0, b"a")
        stream.put(1, b"b")
        assert stream.result(0).startswith(b"%PDF")
        assert stream.result(1) == ("LibreOffice skapade ingen PDF av Trasig.docx; ingen PDF har sparats. "
                                    "Meddelande: Error: source file could not be loaded")
        assert converter.runs == 2


def test_cancel_while_streaming_kills_soffice(fake, tmp_path):
    fake.install("sleep 60 &\nwait\n")
    cancel = threading.Event()
    with open_pdf_converter(cancel=cancel) as converter:
        stream = converter.begin([".docx"], ["a.docx"])
        stream.put(0, b"a")
        threading.Timer(0.3, cancel.set).start()
        with pytest.raises(ConversionCancelled):
            stream.result(0)
        assert stream.process.poll() is not None


def test_the_converter_waits_for_a_running_stream_before_it_starts_another_soffice(fake, tmp_path):
    fake.install(WAITS_FOR_INPUT.replace("{after}", ""))
    source = tiny_pdf(tmp_path / "ett.pdf")  # any file; the fake only copies its own PDF
    with open_pdf_converter() as converter:
        stream = converter.begin([".docx"], ["a.docx"])
        threading.Timer(0.3, lambda: stream.put(0, b"a")).start()
        converter.convert_one(source.with_suffix(".pdf").rename(tmp_path / "ett.docx"), tmp_path / "ut.pdf")
        assert 0 in stream.results  # the stream was finished first: never two soffice on one profile
        assert converter.runs == 2

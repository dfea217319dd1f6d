"""The one door to PDF conversion for a batch: one converter for all documents, the PDFs in the order given, the
first failure said in Swedish, and no converter started for nothing. (The converters themselves:
tests/export/test_pdf.py and tests/export/test_libreoffice.py.)"""

from __future__ import annotations

import contextlib
import threading

import pytest

from samverkan_desktop.domain.errors import StorageError
from samverkan_desktop.export import convert_batch
from samverkan_desktop.export.pdf_base import Converted


class FakeConverter:
    def __init__(self, opened: list, failing: dict[str, str | None]) -> None:
        self.opened, self.failing = opened, failing

    def convert(self, jobs):
        self.opened.append([source.name for source, _ in jobs])
        results = []
        for source, target in jobs:
            if source.name in self.failing:
                results.append(Converted(source, target, self.failing[source.name]))
            else:
                target.write_bytes(b"%PDF")
                results.append(Converted(source, target))
        return results


@pytest.fixture
def converter(monkeypatch):
    opened: list = []
    cancels: list = []
    failing: dict[str, str | None] = {}

    @contextlib.contextmanager
    def open_pdf_converter(*, cancel=None):
        cancels.append(cancel)
        yield FakeConverter(opened, failing)

    monkeypatch.setattr(convert_batch, "open_pdf_converter", open_pdf_converter)
    return opened, cancels, failing


def test_one_converter_for_the_whole_batch_and_the_pdfs_in_order(tmp_path, converter):
    opened, cancels, _ = converter
    sources = [tmp_path / "b.docx", tmp_path / "a.xlsx"]
    stop = threading.Event()
    out = convert_batch.convert_many(sources, tmp_path / "ut" / "pdf", cancel=stop)
    assert out == [tmp_path / "ut" / "pdf" / "b.pdf", tmp_path / "ut" / "pdf" / "a.pdf"]
    assert all(path.read_bytes() == b"%PDF" for path in out)
    assert opened == [["b.docx", "a.xlsx"]] and cancels == [stop]


def test_nothing_to_convert_starts_no_converter(tmp_path, converter):
    opened, cancels, _ = converter
    assert convert_batch.convert_many([], tmp_path / "ut") == []
    assert opened == [] and cancels == [] and (tmp_path / "ut").is_dir()


def test_the_converters_own_reason_is_said(tmp_path, converter):
    _, _, failing = converter
    failing["a.docx"] = "LibreOffice svarade inte."
    with pytest.raises(StorageError, match=r"^LibreOffice svarade inte\.$"):
        convert_batch.convert_many([tmp_path / "a.docx"], tmp_path)


def test_a_failure_with_an_empty_reason_names_the_file(tmp_path, converter):
    _, _, failing = converter
    failing["bilaga.pptx"] = ""  # failed, with no words of its own
    with pytest.raises(StorageError, match=r"^bilaga.pptx kunde inte göras om till PDF\.$"):
        convert_batch.convert_many([tmp_path / "ok.docx", tmp_path / "bilaga.pptx"], tmp_path)

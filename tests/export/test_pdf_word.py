"""PDF through Microsoft Word, with a fake COM Word handed in: no win32com is imported on this machine."""

from __future__ import annotations

import contextlib
import sys
import threading
from pathlib import Path

import pikepdf
import pytest

from samverkan_desktop.domain.errors import StorageError
from samverkan_desktop.export.pdf_base import ConversionCancelled
from samverkan_desktop.export.pdf_word import WordConverter, word_available


class FakeDocument:
    def __init__(self, word: FakeWord, path: str) -> None:
        self.word, self.path = word, path

    def ExportAsFixedFormat(self, **options) -> None:
        self.word.calls.append(("export", self.path, options))
        if "kaputt" in Path(self.path).read_text():
            raise OSError("(-2147352567, 'Ett undantag inträffade.')")
        with pikepdf.new() as pdf:  # Word's PDF: tagged, but without /Lang and DisplayDocTitle
            pdf.add_blank_page()
            pdf.save(options["OutputFileName"])

    def Close(self, SaveChanges) -> None:  # noqa: N803
        self.word.calls.append(("close", self.path, SaveChanges))


class FakeDocuments:
    def __init__(self, word: FakeWord) -> None:
        self.word = word

    def Open(self, path, **options) -> FakeDocument:
        self.word.calls.append(("open", path, options))
        return FakeDocument(self.word, path)


class FakeWord:
    def __init__(self) -> None:
        self.calls: list[tuple] = []
        self.Documents = FakeDocuments(self)
        self.Visible = True
        self.DisplayAlerts = -1

    def Quit(self, SaveChanges) -> None:  # noqa: N803
        self.calls.append(("quit", SaveChanges))


@pytest.fixture
def word():
    return FakeWord()


@pytest.fixture
def com(word):
    seen = {"dispatched": [], "threads": 0}

    def dispatch(prog_id: str) -> FakeWord:
        seen["dispatched"].append(prog_id)
        return word

    @contextlib.contextmanager
    def com_thread():
        seen["threads"] += 1
        yield

    return dispatch, com_thread, seen


def test_one_word_converts_the_batch_read_only_with_tags_and_pdfa(word, com, tmp_path):
    dispatch, com_thread, seen = com
    sources = []
    for name in ("Minnesanteckningar.docx", "Kallelse.docx"):
        sources.append(tmp_path / name)
        sources[-1].write_text("ett dokument")
    jobs = [(source, tmp_path / "ut" / source.with_suffix(".pdf").name) for source in sources]
    with WordConverter(dispatch=dispatch, com_thread=com_thread) as converter:
        results = converter.convert(jobs)
    assert [r.ok for r in results] == [True, True] and converter.runs == 1
    assert seen == {"dispatched": ["Word.Application"], "threads": 1}
    assert word.Visible is False and word.DisplayAlerts == 0
    opened = [c for c in word.calls if c[0] == "open"]
    assert all(c[2]["ReadOnly"] is True and c[2]["AddToRecentFiles"] is False for c in opened)
    assert all(str(tmp_path) not in c[1] for c in opened)  # copies are opened: Word's lock file stays away
    export_options = [c[2] for c in word.calls if c[0] == "export"]
    for options in export_options:
        assert options["ExportFormat"] == 17 and options["OpenAfterExport"] is False
        assert options["OptimizeFor"] == 0 and options["CreateBookmarks"] == 1
        assert options["DocStructureTags"] is True and options["UseISO19005_1"] is True
    assert [c[0] for c in word.calls] == ["open", "export", "close", "open", "export", "close", "quit"]
    assert word.calls[-1] == ("quit", 0) and all(c[2] == 0 for c in word.calls if c[0] == "close")
    for _source, target in jobs:
        with pikepdf.open(target) as made:
            assert str(made.Root.Lang) == "sv-SE" and made.Root.ViewerPreferences.DisplayDocTitle is True


def test_a_document_word_fails_on_is_named_and_word_still_quits(word, com, tmp_path):
    dispatch, com_thread, _seen = com
    good, bad, sheet = tmp_path / "bra.docx", tmp_path / "trasig.docx", tmp_path / "budget.xlsx"
    good.write_text("ok")
    bad.write_text("kaputt")
    sheet.write_text("x")
    results = WordConverter(dispatch=dispatch, com_thread=com_thread).convert(
        [(bad, tmp_path / "1.pdf"), (good, tmp_path / "2.pdf"), (sheet, tmp_path / "3.pdf")])
    assert [r.ok for r in results] == [False, True, False]
    assert results[0].error.startswith("Microsoft Word kunde inte göra PDF av trasig.docx")
    assert "inte ett Word-dokument" in results[2].error
    assert not (tmp_path / "1.pdf").exists() and (tmp_path / "2.pdf").exists()
    assert ("close", word.calls[0][1], 0) in word.calls  # closed unsaved after the failure too
    assert word.calls[-1] == ("quit", 0)


def test_cancel_between_documents_stops_and_quits_word(word, com, tmp_path):
    dispatch, com_thread, _seen = com
    cancel = threading.Event()
    sources = [tmp_path / f"{i}.docx" for i in range(3)]
    for source in sources:
        source.write_text("x")
    original = FakeDocument.Close

    def close_and_cancel(self, SaveChanges):  # noqa: N803
        original(self, SaveChanges)
        cancel.set()  # the user presses Stop while the first document is converted

    FakeDocument.Close = close_and_cancel
    try:
        with pytest.raises(ConversionCancelled):
            WordConverter(dispatch=dispatch, com_thread=com_thread, cancel=cancel).convert(
                [(s, s.with_suffix(".pdf")) for s in sources])
    finally:
        FakeDocument.Close = original
    assert [c[0] for c in word.calls].count("open") == 1 and word.calls[-1] == ("quit", 0)


def test_word_that_cannot_start_is_a_swedish_error(com, tmp_path):
    _dispatch, com_thread, _seen = com

    def broken(_prog_id):
        raise OSError("Klassen är inte registrerad")

    source = tmp_path / "a.docx"
    source.write_text("x")
    with pytest.raises(StorageError, match="Microsoft Word kunde inte startas"):
        WordConverter(dispatch=broken, com_thread=com_thread).convert_one(source, tmp_path / "a.pdf")


def test_word_is_never_looked_for_off_windows():
    assert word_available("linux") is False
    assert "win32com" not in sys.modules


def test_a_streamed_batch_through_word_converts_all_at_the_first_result(word, com, tmp_path):
    dispatch, com_thread, seen = com
    converter = WordConverter(dispatch=dispatch, com_thread=com_thread)
    stream = converter.begin([".docx", ".docx"], ["a.docx", "b.docx"])
    stream.put(0, b"ett")
    stream.put(1, b"kaputt")
    assert seen["dispatched"] == []  # nothing is started before a PDF is asked for
    assert stream.result(0).startswith(b"%PDF")
    assert stream.result(1).startswith("Microsoft Word kunde inte göra PDF av b.docx")
    assert seen["dispatched"] == ["Word.Application"]  # one Word for both
    stream.close()
    assert not stream.folder.exists()

"""ui/spelling_worker.py, run in this process with a stand-in dictionary (the real one takes seconds to read; it is
read in its own process by tests/ui/test_spelling.py): loading, checking a batch of words, and suggestions with
the limit, the n-gram search only when no edit helped, the deadline and the quiet time."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace

import pytest

from samverkan_desktop.ui import spelling_worker


class Dictionary:
    def __init__(self, known=(), suggestions=(), wait: threading.Event | None = None, pause: float = 0.0) -> None:
        self.known = set(known)
        self.given = list(suggestions)
        self.wait, self.pause = wait, pause
        self.suggester = self

    def lookup(self, word: str) -> bool:
        if word == "krasch":
            raise ValueError("spylls failed on this word")
        return word in self.known

    def suggestions(self, word: str):
        for kind, text in self.given:
            if kind == "hang":
                self.wait.wait(5)
                continue
            if self.pause:
                time.sleep(self.pause)  # a slow search in the worker thread, not a wait in the test
            yield SimpleNamespace(kind=kind, text=text)


@pytest.fixture
def dictionary(monkeypatch):
    def use(**kwargs) -> Dictionary:
        made = Dictionary(**kwargs)
        monkeypatch.setattr(spelling_worker, "_dictionary", made)
        return made

    monkeypatch.setattr(spelling_worker, "_dictionary", None)
    return use


def test_without_a_dictionary_every_word_is_right_and_nothing_is_suggested(dictionary) -> None:
    assert spelling_worker.check(["fel", "rätt"]) == [True, True]
    assert spelling_worker.suggest("fel", 5, 1.0, 0.1) == []


def test_check_answers_each_word_and_a_failing_lookup_is_no_underline(dictionary) -> None:
    dictionary(known={"möte", "protokoll"})
    assert spelling_worker.check(["möte", "mötte", "krasch", "protokoll"]) == [True, False, True, True]
    assert spelling_worker.check([]) == []


def test_a_dictionary_that_cannot_be_read_turns_checking_off(dictionary, tmp_path, caplog) -> None:
    assert spelling_worker.load(str(tmp_path / "saknas")) is False
    assert spelling_worker._dictionary is None
    assert "could not be read" in caplog.text


def test_a_loaded_dictionary_is_not_read_again(dictionary, tmp_path) -> None:
    loaded = dictionary()
    assert spelling_worker.load(str(tmp_path / "saknas")) is True
    assert spelling_worker._dictionary is loaded


def test_edits_come_first_and_the_ngram_search_is_left_out_once_some_are_in(dictionary) -> None:
    dictionary(suggestions=[("edit", "möte"), ("edit", "möte"), ("edit", "mötet"), ("ngram", "moment")])
    assert spelling_worker.suggest("mötte", 5, 2.0, 1.0) == ["möte", "mötet"]


def test_the_ngram_search_helps_when_no_edit_did(dictionary) -> None:
    """Every n-gram suggestion up to the limit, not only its first (it once stopped as soon as one was in)."""
    dictionary(suggestions=[("ngram", "samverkan"), ("ngram", "samverka"), ("ngram", "samverkan")])
    assert spelling_worker.suggest("samvrekan", 5, 2.0, 1.0) == ["samverkan", "samverka"]


def test_no_more_than_the_limit(dictionary) -> None:
    dictionary(suggestions=[("edit", f"ord{n}") for n in range(10)])
    assert spelling_worker.suggest("ord", 3, 2.0, 1.0) == ["ord0", "ord1", "ord2"]


def test_a_search_that_hangs_gives_what_it_had_at_the_deadline(dictionary) -> None:
    release = threading.Event()
    dictionary(suggestions=[("hang", "")], wait=release)
    start = time.monotonic()
    try:
        assert spelling_worker.suggest("x", 5, 0.2, 10.0) == []
        assert time.monotonic() - start < 2
    finally:
        release.set()


def test_once_suggestions_are_in_a_quiet_search_is_not_waited_for(dictionary) -> None:
    release = threading.Event()
    dictionary(suggestions=[("edit", "möte"), ("hang", "")], wait=release)
    start = time.monotonic()
    try:
        assert spelling_worker.suggest("mötte", 5, 5.0, 0.1) == ["möte"]
        assert time.monotonic() - start < 2  # the quiet time, not the 5 s deadline
    finally:
        release.set()

"""The spell-checking process: the Swedish Hunspell dictionary read by spylls (pure Python, about 230 MB and a few
seconds of CPU to read) lives here, in a process of its own, so that the GUI process neither grows by it nor waits
for the interpreter lock while it is read or asked. ``ui.spelling`` sends it small tasks through a
ProcessPoolExecutor of one worker: ``load`` once, then ``check`` (a batch of words: one answer each) and
``suggest`` (one word). No Qt here, so that the process stays small.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

_dictionary: Any = None  # spylls has no type information


def load(path: str) -> bool:
    """Read the dictionary at ``path`` (without .dic/.aff); False when it cannot be read."""
    global _dictionary
    if _dictionary is None:
        try:
            from spylls.hunspell import Dictionary

            _dictionary = Dictionary.from_files(path)
        except Exception:  # a damaged dictionary turns spell-checking off, never the editor
            logging.getLogger(__name__).exception("the Swedish dictionary could not be read")
            return False
    return True


def _lookup(word: str) -> bool:
    try:
        return bool(_dictionary.lookup(word))
    except Exception:
        return True


def check(words: list[str]) -> list[bool]:
    """For each word, whether the dictionary knows it."""
    if _dictionary is None:
        return [True] * len(words)
    return [_lookup(word) for word in words]


def suggest(word: str, limit: int, timeout: float, quiet: float) -> list[str]:
    """Up to ``limit`` suggestions found within ``timeout`` seconds. Hunspell's edit-based suggestions come in
    milliseconds; its n-gram search takes seconds on the Swedish dictionary, so it is only tried when no edit
    helped, and once some suggestions are in and no more came for ``quiet`` seconds, the rest is left out."""
    if _dictionary is None:
        return []
    found: list[str] = []
    edited: list[str] = []  # what the edit-based suggestions found: with any, the n-gram search is not waited for
    stop = threading.Event()

    def search() -> None:
        try:
            for suggestion in _dictionary.suggester.suggestions(word):
                if stop.is_set() or (suggestion.kind == "ngram" and edited):
                    return
                if suggestion.text not in found:
                    found.append(suggestion.text)
                    if suggestion.kind != "ngram":
                        edited.append(suggestion.text)
                if len(found) >= limit:
                    return
        except Exception:
            logging.getLogger(__name__).exception("spelling suggestions failed")

    worker = threading.Thread(target=search, name="spelling-suggestions", daemon=True)
    worker.start()
    deadline, seen, quiet_since = time.monotonic() + timeout, 0, time.monotonic()
    while worker.is_alive() and time.monotonic() < deadline:
        worker.join(0.03)
        if len(found) != seen:
            seen, quiet_since = len(found), time.monotonic()
        elif found and time.monotonic() - quiet_since > quiet:
            break
    stop.set()
    return found[:limit]

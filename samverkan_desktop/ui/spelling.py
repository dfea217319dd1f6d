"""Swedish spell-checking: the sv_SE Hunspell dictionary of the ``hunspell-sv`` package (PyPI) read by ``spylls``
(a Hunspell in pure Python), plus the user's own words ("Lägg till i ordlistan") in a file in the data folder.

Reading the dictionary takes a few seconds, so it is read once per process in a thread of its own; editors check
nothing until ``ready`` is emitted and then highlight again. Answers are cached per word.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import time
from functools import lru_cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..domain.files import write_atomically
from ..infra.config import data_dir

log = logging.getLogger(__name__)

PERSONAL_FILE = "ordlista.txt"
SUGGEST_SECONDS = 1.0
QUIET_SECONDS = 0.25


def dictionary_paths() -> list[Path]:
    """Where sv_SE.dic/.aff may be: the Python environment (the hunspell-sv wheel installs them under
    share/hunspell), the frozen build's bundle, then the system's (Debian's hunspell-sv)."""
    roots = [Path(sys.prefix), Path(sys.base_prefix)]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.insert(0, Path(bundle))
    paths = [root / "share" / "hunspell" / "sv_SE" for root in roots]
    paths.append(Path("/usr/share/hunspell/sv_SE"))
    return paths


def find_dictionary() -> Path | None:
    return next((path for path in dictionary_paths() if path.with_suffix(".dic").is_file()
                 and path.with_suffix(".aff").is_file()), None)


class SpellChecker(QObject):
    """``ready`` when the dictionary is read; ``changed`` when it is turned on or off or a word is added."""

    ready = Signal()
    changed = Signal()

    def __init__(self, personal_path: Path | None = None) -> None:
        super().__init__()
        self.enabled = True
        self.personal_path = personal_path
        self._personal: set[str] | None = None
        self._dictionary: Any = None  # spylls has no type information
        self._loaded = threading.Event()
        self._thread: threading.Thread | None = None
        self.ready.connect(self.changed)

    # -- the dictionary ----------------------------------------------------------------------------
    def start_loading(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._load, name="spelling-dictionary", daemon=True)
            self._thread.start()

    def _load(self) -> None:
        path = find_dictionary()
        try:
            if path is None:
                log.warning("no Swedish Hunspell dictionary found; spell-checking is off")
            else:
                from spylls.hunspell import Dictionary

                self._dictionary = Dictionary.from_files(str(path))
        except Exception:  # a damaged dictionary turns spell-checking off, never the editor
            log.exception("the Swedish dictionary could not be read")
        self._loaded.set()
        self.ready.emit()  # queued to the GUI thread's receivers

    def wait_until_ready(self, timeout: float | None = None) -> bool:
        self.start_loading()
        return self._loaded.wait(timeout)

    @property
    def is_ready(self) -> bool:
        return self._loaded.is_set() and self._dictionary is not None

    @property
    def active(self) -> bool:
        return self.enabled and self.is_ready

    def set_enabled(self, enabled: bool) -> None:
        if enabled != self.enabled:
            self.enabled = enabled
            self.changed.emit()

    # -- words -------------------------------------------------------------------------------------
    def is_correct(self, word: str) -> bool:
        if not self.active or word in self.personal_words() or word.lower() in self.personal_words():
            return True
        return self._lookup(word)

    @lru_cache(maxsize=20000)  # noqa: B019 - one checker per process
    def _lookup(self, word: str) -> bool:
        try:
            return bool(self._dictionary.lookup(word))
        except Exception:
            return True

    def suggestions(self, word: str, limit: int = 5, timeout: float = SUGGEST_SECONDS) -> list[str]:
        """Up to ``limit`` suggestions, found within ``timeout`` seconds (the menu waits for them). Hunspell's
        edit-based suggestions come in milliseconds; its n-gram search takes seconds on the Swedish dictionary, so
        it is only tried when no edit helped, and what it has not found in time is left out."""
        if not self.is_ready:
            return []
        found: list[str] = []
        stop = threading.Event()

        def search() -> None:
            try:
                for suggestion in self._dictionary.suggester.suggestions(word):
                    if stop.is_set() or (suggestion.kind == "ngram" and found):
                        return
                    if suggestion.text not in found:
                        found.append(suggestion.text)
                    if len(found) >= limit:
                        return
            except Exception:
                log.exception("spelling suggestions failed")

        worker = threading.Thread(target=search, name="spelling-suggestions", daemon=True)
        worker.start()
        # Edits come quickly one after another; once some are in and no more came for a moment, the rest would
        # be the slow n-gram search: the menu opens with what there is.
        deadline, seen, quiet_since = time.monotonic() + timeout, 0, time.monotonic()
        while worker.is_alive() and time.monotonic() < deadline:
            worker.join(0.03)
            if len(found) != seen:
                seen, quiet_since = len(found), time.monotonic()
            elif found and time.monotonic() - quiet_since > QUIET_SECONDS:
                break
        stop.set()
        return found[:limit]

    def personal_words(self) -> set[str]:
        if self._personal is None:
            self._personal = set()
            path = self._personal_file()
            with contextlib.suppress(OSError):
                self._personal = {line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                                  if line.strip()}
        return self._personal

    def _personal_file(self) -> Path:
        return self.personal_path or data_dir() / PERSONAL_FILE

    def add_word(self, word: str) -> None:
        """Kept for this user, in the data folder (one word a line, written atomically)."""
        words = self.personal_words()
        words.add(word)
        path = self._personal_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, ("\n".join(sorted(words)) + "\n").encode("utf-8"))
        self.changed.emit()


_checker: SpellChecker | None = None


def checker() -> SpellChecker:
    """The process's one checker; its dictionary starts loading on first use."""
    global _checker
    if _checker is None:
        _checker = SpellChecker()
        _checker.start_loading()
    return _checker

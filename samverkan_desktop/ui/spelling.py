"""Swedish spell-checking: the sv_SE Hunspell dictionary of the ``hunspell-sv`` package (PyPI) read by ``spylls``
(a Hunspell in pure Python), plus the user's own words ("Lägg till i ordlistan") in a file in the data folder.

The dictionary costs about 230 MB and a few seconds of CPU to read, and spylls answers slowly, all of it holding
the interpreter lock: so it lives in a process of its own (``ui.spelling_worker``), started only when an editor
that checks spelling is first shown, never at start-up. The GUI keeps a cache of answers: ``is_correct`` answers
from it at once, and a word it has not seen yet counts as correct until the worker's answer arrives (batched, a
moment later); ``checked`` then names the words found misspelt, and the editors underline them again.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import sys
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ..domain.files import write_atomically
from ..infra.config import data_dir
from . import spelling_worker

log = logging.getLogger(__name__)

PERSONAL_FILE = "ordlista.txt"
SUGGEST_SECONDS = 1.0
QUIET_SECONDS = 0.25
CACHE_WORDS = 50_000  # answers kept; forgotten all at once beyond that (a session rarely sees so many words)


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
    """``ready`` when the dictionary is read; ``changed`` when it is turned on or off or a word is added (editors
    underline everything again); ``checked(set)`` with the words the worker has just found misspelt (editors
    underline again the blocks that hold them)."""

    ready = Signal()
    changed = Signal()
    checked = Signal(object)
    _loaded_signal = Signal()  # from the executor's thread, queued to the GUI thread
    _answered = Signal(object, object)

    def __init__(self, personal_path: Path | None = None) -> None:
        super().__init__()
        self.enabled = True
        self.personal_path = personal_path
        self._personal: set[str] | None = None
        self._executor: ProcessPoolExecutor | None = None
        self._usable = False
        self._loaded = threading.Event()
        self._answers: dict[str, bool] = {}
        self._pending: set[str] = set()  # asked of the worker or about to be
        self._queued: list[str] = []
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._send)
        self._loaded_signal.connect(self._on_loaded)
        self._answered.connect(self._on_answered)
        self.ready.connect(self.changed)

    # -- the dictionary, in its own process -----------------------------------------------------------
    def start_loading(self) -> None:
        """Start the worker and have it read the dictionary (once; returns at once)."""
        if self._executor is not None or self._loaded.is_set():
            return
        path = find_dictionary()
        if path is None:
            log.warning("no Swedish Hunspell dictionary found; spell-checking is off")
            self._loaded.set()
            return
        try:
            self._executor = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
            future = self._executor.submit(spelling_worker.load, str(path))
        except Exception:  # no process could be started: spell-checking is off, the editor works
            log.exception("the spell-checking process could not be started")
            self._loaded.set()
            return
        future.add_done_callback(self._load_done)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    def _load_done(self, future: Future) -> None:  # in the executor's thread
        try:
            self._usable = bool(future.result())
        except Exception:
            log.exception("the spell-checking process failed")
        self._loaded.set()
        with contextlib.suppress(RuntimeError):  # the checker is gone already
            self._loaded_signal.emit()

    def _on_loaded(self) -> None:
        self.ready.emit()

    def close(self) -> None:
        """Stop the worker (on quit): its process may be in the middle of reading the dictionary."""
        executor, self._executor = self._executor, None
        if executor is None:
            return
        processes = list((getattr(executor, "_processes", None) or {}).values())
        executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            with contextlib.suppress(Exception):
                process.terminate()

    def wait_until_ready(self, timeout: float | None = None) -> bool:
        self.start_loading()
        return self._loaded.wait(timeout)

    @property
    def is_ready(self) -> bool:
        return self._loaded.is_set() and self._usable and self._executor is not None

    @property
    def active(self) -> bool:
        return self.enabled and self.is_ready

    def set_enabled(self, enabled: bool) -> None:
        if enabled != self.enabled:
            self.enabled = enabled
            self.changed.emit()

    # -- words -------------------------------------------------------------------------------------
    def is_correct(self, word: str) -> bool:
        """From the cache, at once: a word not answered yet counts as correct and is asked of the worker."""
        if not self.active or word in self.personal_words() or word.lower() in self.personal_words():
            return True
        answer = self._answers.get(word)
        if answer is None:
            self._ask(word)
            return True
        return answer

    def answer(self, word: str) -> bool | None:
        """The cached answer for ``word`` (None: not asked or not answered yet)."""
        return self._answers.get(word)

    @property
    def waiting(self) -> bool:
        """Words asked of the worker and not answered yet."""
        return bool(self._pending)

    def _ask(self, word: str) -> None:
        if word not in self._pending:
            self._pending.add(word)
            self._queued.append(word)
            if not self._flush.isActive():
                self._flush.start()

    def _send(self) -> None:
        words, self._queued = self._queued, []
        if not words or self._executor is None:
            self._pending.difference_update(words)
            return
        try:
            future = self._executor.submit(spelling_worker.check, words)
        except Exception:  # the worker is gone (shut down or broken)
            self._pending.difference_update(words)
            return

        def done(future: Future) -> None:  # in the executor's thread
            try:
                answers = future.result()
            except Exception:
                answers = [True] * len(words)
            with contextlib.suppress(RuntimeError):
                self._answered.emit(words, answers)

        future.add_done_callback(done)

    def _on_answered(self, words: list[str], answers: list[bool]) -> None:
        if len(self._answers) > CACHE_WORDS:
            self._answers.clear()
        self._pending.difference_update(words)
        self._answers.update(zip(words, answers, strict=True))
        misspelt = {word for word, correct in zip(words, answers, strict=True) if not correct}
        if misspelt:
            self.checked.emit(misspelt)

    def suggestions(self, word: str, limit: int = 5, timeout: float = SUGGEST_SECONDS) -> list[str]:
        """Up to ``limit`` suggestions, found within ``timeout`` seconds (the menu waits for them); see
        ``spelling_worker.suggest``."""
        if not self.is_ready or self._executor is None:
            return []
        try:
            future = self._executor.submit(spelling_worker.suggest, word, limit, timeout, QUIET_SECONDS)
            return list(future.result(timeout + 2.0))
        except Exception:
            log.exception("spelling suggestions failed")
            return []

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
    """The process's one checker; its dictionary is read when an editor that checks spelling is first shown."""
    global _checker
    if _checker is None:
        _checker = SpellChecker()
    return _checker

"""Start-up: the app to its main window with the group tree filled, against a bare PySide6 QMainWindow.

Both are started the same way: a new process of the same interpreter with QT_QPA_PLATFORM=offscreen, timed
from spawn to exit. The app runs ``--smoke-test`` (settings, engine, schema check, main window with the tree
filled, one round of events, exit); the bare script makes a QApplication and a QMainWindow of the same size,
shows it, processes events once and exits. Runs go round-robin so that machine drift hits all alike.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path

BARE_SCRIPT = """\
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
print("bare window: ok" if window.isVisible() else "bare window: FAILED")
window.close()
"""


#: The app's own start up to its first paint: what the entry point imports (samverkan_desktop.app), the
#: QApplication with the icon, and ui.first_window shown and painted, as ``app.main`` does before anything else.
FIRST_WINDOW_SCRIPT = """\
import sys
from PySide6.QtWidgets import QApplication
import samverkan_desktop.app
from samverkan_desktop.ui.app_icon import application_icon
from samverkan_desktop.ui.first_window import show_first_window
app = QApplication(sys.argv[:1])
app.setWindowIcon(application_icon())
window = show_first_window(app)
print("first window: ok" if window.isVisible() else "first window: FAILED")
window.close()
"""


#: The app's start (``--smoke-test``, the same as ``app_command``) timed to the moment the group tree is painted in
#: the first window (app.show_plain_tree: the tree read with plain sqlite3 after the start-up checks, before
#: SQLAlchemy, the models and the main window load). The script says when; the process then goes on to its end.
TREE_SCRIPT = """\
import sys, time
from samverkan_desktop.ui import first_window
original = first_window.FirstWindow.show_group_tree
def show(self, nodes):
    original(self, nodes)
    print(f"shown-at {time.time()!r}" if self.tree.isVisible() else "tree: FAILED", flush=True)
first_window.FirstWindow.show_group_tree = show
from samverkan_desktop.app import main
sys.exit(main(["--db", sys.argv[1], "--smoke-test"]))
"""


def tree_command(db: Path) -> list[str]:
    return [sys.executable, "-c", TREE_SCRIPT, str(db)]


def first_window_command() -> list[str]:
    return [sys.executable, "-c", FIRST_WINDOW_SCRIPT]


def bare_command() -> list[str]:
    return [sys.executable, "-c", BARE_SCRIPT]


def app_command(db: Path) -> list[str]:
    return [sys.executable, "-m", "samverkan_desktop", "--db", str(db), "--smoke-test"]


#: Compiled bytecode, as an installed app has it (pip and PyInstaller ship .pyc); without it every start would
#: also compile the app's sources, which no user ever waits for. Written by the warm-up run, then reused.
PYCACHE = Path(__file__).resolve().parent / ".cache" / "pycache"


def environment(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SAMVERKAN_DATA_DIR=str(data_dir),
               PYTHONPYCACHEPREFIX=str(PYCACHE))
    env.pop("SAMVERKAN_DATABASE_URL", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_once(command: Sequence[str], env: Mapping[str, str]) -> float:
    """Seconds from spawn to exit, or to the moment the process says ``shown-at EPOCH`` (``tree_command``); a
    failing start is an error, not a fast sample."""
    start, wall = time.perf_counter(), time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:4])}… exited {done.returncode}: {done.stderr[-2000:]}")
    marks = [line.split()[1] for line in done.stdout.splitlines() if line.startswith("shown-at ")]
    if "shown-at" in " ".join(command) and not marks:
        raise RuntimeError(f"{' '.join(command[:4])}… never showed the group tree: {done.stdout[-500:]}")
    return float(marks[-1]) - wall if marks else elapsed


def measure(commands: Mapping[str, Sequence[str]], runs: int, warmup: int = 1,
            cold: Mapping[str, Sequence[Path]] | None = None) -> dict[str, list[float]]:
    """Seconds per run of each command, round-robin (ABCABC…) after ``warmup`` unrecorded rounds. A command
    named in ``cold`` starts cold: its files are dropped from the OS cache first (``evict``)."""
    samples: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory(prefix="samverkan-bench-data-") as data_dir:
        env = environment(Path(data_dir))
        for round_ in range(warmup + runs):
            for name, command in commands.items():
                if cold and name in cold:
                    evict(cold[name])
                elapsed = run_once(command, env)
                if round_ >= warmup:
                    samples[name].append(elapsed)
    return samples


def start_files(*extra: Path) -> list[Path]:
    """What a start reads from disk: the interpreter's library, the virtual environment (PySide6's Qt libraries,
    SQLAlchemy…), the app's sources and bytecode, and ``extra`` (the database)."""
    import samverkan_desktop

    return [Path(sys.base_prefix) / "lib", Path(sys.prefix), Path(samverkan_desktop.__file__).parent, PYCACHE,
            *extra]


def evict(paths: Sequence[Path]) -> int:
    """A cold start without rebooting: every file under ``paths`` dropped from the OS page cache
    (posix_fadvise DONTNEED; clean pages only, this machine's other work untouched). Files evicted."""
    if not hasattr(os, "posix_fadvise"):
        return 0
    count = 0
    for file in _files(tuple(paths)):
        try:
            fd = os.open(file, os.O_RDONLY)
        except OSError:
            continue
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            count += 1
        finally:
            os.close(fd)
    return count


@cache
def _files(paths: tuple[Path, ...]) -> tuple[str, ...]:
    """The files under ``paths``, listed once per run (the walk costs more than dropping them)."""
    found: list[str] = []
    for root in paths:
        if root.is_file():
            found.append(str(root))
            continue
        for folder, _dirs, names in os.walk(root):
            found += [os.path.join(folder, name) for name in names]
    return tuple(found)


def holding_writer_lock(db: Path):
    """The database's writer lock held by this process, as a running instance holds it: a start beside it takes
    the read-only path. A context manager."""
    from contextlib import contextmanager

    from samverkan_desktop.db.lock import acquire_writer_lock

    @contextmanager
    def held():
        outcome = acquire_writer_lock(db)
        if not outcome.acquired:
            raise RuntimeError(f"the writer lock of {db} is held elsewhere")
        try:
            yield outcome
        finally:
            outcome.release()

    return held()

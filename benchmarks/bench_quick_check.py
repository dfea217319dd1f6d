"""The background integrity check of a large database, as the app runs it after its window opened.

A process of its own opens the main window on the database, shows it and starts the app's ``BackgroundCheck``
(SQLite's ``quick_check`` in a worker thread; the app starts it ``CHECK_DELAY_MS`` after the
window, here at once) while a LatencyProbe ticking every 5 ms records how late the event loop came back. The
figures are the check's time and the longest stall of the GUI thread while it ran. The baseline of the time is a
plain ``sqlite3`` process running ``PRAGMA quick_check`` on the same file: the check itself, nothing around it;
the stall's is the longest stall of the same window probed for IDLE_MS with nothing running, just before (what
the machine's load alone costs the GUI thread).

Run by ``run.py`` as ``python -m benchmarks.bench_quick_check --db PATH``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

#: How long the window is probed with nothing running first: the stalls this machine gives an idle window.
IDLE_MS = 2000

RAW_SCRIPT = """\
import sqlite3, sys, time
start = time.perf_counter()
connection = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
rows = connection.execute("PRAGMA quick_check").fetchall()
assert rows == [("ok",)], rows
print(time.perf_counter() - start)
"""


def command(db: Path) -> list[str]:
    return [sys.executable, "-m", "benchmarks.bench_quick_check", "--db", str(db)]


def raw_command(db: Path) -> list[str]:
    return [sys.executable, "-c", RAW_SCRIPT, str(db)]


def run(db: Path, env: dict[str, str]) -> dict:
    done = subprocess.run(command(db), env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"quick check exited {done.returncode}: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_raw(db: Path, env: dict[str, str]) -> float:
    done = subprocess.run(raw_command(db), env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"raw quick_check exited {done.returncode}: {done.stderr[-2000:]}")
    return float(done.stdout.strip().splitlines()[-1])


def check_in_window(db: Path) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from samverkan_desktop.app import open_database
    from samverkan_desktop.infra.config import Settings
    from samverkan_desktop.ui.main_window import MainWindow
    from samverkan_desktop.ui.startup_recovery import BackgroundCheck

    from .probes import LatencyProbe

    app = QApplication.instance() or QApplication(sys.argv[:1])
    engine, uow = open_database(f"sqlite:///{db}", "benchmark")
    try:
        window = MainWindow(uow, Settings())
        window.show()
        app.processEvents()
        probe = LatencyProbe()
        idle_stall_ms = probe.idle(IDLE_MS)  # the control: the same window with nothing running
        loop = QEventLoop()
        found: list[object] = []
        with probe.probing():
            start = time.perf_counter()
            check = BackgroundCheck(window, db, lambda: None, delay_ms=0)
            check.finished.connect(lambda problems: (found.append(problems), loop.quit()))
            QTimer.singleShot(600_000, loop.quit)
            loop.exec()
            seconds = time.perf_counter() - start
        if found != [[]]:
            raise RuntimeError(f"the check did not finish clean: {found}")
        window.close()
        return {"seconds": seconds, "idle_stall_ms": idle_stall_ms, **probe.summary()}
    finally:
        engine.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_quick_check")
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args(argv)
    print(json.dumps(check_in_window(args.db)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

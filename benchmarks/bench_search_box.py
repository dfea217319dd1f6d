"""The longest stall of the GUI thread while typing in the decision log's search box.

A process of its own opens the main window on the database, shows the decision log and types the first
``QUERIES`` topical queries (benchmarks/queries.txt) into its search box from a timer, one key every KEY_MS,
with a PAUSE_MS breath after each query so that its search runs to the end (and the next query's first key
cancels nothing). A LatencyProbe ticking every 5 ms records how late the event loop came back; its longest
stall is the figure. Each query's result is checked to have reached the list, so a run whose searches did not
happen fails instead of looking fast.

Run by ``run.py`` as ``python -m benchmarks.bench_search_box --db PATH``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from .bench_search import topical_queries

KEY_MS = 110
PAUSE_MS = 1500
QUERIES = 8


def command(db: Path, queries: int = QUERIES) -> list[str]:
    return [sys.executable, "-m", "benchmarks.bench_search_box", "--db", str(db), "--queries", str(queries)]


def run(db: Path, env: dict[str, str], queries: int = QUERIES) -> dict:
    done = subprocess.run(command(db, queries), env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"search box exited {done.returncode}: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def type_searches(db: Path, count: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from samverkan_desktop.app import open_database
    from samverkan_desktop.infra.config import Settings
    from samverkan_desktop.ui.main_window import MainWindow

    from .probes import LatencyProbe

    app = QApplication.instance() or QApplication(sys.argv[:1])
    engine, uow = open_database(f"sqlite:///{db}", "benchmark")
    try:
        window = MainWindow(uow, Settings())
        window.show()
        window.show_follow_up()
        page = window.follow_up_page
        page.tabs.setCurrentWidget(page.decision_log)
        tab = page.decision_log
        while tab.searching:
            app.processEvents()
        queries = topical_queries()[:count]
        keys = [(q, n) for q in queries for n in range(1, len(q) + 1)]
        shown: list[str] = []
        loop, timer, probe = QEventLoop(), QTimer(), LatencyProbe(interval_ms=5)
        timer.setSingleShot(True)
        state = {"k": 0}

        def next_key() -> None:
            k = state["k"]
            if k > 0 and keys[k - 1][1] == len(keys[k - 1][0]):  # the pause after a query: its result shown?
                if tab.searching:
                    timer.start(50)
                    return
                shown.append(tab.search.text())
            if k >= len(keys):
                loop.quit()
                return
            query, n = keys[k]
            if n == 1:
                tab.search.clear()
            char = query[n - 1]
            if char.isascii():
                QTest.keyClicks(tab.search, char)
            else:
                tab.search.insert(char)  # QTest's key tables are ASCII only
            state["k"] = k + 1
            timer.start(PAUSE_MS if n == len(query) else KEY_MS)

        timer.timeout.connect(next_key)
        with probe.probing():
            timer.start(KEY_MS)
            loop.exec()
        if shown != queries:
            raise RuntimeError(f"searched {shown}, typed {queries}")
        tab.wait_for_searches()
        window.close()
    finally:
        engine.dispose()
    return {**probe.summary(), "keys": len(keys), "queries": len(queries)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--queries", type=int, default=QUERIES)
    args = parser.parse_args(argv)
    print(json.dumps(type_searches(args.db, args.queries)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

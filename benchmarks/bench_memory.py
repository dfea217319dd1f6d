"""Peak memory while browsing: a process of its own opens the main window on the database and goes where a
person goes - many groups (overview, members, meetings, cases), some meetings in the editor, the follow-up
page with each of its tabs and a few decision-log searches - then prints its peak RSS (VmHWM) as JSON.
The program's helper processes (the spell-checker's dictionary lives in one) are counted too: their peaks, read
before the window closes, and the sum with the GUI process's peak (an upper bound of what both held at once).

Run by ``run.py`` as ``python -m benchmarks.bench_memory --db PATH``; usable alone the same way.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from .probes import current_rss_mb, peak_rss_mb


def command(db: Path, groups: int, meetings: int) -> list[str]:
    return [sys.executable, "-m", "benchmarks.bench_memory", "--db", str(db), "--groups", str(groups),
            "--meetings", str(meetings)]


def run(db: Path, groups: int, meetings: int, env: dict[str, str]) -> dict:
    done = subprocess.run(command(db, groups, meetings), env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"browsing exited {done.returncode}: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def child_peaks_mb() -> dict[str, float]:
    """The peak RSS (VmHWM) of each living child process of this one (Linux; nothing elsewhere), by pid."""
    peaks: dict[str, float] = {}
    me = str(os.getpid())
    for entry in Path("/proc").iterdir() if Path("/proc/self/status").exists() else ():
        if not entry.name.isdigit():
            continue
        try:
            fields = dict(line.split(":", 1) for line in (entry / "status").read_text().splitlines() if ":" in line)
        except OSError:
            continue
        if fields.get("PPid", "").strip() == me and "VmHWM" in fields:
            peaks[entry.name] = int(fields["VmHWM"].split()[0]) / 1024
    return peaks


def _spread(ids: list[int], count: int) -> list[int]:
    """``count`` ids evenly spread over the list (all of them when there are fewer)."""
    if len(ids) <= count:
        return ids
    return [ids[round(k * (len(ids) - 1) / max(count - 1, 1))] for k in range(count)]


def browse(db: Path, groups: int, meetings: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from samverkan_desktop.app import open_database, settle_heap
    from samverkan_desktop.infra.config import Settings
    from samverkan_desktop.services import decision_log
    from samverkan_desktop.services import groups as group_service
    from samverkan_desktop.services import meetings as meeting_service
    from samverkan_desktop.ui.main_window import MainWindow

    from .bench_search import topical_queries

    app = QApplication.instance() or QApplication(sys.argv[:1])
    engine, uow = open_database(f"sqlite:///{db}", "benchmark")
    steps: dict[str, float] = {}  # RSS after each part of the walk: where the memory goes
    try:
        window = MainWindow(uow, Settings())
        window.show()
        app.processEvents()
        settle_heap()  # as the app does once its window is up
        steps["main window"] = current_rss_mb()
        group_ids = _spread([node.id for node in group_service.list_group_tree(uow)], groups)
        opened = 0
        stride = max(len(group_ids) // max(meetings, 1), 1)  # the meetings are spread over the groups too
        for n, group_id in enumerate(group_ids):
            window.select_group(group_id)
            page = window.group_page
            for tab in range(page.tabs.count()):
                page.tabs.setCurrentIndex(tab)
                app.processEvents()
            held = meeting_service.list_meetings(uow, group_id)
            if opened < meetings and n % stride == 0 and held:
                editor = page.open_meeting(held[len(held) // 2].id)
                app.processEvents()
                editor.close()
                opened += 1
        steps["groups and meetings"] = current_rss_mb()
        window.show_follow_up()
        follow_up = window.follow_up_page
        for tab in range(follow_up.tabs.count()):
            follow_up.tabs.setCurrentIndex(tab)
            app.processEvents()
        steps["follow-up tabs"] = current_rss_mb()
        follow_up.tabs.setCurrentWidget(follow_up.decision_log)
        for query in topical_queries()[:4]:
            follow_up.decision_log.search.setText(query)
            follow_up.decision_log.reload()
            while follow_up.decision_log.searching:  # the search runs in a worker; its result comes as an event
                app.processEvents()
        steps["decision-log searches"] = current_rss_mb()
        found = decision_log.decision_log(uow, decision_log.DecisionLogFilter(), limit=1).total
        children = child_peaks_mb()
        window.close()
    finally:
        engine.dispose()
    peak = peak_rss_mb()
    return {"peak_rss_mb": peak, "helper_peaks_rss_mb": children,
            "with_helpers_peak_rss_mb": peak + sum(children.values()), "rss_steps_mb": steps,
            "groups_visited": len(group_ids), "meetings_opened": opened, "decisions": found}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--groups", type=int, default=100, help="groups to visit, spread over the tree")
    parser.add_argument("--meetings", type=int, default=20, help="meetings to open in the editor")
    args = parser.parse_args(argv)
    print(json.dumps(browse(args.db, args.groups, args.meetings)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

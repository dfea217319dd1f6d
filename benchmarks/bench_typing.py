"""The longest stall of the GUI thread while typing minutes with autosave on.

A process of its own (no pytest) opens the meeting in the editor as the GUI does, puts the cursor in the
first item's notes and types from a timer: one key every KEY_MS (about 110 words a minute, a fast typist),
bursts of BURST keys with a PAUSE_MS breath after each, so that autosave (AUTOSAVE_MS after the first
unsaved key) fires both during typing and after it. A LatencyProbe ticking every 5 ms records how late
the event loop came back; its longest stall is the figure. At the end the typed text is read back through
the service, so a run whose saves did not happen fails instead of looking fast.

Run by ``run.py`` as ``python -m benchmarks.bench_typing --db PATH --meeting ID``, on a copy of the database.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import sys
from pathlib import Path

KEY_MS = 110
BURST = 40
PAUSE_MS = 1200
SENTENCE = "Gruppen diskuterade förankringen i kommunerna och regionens uppföljning av vårdplatser. "


def command(db: Path, meeting_id: int, bursts: int, burst: int = BURST) -> list[str]:
    return [sys.executable, "-m", "benchmarks.bench_typing", "--db", str(db), "--meeting", str(meeting_id),
            "--bursts", str(bursts), "--burst", str(burst)]


def run(db: Path, meeting_id: int, bursts: int, env: dict[str, str], burst: int = BURST) -> dict:
    import subprocess

    done = subprocess.run(command(db, meeting_id, bursts, burst), env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"typing exited {done.returncode}: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def type_minutes(db: Path, meeting_id: int, bursts: int, burst: int = BURST, profile: Path | None = None) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from samverkan_desktop.app import open_database
    from samverkan_desktop.infra.config import Settings
    from samverkan_desktop.services import agenda
    from samverkan_desktop.ui.main_window import MainWindow
    from samverkan_desktop.ui.widgets.minutes_pane import AUTOSAVE_MS

    from .probes import LatencyProbe

    app = QApplication.instance() or QApplication(sys.argv[:1])
    engine, uow = open_database(f"sqlite:///{db}", "benchmark")
    try:
        window = MainWindow(uow, Settings())
        window.show()
        editor = window.group_page.open_meeting(meeting_id)
        editor.agenda_view.selectRow(0)
        app.processEvents()
        pane = editor.minutes_pane
        item = pane.item
        if item is None or not pane.notes_edit.isEnabled() or pane.notes_edit.isReadOnly():
            raise RuntimeError(f"meeting {meeting_id}: the first item's notes cannot be edited")
        notes = pane.notes_edit
        notes.setFocus()
        cursor = notes.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        notes.setTextCursor(cursor)
        saves = []
        pane.saved_state.connect(lambda saved: saves.append(saved) if saved else None)

        total = burst * bursts
        text = (SENTENCE * (total // len(SENTENCE) + 1))[:total]
        typed = {"n": 0}
        loop = QEventLoop()
        probe = LatencyProbe(interval_ms=5)
        timer = QTimer()
        timer.setSingleShot(True)

        def next_key() -> None:
            n = typed["n"]
            if n >= total:
                # The last burst's autosave comes AUTOSAVE_MS later: keep probing until it has been.
                QTimer.singleShot(AUTOSAVE_MS + 400, loop.quit)
                return
            press(notes, text[n])
            typed["n"] = n + 1
            timer.start(PAUSE_MS if typed["n"] % burst == 0 else KEY_MS)

        def press(widget, char: str) -> None:
            if char.isascii():
                QTest.keyClicks(widget, char)
            else:  # QTest's key tables are ASCII only: "å", "ä", "ö" go in as the events a keyboard sends
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                                             char))

        timer.timeout.connect(next_key)
        profiler = cProfile.Profile() if profile else None
        with probe.probing():
            timer.start(KEY_MS)
            if profiler:
                profiler.enable()
            loop.exec()
            if profiler:
                profiler.disable()
                profiler.dump_stats(profile)
        stored = agenda.get_item(uow, item.id).notes or ""
        if not stored.endswith(text.rstrip()):
            raise RuntimeError("the typed text was not saved by autosave")
        editor.close()
        window.close()
    finally:
        engine.dispose()
    return {**probe.summary(), "keys": total, "autosaves": len(saves), "autosave_ms": AUTOSAVE_MS}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--meeting", type=int, required=True)
    parser.add_argument("--bursts", type=int, default=6, help="bursts of keys, each ended by a pause")
    parser.add_argument("--burst", type=int, default=BURST, help="keys per burst")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the typing (the event loop) here")
    args = parser.parse_args(argv)
    print(json.dumps(type_minutes(args.db, args.meeting, args.bursts, args.burst, args.profile)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Screenshots of the windows at 1366×768, as a person on a municipal laptop sees them (issue 18 point 2):

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/fit_screenshots.py
    xvfb-run -s "-screen 0 1280x720x24" .venv/bin/python tools/fit_screenshots.py --scale 1.5

``--scale 1.5`` sets QT_SCALE_FACTOR (150 % scaling: 853×480 logical pixels on a 1280×720 screen) and writes
docs/screenshots/fit150_*.png instead.

Each shot is the whole screen, so that what falls off its edge shows. With openbox installed it runs as the window
manager (frames and title bars as on a desktop); it is started here and ended by its own process id.
Writes docs/screenshots/fit_*.png: the first start, the main window (and its Möten tab), the meeting editor (draft
and approved), the mandate dialog, Planera året with eight meetings against a mandate of at most six, and the
decision log.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
PREFIX = "fit"


def shoot(app, name: str, settle_ms: int = 400) -> Path:
    from PySide6.QtTest import QTest

    QTest.qWait(settle_ms)  # the window manager maps and frames the window
    app.processEvents()
    path = OUT / f"{PREFIX}_{name}.png"
    app.primaryScreen().grabWindow(0).save(str(path))
    print(f"{path.relative_to(ROOT)}")
    return path


def start_window_manager() -> subprocess.Popen | None:
    if not os.environ.get("DISPLAY") or shutil.which("openbox") is None:
        return None
    manager = subprocess.Popen(["openbox"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return manager


def main() -> int:
    global PREFIX
    parser = argparse.ArgumentParser(description="Screenshots of the windows as a person on a laptop sees them")
    parser.add_argument("--scale", type=float, default=1.0, help="the screen's scaling, e.g. 1.5 for 150 %%")
    args = parser.parse_args()
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
        PREFIX = f"fit{round(args.scale * 100)}"
    os.environ["SAMVERKAN_DATA_DIR"] = tempfile.mkdtemp(prefix="samverkan-fit-")
    manager = start_window_manager()
    try:
        return take_shots()
    finally:
        if manager is not None:
            manager.terminate()
            manager.wait(timeout=10)


def take_shots() -> int:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from samverkan_desktop.app import open_database
    from samverkan_desktop.infra.config import Settings, resources_dir
    from samverkan_desktop.sampledata import demo
    from samverkan_desktop.services import mandates
    from samverkan_desktop.services.dto import MandateData
    from samverkan_desktop.ui.dialogs.mandate_dialog import MandateDialog
    from samverkan_desktop.ui.dialogs.series_dialog import SeriesDialog
    from samverkan_desktop.ui.i18n import install_translators
    from samverkan_desktop.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    install_translators(app, "sv", resources_dir() / "translations")
    QTest.qWait(300)  # openbox takes the screen
    screen = app.primaryScreen()
    print(f"screen {screen.geometry().width()}x{screen.geometry().height()}, available "
          f"{screen.availableGeometry().width()}x{screen.availableGeometry().height()}")
    OUT.mkdir(parents=True, exist_ok=True)
    engine, uow = open_database(f"sqlite:///{os.environ['SAMVERKAN_DATA_DIR']}/samverkan.db")
    window = MainWindow(uow, Settings(), database_label="Databas: samverkan.db",
                        demo_loader=demo.create_demo_data)  # as app.py: the first start offers the demo
    window.show()
    shoot(app, "first_start")

    demo.create_demo_data(uow)
    window.reload_groups()
    window.select_group_named("Ledningsgrupp för samverkan")
    shoot(app, "main_window")
    print(f"main window {window.frameGeometry().width()}x{window.frameGeometry().height()}")
    window.group_page.tabs.setCurrentWidget(window.group_page.meetings_tab)  # its warnings once set the width
    shoot(app, "main_window_moten")
    window.group_page.tabs.setCurrentIndex(0)

    window.select_group_named("Temagrupp Äldre")
    page = window.group_page
    held = [m for m in page.meetings_tab.model.rows() if m.status.value == "genomfort"]
    draft = next(m for m in reversed(held) if m.minutes_status.value == "utkast")
    approved = next(m for m in held if m.minutes_status.value == "godkanda")
    for meeting, name in ((draft, "meeting_editor_utkast"), (approved, "meeting_editor_godkand")):
        editor = page.open_meeting(meeting.id)
        titles = [item.title for item in editor.agenda_model.items()]
        editor.agenda_view.selectRow(max(range(len(titles)), key=lambda r: len(titles[r])))  # the longest title
        shoot(app, name)
        print(f"{name} {editor.frameGeometry().width()}x{editor.frameGeometry().height()}")
        editor.close()

    group_id = window.selected_group_id()
    current = mandates.current_mandate(uow, group_id)
    if current is not None and current.meetings_max is None:
        mandates.save_mandate(uow, group_id, MandateData(
            purpose=current.purpose, assignment=current.assignment, meetings_min=4, meetings_max=6), new_version=False)
    dialog = MandateDialog(uow, group_id, window)
    dialog.show()
    shoot(app, "mandate_dialog")
    print(f"mandate dialog {dialog.frameGeometry().width()}x{dialog.frameGeometry().height()}")
    dialog.close()

    series = SeriesDialog(uow, group_id, window, first=date(date.today().year + 1, 1, 12))
    series.count_spin.setValue(8)
    series.interval_spin.setValue(6)
    series.show()
    shoot(app, "plan_year")
    print(f"plan year {series.frameGeometry().width()}x{series.frameGeometry().height()}")
    series.close()

    from samverkan_desktop.ui.dialogs.publish_dialog import PublishDialog

    publish = PublishDialog(uow, None, window, folder=str(Path.home() / "Webbpublicering"))
    publish.show()
    shoot(app, "publish_dialog")
    print(f"publish dialog {publish.frameGeometry().width()}x{publish.frameGeometry().height()}")
    publish.close()

    window.show_follow_up()
    follow = window.follow_up_page
    follow.tabs.setCurrentWidget(follow.decision_log)
    follow.decision_log.search.setText("rutin*")
    follow.decision_log.reload()
    QTest.qWait(300)
    follow.decision_log.view.selectRow(0)
    shoot(app, "decision_log")
    window.close()
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The notes editor with bold, lists and a misspelt word underlined, at 1366×768:
`xvfb-run -a .venv/bin/python tools/rich_text_screenshot.py` (demo data, new database) writes
docs/screenshots/rich_text_spellcheck.png."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
NOTES = ("**Bakgrund:** förvaltningen har *utrett* hur beslutet förankrs i respektive organisation.\n"
         "- Kommunerna saknar underlag för uppföljning\n"
         "- Regionen tar fram en [gemensam rutin](https://www.example.se/rutin)\n"
         "Förslag till fortsatt arbete:\n"
         "1. Arbetsgruppen gör en kartläggning\n"
         "2. Återrapport i maj")


def main() -> int:
    os.environ["SAMVERKAN_DATA_DIR"] = tempfile.mkdtemp(prefix="samverkan-shots-")
    from PySide6.QtWidgets import QApplication

    from samverkan_desktop.app import open_database
    from samverkan_desktop.infra.config import Settings, resources_dir
    from samverkan_desktop.sampledata import demo
    from samverkan_desktop.services import agenda, minutes
    from samverkan_desktop.ui import spelling
    from samverkan_desktop.ui.i18n import install_translators
    from samverkan_desktop.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    install_translators(app, "sv", resources_dir() / "translations")
    _engine, uow = open_database(f"sqlite:///{os.environ['SAMVERKAN_DATA_DIR']}/samverkan.db")
    demo.create_demo_data(uow)
    window = MainWindow(uow, Settings(), database_label="Databas: samverkan.db (demodata)")
    window.select_group_named("Temagrupp Äldre")
    page = window.group_page
    page.tabs.setCurrentWidget(page.meetings_tab)
    meeting = next(m for m in page.meetings_tab.model.rows() if m.minutes_status.value == "utkast")
    items = agenda.list_items(uow, meeting.id) if hasattr(agenda, "list_items") else None
    editor = page.open_meeting(meeting.id)
    row = 2 if len(editor.agenda_model.items()) > 2 else 0
    item = editor.agenda_model.items()[row] if items is None else items[row]
    minutes.save_text(uow, item.id, NOTES, "att ge arbetsgruppen i uppdrag att göra en **kartläggning**")
    editor.close()
    editor = page.open_meeting(meeting.id)
    editor.resize(1366, 768)
    editor.show()
    editor.agenda_view.selectRow(row)
    assert spelling.checker().wait_until_ready(120)
    for _ in range(20):
        app.processEvents()
    OUT.mkdir(parents=True, exist_ok=True)
    editor.grab().save(str(OUT / "rich_text_spellcheck.png"))
    print(OUT / "rich_text_spellcheck.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

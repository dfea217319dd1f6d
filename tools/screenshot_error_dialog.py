"""The error dialog over the main window at 1366×768, for docs/screenshots/error_dialog.png:
`xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshot_error_dialog.py`."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots" / "error_dialog.png"


def main() -> int:
    os.environ["SAMVERKAN_DATA_DIR"] = tempfile.mkdtemp(prefix="samverkan-shots-")
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    from samverkan_desktop.app import open_database
    from samverkan_desktop.infra.config import Settings, resources_dir
    from samverkan_desktop.sampledata import demo
    from samverkan_desktop.ui.dialogs.error_dialog import ErrorDialog
    from samverkan_desktop.ui.error_reporting import gui_error_handling, report_for_support
    from samverkan_desktop.ui.i18n import install_translators
    from samverkan_desktop.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    install_translators(app, "sv", resources_dir() / "translations")
    with gui_error_handling() as _reporter:
        engine, uow = open_database(f"sqlite:///{os.environ['SAMVERKAN_DATA_DIR']}/samverkan.db")
        demo.create_demo_data(uow)
        window = MainWindow(uow, Settings(), database_label="Databas: samverkan.db (demodata)")
        window.resize(1366, 768)
        window.show()
        window.select_group_named("Ledningsgrupp för samverkan")
        try:
            {"kallelse": "mall.docx"}["minnesanteckningar"]
        except KeyError as error:
            from samverkan_desktop.infra.logging_setup import current_log_file, describe

            dialog = ErrorDialog(describe(error), report_for_support(type(error), error, error.__traceback__),
                                 current_log_file(), window)
        dialog.show()
        dialog.copy_button.click()
        app.processEvents()
        shot = window.grab()
        painter = QPainter(shot)
        corner = QPoint((shot.width() - dialog.width()) // 2, (shot.height() - dialog.height()) // 3)
        painter.fillRect(corner.x() - 1, corner.y() - 1, dialog.width() + 2, dialog.height() + 2, "#808080")
        painter.drawPixmap(corner, dialog.grab())
        painter.end()
        OUT.parent.mkdir(parents=True, exist_ok=True)
        shot.save(str(OUT))
        dialog.close()
        window.close()
        engine.dispose()
    print(f"screenshot: {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

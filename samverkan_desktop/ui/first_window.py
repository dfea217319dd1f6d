"""The window a start shows first: painted before SQLAlchemy, alembic, the pages and the exporters are imported,
so that a person sees the program at once (those imports alone take longer than a bare Qt window on a small PC).

It imports nothing but PySide6 and the package's name. The main window (or the review window) takes its place as
soon as it is shown; any way out of the start closes it too. No text to translate: the translations are
installed after it (they need the settings), so it shows the program's name and icon only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from .. import APP_NAME

SIZE = (1280, 800)  # the main window's first size


class FirstWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.resize(*SIZE)
        label = QLabel(APP_NAME, self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(label.font())
        font.setPointSize(font.pointSize() * 2)
        label.setFont(font)
        label.setEnabled(False)  # greyed: nothing here to click yet
        self.setCentralWidget(label)


def show_first_window(app: QApplication) -> FirstWindow:
    """Show it and paint it now, before the start goes on with the heavy imports."""
    window = FirstWindow()
    app.first_window = window  # type: ignore[attr-defined]  # a Python attribute: the window lives as long
    window.show()
    app.processEvents()
    return window


def close_first_window(app: QApplication) -> None:
    """The real window is up (or the start ended): the first one goes."""
    window = getattr(app, "first_window", None)
    if window is not None:
        app.first_window = None  # type: ignore[attr-defined]
        window.close()
        window.deleteLater()

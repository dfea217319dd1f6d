"""The window a start shows first: the program's name at once, held by the application until the real window
takes its place, and gone after that. (That it imports nothing heavy: tests/ui/test_startup_imports.py.)"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from samverkan_desktop import APP_NAME
from samverkan_desktop.ui.first_window import SIZE, close_first_window, show_first_window


def test_the_first_window_is_shown_at_once_and_closed_when_the_real_one_is_up(qtbot, qapp):
    window = show_first_window(qapp)
    qtbot.addWidget(window)
    assert window.isVisible() and qapp.first_window is window
    assert window.windowTitle() == APP_NAME
    assert window.width() <= SIZE[0] and window.height() <= SIZE[1]  # the main window's size, or the screen's
    label = window.centralWidget()
    assert isinstance(label, QLabel) and label.text() == APP_NAME and not label.isEnabled()
    close_first_window(qapp)
    assert not window.isVisible() and qapp.first_window is None
    close_first_window(qapp)  # a second close (every way out of the start closes it): nothing happens

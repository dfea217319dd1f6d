"""ui/window_hooks.py: a hook hears every window's Show and Hide (dialogs and message boxes included), a child
widget's events never reach it, a hook added again under its name replaces the old one, the style is installed
once with the style sheet kept, and without a QApplication nothing happens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from samverkan_desktop.ui import window_hooks


@pytest.fixture(autouse=True)
def own_hooks(monkeypatch) -> None:
    """The hooks added here are gone after each test; the program's own (geometry, accessibility) stay."""
    monkeypatch.setattr(window_hooks, "_HOOKS", dict(window_hooks._HOOKS))


def heard(name: str) -> list[tuple[QWidget, QEvent.Type]]:
    events: list[tuple[QWidget, QEvent.Type]] = []
    window_hooks.add(name, lambda window, event: events.append((window, event.type())))
    return events


def test_a_window_is_heard_when_shown_and_hidden_and_its_children_are_not(qtbot) -> None:
    events = heard("test-windows")
    window = QWidget()
    qtbot.addWidget(window)
    child = QLabel("barn", window)
    QVBoxLayout(window).addWidget(child)
    window.show()
    qtbot.waitExposed(window)
    child.hide()
    child.show()
    window.hide()
    assert [(w, kind) for w, kind in events if w is window] == [(window, QEvent.Type.Show), (window, QEvent.Type.Hide)]
    assert all(w is not child for w, _ in events)


def test_dialogs_and_message_boxes_are_windows_too(qtbot) -> None:
    events = heard("test-dialogs")
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.hide()
    box = QMessageBox(QMessageBox.Icon.Information, "Titel", "Text")
    qtbot.addWidget(box)
    QTimer.singleShot(0, box.accept)
    box.exec()
    shown = [w for w, kind in events if kind == QEvent.Type.Show]
    assert dialog in shown and box in shown


def test_a_hook_added_again_under_its_name_replaces_the_first(qtbot) -> None:
    first: list[QWidget] = []
    second: list[QWidget] = []
    window_hooks.add("test-replace", lambda window, event: first.append(window))
    window_hooks.add("test-replace", lambda window, event: second.append(window))
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert first == [] and window in second


def test_the_style_is_installed_once_and_the_style_sheet_kept(qtbot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window_hooks.add("test-style", lambda window, event: None, app)
    sheet, style = app.styleSheet(), app.style()
    window_hooks.add("test-style", lambda window, event: None, app)  # once installed, not again
    assert app.property("samverkan_window_style") and app.styleSheet() == sheet and app.style() is style


def test_without_a_qapplication_nothing_happens(monkeypatch) -> None:
    monkeypatch.setattr(QApplication, "instance", staticmethod(lambda: None))
    window_hooks.add("test-none", lambda window, event: None)
    assert "test-none" not in window_hooks._HOOKS

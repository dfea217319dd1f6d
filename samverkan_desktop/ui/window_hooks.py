"""Something to do whenever a window of the program is shown or hidden, at no cost to every other event.

An event filter on the application would see this, but every Qt event of every widget (thousands when a meeting
opens) would then cross into Python. Instead the application's style (a ``QProxyStyle`` over the style Qt chose,
drawing exactly as it does) hears Qt polish each widget, once, before the widget is first shown; a widget that is a
window then gets one event filter of its own, which sees only the events sent to the window itself. The hooks
(``add``) run on that window's Show and Hide events: dialogs and Qt's own message boxes included, as before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyleFactory, QWidget

#: Called with the window and its Show or Hide event.
Hook = Callable[[QWidget, QEvent], None]

_HOOKS: dict[str, Hook] = {}
_SHOW, _HIDE = QEvent.Type.Show, QEvent.Type.Hide


class _WindowFilter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (_SHOW, _HIDE) and isinstance(watched, QWidget) and watched.isWindow():
            for hook in list(_HOOKS.values()):
                hook(watched, event)
        return False


class _WindowStyle(QProxyStyle):
    """The application's style unchanged, plus a filter on every window it polishes."""

    def __init__(self, base, window_filter: _WindowFilter) -> None:
        super().__init__(base)
        self.window_filter = window_filter

    def polish(self, target):  # one Python method for the three overloads Qt calls
        super().polish(target)
        if isinstance(target, QWidget) and target.isWindow():
            target.installEventFilter(self.window_filter)  # installing it twice keeps one


def _install_style(app: QApplication) -> None:
    sheet = app.styleSheet()
    if sheet:  # with a style sheet app.style() is Qt's style-sheet style: the style under it has the name
        app.setStyleSheet("")
    base = QStyleFactory.create(app.style().name())
    window_filter = _WindowFilter(app)  # kept alive with the application
    app.setStyle(_WindowStyle(base, window_filter))  # re-polishes the widgets there are: windows shown included
    if sheet:
        app.setStyleSheet(sheet)


def add(name: str, hook: Hook, app: QApplication | None = None) -> None:
    """Run ``hook`` on every Show and Hide event of every window from now on (again under the same name: replaced).
    Without a QApplication (a QCoreApplication in a test of a service) nothing happens."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if not isinstance(app, QApplication):
        return
    if not app.property("samverkan_window_style"):
        app.setProperty("samverkan_window_style", True)
        _install_style(app)
    _HOOKS[name] = hook

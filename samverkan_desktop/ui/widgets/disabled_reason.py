"""A disabled control says why: its tooltip, and the window's status bar when the pointer rests on it.

``explain(widget, …)`` for buttons and other widgets, ``explain_action(action, …)`` for menu and toolbar actions;
``explain_menu(menu)`` makes a menu show the tooltips of its actions and put a disabled action's reason into the
status bar while the pointer is on it (Qt shows no status tip for a disabled menu entry)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QHelpEvent, QMouseEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget


def _main_window(widget: QWidget) -> QMainWindow | None:
    window, parent = widget.window(), widget.parentWidget()
    if not isinstance(window, QMainWindow) and parent is not None:
        window = parent.window()  # a menu is a window of its own: the status bar of the window it opened from
    return window if isinstance(window, QMainWindow) else None


def _status_bar_message(widget: QWidget, reason: str) -> None:
    window = _main_window(widget)
    if window is not None:
        window.statusBar().showMessage(reason, 8000)


def _clear_status_bar_message(widget: QWidget, reason: str) -> None:
    """Take the reason off the status bar if it is still there (and not another message shown since)."""
    window = _main_window(widget)
    if reason and window is not None and window.statusBar().currentMessage() == reason:
        window.statusBar().clearMessage()


class _StatusOnHover(QObject):
    """Shows a disabled widget's reason in its window's status bar on hover (Qt sends a disabled widget no
    status tip of its own), and a disabled menu entry's reason while the pointer is on it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QMenu):
            if isinstance(event, (QMouseEvent, QHelpEvent)):
                where = event.position().toPoint() if isinstance(event, QMouseEvent) else event.pos()
                action = watched.actionAt(where)
                if action is not None and not action.isEnabled() and action.toolTip():
                    _status_bar_message(watched, action.property("disabled_reason") or action.toolTip())
            return False
        if event.type() == QEvent.Type.Enter and isinstance(watched, QWidget) and not watched.isEnabled():
            reason = watched.property("disabled_reason") or ""
            if reason:
                _status_bar_message(watched, reason)
        elif event.type() == QEvent.Type.Leave and isinstance(watched, QWidget):  # the pointer has left: the
            _clear_status_bar_message(watched, watched.property("disabled_reason") or "")  # reason goes with it
        return False


_FILTER: _StatusOnHover | None = None


def _filter() -> _StatusOnHover:
    global _FILTER
    if _FILTER is None:
        _FILTER = _StatusOnHover()
    return _FILTER


def explain(widget: QWidget, enabled: bool, reason: str = "", hint: str = "") -> None:
    """Enable ``widget`` or disable it with ``reason`` as its tooltip and status-bar text; ``hint`` is the
    tooltip while it is enabled."""
    if not widget.property("disabled_reason_filter"):
        widget.installEventFilter(_filter())
        widget.setProperty("disabled_reason_filter", True)
    shown = widget.property("disabled_reason") or ""
    if shown and shown != (reason if not enabled else ""):  # enabled, or another reason: the old one is stale
        _clear_status_bar_message(widget, shown)
    widget.setEnabled(enabled)
    text = hint if enabled else reason
    widget.setProperty("disabled_reason", "" if enabled else reason)
    widget.setToolTip(text)
    widget.setStatusTip(text)


def explain_action(action: QAction, enabled: bool, reason: str = "", hint: str = "") -> None:
    """As ``explain``, for an action (in a menu made with ``explain_menu``, or a toolbar)."""
    action.setEnabled(enabled)
    text = hint if enabled else reason
    action.setProperty("disabled_reason", "" if enabled else reason)
    action.setToolTip(text or action.text().replace("&", "").rstrip("…"))
    action.setStatusTip(text)


def explain_menu(menu: QMenu) -> QMenu:
    """The menu shows its actions' tooltips, and a disabled one's reason in the status bar on hover."""
    menu.setToolTipsVisible(True)
    if not menu.property("disabled_reason_filter"):
        menu.installEventFilter(_filter())
        menu.setProperty("disabled_reason_filter", True)
    return menu


def read_only_reason() -> str:
    """Why a change is unavailable in a window opened read-only."""
    return QCoreApplication.translate("DisabledReason",
                                      "The database is opened read-only: nothing can be changed here.")

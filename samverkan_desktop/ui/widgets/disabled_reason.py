"""A disabled control says why: its tooltip, and the window's status bar when the pointer rests on it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow, QWidget


class _StatusOnHover(QObject):
    """Shows a disabled widget's reason in its window's status bar on hover (Qt sends a disabled widget no
    status tip of its own)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Enter and isinstance(watched, QWidget) and not watched.isEnabled():
            reason = watched.property("disabled_reason") or ""
            window = watched.window()
            if reason and isinstance(window, QMainWindow):
                window.statusBar().showMessage(reason, 8000)
        return False


_FILTER: _StatusOnHover | None = None


def explain(widget: QWidget, enabled: bool, reason: str = "", hint: str = "") -> None:
    """Enable ``widget`` or disable it with ``reason`` as its tooltip and status-bar text; ``hint`` is the
    tooltip while it is enabled."""
    global _FILTER
    if _FILTER is None:
        _FILTER = _StatusOnHover()
    if not widget.property("disabled_reason_filter"):
        widget.installEventFilter(_FILTER)
        widget.setProperty("disabled_reason_filter", True)
    widget.setEnabled(enabled)
    text = hint if enabled else reason
    widget.setProperty("disabled_reason", "" if enabled else reason)
    widget.setToolTip(text)
    widget.setStatusTip(text)

"""Typing Swedish text in a test. ``qtbot.keyClicks`` (QTest::keyClicks) maps each character to a key through
QTest's ASCII table, and Qt's test library asserts on any other character: "å", "ä" or "ö" aborts the whole
test run ("ASSERT: false in qasciikey.cpp"), whichever widget receives it. ``type_text`` sends ASCII through
QTest as usual and every other character as a key event carrying that text, as a keyboard layout with the key
does."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(qtbot, widget: QWidget, text: str) -> None:
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))

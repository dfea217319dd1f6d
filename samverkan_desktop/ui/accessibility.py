"""Screen readers and the keyboard: every input has a name a screen reader can say, and Tab never gets stuck.

``name_inputs`` is run over a window after it is built: an input without a label buddy and without an accessible
name gets one from what a sighted user reads beside it (the label just before it in its layout, which then also
becomes its buddy so that Alt+letter reaches it; else its placeholder text or tooltip; else the title of the tab
it sits on). Text editors take Tab as "next field" (tabChangesFocus) and item views leave Tab to the window, so
Tab walks the whole window and never stays in one widget.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from . import window_hooks

INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def is_input(widget: QWidget) -> bool:
    """An input a screen reader must name (Qt's own parts of a compound widget excluded)."""
    if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
        return False
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox)):
        return False  # the combo's or spin box's own editor: the outer widget is named
    if isinstance(widget, QAbstractItemView) and parent is not None \
            and parent.metaObject().className() == "QComboBoxPrivateContainer":
        return False  # a combo box's drop-down list
    if isinstance(widget, QCheckBox):
        return not widget.text()
    return isinstance(widget, INPUTS)


def buddies(root: QWidget) -> set[int]:
    return {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}


def _label_before(widget: QWidget) -> QLabel | None:
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    for candidate in _layouts(layout):
        for index in range(candidate.count()):
            if candidate.itemAt(index).widget() is widget and index > 0:
                before = candidate.itemAt(index - 1).widget()
                if isinstance(before, QLabel) and before.buddy() is None and before.text().strip():
                    return before
    return None


def _layouts(layout):
    if layout is None:
        return
    yield layout
    for index in range(layout.count()):
        child = layout.itemAt(index).layout()
        if child is not None:
            yield from _layouts(child)


def _tab_title(widget: QWidget) -> str:
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        tabs = parent.parentWidget()
        if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:
            return tabs.tabText(tabs.indexOf(child)).replace("&", "")
        child, parent = parent, parent.parentWidget()
    window = widget.window()
    return window.windowTitle() if window is not None else ""


def name_inputs(root: QWidget) -> None:
    named = buddies(root)
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QTextEdit, QPlainTextEdit)):
            widget.setTabChangesFocus(True)
        if isinstance(widget, QAbstractItemView):
            widget.setTabKeyNavigation(False)
        if not is_input(widget) or widget.accessibleName() or id(widget) in named:
            continue
        label = _label_before(widget)
        if label is not None:
            label.setBuddy(widget)
            continue
        text = getattr(widget, "placeholderText", lambda: "")() or widget.toolTip() or _tab_title(widget)
        if text:
            widget.setAccessibleName(text.replace("&", "").rstrip("…:"))


#: A visible focus on every widget Tab reaches (the native styles draw it faintly or not at all): a blue frame on
#: buttons, fields and views, a tinted background on check boxes and radio buttons. Widget style sheets (a field's
#: red error frame) still win over it.
FOCUS_COLOUR = "#1565c0"
FOCUS_STYLE = f"""
QPushButton:focus, QToolButton:focus {{
    border: 2px solid {FOCUS_COLOUR}; border-radius: 3px; background-color: #e3f2fd; padding: 0px 2px;
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus, QAbstractItemView:focus {{
    border: 2px solid {FOCUS_COLOUR};
}}
QComboBox:focus {{ border: 2px solid {FOCUS_COLOUR}; padding: 1px 4px; }}
QCheckBox:focus, QRadioButton:focus {{ background-color: #e3f2fd; border: 1px solid {FOCUS_COLOUR}; }}
QTabBar::tab:focus {{ border: 2px solid {FOCUS_COLOUR}; }}
"""


def install_focus_style(app) -> None:
    """Add ``FOCUS_STYLE`` to the application's style sheet (once)."""
    if "samverkan-focus" not in app.styleSheet():
        app.setStyleSheet(app.styleSheet() + "\n/* samverkan-focus */" + FOCUS_STYLE)


def _name_on_show(window: QWidget, event: QEvent) -> None:
    """Names the inputs of a window the first time it is shown (dialogs included)."""
    if event.type() == QEvent.Type.Show and not window.property("samverkan_named"):
        window.setProperty("samverkan_named", True)
        name_inputs(window)


def install(app: QCoreApplication | None = None) -> None:
    """Once per application (the main window calls it): every window shown afterwards gets named inputs, and
    the focus is visible everywhere. A hook on the windows' own Show events (``window_hooks``), not a filter on
    the application that every event would cross."""
    app = app or QCoreApplication.instance()
    if app is not None and not app.property("samverkan_accessibility"):
        app.setProperty("samverkan_accessibility", True)
        if isinstance(app, QApplication):  # a QApplication (not a bare QCoreApplication)
            window_hooks.add("accessibility", _name_on_show, app)
            install_focus_style(app)

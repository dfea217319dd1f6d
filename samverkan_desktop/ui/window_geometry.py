"""Windows that fit the screen: never larger than its available geometry, their size remembered per screen.

``install()`` (run once by every top-level window of the program) watches every window the program shows: the main
window, the meeting editor, the review window and every dialog. On its first showing a window gets the size it had
the last time on this screen (QSettings, keyed by the screen's name and available size, so a laptop's size does not
carry over to the office's large screen and back); on every showing it is made to fit the screen's available
geometry (the screen less the taskbar), with room for the window manager's frame and title bar. When it is hidden
its size (a main window's: its geometry as Qt saves it, place and maximised state included) is kept for
next time.

The windows' own layouts make this possible: long forms scroll (``FormDialog``), wide rows wrap or elide, so that a
window's minimum size stays below 853×448, a 1280×720 screen at 150 % less its taskbar.

``available_geometry`` is the one place the screen is asked; tests replace it to simulate a smaller screen.
"""

from __future__ import annotations

from typing import TypeGuard

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QMainWindow, QScrollArea, QWidget

from . import window_hooks

#: What a window manager adds around a window before the window is shown and its frame is known: borders and a
#: title bar (Windows 11 at 100 %: 8 + 8 px wide, 31 + 8 px high).
FRAME_ALLOWANCE = QSize(16, 40)
GROUP = "windows"


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The available geometry (without taskbar and docks) of the screen the widget is on, else the primary one."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def frame_allowance(window: QWidget) -> QSize:
    """The frame and title bar around the window: as measured once it is shown, and at least ``FRAME_ALLOWANCE``
    (a window manager may report its frame only after the first showing)."""
    frame, inner = window.frameGeometry().size(), window.geometry().size()
    measured = QSize(frame.width() - inner.width(), frame.height() - inner.height()) if window.isVisible() \
        else QSize()
    return QSize(max(measured.width(), FRAME_ALLOWANCE.width()), max(measured.height(), FRAME_ALLOWANCE.height()))


def largest_size(window: QWidget, area: QRect | None = None) -> QSize:
    """The largest client size whose frame still fits the area."""
    area = area if area is not None else available_geometry(window)
    frame = frame_allowance(window)
    return QSize(max(area.width() - frame.width(), 1), max(area.height() - frame.height(), 1))


def fit(window: QWidget, preferred: QSize | None = None, area: QRect | None = None) -> None:
    """Resize the window to ``preferred`` (else its current size), no larger than the area. A window that has been
    placed (restored, or moved by the program) is moved back inside the area if it reaches beyond it; one that
    has not is left to the window manager (and a dialog to Qt, which centres it on its parent)."""
    area = area if area is not None else available_geometry(window)
    if window.isMaximized() or window.isFullScreen():
        return
    largest = largest_size(window, area)
    wanted = preferred if preferred is not None else window.size()
    window.resize(min(wanted.width(), largest.width()), min(wanted.height(), largest.height()))
    if window.testAttribute(Qt.WidgetAttribute.WA_Moved):
        frame = frame_allowance(window)
        outer = QRect(window.pos(), window.size() + frame)
        if not window.isVisible():  # the frame is not known yet: the position may be the client's, the title bar
            outer.translate(-frame.width() // 2, -(frame.height() - frame.width() // 2))  # above it
        if not area.contains(outer):
            x = min(max(outer.left(), area.left()), area.right() + 1 - outer.width())
            y = min(max(outer.top(), area.top()), area.bottom() + 1 - outer.height())
            x, y = max(x, area.left()), max(y, area.top())
            if not window.isVisible():
                x, y = x + frame.width() // 2, y + frame.height() - frame.width() // 2
            window.move(x, y)


class _Holder(QWidget):
    """Holds the content without a layout: QScrollArea then sizes it by its minimum size, not by a wrapped
    label's preferred height for the width (which made a window scroll on a screen large enough)."""

    def __init__(self, content: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("fitScrollContent")
        self.content = content
        content.setParent(self)
        content.show()  # a reparented widget is hidden, and left out of the size hints, until shown

    def sizeHint(self) -> QSize:
        return self.content.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.content.minimumSizeHint()

    def resizeEvent(self, event) -> None:
        self.content.setGeometry(self.rect())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the content's minimum changed: the scroll area hears it
            self.updateGeometry()
        return super().event(event)


class FitScrollArea(QScrollArea):
    """A frameless scroll area that fills out its content. Its size hint is the whole content's (the window opens
    as large as its content wants, ``fit`` then keeps it within the screen), its minimum height is small: on a
    screen large enough nothing scrolls, on a smaller one the content scrolls instead of being squeezed over itself.
    Without ``horizontal`` it never scrolls sideways: its minimum width is the content's. It takes no focus itself
    (the Tab key goes to the inputs inside it)."""

    def __init__(self, content: QWidget, parent: QWidget | None = None, *, horizontal: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("fitScroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop without a visible focus: the inputs inside keep
        self.setWidgetResizable(True)  # theirs (and scroll into view when they take it)
        self.horizontal = horizontal
        if not horizontal:
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(_Holder(content, self))

    def content(self) -> QWidget:
        holder = self.widget()
        assert isinstance(holder, _Holder)  # set in __init__, never replaced
        return holder.content

    def _extra(self) -> QSize:
        frame = 2 * self.frameWidth()
        return QSize(frame + self.verticalScrollBar().sizeHint().width(), frame)

    def sizeHint(self) -> QSize:
        # The content's own hints: the holder's are cached until the event loop lays it out again.
        content = self.content()
        hint = content.sizeHint().expandedTo(content.minimumSizeHint())
        return hint + QSize(2 * self.frameWidth(), 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        small = super().minimumSizeHint()
        if self.horizontal:
            return small
        return QSize(self.content().minimumSizeHint().width() + self._extra().width(), small.height())


def scrolling(content: QWidget, parent: QWidget | None = None, *, horizontal: bool = True) -> FitScrollArea:
    """``content`` in a ``FitScrollArea``."""
    return FitScrollArea(content, parent, horizontal=horizontal)


def settings_key(window: QWidget, area: QRect | None = None) -> str:
    """``windows/<screen>_<width>x<height>/<window class>``: one remembered size per screen and window."""
    area = area if area is not None else available_geometry(window)
    screen = window.screen()
    name = (screen.name() if screen is not None else "") or "screen"
    safe = "".join(c if c.isalnum() else "_" for c in name)
    return f"{GROUP}/{safe}_{area.width()}x{area.height()}/{window.property('geometry_name') or type(window).__name__}"


_STORE: QSettings | None = None
_STORE_PATH = ""


def settings() -> QSettings:
    """An ini file in the program's data folder (beside the database and settings.json, moved and removed with
    them; tests get their own data folder). One object for the program (a new one per data folder): Qt writes
    it out from the event loop after a change, and ``install`` has it written at the application's exit, so a
    window's hiding costs no file write."""
    global _STORE, _STORE_PATH
    from ..infra.config import data_dir

    path = str(data_dir() / "windows.ini")
    if _STORE is None or path != _STORE_PATH:
        if _STORE is not None:
            _STORE.sync()  # the previous data folder's sizes are kept
        _STORE, _STORE_PATH = QSettings(path, QSettings.Format.IniFormat), path
    return _STORE


def save() -> None:
    """Write the remembered sizes to disk now (at the application's exit)."""
    if _STORE is not None:
        _STORE.sync()


def restore(window: QWidget, area: QRect | None = None) -> bool:
    """The size this window had on this screen last time (a main window: its place and maximised state too, as
    Qt saves them), then ``fit``: never larger than the screen."""
    area = area if area is not None else available_geometry(window)
    store = settings()
    key = settings_key(window, area)
    restored = False
    if isinstance(window, QMainWindow) and window.parentWidget() is None:  # a meeting editor: its size only
        saved = store.value(f"{key}/geometry")
        restored = isinstance(saved, (QByteArray, bytes)) and window.restoreGeometry(QByteArray(saved))
    else:
        size = store.value(f"{key}/size")
        if isinstance(size, QSize) and size.isValid():
            window.resize(size)
            restored = True
    fit(window, area=area)
    return restored


def remember(window: QWidget) -> None:
    store = settings()
    key = settings_key(window)
    if isinstance(window, QMainWindow) and window.parentWidget() is None:
        store.setValue(f"{key}/geometry", window.saveGeometry())
    else:
        store.setValue(f"{key}/size", window.size())


def managed(widget: QObject) -> TypeGuard[QMainWindow | QDialog]:
    """The program's own main windows and dialogs (not Qt's message boxes, file dialogs or menus)."""
    return isinstance(widget, (QMainWindow, QDialog)) and widget.isWindow() \
        and type(widget).__module__.startswith("samverkan_desktop") and not widget.property("geometry_unmanaged")


def _fit_on_show(window: QWidget, event: QEvent) -> None:
    if event.spontaneous() or not managed(window):
        return
    if event.type() == QEvent.Type.Show:
        if not window.property("geometry_restored"):
            window.setProperty("geometry_restored", True)
            restore(window)
        else:
            fit(window)
    elif window.property("geometry_restored"):
        remember(window)


def install(app: QCoreApplication | None = None) -> None:
    """Once per application (each top-level window calls it; later calls do nothing). A hook on the windows' own
    Show and Hide events (``window_hooks``), not a filter on the application that every event would cross."""
    app = app or QCoreApplication.instance()
    if isinstance(app, QApplication) and not app.property("samverkan_window_geometry"):
        app.setProperty("samverkan_window_geometry", True)
        window_hooks.add("geometry", _fit_on_show, app)
        app.aboutToQuit.connect(save)

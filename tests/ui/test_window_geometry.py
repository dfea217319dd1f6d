"""Every top-level window and dialog fits a 1366×768 screen at 100 % and a 1280×720 screen at 150 % (853×480
logical), less a taskbar, with room for the frame (issue 18 point 2); sizes are remembered per screen and never
restored larger than the screen."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QMainWindow
from window_catalogue import NOT_IN_CATALOGUE, Data, built, catalogue, window_names

from samverkan_desktop.infra.config import Settings
from samverkan_desktop.ui import window_geometry
from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.window_geometry import FRAME_ALLOWANCE, FitScrollArea

#: Windows 11: a 48 px taskbar at 100 % is 40 logical px high; at 150 % it is 48/1.5 = 32.
SCREENS = {
    "1366x768 @100%": QRect(0, 0, 1366, 768 - 40),
    "1280x720 @150%": QRect(0, 0, 853, 480 - 32),
}
UI = Path(__file__).resolve().parents[2] / "samverkan_desktop" / "ui"


NAMES = window_names()


@pytest.fixture
def data(uow, register, tmp_path) -> Data:
    return Data(uow, register, tmp_path)


@pytest.fixture
def screen(monkeypatch, request):
    area = SCREENS[request.param]
    monkeypatch.setattr(window_geometry, "available_geometry", lambda widget=None: QRect(area))
    return area


def build(qtbot, data, name: str):
    window = catalogue(data)[name]()
    qtbot.addWidget(window)
    return window


def test_the_catalogue_holds_every_window_and_dialog_class() -> None:
    """Every QMainWindow, QDialog and QWizard subclass under samverkan_desktop/ui is in the catalogue."""
    defined = set()
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                    getattr(base, "id", "") in ("QDialog", "QMainWindow", "QWizard", "FormDialog")
                    for base in node.bases):
                defined.add(node.name)
    listed = {name.split(":")[0] for name in NAMES} | set(NOT_IN_CATALOGUE) | {"FormDialog"}
    assert defined - listed == set()


@pytest.mark.parametrize("screen", list(SCREENS), indirect=True)
@pytest.mark.parametrize("name", NAMES)
def test_every_window_fits_the_available_geometry(qtbot, data, screen, name) -> None:
    with built(catalogue(data)[name]) as window:
        fits(qtbot, window, screen, name)


def fits(qtbot, window, screen, name) -> None:
    window_geometry.install()
    window.show()
    qtbot.waitExposed(window)
    size, minimum = window.size(), window.minimumSizeHint()
    room = QSize(screen.width() - FRAME_ALLOWANCE.width(), screen.height() - FRAME_ALLOWANCE.height())
    assert size.width() <= room.width() and size.height() <= room.height(), (name, size, minimum)
    # Not smaller than it wants to be either, unless the screen is (a form then scrolls).
    wanted = window.sizeHint().boundedTo(room)
    assert size.width() >= wanted.width() and size.height() >= wanted.height(), (name, size, window.sizeHint())
    # Nothing squeezed below what its layout needs (overlapping or cut widgets).
    layout = window.layout()
    if layout is not None:
        needed = layout.totalMinimumSize()
        assert needed.width() <= room.width() and needed.height() <= room.height(), (name, needed)
    if screen.width() >= 1366:  # at 100 % on 1366×768 nothing needs to scroll: the scroll areas are a fallback
        for area in window.findChildren(FitScrollArea):
            assert not area.horizontalScrollBar().isVisible(), (name, "scrolls sideways")
            assert not area.verticalScrollBar().isVisible(), (name, "scrolls", area.widget().minimumSizeHint())
    if isinstance(window, QMainWindow):
        frame = window.frameGeometry()
        assert screen.contains(QRect(frame.topLeft(), size)), (name, frame)


def test_a_remembered_size_comes_back_on_the_same_screen_and_never_larger(qtbot, data, monkeypatch) -> None:
    monkeypatch.setattr(window_geometry, "available_geometry", lambda widget=None: QRect(0, 0, 1920, 1040))
    window_geometry.install()
    window = build(qtbot, data, "MandateDialog")
    window.show()
    window.resize(700, 600)
    window.hide()
    again = build(qtbot, data, "MandateDialog")
    again.show()
    assert again.size() == QSize(700, 600)
    again.hide()
    monkeypatch.setattr(window_geometry, "available_geometry", lambda widget=None: QRect(0, 0, 853, 448))
    small = build(qtbot, data, "MandateDialog")
    small.show()  # another screen: its own size, within the screen
    assert small.width() <= 853 - FRAME_ALLOWANCE.width() and small.height() <= 448 - FRAME_ALLOWANCE.height()


def test_the_main_window_remembers_its_place_and_size_within_the_screen(qtbot, data, monkeypatch) -> None:
    monkeypatch.setattr(window_geometry, "available_geometry", lambda widget=None: QRect(0, 0, 1366, 728))
    window_geometry.install()
    window = build(qtbot, data, "MainWindow")
    window.show()
    assert window.width() <= 1366 and window.height() <= 728 - FRAME_ALLOWANCE.height()
    window.resize(700, 500)  # within the offscreen platform's own 800×600 screen, which restoreGeometry checks
    window.move(40, 60)
    window.hide()
    again = MainWindow(data.uow, Settings())
    qtbot.addWidget(again)
    again.show()
    assert again.size() == QSize(700, 500) and again.pos() == QPoint(40, 60)
    again.hide()
    monkeypatch.setattr(window_geometry, "available_geometry", lambda widget=None: QRect(0, 0, 853, 448))
    third = MainWindow(data.uow, Settings())
    qtbot.addWidget(third)
    third.show()
    assert third.width() <= 853 and third.height() <= 448 - FRAME_ALLOWANCE.height()


def test_the_scroll_area_is_no_tab_stop_but_its_inputs_are(qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    field = QLineEdit()
    area = FitScrollArea(field)
    qtbot.addWidget(area)
    area.show()
    assert area.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert field.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_hiding_a_window_writes_no_file_until_the_application_quits(qtbot, monkeypatch) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDialog

    store = window_geometry.settings()  # (this test's data folder: the previous one's store written out)
    synced: list[str] = []
    original = QSettings.sync
    monkeypatch.setattr(QSettings, "sync", lambda self: synced.append(self.fileName()) or original(self))
    assert window_geometry.settings() is store  # one object, not a new one per hide
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(400, 300)
    window_geometry.remember(dialog)
    assert synced == []
    assert store.value(window_geometry.settings_key(dialog) + "/size") == QSize(400, 300)
    window_geometry.save()  # (install() connects it to the application's aboutToQuit)
    assert synced == [store.fileName()]

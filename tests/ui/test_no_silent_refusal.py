"""Issue 18 point 1: nothing is silently ignored. Every enabled button and action of the pages (the group page's
tabs, the register pages, the follow-up page, the meeting editor), pressed with nothing selected, either acts (opens
a dialog, a file chooser, a menu or a window, moves to another tab) or says why it does not (a message box, or the
status bar). A button that cannot act is greyed with a reason instead: the walk covers every button, so a new one
is checked without a test of its own."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)
from window_catalogue import Data

from samverkan_desktop.ui.background import ProgressRunner


class Watch:
    """What the user saw after one press: messages, dialogs, file choosers, menus, status-bar texts."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def saw(self, what: str) -> None:
        self.seen.append(what)


@contextmanager
def watched(monkeypatch: pytest.MonkeyPatch) -> Iterator[Watch]:
    watch = Watch()

    def box(kind: str, answer):
        def show(parent, title, text, *args, **kwargs):
            watch.saw(f"{kind}: {text}")
            return answer
        return staticmethod(show)

    no = QMessageBox.StandardButton.No
    for kind in ("information", "warning", "critical", "about"):
        monkeypatch.setattr(QMessageBox, kind, box(kind, QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", box("question", no))

    def dialog_exec(self) -> int:
        watch.saw(f"dialog {type(self).__name__}")
        return 0

    monkeypatch.setattr(QDialog, "exec", dialog_exec)
    monkeypatch.setattr(QMessageBox, "exec", dialog_exec)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (watch.saw("save file"), ("", ""))[1]))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (watch.saw("open file"), ("", ""))[1]))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: (watch.saw("folder"), "")[1]))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (watch.saw("input"), ("", False))[1]))
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (watch.saw("input"), (0, False))[1]))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: (watch.saw("input"), ("", False))[1]))
    def background(self, parent, title, *args, **kwargs) -> None:  # the work is not run: it would write files
        QObject.__init__(self, parent)
        watch.saw(f"background work: {title}")

    monkeypatch.setattr(ProgressRunner, "__init__", background)
    monkeypatch.setattr(QMenu, "exec", lambda self, *a: watch.saw("menu"))
    monkeypatch.setattr(QMenu, "popup", lambda self, *a: watch.saw("menu"))
    yield watch


def reveal(widget: QWidget) -> None:
    """Bring the tab (page of a stacked widget) that holds ``widget`` to the front, outermost first."""
    chain = []
    parent = widget
    while parent is not None:
        chain.append(parent)
        parent = parent.parentWidget()
    for child in reversed(chain):
        stack = child.parentWidget()
        if isinstance(stack, QStackedWidget) and stack.currentWidget() is not child:
            stack.setCurrentWidget(child)


def clear_selections(root: QWidget) -> None:
    for view in root.findChildren(QAbstractItemView):
        if view.selectionModel() is not None:
            view.selectionModel().clear()
            view.selectionModel().setCurrentIndex(view.model().index(-1, -1),
                                                  view.selectionModel().SelectionFlag.NoUpdate)


def state(root: QWidget) -> tuple:
    """What moving to another tab or window, or adding or removing rows, changes."""
    stacks = tuple(stack.currentIndex() for stack in root.findChildren(QStackedWidget))
    windows = tuple(sorted(id(w) for w in QApplication.topLevelWidgets() if w.isVisible()))
    rows = tuple(view.model().rowCount() for view in root.findChildren(QAbstractItemView) if view.model() is not None)
    return stacks, windows, rows, id(QApplication.focusWidget())


def within(control: QObject, parents: list[QCalendarWidget]) -> bool:
    parent = control.parent()
    while parent is not None:
        if parent in parents:
            return True
        parent = parent.parent()
    return False


def silent_presses(qtbot, monkeypatch, root: QWidget, status_of: QMainWindow,
                   skip: Callable[[QAbstractButton | QAction], bool] = lambda _control: False) -> list[str]:
    """Press every enabled button and action of ``root`` with nothing selected; the names of those after which
    the user saw nothing at all."""
    silent: list[str] = []
    status: list[str] = []
    status_of.statusBar().messageChanged.connect(lambda text: status.append(text) if text else None)
    buttons = [b for b in root.findChildren(QAbstractButton)
               if b.text() and not b.isCheckable() and b.menu() is None and not skip(b)]
    actions = [a for a in root.findChildren(QAction)
               if a.text() and not a.isSeparator() and not a.isCheckable() and a.menu() is None and not skip(a)]
    calendars = root.findChildren(QCalendarWidget)  # its month menu and arrows are Qt's own, and always act
    buttons = [b for b in buttons if not within(b, calendars)]
    actions = [a for a in actions if not within(a, calendars)]
    with watched(monkeypatch) as watch:
        for control in [*buttons, *actions]:
            if not shiboken6.isValid(control):
                continue
            if isinstance(control, QAbstractButton):
                reveal(control)
                if not control.isVisible() or not control.isEnabled():
                    continue
            elif not control.isEnabled() or not control.isVisible():
                continue

            clear_selections(root)
            status_of.statusBar().clearMessage()  # the same text again would not be announced
            QApplication.processEvents()
            before, seen, said = state(root), len(watch.seen), len(status)
            control.click() if isinstance(control, QAbstractButton) else control.trigger()
            QApplication.processEvents()
            if len(watch.seen) == seen and len(status) == said and state(root) == before:
                silent.append(control.text().replace("&", ""))
            for window in QApplication.topLevelWidgets():  # a window the press opened: close it again
                if window.isVisible() and window is not status_of and window is not root.window():
                    window.close()
    return silent


@pytest.fixture
def data(uow, register, tmp_path) -> Data:
    return Data(uow, register, tmp_path)


def test_group_page_tabs_say_why_or_act(qtbot, monkeypatch, main_window, data):
    main_window.show()
    main_window.reload_groups()
    main_window.select_group(data.group)
    page = main_window.group_page
    for index in range(page.tabs.count()):  # every tab loaded as the user would see it
        page.tabs.setCurrentIndex(index)
        QApplication.processEvents()
    assert (silent := silent_presses(qtbot, monkeypatch, page, main_window)) == [], '; '.join(silent)


def test_register_pages_say_why_or_act(qtbot, monkeypatch, main_window, data):
    main_window.show()
    for show, page in ((main_window.show_organisations, main_window.organisation_page),
                       (main_window.show_people, main_window.people_page)):
        show()
        assert (silent := silent_presses(qtbot, monkeypatch, page, main_window)) == [], '; '.join(silent)


def test_follow_up_page_says_why_or_acts(qtbot, monkeypatch, main_window, data):
    main_window.show()
    main_window.show_follow_up()
    page = main_window.follow_up_page
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        QApplication.processEvents()
    assert (silent := silent_presses(qtbot, monkeypatch, page, main_window)) == [], '; '.join(silent)


@pytest.mark.parametrize("which", ["draft", "approved"])
def test_meeting_editor_says_why_or_acts(qtbot, monkeypatch, data, which):
    from samverkan_desktop.ui.pages.meeting_editor import MeetingEditor

    editor = MeetingEditor(data.uow, data.draft if which == "draft" else data.approved)
    qtbot.addWidget(editor)
    editor.show()
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        QApplication.processEvents()

    silent = silent_presses(qtbot, monkeypatch, editor, editor, skip=lambda control: control is editor.close_action)
    assert silent == [], "; ".join(silent)

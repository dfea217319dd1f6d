"""A disabled control says why: the tooltip and the status tip follow the state, the status bar shows the reason
on hover, and an enabled control shows its hint. (Every greyed control of the windows:
tests/ui/test_disabled_reasons.py.)"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QPushButton

from samverkan_desktop.ui.widgets.disabled_reason import explain, explain_action, explain_menu, read_only_reason


def window_with_button(qtbot) -> tuple[QMainWindow, QPushButton]:
    window = QMainWindow()
    qtbot.addWidget(window)
    button = QPushButton("Exportera", window)
    window.setCentralWidget(button)
    window.show()
    return window, button


def test_the_tooltip_and_status_tip_follow_the_state(qtbot):
    _, button = window_with_button(qtbot)
    explain(button, False, "Mötet är inte genomfört.", hint="Spara anteckningarna som Word")
    assert not button.isEnabled()
    assert button.toolTip() == button.statusTip() == "Mötet är inte genomfört."
    explain(button, True, "Mötet är inte genomfört.", hint="Spara anteckningarna som Word")
    assert button.isEnabled()
    assert button.toolTip() == "Spara anteckningarna som Word"
    assert button.property("disabled_reason") == ""


def test_the_reason_of_a_disabled_button_goes_to_the_status_bar_on_hover_and_not_when_enabled(qtbot):
    window, button = window_with_button(qtbot)
    explain(button, True)
    QApplication.sendEvent(button, QEvent(QEvent.Type.Enter))
    assert window.statusBar().currentMessage() == ""
    explain(button, False, "Databasen är skrivskyddad.")
    explain(button, False, "Databasen är skrivskyddad.")  # the filter is installed once
    QApplication.sendEvent(button, QEvent(QEvent.Type.Enter))
    assert window.statusBar().currentMessage() == "Databasen är skrivskyddad."


def test_an_action_without_a_hint_shows_its_own_words_when_enabled(qtbot):
    action = QAction("&Exportera…")
    explain_action(action, True)
    assert action.isEnabled() and action.toolTip() == "Exportera" and action.statusTip() == ""
    explain_action(action, False, "Inget möte är valt.")
    assert not action.isEnabled()
    assert action.toolTip() == action.statusTip() == action.property("disabled_reason") == "Inget möte är valt."


def test_a_menu_shows_its_tooltips(qtbot):
    window, _ = window_with_button(qtbot)
    menu = QMenu(window)
    assert explain_menu(menu) is menu
    assert menu.toolTipsVisible() and menu.property("disabled_reason_filter")


def test_the_read_only_reason_is_in_swedish():
    assert read_only_reason() == "Databasen är öppnad med skrivskydd: här kan inget ändras."


def test_the_reason_leaves_the_status_bar_with_the_pointer(qtbot):
    window, button = window_with_button(qtbot)
    explain(button, False, "Välj först en punkt på dagordningen.")
    QApplication.sendEvent(button, QEvent(QEvent.Type.Enter))
    assert window.statusBar().currentMessage() == "Välj först en punkt på dagordningen."
    QApplication.sendEvent(button, QEvent(QEvent.Type.Leave))
    assert window.statusBar().currentMessage() == ""


def test_the_reason_leaves_the_status_bar_when_the_button_is_enabled(qtbot):
    window, button = window_with_button(qtbot)
    explain(button, False, "Välj först en punkt på dagordningen.")
    QApplication.sendEvent(button, QEvent(QEvent.Type.Enter))
    explain(button, True, "Välj först en punkt på dagordningen.", hint="Bifoga en fil")
    assert window.statusBar().currentMessage() == ""


def test_another_message_in_the_status_bar_is_left_alone(qtbot):
    window, button = window_with_button(qtbot)
    explain(button, False, "Välj först en punkt på dagordningen.")
    QApplication.sendEvent(button, QEvent(QEvent.Type.Enter))
    window.statusBar().showMessage("Sparat.")
    explain(button, True)
    assert window.statusBar().currentMessage() == "Sparat."

"""Screen readers and the keyboard (issue 18 point 10): in the main window and the dialogs, every input without
a label buddy has an accessible name, and Tab walks every focusable widget and comes back (no trap)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from window_catalogue import Data, built, catalogue, window_names

from samverkan_desktop.infra.config import Settings
from samverkan_desktop.services import mandates
from samverkan_desktop.services.dto import MandateData
from samverkan_desktop.ui import accessibility
from samverkan_desktop.ui.accessibility import buddies, is_input


def unnamed_inputs(window: QWidget) -> list[str]:
    named = buddies(window)
    return [f"{type(w).__name__} in {type(w.parentWidget()).__name__}" for w in window.findChildren(QWidget)
            if is_input(w) and not w.accessibleName() and id(w) not in named]


def focus_chain(window: QWidget) -> list[QWidget]:
    start = window.nextInFocusChain()
    chain, widget = [start], start.nextInFocusChain()
    while widget is not start:
        assert len(chain) < 5000, "the focus chain does not come back"
        chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


#: The widgets whose focus ``accessibility.FOCUS_STYLE`` draws (buttons: push, tool, check and radio buttons).
FOCUS_SHOWN = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QAbstractItemView, QComboBox,
               QTabBar)


def check_keyboard(window: QWidget) -> None:
    reachable = [w for w in focus_chain(window)
                 if w.isVisibleTo(window) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    visible = [w for w in window.findChildren(QWidget)
               if w.isVisibleTo(window) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert {id(w) for w in visible} <= {id(w) for w in focus_chain(window)}
    assert reachable
    unseen = [f"{type(w).__name__} in {type(w.parentWidget()).__name__}" for w in reachable
              if not isinstance(w.focusProxy() or w, FOCUS_SHOWN)]  # a tab widget: its tab bar takes the focus
    assert unseen == [], "a Tab stop without a visible focus"
    for widget in reachable:  # nothing keeps Tab for itself
        if isinstance(widget, (QTextEdit, QPlainTextEdit)):
            assert widget.tabChangesFocus(), type(widget.parentWidget()).__name__
        if isinstance(widget, QAbstractItemView):
            assert not widget.tabKeyNavigation(), type(widget.parentWidget()).__name__


def dialogs(uow, register):
    from samverkan_desktop.ui.dialogs.agenda_item_dialog import AgendaItemDialog
    from samverkan_desktop.ui.dialogs.group_dialog import GroupDialog
    from samverkan_desktop.ui.dialogs.mandate_dialog import MandateDialog
    from samverkan_desktop.ui.dialogs.meeting_dialog import MeetingDialog
    from samverkan_desktop.ui.dialogs.membership_dialog import MembershipDialog
    from samverkan_desktop.ui.dialogs.organisation_dialog import OrganisationDialog
    from samverkan_desktop.ui.dialogs.person_dialog import PersonDialog
    from samverkan_desktop.ui.dialogs.series_dialog import SeriesDialog
    from samverkan_desktop.ui.dialogs.settings_dialog import SettingsDialog
    from samverkan_desktop.ui.dialogs.template_dialog import TemplateDialog

    group = register["lgs"].id
    mandates.save_mandate(uow, group, MandateData(meetings_min=4, meetings_max=6), new_version=False)
    return [GroupDialog(uow), OrganisationDialog(uow), PersonDialog(uow), MeetingDialog(uow, group),
            SeriesDialog(uow, group), MandateDialog(uow, group), MembershipDialog(uow, group),
            TemplateDialog(uow, group), AgendaItemDialog(), SettingsDialog(Settings())]


def test_the_main_window_names_every_input_and_tab_walks_it(qtbot, main_window, register) -> None:
    main_window.reload_groups()
    main_window.select_group(register["lgs"].id)
    main_window.show()
    qtbot.waitExposed(main_window)
    assert unnamed_inputs(main_window) == []
    check_keyboard(main_window)


@pytest.mark.parametrize("index", range(10))
def test_every_dialog_names_every_input_and_tab_walks_it(qtbot, main_window, uow, register, index) -> None:
    dialog = dialogs(uow, register)[index]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed_inputs(dialog) == [], type(dialog).__name__
    check_keyboard(dialog)


# -- every window and dialog of the catalogue (tests/ui/window_catalogue.py) ------------------------------------------

def form_fields(form: QFormLayout) -> list[QWidget]:
    """The focusable inputs of a form, row by row (a field that is a box: its focusable children in order)."""
    fields: list[QWidget] = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole) or form.itemAt(row, QFormLayout.ItemRole.SpanningRole)
        widget = item.widget() if item is not None else None
        if widget is None:
            continue
        candidates = [widget, *widget.findChildren(QWidget)]
        fields += [w for w in candidates if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(widget.window())
                   and w.isEnabled() and not isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox))]
    return fields


def check_tab_order_follows_forms(window: QWidget) -> None:
    """In every form, Tab goes from row to row, top to bottom."""
    chain = {id(w): position for position, w in enumerate(focus_chain(window))}
    for form in window.findChildren(QFormLayout):
        positions = [chain[id(w)] for w in form_fields(form) if id(w) in chain]
        assert positions == sorted(positions), type(window).__name__


@pytest.fixture
def catalogue_data(uow, register, tmp_path):
    return Data(uow, register, tmp_path)


@pytest.mark.parametrize("name", window_names())
def test_every_window_names_its_inputs_shows_focus_and_tab_walks_it(qtbot, catalogue_data, name) -> None:
    accessibility.install()
    with built(catalogue(catalogue_data)[name]) as window:
        window.show()
        qtbot.waitExposed(window)
        assert unnamed_inputs(window) == [], name
        if any(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in window.findChildren(QWidget)):
            check_keyboard(window)  # (the first window, painted before anything loads, has nothing to reach)
        check_tab_order_follows_forms(window)


def test_the_focus_is_visible_on_buttons_fields_and_views(qtbot, qapp, main_window) -> None:
    sheet = qapp.styleSheet()
    for selector in ("QPushButton:focus", "QLineEdit:focus", "QComboBox:focus", "QAbstractItemView:focus",
                     "QCheckBox:focus", "QPlainTextEdit:focus"):
        assert selector in sheet
    main_window.show()
    qtbot.waitExposed(main_window)
    field = main_window.filter_edit
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    unfocused = main_window.tree.grab().toImage()
    main_window.tree.setFocus()
    qtbot.waitUntil(main_window.tree.hasFocus)
    focused = main_window.tree.grab().toImage()
    assert focused.pixelColor(0, focused.height() // 2).name() == accessibility.FOCUS_COLOUR
    assert unfocused.pixelColor(0, unfocused.height() // 2).name() != accessibility.FOCUS_COLOUR

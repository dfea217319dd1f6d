"""The first start: an empty database opens on a page offering import, demo (with progress, off the GUI
thread) and the first group, and links to the user guide."""

from __future__ import annotations

from pathlib import Path

from samverkan_desktop.sampledata import demo
from samverkan_desktop.ui.pages import first_start_page
from samverkan_desktop.ui.pages.first_start_page import FirstStartPage, user_guide_url


def test_an_empty_database_opens_on_the_first_start_page(qtbot, main_window) -> None:
    assert main_window.pages.currentWidget() is main_window.first_start_page
    page = main_window.first_start_page
    for button in (page.import_button, page.demo_button, page.group_button, page.guide_button):
        assert button.isEnabled() and button.toolTip()


def test_loading_the_demo_runs_in_the_background_and_leaves_the_page(qtbot, main_window, uow) -> None:
    page = main_window.first_start_page
    page.demo_button.click()
    assert not page.isEnabled()  # while the demo loads (in its own thread): nothing to click twice
    dialog, shown = main_window.demo_runner.dialog, []
    # The runner's own slot (connected first) has set the dialog when this one runs: the bar as the user sees it.
    main_window.demo_runner.op.progressed.connect(
        lambda *_step: shown.append((dialog.value(), dialog.maximum(), dialog.labelText())))
    qtbot.waitUntil(lambda: demo.has_register_data(uow) and page.isEnabled(), timeout=60_000)
    # Issue 18 point 6: a bar that moves and says what is being done, not a busy indicator for six seconds.
    assert len(shown) > 20 and shown[-1][0] == shown[-1][1] > 0
    assert [value for value, _, _ in shown] == sorted(value for value, _, _ in shown)
    assert any(label == "Håller mötena och skriver minnesanteckningar…" for _, _, label in shown)
    assert main_window.pages.currentWidget() is main_window.empty_page
    assert main_window.tree_model.rowCount() > 0


def test_the_buttons_lead_to_import_and_the_group_dialog(qtbot) -> None:
    page = FirstStartPage()
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.import_requested, timeout=1000):
        page.import_button.click()
    with qtbot.waitSignal(page.group_requested, timeout=1000):
        page.group_button.click()


def test_the_user_guide_exists_and_is_opened(qtbot, monkeypatch) -> None:
    path = Path(user_guide_url().toLocalFile())
    assert path.is_file() and "Planera året" in path.read_text(encoding="utf-8")
    opened = []
    monkeypatch.setattr(first_start_page.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page = FirstStartPage()
    qtbot.addWidget(page)
    page.guide_button.click()
    assert opened == [user_guide_url()]


def test_a_register_in_use_shows_no_first_start(qtbot, main_window, register) -> None:
    main_window.reload_groups()
    assert main_window.pages.currentWidget() is not main_window.first_start_page

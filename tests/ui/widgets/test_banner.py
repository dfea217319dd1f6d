"""The message strip across the main window: its text, its colours by kind, and closing it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from samverkan_desktop.ui.widgets.banner import Banner, BannerKind


def test_a_closable_banner_hides_and_says_so_when_closed(qtbot):
    banner = Banner("Databasen är skrivskyddad.", BannerKind.ERROR)
    qtbot.addWidget(banner)
    banner.show()
    assert banner.text() == "Databasen är skrivskyddad."
    assert "#fde7e7" in banner.styleSheet() and "#8a1c1c" in banner.styleSheet()
    assert banner.close_button is not None and banner.close_button.toolTip()
    with qtbot.waitSignal(banner.closed):
        qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()


def test_a_banner_that_must_stay_has_no_close_button_and_its_text_can_be_copied(qtbot):
    banner = Banner("Återställd från en säkerhetskopia.", BannerKind.INFO, closable=False)
    qtbot.addWidget(banner)
    assert banner.close_button is None
    assert banner.kind is BannerKind.INFO and "#e8f1fb" in banner.styleSheet()
    assert banner.label.wordWrap()
    assert banner.label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse

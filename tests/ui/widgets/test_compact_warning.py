"""The Möten tab's warnings take one line: the first, a count of the rest, all in the tooltip and details."""

from __future__ import annotations

from samverkan_desktop.ui.widgets.compact_warning import CompactWarning


def test_several_warnings_take_one_line_with_details_on_demand(qtbot) -> None:
    strip = CompactWarning()
    qtbot.addWidget(strip)
    strip.resize(900, 40)
    strip.show()
    strip.setText("")
    assert strip.isHidden()  # nothing to say: nothing shown
    assert strip.isHidden()
    lines = ["2026 har 8 möten, men uppdragshandlingen säger högst 6.",
             "Anteckningarna från 2026-03-10 har väntat 22 dagar på godkännande (uppdraget medger 14)."]
    strip.setText("\n".join(lines))
    assert not strip.isHidden() and strip.text() == "\n".join(lines)
    assert lines[0] in strip.summary.text() and "1" in strip.summary.text()
    assert lines[1] in strip.toolTip() and strip.details.isHidden()
    one_line = strip.sizeHint().height()
    assert one_line < 50  # not the ~280 px the wrapped label took
    strip.details_button.click()
    assert not strip.details.isHidden() and lines[1] in strip.details.text()
    strip.setText(lines[0])
    assert strip.details_button.isHidden()


def test_a_long_warning_does_not_set_the_minimum_width(qtbot) -> None:
    strip = CompactWarning()
    qtbot.addWidget(strip)
    strip.setText("Anteckningarna från 2026-03-10 har väntat 22 dagar på godkännande, uppdraget medger 14 dagar.")
    strip.show()
    whole = strip.summary.fontMetrics().horizontalAdvance(strip.summary.text())
    qtbot.waitUntil(lambda: strip.sizeHint().width() > whole)  # it asks for the whole line (once laid out)
    assert strip.minimumSizeHint().width() < 200  # but needs only "⚠ …" (it was the whole line: 706 px at 150 %)
    strip.resize(150, strip.sizeHint().height())
    assert strip.summary.elided() and "22 dagar" in strip.toolTip()

"""The button row that wraps: on a narrow window its buttons go onto a second line instead of widening it."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from samverkan_desktop.ui.widgets.flow_layout import FlowLayout


def test_buttons_wrap_onto_a_second_line_when_narrow_and_stay_on_one_when_wide(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    layout = FlowLayout(box)
    buttons = [QPushButton(f"Registrera godkännande {n}…", box) for n in range(4)]
    for button in buttons:
        layout.addWidget(button)
    widest = max(b.sizeHint().width() for b in buttons)
    assert layout.minimumSize().width() == widest  # one button wide at the least: the row never forces more
    box.resize(widest * 5, 200)
    box.show()
    qtbot.waitExposed(box)
    assert len({b.y() for b in buttons}) == 1
    one_line = layout.heightForWidth(widest * 5)
    box.resize(widest * 2 + 20, 200)
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) == 2)
    assert layout.heightForWidth(widest * 2 + 20) > one_line
    assert all(b.geometry().right() <= box.width() for b in buttons)
    buttons[0].hide()
    assert layout.count() == 4 and layout.itemAt(9) is None and layout.takeAt(9) is None


def test_neighbours_keep_a_gap(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    layout = FlowLayout(box)
    first, second = QPushButton("Redigera grupp…", box), QPushButton("Redigera uppdragshandling…", box)
    layout.addWidget(first)
    layout.addWidget(second)
    box.resize(1000, 100)
    box.show()
    qtbot.waitExposed(box)
    assert second.x() - first.geometry().right() > 2

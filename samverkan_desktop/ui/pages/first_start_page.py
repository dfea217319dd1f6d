"""The first start: an empty database opens on this page instead of an empty main window. It offers the three
ways in (import the register from Excel, load the demo, create the first group) and the user guide."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ...infra.config import resources_dir


def user_guide_url() -> QUrl:
    """The Swedish user guide, resources/guide/ANVÄNDARGUIDE.md (carried by the wheel and the frozen build)."""
    return QUrl.fromLocalFile(str(resources_dir() / "guide" / "ANVÄNDARGUIDE.md"))


class FirstStartPage(QWidget):
    import_requested = Signal()
    demo_requested = Signal()
    group_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to Samverkan"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr("The database is empty. Choose how to begin; you can do the others later from "
                               "the menus."), self)
        intro.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import the register from Excel…"), self)
        self.import_button.clicked.connect(self.import_requested)
        self.demo_button = QPushButton(self.tr("Load the &demo data"), self)
        self.demo_button.clicked.connect(self.demo_requested)
        self.group_button = QPushButton(self.tr("Create the first &group…"), self)
        self.group_button.clicked.connect(self.group_requested)
        self.guide_button = QPushButton(self.tr("Read the &user guide"), self)
        self.guide_button.setFlat(True)
        self.guide_button.clicked.connect(self.open_guide)
        notes = (self.tr("Organisations, people, groups and memberships from a workbook; a template shows "
                         "the columns."),
                 self.tr("The groups of Göteborgsområdet, VGR and the South-east healthcare region with their "
                         "mandates, invented members and meetings in every state: to try things out."),
                 self.tr("Start from scratch: name the group, then add its members and mandate."),
                 self.tr("The daily flow, from the agenda to published minutes."))
        box = self.box = QFrame(self)
        box.installEventFilter(self)
        # Wrapped notes need a width to wrap at (centred, the box would shrink): up to 600, and narrower on a small
        # screen (150 % scaling) rather than widening the window.
        box.setMinimumWidth(380)
        box.setMaximumWidth(600)
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(box)
        layout.addWidget(title)
        layout.addWidget(intro)
        self.notes: dict[QPushButton, QLabel] = {}
        for button, note in zip((self.import_button, self.demo_button, self.group_button, self.guide_button),
                                notes, strict=True):
            layout.addSpacing(8)
            layout.addWidget(button)
            label = QLabel(note, box)
            label.setWordWrap(True)
            label.setIndent(12)
            layout.addWidget(label)
            self.notes[button] = label
            button.setToolTip(note)
        row = QHBoxLayout()  # centred by stretches, not an alignment flag: the wrapped notes keep their height
        row.addStretch(1)
        row.addWidget(box, 4)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch()
        outer.addLayout(row)
        outer.addStretch(2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The notes wrap at the box's width: the box is as high as they then need (a box layout would give them
        # the height of their unwrapped width, and cut their last line, on a narrow window).
        if watched is self.box and event.type() == QEvent.Type.Resize and (layout := self.box.layout()) is not None:
            self.box.setMinimumHeight(layout.totalHeightForWidth(self.box.width()))
        return False

    def offer_demo(self, offered: bool) -> None:
        """The demo's button and its note, shown only where the program can load the demo."""
        self.demo_button.setVisible(offered)
        self.notes[self.demo_button].setVisible(offered)

    def open_guide(self) -> bool:
        return QDesktopServices.openUrl(user_guide_url())

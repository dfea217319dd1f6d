"""A message strip across the top of the main window: read-only mode, a risky database location, a restore.

Banners say what is wrong for as long as it is true, where a message box would be clicked away and forgotten."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget


class BannerKind(Enum):
    INFO = ("#e8f1fb", "#1f4e79")
    WARNING = ("#fff4d6", "#6b4e00")
    ERROR = ("#fde7e7", "#8a1c1c")


class Banner(QFrame):
    closed = Signal()

    def __init__(self, text: str, kind: BannerKind = BannerKind.WARNING, *, closable: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        background, foreground = kind.value
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"QFrame#banner {{ background: {background}; border: 1px solid {foreground}; }}"
                           f"QFrame#banner QLabel {{ color: {foreground}; }}")
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        self.close_button: QToolButton | None = None
        if closable:
            self.close_button = QToolButton(self)
            self.close_button.setText("✕")
            self.close_button.setAutoRaise(True)
            self.close_button.setToolTip(self.tr("Hide this message"))
            self.close_button.clicked.connect(self._close)
            layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

    def text(self) -> str:
        return self.label.text()

    def _close(self) -> None:
        self.hide()
        self.closed.emit()
        self.deleteLater()

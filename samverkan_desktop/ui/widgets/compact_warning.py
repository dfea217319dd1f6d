"""A one-line warning strip: the first warning, a count of the others, all of them in the tooltip and behind
"Show details". Keeps a list or table below it where it is, however many warnings there are."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from .banner import BannerKind


class _ElidedLabel(QLabel):
    """One line that asks for its whole width but gives it up: narrower, it ends in "…" (the whole text stays in
    the strip's tooltip and details), so a long warning does not set the window's minimum width."""

    def minimumSizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance("⚠ …") + 2 * self.margin()
        return QSize(width, super().minimumSizeHint().height())

    def elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def paintEvent(self, event) -> None:
        if not self.elided():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        self.style().drawItemText(painter, rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                  self.palette(), self.isEnabled(), text, self.foregroundRole())


class CompactWarning(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        background, foreground = BannerKind.WARNING.value
        self.setObjectName("compactWarning")
        self.setStyleSheet(f"QFrame#compactWarning {{ background: {background}; border: 1px solid {foreground}; }}"
                           f"QFrame#compactWarning QLabel {{ color: {foreground}; }}")
        self._text = ""
        self.summary = _ElidedLabel(self)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()
        self.details_button = QToolButton(self)
        self.details_button.setAutoRaise(True)
        self.details_button.setCheckable(True)
        self.details_button.setText(self.tr("Show details"))
        self.details_button.toggled.connect(self._toggle)
        line = QHBoxLayout()
        line.addWidget(self.summary, 1)
        line.addWidget(self.details_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 2, 4, 2)
        layout.setSpacing(2)
        layout.addLayout(line)
        layout.addWidget(self.details)
        self.hide()

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        self._text = text
        lines = [line for line in text.splitlines() if line.strip()]
        self.setVisible(bool(lines))
        if not lines:
            return
        more = len(lines) - 1
        first = lines[0] if len(lines[0]) <= 110 else lines[0][:108] + "…"
        self.summary.setText("⚠ " + first + (self.tr(" (+%1 more)").replace("%1", str(more)) if more else ""))
        self.setToolTip(text)
        self.summary.setAccessibleName(text)
        self.details.setText(text)
        self.details_button.setVisible(more > 0 or first != lines[0])
        if not self.details_button.isVisible():
            self.details_button.setChecked(False)

    def _toggle(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))

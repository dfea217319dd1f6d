"""Cells whose text wraps to as many lines as it needs, breaking inside a word only when one word is wider than
the column ("Kvartalsrapport" in a twelfth of a 1366 px screen). Qt's own wrapping breaks at spaces only and cuts
a long word with "…"; with rows fitted to these heights nothing is cut."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex
V_MARGIN = 2


def _text_option(alignment) -> QTextOption:
    option = QTextOption(alignment)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


def text_height(text: str, font: QFont, width: float, alignment=Qt.AlignmentFlag.AlignLeft) -> float:
    """The height ``text`` takes, wrapped as this delegate wraps it, in a column ``width`` wide."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    layout.setTextOption(_text_option(alignment))
    height = 0.0
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(max(width, 1.0))
        height += line.height()
    layout.endLayout()
    return height


def _margin(option: QStyleOptionViewItem) -> int:
    """The room QCommonStyle leaves on each side of a cell's text: the focus frame's margin, plus one."""
    style = option.widget.style() if option.widget is not None else QApplication.style()
    return style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, option.widget) + 1


class WrappingDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)  # all but the text
        if not text:
            return
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Normal if opt.state & QStyle.StateFlag.State_Enabled
                 else QPalette.ColorGroup.Disabled)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(group, role))
        margin = _margin(opt)
        painter.drawText(QRectF(rect).adjusted(margin, 0, -margin, 0), text.replace("\n", "\u2028"),
                         _text_option(opt.displayAlignment))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if not opt.text or opt.rect.width() <= 0:  # no column width known: Qt's own answer
            return hint
        # As wide as paint() draws it: the cell less the room Qt leaves on each side of a cell's text.
        height = text_height(opt.text, opt.font, opt.rect.width() - 2 * _margin(opt), opt.displayAlignment)
        return QSize(hint.width(), max(hint.height(), int(height + 0.999) + 2 * V_MARGIN))

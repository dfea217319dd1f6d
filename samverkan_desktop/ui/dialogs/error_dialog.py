"""An error nobody expected: what happened in plain words, where the log is, and a report to copy for support."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)


class ErrorDialog(QDialog):
    """Shown for an exception that reached the top (the GUI thread's or a worker's). The program goes on."""

    def __init__(self, what: str, report: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.log_file = log_file
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setMinimumWidth(520)

        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(self.tr("Something went wrong"), self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        explanation = QLabel(self.tr(
            "The program ran into an error it did not expect and could not finish what you asked it to do. "
            "It is still running, and what was saved before is kept. If it happens again, copy the report and "
            "send it to your IT support."), self)
        explanation.setWordWrap(True)
        self.what_label = QLabel(self.tr("What happened: %1").replace("%1", what), self)
        self.what_label.setWordWrap(True)
        self.what_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where = str(log_file) if log_file is not None else self.tr("no log file could be written")
        self.log_label = QLabel(self.tr("The log is here: %1").replace("%1", where), self)
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.status = QLabel(self)  # says that the report was copied
        self.status.setWordWrap(True)
        text = QVBoxLayout()
        for label in (heading, explanation, self.what_label, self.log_label, self.status):
            text.addWidget(label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)

        self.details = QPlainTextEdit(report, self)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setVisible(False)
        self.details.setMinimumHeight(180)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy report"), self)
        self.open_button = QPushButton(self.tr("Open log folder"), self)
        self.details_button = QPushButton(self.tr("Details"), self)
        self.details_button.setCheckable(True)
        for button in (self.copy_button, self.open_button, self.details_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setEnabled(log_file is not None)
        self.copy_button.clicked.connect(self.copy_report)
        self.open_button.clicked.connect(self.open_log_folder)
        self.details_button.toggled.connect(self.details.setVisible)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.status.setText(self.tr("The report is copied: paste it into an e-mail to your IT support."))

    def open_log_folder(self) -> None:
        if self.log_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))

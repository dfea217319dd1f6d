"""Arkiv → Importera register…: choose an Excel or CSV file, map its columns (guessed from the headers), see
what every row would do and every row's problem, then import everything in one transaction, or nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...domain.register_table import COLUMNS, SHEET_NAMES, ImportTable, TableKind, guess_mapping
from ...importing.register_source import SheetPlan, guess_plans, import_tables
from ...importing.table_file import RawFile, read_table_file
from ...services import UnitOfWork
from ...services.register_import import ImportReport, run_import
from ..folders import documents_folder
from ..models.import_preview_model import ImportPreviewModel
from ..operations import Changes, perform, said_on


def _problem_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FilePage(QWizardPage):
    def __init__(self, wizard: RegisterImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx) or a CSV file with organisations, people, groups or "
                                 "memberships. The template shows the columns the import knows."))
        self.path = QLineEdit(self)
        self.path.textChanged.connect(lambda _text: self.completeChanged.emit())
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self.choose)
        self.template_button = QPushButton(self.tr("Save template…"), self)
        self.template_button.clicked.connect(self.save_template)
        self.problem = _problem_label(self)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("File"), self))
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addStretch()
        hint = QLabel(self.tr("Sheets named Organisationer, Personer, Grupper and Medlemskap are recognised by "
                              "their names, other sheets and CSV files by their headers (Namn, E-post, "
                              "Organisation, Grupp, Roll, Från, Till …). Importing again updates instead of "
                              "duplicating; an empty cell changes nothing."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.template_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _documents(self) -> Path:
        return documents_folder()

    def choose(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import register"), str(self._documents()),
            self.tr("Excel workbooks and CSV files (*.xlsx *.csv *.txt);;All files (*)"))
        if chosen:
            self.path.setText(chosen)

    def save_template(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save template"),
                                                      str(self._documents() / "registermall.xlsx"),
                                                      self.tr("Excel workbook (*.xlsx)"))
        if not chosen:
            return
        from ...export.register_workbook import write_register_template

        target = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")
        try:
            if not perform(self, lambda: write_register_template(target), title=self.tr("Could not be saved")):
                return
        except OSError as error:
            QMessageBox.warning(self, self.tr("Could not be saved"), str(error))
            return
        self.owner.template_saved = target
        QMessageBox.information(self, self.tr("Saved"), self.tr("Saved to %1.").replace("%1", str(target)))

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        self.problem.clear()
        read = perform(self, lambda: read_table_file(Path(self.path.text().strip())), at=said_on(self.problem))
        if read is None:
            return False
        self.owner.raw = read.value
        return True


class SheetMapping(QWidget):
    """One sheet: what it holds, and a choice of the file's column for each field."""

    def __init__(self, sheet, plan: SheetPlan, parent: QWidget) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Skip this sheet"), None)
        for kind, name in SHEET_NAMES.items():
            self.kind.addItem(name, kind.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(plan.kind.value if plan.kind else None)))
        self.form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        layout = QVBoxLayout(self)
        top = QFormLayout()
        top.addRow(self.tr("Contains"), self.kind)
        layout.addLayout(top)
        layout.addLayout(self.form)
        layout.addStretch()
        self.kind.currentIndexChanged.connect(lambda _i: self._fields(
            guess_mapping(kind, sheet.headers) if (kind := self.table_kind()) else {}))
        self._fields(plan.mapping)

    def _fields(self, mapping) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = {}
        kind = self.table_kind()
        if kind is None:
            return
        for column in COLUMNS[kind]:
            combo = QComboBox(self)
            combo.addItem(self.tr("(not in the file)"), None)
            for index, header in enumerate(self.sheet.headers):
                combo.addItem(header or self.tr("column %1").replace("%1", str(index + 1)), index)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(column.key))))
            self.combos[column.key] = combo
            self.form.addRow(column.header + (" *" if column.required else ""), combo)

    def table_kind(self) -> TableKind | None:
        value = self.kind.currentData()  # Qt keeps the enum's string
        return TableKind(value) if value else None

    def plan(self) -> SheetPlan:
        mapping = {key: combo.currentData() for key, combo in self.combos.items() if combo.currentData() is not None}
        return SheetPlan(self.sheet.name, self.table_kind(), mapping)


class MappingPage(QWizardPage):
    def __init__(self, wizard: RegisterImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Map the columns"))
        self.setSubTitle(self.tr("Which column of the file holds what. The guesses come from the headers; "
                                 "fields marked * are required."))
        self.tabs = QTabWidget(self)
        self.problem = _problem_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem)
        self.sheets: list[SheetMapping] = []

    def initializePage(self) -> None:
        self.tabs.clear()
        self.problem.clear()
        raw = self.owner.raw
        assert raw is not None  # the file page read it before this page is shown
        self.sheets = []
        for sheet, plan in zip(raw.sheets, guess_plans(raw), strict=True):
            mapping = SheetMapping(sheet, plan, self.tabs)
            self.sheets.append(mapping)
            self.tabs.addTab(mapping, f"{sheet.name} ({len(sheet.rows)})")

    def validatePage(self) -> bool:
        raw = self.owner.raw
        assert raw is not None  # read on the file page
        mapped = perform(self, lambda: import_tables(raw, [s.plan() for s in self.sheets]), at=said_on(self.problem))
        if mapped is None:
            return False
        self.owner.tables, self.owner.notes = mapped.value
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: RegisterImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("What the import does with every row. Nothing is saved until you import, and "
                                 "nothing at all while a row has a problem."))
        self.model = ImportPreviewModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.setWordWrap(False)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self.report: ImportReport | None = None

    def initializePage(self) -> None:
        self.report = None
        self.wizard().setCursor(Qt.CursorShape.WaitCursor)
        try:
            previewed = perform(self, lambda: run_import(self.owner.uow, self.owner.tables, dry_run=True),
                                at=said_on(self.summary))
            self.report = previewed.value if previewed is not None else None
        finally:
            self.wizard().unsetCursor()
        self.model.set_report(self.report, self.owner.tables)
        for column, width in ((0, 100), (1, 45), (2, 360), (3, 170)):
            self.view.setColumnWidth(column, width)
        if self.report is not None:
            self.summary.setText(self.owner.describe(self.report, preview=True))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.report is not None and self.report.problem_count == 0

    def validatePage(self) -> bool:
        def store() -> ImportReport:
            if self.owner.before_import is not None:
                self.owner.before_import()
            source = self.owner.raw.path.name if self.owner.raw is not None else ""
            return run_import(self.owner.uow, self.owner.tables, source=source)

        imported = perform(self, store, at=said_on(self.summary), changes=Changes(register=True))
        if imported is None:
            return False
        self.owner.result = imported.value
        return True


class DonePage(QWizardPage):
    def __init__(self, wizard: RegisterImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Imported"))
        self.setSubTitle(self.tr("Everything was saved in one go; a backup was taken first."))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch()

    def initializePage(self) -> None:
        self.text.setText(self.owner.describe(self.owner.result, preview=False))


class RegisterImportWizard(QWizard):
    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None, *, path: Path | None = None,
                 before_import: Callable[[], object] | None = None) -> None:
        super().__init__(parent)
        self.uow = uow
        self.before_import = before_import  # the app's backup before a change of this size
        self.setWindowTitle(self.tr("Import register"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.raw: RawFile | None = None
        self.tables: list[ImportTable] = []
        self.notes: list[str] = []
        self.result: ImportReport | None = None  # type: ignore[assignment]  # hides QDialog.result(), unused here
        self.template_saved: Path | None = None
        self.file_page, self.mapping_page = FilePage(self), MappingPage(self)
        self.preview_page, self.done_page = PreviewPage(self), DonePage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.done_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.preview_page.setCommitPage(True)
        if path is not None:
            self.file_page.path.setText(str(path))
        self.resize(900, 620)

    def describe(self, report: ImportReport | None, *, preview: bool) -> str:
        if report is None:
            return ""
        lines = list(dict.fromkeys([*self.notes, *report.notes]))
        if report.problem_count:
            lines.append(self.tr("%1 rows have problems (in red above); nothing will be imported. Correct the file "
                                 "and choose it again.").replace("%1", str(report.problem_count)))
        for summary in report.summaries():
            lines.append(self.tr("%1: %2 added, %3 changed, %4 unchanged").replace("%1", SHEET_NAMES[summary.kind])
                         .replace("%2", str(summary.added)).replace("%3", str(summary.changed))
                         .replace("%4", str(summary.unchanged)))
        if preview and not report.problem_count:
            lines.append(self.tr("Press Import to save all of it in one go."))
        return "\n".join(lines)

"""Data in and out from the File menu: old minutes from Word, open data (OParl), everything as one ZIP."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from .. import APP_NAME
from ..services import groups
from .background import ProgressRunner
from .operations import perform
from .widgets.disabled_reason import explain_action, read_only_reason

# python-docx and the exporters are imported when an action is first used, not at start-up
# (tests/ui/test_startup_imports.py).

OPARL_URL_KEY = "oparl_base_url"


class DataActions(QObject):
    """The three actions and what they do; ``window`` is the main window (uow, settings, group page)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.runner: ProgressRunner | None = None
        self.import_minutes_action = self._action(self.tr("Import minutes from Word…"), self.import_minutes)
        self.export_oparl_action = self._action(self.tr("Export open data (OParl)…"), self.export_oparl)
        self.export_all_action = self._action(self.tr("Export everything…"), self.export_everything)
        writable = not getattr(window, "read_only", False)
        explain_action(self.import_minutes_action, writable, read_only_reason())

    def _action(self, text: str, slot) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def actions(self) -> list[QAction]:
        return [self.import_minutes_action, self.export_oparl_action, self.export_all_action]

    def _remember(self, key: str, value: str) -> None:
        window = self.window
        window.settings = replace(window.settings, recent={**window.settings.recent, key: value})
        if window._save_settings is not None:
            window._save_settings(window.settings)

    # -- old minutes -------------------------------------------------------------------------------
    def import_minutes(self, group_id: int | None = None) -> None:
        """Choose the file, then the group (unless ``group_id``: from a group's meetings tab), then the preview."""
        from ..importing.word_minutes import read_minutes_docx
        from ..services.legacy_minutes import plan_minutes_import
        from .dialogs.import_minutes_dialog import ImportMinutesDialog

        window = self.window
        name, _ = QFileDialog.getOpenFileName(window, self.tr("Import minutes from Word"),
                                              window.settings.recent.get("import_folder", ""),
                                              self.tr("Word documents (*.docx);;All files (*)"))
        if not name:
            return
        path = Path(name)
        self._remember("import_folder", str(path.parent))
        group_id = group_id or self._choose_group()
        if group_id is None:
            return
        try:
            planned = perform(window, lambda: (plan_minutes_import(window.uow, read_minutes_docx(path), group_id),
                                               path.read_bytes()), title=self.tr("Import minutes from Word"))
        except OSError:
            QMessageBox.warning(window, self.tr("Import minutes from Word"),
                                self.tr("The file %1 could not be read.").replace("%1", path.name))
            return
        if planned is None:
            return
        plan, original = planned.value
        dialog = ImportMinutesDialog(window.uow, plan, original, window)
        if not dialog.exec() or dialog.result_value is None:
            return
        result = dialog.result_value
        text = self.tr("Imported %1 items into a new meeting of %2. The minutes are a draft.").replace(
            "%1", str(result.items)).replace("%2", plan.group_name)
        if result.unmatched:
            text += "\n\n" + self.tr("Not recognised as members: %1").replace("%1", ", ".join(result.unmatched))
        QMessageBox.information(window, self.tr("Import minutes from Word"), text)
        window.reload_groups(group_id)

    def _choose_group(self) -> int | None:
        window = self.window
        found = perform(window, lambda: groups.list_groups(window.uow), title=self.tr("Import minutes from Word"))
        if found is None:
            return None
        listed = found.value
        if not listed:
            QMessageBox.information(window, APP_NAME, self.tr("Create the group first."))
            return None
        names = [g.name for g in listed]
        current = getattr(window.group_page, "group_id", None)
        start = next((i for i, g in enumerate(listed) if g.id == current), 0)
        name, ok = QInputDialog.getItem(window, self.tr("Import minutes from Word"),
                                        self.tr("Which group's minutes are these?"), names, start, False)
        if not ok:
            return None
        return listed[names.index(name)].id

    # -- open data ---------------------------------------------------------------------------------
    def export_oparl(self) -> None:
        from ..application.data_out import export_oparl

        window = self.window
        folder = QFileDialog.getExistingDirectory(window, self.tr("Export open data (OParl)"),
                                                  window.settings.recent.get("oparl_folder", ""))
        if not folder:
            return
        url, ok = QInputDialog.getText(window, self.tr("Export open data (OParl)"),
                                       self.tr("Web address the folder will be published at:"),
                                       QLineEdit.EchoMode.Normal,
                                       window.settings.recent.get(OPARL_URL_KEY, "https://"))
        if not ok:
            return
        self._remember("oparl_folder", folder)
        self._remember(OPARL_URL_KEY, url.strip())
        worker = window.uow.for_another_thread()
        self.runner = ProgressRunner(
            window, self.tr("Writing open data…"), lambda _progress: export_oparl(worker, Path(folder), url.strip()),
            self._oparl_written, failure_title=self.tr("Open data"), can_stop=False)

    def _oparl_written(self, result) -> None:
        self.runner = None
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Open data"), self.tr(
            "The OParl tree in %1 holds %2 objects; %3 files were written and %4 objects are marked deleted.")
            .replace("%1", str(result.folder)).replace("%2", str(result.objects))
            .replace("%3", str(result.written)).replace("%4", str(len(result.deleted))),
            QMessageBox.StandardButton.Ok, self.window)
        open_button = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.folder)))

    # -- everything --------------------------------------------------------------------------------
    def export_everything(self) -> None:
        from ..application.data_out import export_all

        window = self.window
        suggested = str(Path(window.settings.recent.get("export_all_folder", "")) / "samverkan-allt.zip")
        name, _ = QFileDialog.getSaveFileName(window, self.tr("Export everything"), suggested,
                                              self.tr("ZIP files (*.zip)"))
        if not name:
            return
        target = Path(name if name.lower().endswith(".zip") else name + ".zip")
        self._remember("export_all_folder", str(target.parent))
        worker = window.uow.for_another_thread()
        self.runner = ProgressRunner(
            window, self.tr("Exporting everything…"), lambda progress: (target, export_all(worker, target, progress)),
            self._all_written, failure_title=self.tr("Export everything"))

    def _all_written(self, outcome) -> None:
        self.runner = None
        target, summary = outcome
        if summary is None:
            QMessageBox.information(self.window, self.tr("Export everything"),
                                    self.tr("Stopped; no file was written."))
            return
        QMessageBox.information(self.window, self.tr("Export everything"), self.tr(
            "Saved %1: %2 tables with %3 rows, %4 attachments, the audit log and a README describing every file.")
            .replace("%1", str(target)).replace("%2", str(len(summary.tables))).replace("%3", str(summary.rows))
            .replace("%4", str(len(summary.attachments))))

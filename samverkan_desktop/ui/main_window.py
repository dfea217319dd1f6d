# Over 400 lines: the composition of the window (menus, toolbar, pages and their wiring); pages are modules.
"""The main window: the group tree on the left, the chosen page on the right."""

from __future__ import annotations

import linecache
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, __version__
from ..application.safety import BackupKeeper
from ..domain.codes import BackupReason
from ..domain.errors import DomainError
from ..infra.config import Settings
from ..services import UnitOfWork, attachments, audit, groups, organisations, people
from . import accessibility, spelling, window_geometry
from .background import ProgressRunner
from .data_actions import DataActions
from .error_reporting import open_log_folder
from .i18n import STOCKHOLM, format_date
from .icons import icon
from .models.group_tree_model import GROUP_ID_ROLE, GroupTreeModel
from .models.register_models import organisation_model, person_model
from .operations import Changes, ServiceOp, long_work_pool, lookup, notify, perform, refuse, subscribe
from .pages.first_start_page import FirstStartPage
from .pages.register_page import RegisterPage
from .widgets.banner import Banner, BannerKind
from .widgets.disabled_reason import explain, explain_action, explain_menu, read_only_reason

if TYPE_CHECKING:  # the pages, dialogs, publishing and the exporters are imported when first used (start-up)
    from ..application.publishing import BatchResult
    from .pages.follow_up_page import FollowUpPage
    from .pages.group_page import GroupPage


class MainWindow(QMainWindow):
    verification_done = Signal(list)  # the problems verify_approvals found (empty: everything holds)

    def __init__(self, uow: UnitOfWork, settings: Settings, *, database_label: str = "",
                 save_settings: Callable[[Settings], None] | None = None,
                 today: Callable[[], date] = date.today, backups: BackupKeeper | None = None,
                 read_only: bool = False, demo_loader: Callable[..., object] | None = None) -> None:
        super().__init__()
        self.uow = uow
        self.settings = settings
        spelling.checker().set_enabled(settings.spell_check)
        self._save_settings = save_settings
        self.today = today
        self.backups = backups
        self.read_only = read_only
        self.verify_runner: ProgressRunner | None = None
        self.setWindowTitle(self.tr("%1 (read-only)").replace("%1", APP_NAME) if read_only else APP_NAME)
        self.resize(1280, 800)

        self.tree_model = GroupTreeModel(self)
        self.tree_proxy = QSortFilterProxyModel(self)
        self.tree_proxy.setSourceModel(self.tree_model)
        self.tree_proxy.setRecursiveFilteringEnabled(True)
        self.tree_proxy.setAutoAcceptChildRows(True)
        self.tree_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter groups…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_groups)
        self.tree = QTreeView(self)
        self.tree.setModel(self.tree_proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        # The kind is on the group's page; the tree keeps to what fits beside long Swedish names.
        self.tree.setColumnHidden(GroupTreeModel.KIND, True)
        # A long name keeps its start and its end ("Temagrupp … barn och unga"); the tooltip has all of it.
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(GroupTreeModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(GroupTreeModel.MEMBERS, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().selectionChanged.connect(self._group_selected)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.tree)
        # At 150 % scaling a group page's width would squeeze the tree to its numbers: it keeps room for names.
        left.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 30)

        self.pages = QStackedWidget(self)
        self.empty_page = QLabel(self.tr("Choose a group in the list, or create one with “New group”."), self)
        self.empty_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_page.setWordWrap(True)
        self._group_page: GroupPage | None = None  # built when first shown: see group_page
        self._follow_up_page: FollowUpPage | None = None
        self.organisation_page = RegisterPage(
            self.tr("Organisations"), organisation_model(self), lambda: organisations.list_organisations(uow),
            lambda existing: bool(_organisation_dialog(uow, existing, self).exec()), self,
            export=self.export_register, remove=lambda org: organisations.delete_organisation(uow, org.id))
        self.people_page = RegisterPage(
            self.tr("People"), person_model(self), lambda: people.list_people(uow),
            lambda existing: bool(_person_dialog(uow, existing, self).exec()), self, export=self.export_register)
        # An empty database opens on the first-start page (import, demo, first group, user guide).
        self.first_start_page = FirstStartPage(self)
        self.first_start_page.import_requested.connect(self.import_register)
        self.first_start_page.demo_requested.connect(self.load_demo)
        self.first_start_page.group_requested.connect(self.new_group)
        #: Fills an empty database with the demo data (app.py injects it: the UI never imports sampledata).
        self.demo_loader = demo_loader
        self.first_start_page.offer_demo(demo_loader is not None)
        for page in (self.empty_page, self.organisation_page, self.people_page, self.first_start_page):
            self.pages.addWidget(page)
        subscribe(self, self._changed)  # pages announce their changes; the window follows (ui/operations.py)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([430, 850])
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        self.banner_area = QVBoxLayout()
        self.banner_area.setContentsMargins(6, 6, 6, 0)
        central_layout.addLayout(self.banner_area)
        central_layout.addWidget(splitter, 1)
        self.setCentralWidget(window_geometry.scrolling(central, self))  # scrolls only on a small screen
        self._build_actions()
        accessibility.install()  # every window shown from now on: inputs named for screen readers
        window_geometry.install()  # every window shown from now on: fits the screen, its size remembered
        self.statusBar().showMessage(database_label)
        self.reload_groups()
        # Checked every minute; a backup is taken at most every 30 minutes, and only after changes.
        self.backup_task: ServiceOp | None = None
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(60_000)
        self.backup_timer.timeout.connect(self.backup_if_due)
        if backups is not None:
            self.backup_timer.start()
        # PySide6 reads the source of every module imported after it (for `from __feature__`); linecache keeps
        # it, some 20 MB by now. Only a cache: a traceback reads its lines anew.
        linecache.clearcache()

    def add_banner(self, text: str, kind: BannerKind = BannerKind.WARNING, *, closable: bool = True) -> Banner:
        """A strip above the pages that stays until closed: read-only mode, a risky location, a restore."""
        banner = Banner(text, kind, closable=closable, parent=self)
        self.banner_area.addWidget(banner)
        return banner

    def banners(self) -> list[Banner]:
        return [w for i in range(self.banner_area.count())
                if (item := self.banner_area.itemAt(i)) is not None
                and isinstance(w := item.widget(), Banner) and not w.isHidden()]

    # -- pages, built when first used (start-up shows the tree without importing them) ------------
    @property
    def group_page(self) -> GroupPage:
        if self._group_page is None:
            from .pages.group_page import GroupPage

            page = self._group_page = GroupPage(self.uow, self, today=self.today)
            page.changed.connect(self._group_changed)
            page.meetings_tab.import_requested.connect(
                lambda group_id: self.data_actions.import_minutes(group_id or None))
            explain(page.meetings_tab.import_button, not self.read_only, read_only_reason())
            self.pages.addWidget(page)
        return self._group_page

    @property
    def follow_up_page(self) -> FollowUpPage:
        if self._follow_up_page is None:
            from .pages.follow_up_page import FollowUpPage

            page = self._follow_up_page = FollowUpPage(self.uow, self.today, self)
            page.open_meeting.connect(lambda meeting_id: self.group_page.open_meeting(meeting_id))
            page.open_group.connect(self.open_group_at)
            page.open_case.connect(self.open_case_at)
            page.open_item.connect(self.open_item)
            self.pages.addWidget(page)
        return self._follow_up_page

    # -- actions ---------------------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_actions(self) -> None:
        self.new_group_action = self._action(self.tr("New group…"), self.new_group, QKeySequence.StandardKey.New)
        self.new_subgroup_action = self._action(self.tr("New sub-group…"), self.new_subgroup)
        self.new_organisation_action = self._action(self.tr("New organisation…"), self.new_organisation)
        self.new_person_action = self._action(self.tr("New person…"), self.new_person)
        self.show_organisations_action = self._action(self.tr("Organisations"), self.show_organisations)
        self.show_people_action = self._action(self.tr("People"), self.show_people)
        self.roles_action = self._action(self.tr("Roles and logins…"), self.show_roles)
        self.verify_action = self._action(self.tr("Verify approved minutes"), self.verify_approvals)
        self.signing_key_action = self._action(self.tr("Create my signing key…"), self.create_signing_key)
        self.follow_up_action = self._action(self.tr("Follow-up"), self.show_follow_up, "Ctrl+U")
        self.publish_action = self._action(self.tr("Publish approved minutes…"), self.publish_approved)
        self.import_register_action = self._action(self.tr("Import register…"), self.import_register)
        self.export_register_action = self._action(self.tr("Export register to Excel…"), self.export_register)
        self.backups_action = self._action(self.tr("Backups…"), self.show_backups)
        explain_action(self.backups_action, self.backups is not None, self.tr(
            "Backups are kept for a database file opened for writing; a shared PostgreSQL database is backed up on "
            "its server."))
        self.settings_action = self._action(self.tr("Settings…"), self.edit_settings,
                                            QKeySequence.StandardKey.Preferences)
        self.shared_database_action = self._action(self.tr("Shared database…"), self.edit_shared_database)
        quit_action = self._action(self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit)
        for action, name in ((self.new_group_action, "new_group"), (self.new_subgroup_action, "new_subgroup"),
                             (self.show_organisations_action, "organisations"), (self.show_people_action, "people"),
                             (self.new_person_action, "new_person"), (self.follow_up_action, "follow_up"),
                             (self.import_register_action, "import_register"),
                             (self.export_register_action, "export_register"), (self.publish_action, "publish"),
                             (self.settings_action, "settings"), (self.verify_action, "verify"),
                             (quit_action, "quit")):
            action.setIcon(icon(name))
        about_action = self._action(self.tr("About %1").replace("%1", APP_NAME), self.about)

        file_menu = explain_menu(self.menuBar().addMenu(self.tr("&File")))  # a greyed action says why
        file_menu.addAction(self.publish_action)
        self.data_actions = DataActions(self)  # old minutes in, open data and everything out
        file_menu.addSeparator()
        file_menu.addAction(self.import_register_action)
        file_menu.addAction(self.export_register_action)
        for action in self.data_actions.actions():
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.verify_action)
        file_menu.addAction(self.signing_key_action)
        file_menu.addAction(self.backups_action)
        file_menu.addAction(self.shared_database_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        register_menu = self.menuBar().addMenu(self.tr("&Register"))
        for action in (self.new_group_action, self.new_subgroup_action, self.new_organisation_action,
                       self.new_person_action):
            register_menu.addAction(action)
        register_menu.addSeparator()
        register_menu.addAction(self.show_organisations_action)
        register_menu.addAction(self.show_people_action)
        register_menu.addSeparator()
        register_menu.addAction(self.roles_action)
        follow_up_menu = self.menuBar().addMenu(self.tr("F&ollow-up"))
        follow_up_menu.addAction(self.follow_up_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("Open log folder"), open_log_folder))
        help_menu.addAction(about_action)

        toolbar = self.addToolBar(self.tr("Register"))
        toolbar.setObjectName("registerToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_group_action, self.new_subgroup_action, self.show_organisations_action,
                       self.show_people_action, self.follow_up_action):
            toolbar.addAction(action)

    # -- groups ----------------------------------------------------------------------------------
    def reload_groups(self, select_id: int | None = None) -> None:
        listed = perform(self, lambda: groups.list_group_tree(self.uow, self.today()), title=APP_NAME)
        if listed is None:
            return
        self.tree_model.set_nodes(listed.value)
        self.tree.expandAll()
        self._show_first_start(not listed.value)
        if select_id is not None:
            self.select_group(select_id)

    def _show_first_start(self, empty: bool) -> None:
        """The first-start page while the register has no group (never in read-only mode: it offers writes)."""
        if empty and not self.read_only:
            if self.pages.currentWidget() is self.empty_page:
                self.pages.setCurrentWidget(self.first_start_page)
        elif self.pages.currentWidget() is self.first_start_page:
            self.pages.setCurrentWidget(self.empty_page)

    def load_demo(self) -> None:
        """The demo data, off the GUI thread under a progress dialog (it takes a few seconds)."""
        worker, loader = self.uow.for_another_thread(), self.demo_loader
        if loader is None:
            return

        def work(progress):  # the demo says each step: the dialog's bar moves and names what is being done
            return loader(worker, progress=progress)

        self.first_start_page.setEnabled(False)
        self.demo_runner = ProgressRunner(self, self.tr("Loading the demo data…"), work, self._demo_loaded,
                                          failure_title=self.tr("Demo data"), can_stop=False)
        # Whatever the outcome, the page can be used again before it is said.
        self.demo_runner.op.arrived.connect(lambda: self.first_start_page.setEnabled(True))

    def _demo_loaded(self, _summary: object) -> None:
        self.reload_groups()
        notify(Changes(register=True, initiator=self))
        self.statusBar().showMessage(self.tr("The demo data is loaded."), 10_000)

    def select_group(self, group_id: int) -> None:
        index = self.tree_proxy.mapFromSource(self.tree_model.index_of(group_id))
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def select_group_named(self, name: str) -> bool:
        wanted = name.casefold()
        nodes = groups.list_group_tree(self.uow, self.today())
        match = next((n for n in nodes if n.name.casefold() == wanted), None) or next(
            (n for n in nodes if wanted in n.name.casefold()), None)
        if match is not None:
            self.select_group(match.id)
        return match is not None

    def selected_group_id(self) -> int | None:
        index = self.tree.currentIndex()
        return index.data(GROUP_ID_ROLE) if index.isValid() else None

    def _filter_groups(self, text: str) -> None:
        self.tree_proxy.setFilterFixedString(text)
        self.tree.expandAll()

    def _group_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        group_id = indexes[0].data(GROUP_ID_ROLE)
        if group_id is None:
            return
        if not perform(self, lambda: self.group_page.show_group(group_id), title=APP_NAME):
            return
        self.pages.setCurrentWidget(self.group_page)

    def _changed(self, changes: Changes) -> None:
        """The change hub: the tree follows groups added, renamed or moved (the pages subscribe themselves)."""
        if changes.group_tree:
            self._group_changed(next(iter(changes.groups), None))

    def _group_changed(self, group_id: int | None) -> None:
        self.reload_groups(select_id=group_id)

    def new_group(self, parent_id: int | None = None) -> None:
        from .dialogs.group_dialog import GroupDialog

        dialog = GroupDialog(self.uow, None, self, parent_id=parent_id)
        if dialog.exec():
            self.reload_groups(select_id=dialog.result_value.id)

    def new_subgroup(self) -> None:
        self.new_group(parent_id=self.selected_group_id())

    # -- register --------------------------------------------------------------------------------
    def new_organisation(self) -> None:
        if _organisation_dialog(self.uow, None, self).exec():
            notify(Changes(register=True, initiator=self))

    def new_person(self) -> None:
        if _person_dialog(self.uow, None, self).exec():
            notify(Changes(register=True, initiator=self))

    def show_organisations(self) -> None:
        self.organisation_page.reload()
        self.pages.setCurrentWidget(self.organisation_page)

    def show_follow_up(self) -> None:
        if not perform(self, self.follow_up_page.reload, title=APP_NAME):
            return
        self.pages.setCurrentWidget(self.follow_up_page)

    def open_item(self, meeting_id: int, item_id: int) -> None:
        """Open a meeting at one of its items (a decision found in the log)."""
        editor = self.group_page.open_meeting(meeting_id)
        row = editor.agenda_model.row_of(item_id)
        if row >= 0:
            editor.agenda_view.selectRow(row)

    def open_group_at(self, group_id: int, tab: str) -> None:
        """Show a group's page at a tab ("overview", "members", "cases"), as a follow-up row asks."""
        self.select_group(group_id)
        page = self.group_page
        if page.group_id != group_id:  # already selected in the tree: no selection signal comes
            page.show_group(group_id)
        self.pages.setCurrentWidget(page)
        wanted = {"members": page.tabs.widget(1), "cases": page.cases_tab}.get(tab, page.tabs.widget(0))
        if wanted is not None:
            page.tabs.setCurrentWidget(wanted)

    def open_case_at(self, group_id: int, case_id: int) -> None:
        """A group's Ärenden tab with one case selected (a waiting case found in the follow-up)."""
        self.open_group_at(group_id, "cases")
        self.group_page.cases_tab.select_case(case_id)

    def show_people(self) -> None:
        self.people_page.reload()
        self.pages.setCurrentWidget(self.people_page)

    def show_roles(self) -> None:
        """Who may do what on a shared database: the registeransvarig gives and takes roles (dialogs.roles_dialog)."""
        from .dialogs.roles_dialog import RolesDialog

        RolesDialog(self.uow, self).exec()

    # -- application -----------------------------------------------------------------------------
    def edit_settings(self) -> None:
        from .dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec():
            self.settings = dialog.result_value
            self.uow.actor = self.settings.actor  # the audit names the new name from now on
            spelling.checker().set_enabled(self.settings.spell_check)
            if self._save_settings is not None:
                self._save_settings(self.settings)

    def edit_shared_database(self) -> None:
        """The shared PostgreSQL server used from the next start (dialogs.connection_dialog)."""
        from .dialogs.connection_dialog import ConnectionDialog

        dialog = ConnectionDialog(self.settings, self)
        if dialog.exec():
            self.settings = dialog.result_value
            if self._save_settings is not None:
                self._save_settings(self.settings)
            QMessageBox.information(self, APP_NAME, self.tr("The database is changed from the next start."))

    def choose_user_at_first_start(self) -> None:
        """On a database file: who uses the app, asked once (dialogs.user_dialog), then the audit's actor."""
        from .dialogs.user_dialog import ask_at_first_start

        chosen = ask_at_first_start(self.uow, self.settings, self)
        if chosen is not None:
            self.settings = chosen
            self.uow.actor = chosen.actor
            if self._save_settings is not None:
                self._save_settings(chosen)

    def create_signing_key(self) -> None:
        """A chair's or vice chair's own key, kept in this user's data folder (dialogs.signing_key_dialog)."""
        from ..infra.config import data_dir
        from ..services.keystore import KeyStore
        from .dialogs.signing_key_dialog import SigningKeyDialog

        dialog = SigningKeyDialog(KeyStore.in_data_folder(data_dir()), "", self)
        if dialog.exec():
            dialog.show_result()

    def verify_approvals(self) -> None:
        """Recompute every approved minutes' checksum, check every signature, every attachment's SHA-256 and the
        audit chain, in a worker under a progress dialog (Stop between two batches); then say what no longer
        matches and the chain's first broken link (``verification_done`` carries them)."""
        from ..services import verification

        worker = self.uow.for_another_thread()
        steps = {"minutes": self.tr("Checking the approved minutes…"),
                 "signatures": self.tr("Checking the signatures…")}

        def work(progress):
            def report(done: int, total: int, what: str) -> bool:
                return progress(done, total, steps.get(what, what))

            problems = [p.describe() for p in verification.verify_all(worker, report)]
            problems += [c.describe() for c in verification.verify_signatures(worker, report) if c.problem]
            report(0, 1, self.tr("Checking the attachments…"))
            problems += [p.describe() for p in attachments.verify_attachments(worker)]
            report(0, 1, self.tr("Checking the audit trail…"))
            broken = audit.verify_chain(worker).broken
            return problems + ([broken.describe()] if broken is not None else [])

        self.verify_runner = ProgressRunner(self, self.tr("Verifying…"), work, self._verified, failure_title=APP_NAME)

    def _verified(self, problems: list[str]) -> None:
        self.verify_runner = None
        if problems:
            refuse(self, "\n".join(problems), title=self.tr("Verification"))
        else:
            QMessageBox.information(self, self.tr("Verification"),
                                    self.tr("All approved minutes match their approvals."))
        self.verification_done.emit(problems)

    def import_register(self) -> None:
        """Arkiv → Importera register…: the wizard; afterwards every register view shows what came in."""
        from .dialogs.register_import_wizard import RegisterImportWizard

        keeper = self.backups
        wizard = RegisterImportWizard(self.uow, self, before_import=(
            (lambda: keeper.backup(BackupReason.BEFORE_IMPORT)) if keeper is not None else None))
        wizard.exec()
        if wizard.result is not None and wizard.result.applied:  # the register pages follow the hub
            self.reload_groups()

    def export_register(self, target: Path | None = None):
        """The whole register (organisations, people, groups, memberships) to one Excel workbook."""
        from .excel_export import export_to_excel, write_register

        self.runner = export_to_excel(self, self.tr("Export register"), "register.xlsx",
                                      write_register(self.uow.for_another_thread()), target)
        return self.runner

    def publish_approved(self) -> None:
        """Every approved, not yet published minutes since a date, to a folder, with a manifest."""
        from ..application.publishing import publish_since
        from ..export.pdf import pdf_converter_description, pdf_unavailable_reason
        from .dialogs.publish_dialog import PublishDialog, PublishRequest

        reason = pdf_unavailable_reason()
        dialog = PublishDialog(self.uow, reason, self, today=self.today(),
                               folder=self.settings.recent.get("publish_folder", ""),
                               pdf_via=None if reason else pdf_converter_description())
        if not dialog.exec():
            return
        request: PublishRequest = dialog.result_value
        self.settings = replace(self.settings, recent={**self.settings.recent, "publish_folder": str(request.folder)})
        if self._save_settings is not None:
            self._save_settings(self.settings)
        worker_uow = self.uow.for_another_thread()
        stop = threading.Event()  # Stop kills a LibreOffice under way, not only between two minutes
        self.runner = ProgressRunner(
            self, self.tr("Publishing…"),
            lambda progress: publish_since(worker_uow, request.since, request.folder, with_pdf=request.with_pdf,
                                           progress=progress, cancel=stop),
            self._published, failure_title=self.tr("Could not be published"), cancel_event=stop)

    def _published(self, result: BatchResult) -> None:
        lines = [self.tr("%1 files written to %2.").replace("%1", str(len(result.published))).replace(
            "%2", str(result.folder))]
        if result.manifest is not None:
            lines.append(self.tr("List of files with checksums: %1").replace("%1", result.manifest.name))
        if result.converter:
            lines.append(self.tr("PDF made with %1.").replace("%1", result.converter))
        if result.stopped:
            lines.append(self.tr("Stopped before all minutes were published."))
        for meeting, message in result.failures:
            lines.append(f"{meeting.group_name} {format_date(meeting.starts_at.astimezone(STOCKHOLM).date())}: "
                         f"{message}")
        box = QMessageBox(QMessageBox.Icon.Warning if result.failures else QMessageBox.Icon.Information,
                          self.tr("Published"), "\n\n".join(lines), QMessageBox.StandardButton.Ok, self)
        if result.removed:
            box.setInformativeText(self.tr("Personal data was removed from the published text (see details)."))
            box.setDetailedText("\n".join(result.removed))
        open_button = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.folder)))
        if self._group_page is None:
            return
        if self.group_page.group_id is not None:
            self.group_page.reload()
        for editor in self.group_page.editors.values():  # open editors show the minutes as published
            if editor.isVisible():
                editor.reload()

    # -- backups ---------------------------------------------------------------------------------
    def backup_if_due(self) -> None:
        """The periodic backup, in a thread of its own: copying and checking a region's database takes seconds,
        which must not freeze typing. A failure is said in the status bar, not in a box that interrupts."""
        if self.backups is None or self.backup_task is not None:
            return
        for sentence in self.backups.take_failed_checks():  # a snapshot before an approval, checked afterwards
            self.add_banner(sentence, BannerKind.ERROR)
        now = datetime.now(UTC)
        if not self.backups.is_due(now):
            return
        keeper = self.backups
        self.backup_task = ServiceOp(self, lambda: keeper.backup_if_due(now))
        self.backup_task.success(self._backed_up).failure(self._backup_failed)
        self.backup_task.finished.connect(self._backup_finished)
        self.backup_task.run_in_background(long_work_pool())

    def _backup_finished(self) -> None:
        if self.backup_task is not None:
            self.backup_task.wait()
            self.backup_task.deleteLater()
            self.backup_task = None

    def _backed_up(self, taken: Any) -> None:  # safety.BackupInfo, or None
        if taken is not None:
            self.statusBar().showMessage(self.tr("Backup taken: %1").replace("%1", taken.path.name), 10_000)

    def _backup_failed(self, error: DomainError) -> None:
        self.statusBar().showMessage(self.tr("The automatic backup failed: %1").replace("%1", error.message))

    def closeEvent(self, event) -> None:
        # A backup in flight finishes first: its thread must not be destroyed while it writes.
        if self.backup_task is not None:
            self.backup_task.wait()
        if self.verify_runner is not None:  # a verification stops at its next batch
            self.verify_runner.op.cancel()
            self.verify_runner.op.wait()
        if self._follow_up_page is not None:
            self._follow_up_page.decision_log.wait_for_searches()
        super().closeEvent(event)

    def show_backups(self) -> None:
        if self.backups is None:
            return
        from .dialogs.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.backups, self, before_restore=self.close_meeting_editors)
        dialog.restored.connect(lambda _safety: self.reload_after_restore())
        dialog.exec()

    def close_meeting_editors(self) -> bool:
        """Before a restore: waiting text is written (it goes into the safety backup), editors are closed."""
        if self._group_page is None:
            return True
        open_editors = [e for e in self.group_page.editors.values() if e.isVisible()]
        closed = [editor.close() for editor in open_editors]  # every one asked, not only up to the first refusal
        return all(closed)

    def reload_after_restore(self) -> None:
        self.reload_groups()
        if self._group_page is not None and self.group_page.group_id is not None:
            group_id = self.group_page.group_id
            if lookup(lambda: self.group_page.show_group(group_id)) is None:  # not in the restored database
                self.pages.setCurrentWidget(self.empty_page)

    def about(self) -> None:
        QMessageBox.about(
            self, self.tr("About %1").replace("%1", APP_NAME),
            f"<h3>{APP_NAME} {__version__}</h3><p>"
            + self.tr("Meetings, minutes and decisions of coordination groups in health care.")
            + "</p>",
        )


def _organisation_dialog(uow: UnitOfWork, existing, parent: QWidget):
    from .dialogs.organisation_dialog import OrganisationDialog

    return OrganisationDialog(uow, existing, parent)


def _person_dialog(uow: UnitOfWork, existing, parent: QWidget):
    from .dialogs.person_dialog import PersonDialog

    return PersonDialog(uow, existing, parent)

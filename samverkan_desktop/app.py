"""Composition root of the GUI: settings -> engine -> migrations -> unit of work -> main window.

Importing this module imports neither SQLAlchemy nor the database modules: ``main`` paints the first window
(ui.first_window) before they load, so they are imported inside the functions that use them.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

from . import APP_NAME, __version__
from .domain.errors import DomainError
from .infra.config import (
    DATABASE_URL_ENV,
    Settings,
    SettingsStore,
    data_dir,
    migrations_dir,
    resolve_database_url,
    resources_dir,
    settings_store,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from .application.safety import BackupKeeper
    from .application.startup import DatabaseAccess
    from .db.uow import UnitOfWork


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="samverkan-desktop", description=APP_NAME)
    parser.add_argument("--db", metavar="PATH", help="SQLite-databasfil (annars standardfilen i datamappen)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="öppna huvudfönstret, migrera databasen och avsluta med kod 0")
    parser.add_argument("--screenshot", metavar="PNG", help="spara en skärmbild av huvudfönstret och avsluta")
    parser.add_argument("--select", metavar="GRUPP", help="välj gruppen med detta namn vid start")
    parser.add_argument("--review", metavar="FIL", help="granska anteckningar i en granskningsfil (ingen databas)")
    parser.add_argument("--debug", action="store_true", help="skriv mer detaljer i loggfilen (logs/ i datamappen)")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser.parse_args(argv)


def open_database(url: str, actor: str = "okänd", *, read_only: bool = False) -> tuple[Engine, UnitOfWork]:
    """The start-up path's ``open_database`` (application.startup, shared with the CLI), then the attachment files
    this computer kept before they moved into the database; raises DomainError in words."""
    from .application.startup import open_database as open_shared

    opened = open_shared(url, actor, read_only=read_only)
    if not read_only:
        adopt_old_attachment_files(opened.uow)
    return opened.engine, opened.uow


def adopt_old_attachment_files(uow: UnitOfWork) -> None:
    """Attachment files this computer kept before they moved into the database (see attachments.adopt_old_files);
    a failure is logged and the start goes on (those attachments say they are missing when opened)."""
    from .services import attachments

    try:
        filled = attachments.adopt_old_files(uow, data_dir() / attachments.OLD_FOLDER_NAME)
    except DomainError:
        logging.getLogger(__name__).warning("old attachment files could not be moved into the database",
                                            exc_info=True)
        return
    if filled:
        logging.getLogger(__name__).info("%d attachment files moved into the database", filled)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from PySide6.QtWidgets import QApplication

    from .ui.app_icon import application_icon

    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Samverkan")
    app.setWindowIcon(application_icon())
    from .ui.first_window import close_first_window, show_first_window

    show_first_window(app)  # before SQLAlchemy, alembic, the pages and the exporters are imported
    from .ui.error_reporting import gui_error_handling, report_for_support, show_error

    with gui_error_handling(debug=args.debug):  # the support log, and a dialog for an error nobody expected
        try:
            return start(app, args)
        except Exception as error:  # the start itself failed: logged and said, not a silent end without a console
            from .infra.logging_setup import current_log_file, describe

            logging.getLogger(__name__).critical("The program could not start", exc_info=True)
            if args.smoke_test or args.screenshot:
                print(f"{APP_NAME} kunde inte starta ({describe(error)}); se loggen: {current_log_file()}",
                      file=sys.stderr)
            else:
                show_error(describe(error), report_for_support(type(error), error, error.__traceback__))
            return 1
        finally:
            close_first_window(app)


def start(app, args: argparse.Namespace) -> int:
    """Settings, translations, then the review window or the database and the main window."""
    from .domain.messages import set_language as set_message_language
    from .ui.i18n import install_translators

    store = settings_store()
    settings = store.load()
    install_translators(app, settings.language, resources_dir() / "translations")
    set_message_language(settings.language)  # the services' messages follow the same choice
    unattended = args.smoke_test or bool(args.screenshot)

    if args.review:
        return review_mode(app, Path(args.review), unattended)
    from .application.startup import claim_database
    from .db.engine import sqlite_path

    url = resolve_database_url(args.db)
    if not args.db and not os.environ.get(DATABASE_URL_ENV) and settings.shared_database:
        shared = shared_database_url(settings, unattended)
        if shared is None:
            return 1
        url = shared
    path = sqlite_path(url)
    access = claim_database(path, look_at_location=False)  # run_on_database looks, once the tree is shown
    try:  # every way out lets go of the lock, or the next start would take this one for a crash
        return run_on_database(app, args, settings, store, url, path, access, unattended)
    finally:
        access.release()


def shared_database_url(settings: Settings, unattended: bool) -> str | None:
    """The remembered shared server (Arkiv → Delad databas…) with its password from the keyring, asked for when
    there is none (kept in memory only); None: the user cancelled. The environment's URL and --db win."""
    from .infra.shared_database import SharedDatabase, stored_password

    shared = SharedDatabase.from_settings(settings.shared_database)
    if shared is None:
        return resolve_database_url(None)
    password = None if shared.single_sign_on else stored_password(shared)
    if password is None and not shared.single_sign_on and not unattended:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        password, chosen = QInputDialog.getText(
            None, APP_NAME, f"Lösenord för {shared.display()}:", QLineEdit.EchoMode.Password)
        if not chosen:
            return None
    return shared.url(password or None)


def run_on_database(app, args: argparse.Namespace, settings: Settings, store: SettingsStore, url: str,
                    path: Path | None, access: DatabaseAccess, unattended: bool) -> int:
    """Check, open and show the database; the main window until it closes. The caller releases the lock."""
    from PySide6.QtWidgets import QMessageBox

    from .application.startup import check_file, read_only_file_banner
    from .domain.messages import msg
    from .ui.startup_recovery import check_before_start, recover_damaged_database

    def fail(message: str) -> int:
        if unattended:
            print(message, file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_NAME, message)
        return 1

    if path is not None:  # the start-up check every CLI command runs too: never blocks, never creates
        try:
            found = check_file(path, writing=False, what=msg("application.startup.the_program"))
        except DomainError as error:
            return fail(error.message)
        if found.exists and not found.writable and not access.read_only:
            access.read_only = True
            access.banners.append(("error", read_only_file_banner(path)))
    crashed = access.lock is not None and access.lock.took_over is not None
    check_now = check_before_start(path, crashed)
    if not access.read_only and check_now:
        try:
            outcome = recover_damaged_database(path, unattended)
        except DomainError as error:
            return fail(error.message)
        if not outcome.proceed:
            return 1
        if outcome.banner:
            access.banners.append(("warning", outcome.banner))
    # The order keeps every check before anything can be written: the writer lock was claimed (start), the file
    # checked and, when due, its integrity (above); the tree below is only read, with plain sqlite3 over a read-only
    # URI, and only at the schema head; open_database then makes the engine and migrates, and only the main window
    # built on it can write. The tree is shown before SQLAlchemy and the pages are imported (~0.3 s), and those
    # imports run in a thread while the event loop runs, so that the tree can be browsed and a group chosen.
    if path is not None and show_plain_tree(app, path):
        import_while_responsive(HEAVY_MODULES)
    from .application.startup import look_at_database_location

    look_at_database_location(access, path)  # its banner in the place claim_database gives it
    from .application.safety import BackupKeeper
    from .ui.first_window import chosen_group, close_first_window
    from .ui.main_window import MainWindow
    from .ui.startup_recovery import CHECK_DELAY_MS, BackgroundCheck
    from .ui.widgets.banner import BannerKind

    try:
        engine, uow = open_database(url, settings.actor, read_only=access.read_only)
    except Exception as error:  # a DomainError carries its sentence; anything else gets one
        return fail(error.message if isinstance(error, DomainError) else (
            f"Databasen kunde inte öppnas ({error.__class__.__name__}). Inget har ändrats av programmet."))
    window = None
    keeper = BackupKeeper(None if access.read_only else path, uow, engine=engine, migrations=migrations_dir())
    try:
        label = app.translate("App", "Database: %1").replace("%1", str(path) if path else url.split("@")[-1])
        keeper.watch()
        window = MainWindow(uow, settings, database_label=label, save_settings=store.save,
                            backups=keeper if path is not None and not access.read_only else None,
                            read_only=access.read_only, demo_loader=demo_loader(path))
        for kind, sentence in access.banners:
            window.add_banner(sentence, BannerKind[kind.upper()])
        chosen = chosen_group(app)  # a group chosen in the first window's tree while this window was built
        window.show()
        close_first_window(app)
        if args.select:
            window.select_group_named(args.select)
        elif chosen is not None:
            window.select_group(chosen)
        if not unattended and not access.read_only and not check_now and path is not None:
            window.background_check = BackgroundCheck(  # type: ignore[attr-defined]  # the window keeps it
                window, path, engine.dispose, reopen=lambda: reopen_after_repair(engine, path),
                delay_ms=CHECK_DELAY_MS)
        if not unattended and not access.read_only and path is not None:
            window.choose_user_at_first_start()  # a database file: the person using it, for the audit
        if not unattended and not access.read_only:
            from .infra.recovery import RecoveryStore
            from .ui.dialogs.recovery_dialog import offer_recovery

            offer_recovery(window, uow, RecoveryStore(), uow.database)
        if args.screenshot:
            app.processEvents()
            window.grab().save(args.screenshot)
            return 0
        if args.smoke_test:
            app.processEvents()
            ok = window.isVisible()
            print(f"{APP_NAME} {__version__}: smoke test {'ok' if ok else 'FAILED'} ({label})")
            return 0 if ok else 1
        return app.exec()
    finally:
        if window is not None:
            window.close()
        if not unattended:
            backup_on_closing(keeper)
        engine.dispose()


#: What the main window needs that the first window's tree does not: imported by ``import_while_responsive``.
HEAVY_MODULES = ("sqlalchemy", "sqlalchemy.orm", "samverkan_desktop.db.models", "samverkan_desktop.db.uow",
                 "samverkan_desktop.application.startup", "samverkan_desktop.application.safety",
                 "samverkan_desktop.services.groups", "samverkan_desktop.ui.main_window")


def import_while_responsive(names: tuple[str, ...]) -> None:
    """Import ``names`` in a thread while this (the GUI) thread runs the event loop: the first window's tree stays
    usable meanwhile. A failed import is left to the import that needs it next, in this thread, which reports it
    as ever. Nothing is built here: the engine and the windows are made afterwards, in this thread."""
    import importlib
    import threading

    from PySide6.QtCore import QEventLoop, QObject, Qt, Signal

    class Done(QObject):
        imported = Signal()

    loop, done = QEventLoop(), Done()
    done.imported.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def work() -> None:
        try:
            for name in names:
                importlib.import_module(name)
        except Exception:  # said where it is imported next (the start goes on in this thread)
            pass
        finally:  # the loop ends when the imports do: no polling that would take the GIL from them
            done.imported.emit()

    thread = threading.Thread(target=work, name="start-imports", daemon=True)
    thread.start()
    loop.exec()
    thread.join()


def show_plain_tree(app, path: Path) -> bool:
    """The group tree read plainly (services.quick_tree) in the first window, before SQLAlchemy loads; nothing
    when the file is new, not at the schema head or cannot be read so (the main window shows the tree as ever).
    True when the tree is shown."""
    from .db.preflight import read_schema
    from .db.revisions import quick_head
    from .services.quick_tree import read_group_tree
    from .ui.first_window import show_group_tree

    if not path.exists():
        return False
    try:
        schema = read_schema(path)
    except DomainError:
        return False
    nodes = read_group_tree(path, schema.revision, quick_head(migrations_dir()))
    if not nodes:
        return False
    return show_group_tree(app, nodes)


def demo_loader(path: Path | None):
    """The first-start page's demo: the sample data, its minutes published beside the database file. Injected
    into the main window, so that the UI never imports sampledata; publishing and sampledata are imported when
    the demo is loaded, not at start."""

    def load(uow: UnitOfWork, progress=None) -> object:  # progress(done, total, what): the dialog's bar
        from .application.publishing import demo_publisher
        from .sampledata import demo

        return demo.create_demo_data(uow, publish=demo_publisher(path), progress=progress)

    return load


def reopen_after_repair(engine: Engine, path: Path) -> None:
    """After the running app replaced a damaged file: a new one is owner-only, and any is brought to the schema."""
    from .db.files import create_private_file
    from .db.migrate import upgrade_database

    if not path.exists():
        create_private_file(path)
    engine.dispose()
    upgrade_database(engine, migrations_dir())


def backup_on_closing(keeper: BackupKeeper) -> None:
    """The closing backup; a failure is reported on stderr: the window is gone and nothing is lost by it."""
    from .application.safety import REASON_CLOSING

    try:
        keeper.wait_for_checks()
        keeper.backup_if_changed(REASON_CLOSING)
    except DomainError as error:
        print(f"Säkerhetskopian vid stängning kunde inte tas: {error.message}", file=sys.stderr)
    except Exception as error:  # never let a failed backup hide why the program ended
        print(f"Säkerhetskopian vid stängning kunde inte tas ({error.__class__.__name__}).", file=sys.stderr)


def review_mode(app, path: Path, unattended: bool) -> int:
    """The chair's side: read a review file, comment, approve, write a receipt. No database is opened."""
    from PySide6.QtWidgets import QMessageBox

    from .domain.review_file import load_review
    from .domain.strict_json import MAX_BYTES
    from .ui.first_window import close_first_window
    from .ui.review_window import ReviewWindow

    try:
        if path.stat().st_size > MAX_BYTES:
            raise DomainError("Granskningsfilen är för stor (högst 5 MB) och kan inte användas.")
        review = load_review(path.read_bytes())
    except OSError:
        message = f"Granskningsfilen {path.name} kan inte läsas."
    except DomainError as error:
        message = error.message
    else:
        window = ReviewWindow(review, path)
        window.show()
        close_first_window(app)
        if unattended:
            app.processEvents()
            window.close()
            return 0
        return app.exec()
    if unattended:
        print(message, file=sys.stderr)
    else:
        QMessageBox.critical(None, APP_NAME, message)
    return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

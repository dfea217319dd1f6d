"""Composition root of the GUI: settings -> engine -> migrations -> unit of work -> main window."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from sqlalchemy import Engine

from . import APP_NAME, __version__
from .config import Settings, SettingsStore, migrations_dir, resolve_database_url, resources_dir, settings_store
from .db.engine import create_database_engine, sqlite_path
from .db.migrate import upgrade_database
from .db.uow import UnitOfWork, create_unit_of_work
from .domain.errors import DomainError


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="samverkan-desktop", description=APP_NAME)
    parser.add_argument("--db", metavar="PATH", help="SQLite-databasfil (annars standardfilen i datamappen)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="öppna huvudfönstret, migrera databasen och avsluta med kod 0")
    parser.add_argument("--screenshot", metavar="PNG", help="spara en skärmbild av huvudfönstret och avsluta")
    parser.add_argument("--select", metavar="GRUPP", help="välj gruppen med detta namn vid start")
    parser.add_argument("--review", metavar="FIL", help="granska anteckningar i en granskningsfil (ingen databas)")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser.parse_args(argv)


def open_database(url: str, actor: str = "okänd") -> tuple[Engine, UnitOfWork]:
    """Engine, schema upgrade (with a backup first) and a unit of work; raises DomainError in words."""
    engine = create_database_engine(url)
    try:
        upgrade_database(engine, migrations_dir())
    except Exception:
        engine.dispose()
        raise
    return engine, create_unit_of_work(engine, actor)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .ui.i18n import install_translators
    from .ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Samverkan")
    store = settings_store()
    settings = store.load()
    install_translators(app, settings.language, resources_dir() / "translations")
    unattended = args.smoke_test or bool(args.screenshot)

    if args.review:
        return review_mode(app, Path(args.review), unattended)
    url = resolve_database_url(args.db)
    try:
        engine, uow = open_database(url, settings.actor)
    except Exception as error:  # a DomainError carries its sentence; anything else gets one
        message = error.message if isinstance(error, DomainError) else (
            f"Databasen kunde inte öppnas ({error.__class__.__name__}). Inget har ändrats av programmet.")
        if unattended:
            print(message, file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_NAME, message)
        return 1

    if not unattended:
        settings = offer_demo_data(uow, settings, store, sqlite_path(url))
    path = sqlite_path(url)
    label = app.translate("App", "Database: %1").replace("%1", str(path) if path else url.split("@")[-1])
    window = MainWindow(uow, settings, database_label=label, save_settings=store.save)
    window.show()
    if args.select:
        window.select_group_named(args.select)
    try:
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
        window.close()
        engine.dispose()


def review_mode(app, path: Path, unattended: bool) -> int:
    """The chair's side: read a review file, comment, approve, write a receipt. No database is opened."""
    from PySide6.QtWidgets import QMessageBox

    from .domain.review_file import load_review
    from .ui.review_window import ReviewWindow

    try:
        review = load_review(path.read_bytes())
    except OSError:
        message = f"Granskningsfilen {path.name} kan inte läsas."
    except DomainError as error:
        message = error.message
    else:
        window = ReviewWindow(review, path)
        window.show()
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


def offer_demo_data(uow: UnitOfWork, settings: Settings, store: SettingsStore,
                    database_file: Path | None = None) -> Settings:
    """On the first start with an empty database, offer the demo groups of the seed documents."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from .services import demo

    if settings.offered_demo or demo.has_register_data(uow):
        return settings
    settings = replace(settings, offered_demo=True)
    store.save(settings)
    answer = QMessageBox.question(
        None, APP_NAME,
        QCoreApplication.translate(
            "App",
            "The database is empty. Add demo data: the groups of Göteborgsområdet, VGR and the South-east "
            "healthcare region with their mandates and invented members?",
        ),
    )
    if answer == QMessageBox.StandardButton.Yes:
        try:
            from .publishing import demo_publisher

            demo.create_demo_data(uow, publish=demo_publisher(database_file))
        except DomainError as error:
            QMessageBox.warning(None, APP_NAME, error.message)
    return settings


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

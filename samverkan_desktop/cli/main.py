"""The ``samverkan`` command: the same services as the GUI, for scripts and for checking a database.

This module builds the parser from the topic modules beside it (each subcommand names its handler with
``set_defaults``, see ``cli.common``) and runs the start-up path the GUI runs too (``application.startup``):
check the file, claim the writer lock, open, migrate. Importing it imports neither SQLAlchemy nor an exporter;
each handler imports what it uses.
"""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
from collections.abc import Sequence

from .. import APP_NAME, __version__
from ..domain.errors import DomainError
from ..domain.messages import msg
from ..domain.messages import set_language as set_message_language
from ..infra.config import LANGUAGES, resolve_database_url, settings_store
from ..infra.logging_setup import describe, support_log
from . import admin, data, database, meetings, sample, transfer
from .common import FILE, NONE, OPEN, Context


def build_parser(language: str = "sv") -> argparse.ArgumentParser:
    """The parser, its help in ``language`` ("en": see ``cli.help_en``)."""
    parser = argparse.ArgumentParser(prog="samverkan", description=f"{APP_NAME}: kommandon för databasen")
    parser.add_argument("--db", metavar="PATH", help="SQLite-databasfil (annars standardfilen i datamappen)")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--debug", action="store_true", help="skriv mer detaljer i loggfilen (logs/ i datamappen)")
    parser.add_argument("--language", choices=LANGUAGES, help="språk för tjänsternas meddelanden: sv eller en "
                        "(annars språket som är valt i programmets inställningar)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="KOMMANDO")
    sample.add_parsers(commands)
    database.add_parsers(commands)
    meetings.add_parsers(commands)
    export = commands.add_parser("export", help="exportera ett mötes dokument, möteshandlingar eller "
                                 "e-postutkast, registret, öppna data (OParl) eller allt")
    kinds = export.add_subparsers(dest="kind", required=True, metavar="VAD")
    meetings.add_export_parsers(kinds)
    data.add_export_parsers(kinds)
    transfer.add_export_parsers(kinds)
    importing = commands.add_parser("import", help="läs in registret från Excel eller CSV, eller gamla anteckningar "
                                    "från Word")
    import_kinds = importing.add_subparsers(dest="kind", required=True, metavar="VAD")
    data.add_import_parsers(import_kinds)
    transfer.add_import_parsers(import_kinds)
    data.add_parsers(commands)
    admin.add_parsers(commands)
    if language == "en":
        from .help_en import to_english

        to_english(parser)
    return parser


def chosen_language(argv: Sequence[str] | None) -> str:
    """``--language`` read before the parser is built (its help follows it), else the settings' language."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--language", choices=LANGUAGES)
    known, _rest = early.parse_known_args(argv)
    return known.language or settings_store().load().language


def main(argv: Sequence[str] | None = None) -> int:
    language = chosen_language(argv)
    set_message_language(language)
    args = build_parser(language).parse_args(argv)
    with support_log(debug=args.debug) as log_file:
        try:
            return run(args)
        except Exception as error:  # not a DomainError (those are said in run): the traceback goes to the log
            logging.getLogger(__name__).critical("Command %s failed unexpectedly", args.command, exc_info=True)
            where = msg("cli.details_in_log", log_file=log_file) if log_file else msg("cli.details_above")
            print(msg("cli.unexpected", error=describe(error), where=where), file=sys.stderr)
            return 2


def run(args: argparse.Namespace) -> int:
    """Open what the command needs (``args.database``) and call its handler; a refusal is one sentence on
    stderr and exit 1."""
    ctx = Context(resolve_database_url(args.db))
    prepare = getattr(args, "prepare", None)
    if prepare is not None and not prepare(args):
        return 2
    try:
        if args.database == NONE:
            return args.handler(args, ctx)
        from ..application import startup

        with startup.command_database(ctx.url, f"samverkan {args.command}", writes=args.writes,
                                      vouches=args.vouches, open_engine=args.database == OPEN) as opened:
            ctx.path, ctx.uow, ctx.migration = opened.path, opened.uow, opened.migration
            return args.handler(args, ctx)
    except DomainError as error:
        logging.getLogger(__name__).info("Command %s refused: %s", args.command, error.message)
        print(msg("cli.error", text=error.message), file=sys.stderr)
        return 1
    except Exception as error:
        if not _database_error(error):
            raise
        # damage the checks did not see: one sentence
        print(msg("cli.error", text=msg("cli.database_unusable",
                                        error=f"{error.__class__.__name__}: {str(error)[:200]}")), file=sys.stderr)
        return 1


def _database_error(error: Exception) -> bool:
    """OSError, sqlite3.Error or SQLAlchemyError (which can only be raised once SQLAlchemy is imported)."""
    if isinstance(error, (OSError, sqlite3.Error)):
        return True
    exc = sys.modules.get("sqlalchemy.exc")
    return exc is not None and isinstance(error, exc.SQLAlchemyError)


__all__ = ["FILE", "NONE", "OPEN", "build_parser", "main", "run"]

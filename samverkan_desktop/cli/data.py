"""The ``samverkan`` commands for data in and out and for the follow-up lists: ``import register``, ``export
register`` / ``register-template``, ``search``, ``actions``, ``anchoring``, ``overview`` and ``reindex``. cli.main
parses the arguments and opens the database; these functions do the work, one per command."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from ..domain.codes import BackupReason
from ..domain.errors import ValidationError
from ..domain.messages import msg
from .common import NONE, Context, command, parse_date

FORMATS = ("table", "csv", "xlsx", "json")
#: Why a backup is taken before ``samverkan import``.
REASON_IMPORT = BackupReason.BEFORE_IMPORT


def add_export_parsers(kinds) -> None:
    """``export register`` and ``export register-template``."""
    for kind, what in (("register", "registret som Excel-arbetsbok"),
                       ("register-template", "en tom registermall att fylla i (behöver ingen databas)")):
        one = kinds.add_parser(kind, help=what)
        one.add_argument("file", metavar="FIL", type=Path, nargs="?", help="arbetsboken som skrivs (.xlsx)")
        one.add_argument("--out", metavar="FIL", type=Path, help="samma som FIL")
        one.set_defaults(prepare=_register_file)
        if kind == "register":
            command(one, export_register, vouches=True)
        else:
            command(one, export_register_template, database=NONE)


def _register_file(args: argparse.Namespace) -> bool:
    """``export register[-template] FIL``: the file may also be given as --out."""
    args.out = args.out or args.file
    if args.out is None:
        print(msg("cli.error", text=msg("cli.data.give_file", kind=args.kind)), file=sys.stderr)
        return False
    return True


def add_import_parsers(kinds) -> None:
    """``import register``."""
    register = kinds.add_parser("register", help="organisationer, personer, grupper och medlemskap från Excel eller "
                                "CSV, i en transaktion")
    register.add_argument("file", metavar="FIL", type=Path, help="Excel-arbetsbok (.xlsx) eller CSV-fil")
    register.add_argument("--dry-run", action="store_true", help="visa vad som skulle hända, spara inget")
    command(register, import_register, writes=True)


def add_parsers(commands) -> None:
    """The follow-up lists and ``reindex``."""
    search = commands.add_parser("search", help="sök i beslutsloggen")
    search.add_argument("query", metavar="SÖKORD", nargs="?", default="", help="ord att söka efter (förank*)")
    search.add_argument("--group", metavar="GRUPP", help="bara gruppen (namnet eller en unik del av det)")
    search.add_argument("--with-subgroups", action="store_true", help="med gruppens undergrupper")
    search.add_argument("--from", dest="date_from", metavar="DATUM", type=parse_date, help="från och med ÅÅÅÅ-MM-DD")
    search.add_argument("--to", dest="date_to", metavar="DATUM", type=parse_date, help="till och med ÅÅÅÅ-MM-DD")
    search.add_argument("--outcome", metavar="UTFALL", help="t.ex. beslutat, återremiss, bordlagd, struken")
    search.add_argument("--status", metavar="STATUS", help="ärendets status, t.ex. beslutat, återremitterat")
    command(_output(search), search_command)
    actions = commands.add_parser("actions", help="lista öppna åtgärder i alla grupper")
    actions.add_argument("--overdue", action="store_true", help="bara försenade")
    actions.add_argument("--all", action="store_true", help="även klara och avbrutna")
    command(_output(actions), actions_command)
    anchoring = commands.add_parser("anchoring", help="lista förankring som inte är genomförd")
    anchoring.add_argument("--all", action="store_true", help="även genomförd och ej aktuell")
    command(_output(anchoring), anchoring_command)
    overview = commands.add_parser("overview", help="uppföljningens översikt för ett år")
    overview.add_argument("--year", type=int, default=date.today().year, metavar="ÅR", help="år (standard: i år)")
    command(_output(overview), overview_command)
    command(commands.add_parser("reindex", help="bygg om sökindexet för beslutsloggen"), reindex, writes=True)


def _output(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--format", choices=FORMATS, default="table", help="table (standard), csv, xlsx, json")
    parser.add_argument("--out", metavar="FIL", type=Path, help="skriv till filen (krävs för xlsx)")
    return parser


# -- import and export of the register ---------------------------------------------------------------------
def import_register(args: argparse.Namespace, ctx: Context) -> int:
    """Exit 0 when imported (or a clean dry run), 1 when rows have problems (nothing imported)."""
    from ..application.safety import BackupKeeper
    from ..domain.register_table import SHEET_NAMES
    from ..importing.register_source import import_tables
    from ..importing.table_file import read_table_file
    from ..services.register_import import run_import

    uow, file, dry_run = ctx.uow, args.file, args.dry_run
    if not dry_run:
        BackupKeeper(ctx.path, uow).backup(REASON_IMPORT)

    started = time.perf_counter()
    raw = read_table_file(file)
    if raw.encoding:
        print(msg("cli.data.encoding", encoding=raw.encoding))
    tables, notes = import_tables(raw)
    for table in tables:
        print(f"{table.source}: {len(table.rows)} rader ({SHEET_NAMES[table.kind].lower()})")
    report = run_import(uow, tables, dry_run=dry_run, source=file.name)
    for line in (*notes, *report.describe()):
        print(line)
    if report.applied:
        print(msg("cli.data.done_in", seconds=f"{time.perf_counter() - started:.1f}"))
    return 1 if report.problem_count else 0


def export_register(args: argparse.Namespace, ctx: Context) -> int:
    from ..export.register_workbook import write_register_xlsx
    from ..services.register_export import register_tables

    tables = register_tables(ctx.uow)
    path = write_register_xlsx(tables, args.out)
    print(msg("cli.data.register_saved", path=path, organisations=len(tables.organisations), people=len(tables.people),
              groups=len(tables.groups), memberships=len(tables.memberships)))
    return 0


def export_register_template(args: argparse.Namespace, _ctx: Context) -> int:
    """No database needed."""
    from ..export.register_workbook import write_register_template

    print(msg("cli.data.template_saved", path=write_register_template(args.out)))
    return 0


# -- the follow-up lists -----------------------------------------------------------------------------------
def _find_group(uow, name: str) -> int:
    from ..domain.register_table import fold
    from ..services import groups

    choices = groups.group_choices(uow)
    exact = [ident for label, ident in choices if fold(label) == fold(name)]
    part = [(label, ident) for label, ident in choices if fold(name) in fold(label)]
    if exact:
        return exact[0]
    if len(part) == 1:
        return part[0][1]
    if not part:
        raise ValidationError(f"Ingen grupp heter {name!r}; se 'samverkan groups'.")
    raise ValidationError(f"Flera grupper matchar {name!r}: {', '.join(label for label, _ in part[:8])}.")


def _enum(enum_type, words: dict, text: str | None, what: str):
    from ..domain.register_table import fold

    if text is None:
        return None
    for member in enum_type:
        if fold(text) in (fold(member.value), fold(words[member])):
            return member
    raise ValidationError(msg("cli.data.unknown_word", what=msg(what), text=repr(text),
                              choices=", ".join(words.values())))


def search_command(args: argparse.Namespace, ctx: Context) -> int:
    from ..domain.enums import CaseStatus, Outcome
    from ..domain.wording import CASE_STATUS_WORDS, OUTCOME_WORDS
    from ..export.decision_log_table import HEADERS, write_decision_log_xlsx
    from ..services.decision_log import DecisionLogFilter, decision_log_export

    uow = ctx.uow
    wanted = DecisionLogFilter(
        text=args.query, group_id=_find_group(uow, args.group) if args.group else None,
        include_subgroups=args.with_subgroups, date_from=args.date_from, date_to=args.date_to,
        outcome=_enum(Outcome, OUTCOME_WORDS, args.outcome, "cli.data.the_outcome"),
        case_status=_enum(CaseStatus, CASE_STATUS_WORDS, args.status, "cli.data.the_case_status"))
    found = decision_log_export(uow, wanted)
    rows = [(line.group_name, line.meeting_on, line.paragraph, line.title, line.outcome, line.decision,
             line.case_status) for line in found.lines]
    if args.format == "xlsx":
        target = _require_out(args)
        write_decision_log_xlsx(found.lines, target, title=found.title)
        print(msg("cli.data.decisions_saved", count=len(rows), target=target))
        return 0
    return emit(args, found.title, HEADERS, rows, keys=("grupp", "datum", "paragraf", "rubrik", "utfall",
                                                         "beslut", "arendestatus"))


def actions_command(args: argparse.Namespace, ctx: Context) -> int:
    from ..domain.wording import ACTION_STATUS_WORDS
    from ..services.follow_up import ActionFilter, list_actions

    uow = ctx.uow
    today = date.today()
    rows = list_actions(uow, ActionFilter(overdue_only=args.overdue, open_only=not args.all), today)
    headers = ("Grupp", "Möte", "§", "Punkt", "Åtgärd", "Ansvarig", "Organisation", "Klart senast", "Status",
               "Försenad")
    values = [(r.group_name, r.meeting_on, r.paragraph, r.item_title, r.what, r.person_name, r.organisation_name,
               r.due_on, ACTION_STATUS_WORDS[r.status], "ja" if r.overdue else "") for r in rows]
    title = "Försenade åtgärder" if args.overdue else "Åtgärder"
    return emit(args, title, headers, values, keys=("grupp", "mote", "paragraf", "punkt", "atgard", "ansvarig",
                                                    "organisation", "klart_senast", "status", "forsenad"))


def anchoring_command(args: argparse.Namespace, ctx: Context) -> int:
    from ..domain.wording import ANCHORING_STATUS_WORDS
    from ..services.follow_up import anchoring_for

    uow = ctx.uow
    rows = anchoring_for(uow, pending_only=not args.all)
    headers = ("Part", "Grupp", "Möte", "§", "Beslut", "Status", "Datum", "Anteckning")
    values = [(r.organisation_name, r.group_name, r.meeting_on, r.paragraph, r.decision_text or r.item_title,
               ANCHORING_STATUS_WORDS[r.status], r.on_date, r.note) for r in rows]
    return emit(args, "Förankring", headers, values, keys=("part", "grupp", "mote", "paragraf", "beslut",
                                                          "status", "datum", "anteckning"))


def overview_command(args: argparse.Namespace, ctx: Context) -> int:
    from ..domain.calendar import check_year
    from ..services.overview import overview as findings

    uow = ctx.uow
    check_year(args.year, field="year")
    rows = findings(uow, args.year, date.today())
    headers = (msg("cli.overview.group"), msg("cli.overview.severity"), msg("cli.overview.what"),
               msg("cli.overview.date"))
    severity = {s: msg(f"cli.overview.severity.{s.name.lower()}") for s in {f.severity for f in rows}}
    values = [(f.group_name, severity[f.severity], f.text, f.on) for f in rows]
    if not values and args.format == "table":
        print(msg("cli.data.nothing_to_follow", year=args.year))
        return 0
    return emit(args, msg("cli.overview.title", year=args.year), headers, values,
                keys=("grupp", "allvar", "vad", "datum"))


def reindex(_args: argparse.Namespace, ctx: Context) -> int:
    from ..services.search import rebuild_index

    uow = ctx.uow

    def report(done: int, total: int) -> None:
        print(msg("cli.data.indexed", done=done, total=total), flush=True)

    started = time.perf_counter()
    done = rebuild_index(uow, report)
    if done is None:
        print(msg("cli.data.postgres_index"))
    else:
        print(msg("cli.data.reindexed", done=done, seconds=f"{time.perf_counter() - started:.1f}"))
    return 0


# -- output ------------------------------------------------------------------------------------------------
def _require_out(args: argparse.Namespace) -> Path:
    if args.out is None:
        raise ValidationError(msg("cli.data.out_for_xlsx"))
    return args.out


def _text(value: object) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, date) else str(value)


def emit(args: argparse.Namespace, title: str, headers: Sequence[str], rows: Sequence[Sequence[object]], *,
         keys: Sequence[str]) -> int:
    """Write ``rows`` in ``args.format``: to ``args.out`` if given, else to standard output (not xlsx)."""
    from ..export.decision_log_table import _csv_text
    from ..export.files import write_atomically

    if args.format == "xlsx":
        from ..export.register_workbook import write_table_xlsx

        target = write_table_xlsx(title, headers, rows, _require_out(args))
        print(msg("cli.data.rows_saved", count=len(rows), target=target))
        return 0
    if args.format == "json":
        text = json.dumps([{k: (v.isoformat() if isinstance(v, date) else v) for k, v in zip(keys, row, strict=True)}
                           for row in rows], ensure_ascii=False, indent=2) + "\n"
    elif args.format == "csv":
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow(headers)
        writer.writerows([_csv_text(_text(v)) for v in row] for row in rows)
        text = buffer.getvalue()
    else:
        text = _table(headers, rows) + (msg("cli.data.rows", count=len(rows)) if len(rows) != 1
                                        else msg("cli.data.one_row")) + "\n"
    if args.out is not None:
        data = text.encode("utf-8-sig" if args.format == "csv" else "utf-8")
        print(msg("cli.data.rows_saved", count=len(rows), target=write_atomically(args.out, data)))
    else:
        sys.stdout.write(text)
    return 0


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]], widest: int = 48) -> str:
    cells = [[_text(v).replace("\n", " ") for v in row] for row in rows]
    widths = [min(widest if i < len(headers) - 1 else 2 * widest, max([len(h)] + [len(r[i]) for r in cells]))
              for i, h in enumerate(headers)]

    def line(values: Sequence[str]) -> str:
        parts = [(v if len(v) <= w else v[:w - 1] + "…").ljust(w) for v, w in zip(values, widths, strict=True)]
        return "  ".join(parts).rstrip() + "\n"

    return line(headers) + line(["-" * w for w in widths]) + "".join(line(r) for r in cells)

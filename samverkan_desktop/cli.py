"""The ``samverkan`` command: the same services as the GUI, for scripts and for checking a database."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import inspect, text

from . import APP_NAME, __version__
from .config import migrations_dir, os_user, resolve_database_url
from .db.backup import backup_folder, integrity_problems, list_backups, restore_backup, take_backup
from .db.engine import create_database_engine, sqlite_path
from .db.migrate import current_revision, head_revision, upgrade_database
from .db.models import Base
from .db.uow import create_unit_of_work
from .domain.calendar import STOCKHOLM
from .domain.errors import DomainError, StorageError
from .safety import REASON_MANUAL, REASON_PUBLICATION, BackupKeeper


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="samverkan", description=f"{APP_NAME}: kommandon för databasen")
    parser.add_argument("--db", metavar="PATH", help="SQLite-databasfil (annars standardfilen i datamappen)")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="KOMMANDO")
    commands.add_parser("demo", help="lägg in demodata (grupperna i uppdragshandlingarna) i en tom databas")
    generate = commands.add_parser("generate", help="generera en stor, realistisk testdatabas i en tom databas "
                                   "(samma argument ger samma innehåll)")
    generate.add_argument("--scale", choices=tuple(GENERATE_SCALES),
                          help="full: 300 grupper i 20 år; tiondel: 30 grupper i 20 år")
    generate.add_argument("--groups", type=int, metavar="N", help="antal grupper (regioner, områden, grupper)")
    generate.add_argument("--years", type=int, metavar="N", help="antal kalenderår, till och med 2026")
    generate.add_argument("--seed", type=int, default=1, metavar="N", help="slumpfrö (standard 1)")
    commands.add_parser("migrate", help="uppgradera databasens schema (en säkerhetskopia tas först)")
    commands.add_parser("check", help="kontrollera databasens schema och integritet")
    commands.add_parser("backup", help="ta en kontrollerad säkerhetskopia av databasen nu")
    commands.add_parser("backups", help="lista säkerhetskopiorna, nyaste först")
    restore = commands.add_parser("restore", help="återställ databasen från en säkerhetskopia "
                                  "(den nuvarande sparas först)")
    restore.add_argument("file", metavar="FIL", type=Path, help="säkerhetskopian (se 'samverkan backups')")
    commands.add_parser("groups", help="lista grupperna som ett träd")
    commands.add_parser("verify", help="räkna om kontrollsumman för alla godkända anteckningar")
    listing = commands.add_parser("meetings", help="lista möten med id (för export)")
    listing.add_argument("--group", metavar="NAMN", help="bara grupper vars namn innehåller NAMN")
    publish = commands.add_parser("publish", help="publicera alla godkända, ännu inte publicerade anteckningar")
    publish.add_argument("--since", metavar="DATUM", type=_date, help="bara möten från och med DATUM (ÅÅÅÅ-MM-DD)")
    publish.add_argument("--out", metavar="MAPP", required=True, type=Path, help="mappen filerna skrivs till")
    publish.add_argument("--no-pdf", action="store_true", help="skriv bara Word, även om LibreOffice finns")
    export = commands.add_parser("export", help="exportera ett mötes anteckningar, kallelse eller kalenderinbjudan")
    export.add_argument("kind", choices=("minutes", "minutes-pdf", "notice", "ics"),
                        help="minutes (Word), minutes-pdf, notice (kallelse, Word) eller ics")
    export.add_argument("meeting", type=int, metavar="MÖTE", help="mötets id (se 'samverkan meetings')")
    export.add_argument("--out", metavar="FIL", required=True, type=Path, help="filen som skrivs")
    return parser


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} är inte ett datum (ÅÅÅÅ-MM-DD)") from None


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    url = resolve_database_url(args.db)
    lock = None
    try:
        if args.command in WRITERS and sqlite_path(url) is not None:
            lock = claim_writer(sqlite_path(url), args.command)
        if args.command in ("backup", "backups", "restore"):  # no engine: it would touch the file
            return backup_command(args, sqlite_path(url))
        engine = create_database_engine(url)
        try:
            if args.command == "check":
                return check(engine)
            path = sqlite_path(url)
            if lock is None and path is not None and path.exists():
                lock = _reader_lock(path)
            if path is not None and path.exists() and lock is None:
                # Beside a running app (it holds the lock): read, but never upgrade the schema under it.
                if current_revision(engine) != head_revision(migrations_dir()):
                    raise StorageError("Databasen är öppen i Samverkan och har ett annat schema än det här "
                                       "kommandot; stäng programmet först.")
                result = None
            else:
                result = upgrade_database(engine, migrations_dir())
            uow = create_unit_of_work(engine, os_user())
            if args.command == "migrate":
                if result.before == result.after:
                    print(f"Databasen har redan senaste schemat ({result.after}).")
                else:
                    print(f"Schemat uppgraderat från {result.before or 'tom databas'} till {result.after}.")
                    if result.backup:
                        print(f"Säkerhetskopia: {result.backup}")
            elif args.command == "demo":
                from .publishing import demo_publisher
                from .services import demo

                summary = demo.create_demo_data(uow, publish=demo_publisher(sqlite_path(url)))
                print(f"Demodata inlagd: {summary.groups} grupper, {summary.organisations} organisationer, "
                      f"{summary.people} personer, {summary.memberships} medlemskap, {summary.meetings} möten.")
            elif args.command == "generate":
                return generate_command(uow, args)
            elif args.command == "groups":
                print_group_tree(uow)
            elif args.command == "verify":
                return verify(uow)
            elif args.command == "meetings":
                list_meetings(uow, args.group)
            elif args.command == "publish":
                BackupKeeper(sqlite_path(url), uow).backup(REASON_PUBLICATION)
                return publish(uow, args.since, args.out, with_pdf=not args.no_pdf)
            elif args.command == "export":
                return export(uow, args.kind, args.meeting, args.out)
        finally:
            engine.dispose()
    except DomainError as error:
        print(f"Fel: {error.message}", file=sys.stderr)
        return 1
    finally:
        if lock is not None:
            lock.release()
    return 0


#: Commands that change the database: they need to be its one writer, as the GUI is while it is open.
WRITERS = frozenset({"restore", "migrate", "demo", "generate", "publish"})


def _reader_lock(db_file: Path):
    """The writer lock for a reading command, which may upgrade the schema first; None while the GUI holds it."""
    from .db.lock import acquire_writer_lock

    outcome = acquire_writer_lock(db_file)
    return outcome if outcome.acquired else None


def claim_writer(db_file: Path, command: str):
    """The writer lock, or a refusal in words naming who holds it (the GUI, most likely)."""
    from .db.lock import acquire_writer_lock

    outcome = acquire_writer_lock(db_file)
    if outcome.acquired or not db_file.exists():
        return outcome if outcome.acquired else None
    who = f" ({outcome.holder.describe()})" if outcome.holder else ""
    raise StorageError(f"Databasen är öppen i Samverkan{who}. Stäng programmet innan du kör "
                       f"'samverkan {command}'; inget har ändrats.")


def check(engine) -> int:
    """Report schema version and SQLite's own integrity check without changing anything. A database server
    enforces keys and constraints itself; there the check is that every table of the schema is present."""
    path = sqlite_path(str(engine.url))
    server = engine.dialect.name != "sqlite"
    try:
        current = current_revision(engine)
        head = head_revision(migrations_dir())
        problems: list[str] = []
        if path is not None:  # read-only, and the foreign-key problems in words
            problems = integrity_problems(path)
        elif not server:
            with engine.connect() as connection:
                problems = [row[0] for row in connection.execute(text("PRAGMA integrity_check"))]
                problems = [p for p in problems if p != "ok"]
                problems += [str(tuple(row)) for row in connection.execute(text("PRAGMA foreign_key_check"))]
        elif current == head:
            present = set(inspect(engine).get_table_names())
            problems = [f"tabellen {name} saknas" for name in sorted(set(Base.metadata.tables) - present)]
    except Exception as exc:  # a damaged file fails in many ways; the user needs the one sentence
        print(f"Fel: databasen kan inte läsas ({exc.__class__.__name__}).", file=sys.stderr)
        return 1
    print(f"Databas: {path or engine.url.render_as_string(hide_password=True)}")
    print(f"Schema: {current or 'tomt'} (programmets: {head})")
    if problems:
        print("Integritetsfel:")
        for problem in problems:
            print(f"  {problem}")
        return 1
    if current != head:
        print("Schemat behöver uppgraderas: kör 'samverkan migrate' eller starta programmet.")
    if not server:
        print("Integritet: ok")
    elif current == head:
        print("Integritet: ok (alla tabeller finns; databasservern upprätthåller nycklar och villkor)")
    return 0


def backup_command(args: argparse.Namespace, db_file: Path | None) -> int:
    """``backup``, ``backups`` and ``restore FILE``: SQLite files only, without opening an engine."""
    if db_file is None:
        raise StorageError("Säkerhetskopior finns bara för en SQLite-databasfil (PostgreSQL: använd pg_dump).")
    if args.command == "backup":
        info = take_backup(db_file, REASON_MANUAL)
        print(f"Säkerhetskopia sparad: {info.path}")
        print(f"Storlek: {_size(info.size)}, tagen {_local(info.taken_at)}.")
    elif args.command == "backups":
        found = list_backups(db_file)
        if not found:
            print(f"Inga säkerhetskopior finns i {backup_folder(db_file)}.")
        for info in found:
            print(f"{_local(info.taken_at)}  {_size(info.size):>9}  {info.reason:<22} {info.path}")
    else:
        replaced = restore_backup(args.file, db_file)
        if replaced is not None and replaced.reason == "skadad":
            print(f"Den skadade databasen flyttades undan till {replaced.path}.")
        elif replaced is not None:
            print(f"Säkerhetskopia av databasen som ersattes: {replaced.path} ({_size(replaced.size)}).")
        print(f"Databasen {db_file} är återställd från {args.file}.")
    return 0


def _local(moment) -> str:
    return f"{moment.astimezone(STOCKHOLM):%Y-%m-%d %H:%M}"


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} kB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


GENERATE_SCALES = {"full": (300, 20), "tiondel": (30, 20)}


def generate_command(uow, args: argparse.Namespace) -> int:
    """Exit 0 with the rows written per table; 2 when neither a scale nor both sizes are given."""
    import time

    from .services.generate import generate

    groups, years = GENERATE_SCALES.get(args.scale, (None, None))
    groups, years = args.groups or groups, args.years or years
    if groups is None or years is None:
        print("Fel: ange --scale eller både --groups och --years.", file=sys.stderr)
        return 2
    step = max(groups // 10, 1)

    def report(done: int, total: int, name: str) -> bool:
        if done % step == 0 or done == total:
            print(f"[{done}/{total}] {name}", flush=True)
        return True

    started = time.perf_counter()
    summary = generate(uow, groups=groups, years=years, seed=args.seed, progress=report)
    print(f"Testdata genererade på {time.perf_counter() - started:.0f} s (frö {args.seed}):")
    for table, rows in summary.as_dict().items():
        print(f"  {table}: {rows}")
    return 0


def verify(uow) -> int:
    """Exit 0 when every approved minutes still has the content its approval covers and the audit chain is
    whole, else 2 with the list and the first broken link of the chain."""
    from .services import approval, audit

    problems = approval.verify_all(uow)
    for problem in problems:
        print(problem.describe())
    if problems:
        print(f"{len(problems)} godkända anteckningar stämmer inte med sina godkännanden.")
    else:
        print("Alla godkända anteckningar stämmer med sina godkännanden.")
    chain = audit.verify_chain(uow)
    if chain.broken is not None:
        print(chain.broken.describe())
        print(f"Granskningsloggen stämmer fram till händelse {chain.broken.event_id} ({chain.events} händelser "
              "före den är obrutna).")
    else:
        print(f"Granskningsloggen är obruten ({chain.events} händelser).")
    return 2 if problems or chain.broken is not None else 0


def list_meetings(uow, name_part: str | None) -> None:
    from .services import groups, meetings

    for group in groups.list_group_tree(uow):
        if name_part and name_part.casefold() not in group.name.casefold():
            continue
        for m in meetings.list_meetings(uow, group.id):
            print(f"{m.id:>6}  {m.starts_at.astimezone(STOCKHOLM):%Y-%m-%d %H:%M}  {group.name}  "
                  f"({m.status.value}, anteckningar: {m.minutes_status.value})")


def publish(uow, since: date | None, folder: Path, *, with_pdf: bool) -> int:
    """Exit 0 when everything waiting was published, 1 when some minutes could not be (named)."""
    from .export.pdf import pdf_unavailable_reason
    from .publishing import publish_since

    reason = pdf_unavailable_reason() if with_pdf else None
    if reason:
        print(f"Bara Word: {reason}")

    def report(done: int, total: int, what: str) -> bool:
        if what:
            print(f"[{done + 1}/{total}] {what}")
        return True

    result = publish_since(uow, since, folder, with_pdf=with_pdf and reason is None, progress=report)
    for line in result.removed:
        print(f"Borttaget ur publiceringen: {line}")
    for meeting, message in result.failures:
        print(f"Fel: {meeting.group_name} {meeting.starts_at.astimezone(STOCKHOLM):%Y-%m-%d}: {message}",
              file=sys.stderr)
    if not result.published and not result.failures:
        print("Inga godkända anteckningar väntar på publicering.")
    else:
        print(f"{len(result.published)} filer publicerade i {folder}" +
              (f"; förteckning: {result.manifest.name}" if result.manifest else "") + ".")
    return 1 if result.failures else 0


def export(uow, kind: str, meeting_id: int, target: Path) -> int:
    from .publishing import ExportKind, export_document

    result = export_document(uow, ExportKind(kind), meeting_id, target)
    for line in result.removed:
        print(f"Borttaget: {line}")
    print(f"Sparad: {result.path}" + (" (utkast, inte godkänt)" if result.draft else ""))
    if result.lapsed:  # approved minutes changed since: written as UTKAST; exit 2, as verify does
        print(f"Varning: {result.lapsed} Kontrollera godkännandena (samverkan verify).", file=sys.stderr)
        return 2
    return 0


def print_group_tree(uow) -> None:
    from .services import groups

    nodes = groups.list_group_tree(uow)
    children: dict[int | None, list] = {}
    ids = {n.id for n in nodes}
    for node in nodes:
        children.setdefault(node.parent_id if node.parent_id in ids else None, []).append(node)

    def walk(parent: int | None, depth: int) -> None:
        for node in children.get(parent, []):
            chair = f" – ordf. {node.chair_name}" if node.chair_name else ""
            print(f"{'  ' * depth}{node.name} ({node.member_count} medlemmar){chair}")
            walk(node.id, depth + 1)

    walk(None, 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

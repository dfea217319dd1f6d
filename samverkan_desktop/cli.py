"""The ``samverkan`` command: the same services as the GUI, for scripts and for checking a database."""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from . import APP_NAME, __version__, cli_admin, cli_data, cli_transfer
from .application.safety import REASON_MANUAL, REASON_PUBLICATION, BackupKeeper
from .application.startup import StartupCheck, check_database, check_file
from .db.backup import backup_folder, integrity_problems, list_backups, restore_backup, take_backup
from .db.engine import create_database_engine, sqlite_path
from .db.migrate import current_revision, head_revision, upgrade_database
from .db.models import Base
from .db.preflight import known_revisions, read_schema, require_known_schema
from .db.uow import create_unit_of_work
from .domain.calendar import STOCKHOLM
from .domain.codes import BackupReason
from .domain.errors import DomainError, StorageError
from .infra.config import migrations_dir, os_user, resolve_database_url
from .infra.logging_setup import describe, support_log


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="samverkan", description=f"{APP_NAME}: kommandon för databasen")
    parser.add_argument("--db", metavar="PATH", help="SQLite-databasfil (annars standardfilen i datamappen)")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--debug", action="store_true", help="skriv mer detaljer i loggfilen (logs/ i datamappen)")
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
    commands.add_parser("verify", help="räkna om kontrollsumman och kontrollera signaturen för alla godkända "
                        "anteckningar, och bilagornas kontrollsummor")
    register_key = commands.add_parser("register-key", help="registrera en ordförandes publika signeringsnyckel")
    register_key.add_argument("person", metavar="PERSON", help="personens id eller fullständiga namn")
    register_key.add_argument("file", metavar="FIL", type=Path, help="den publika nyckelfilen (.pub)")
    verify_published = commands.add_parser("verify-published", help="kontrollera en publicerad mapp utan databas "
                                           "(godkännandeposter, signaturer, filernas kontrollsummor)")
    verify_published.add_argument("folder", metavar="MAPP", type=Path, help="mappen med manifest.csv")
    listing = commands.add_parser("meetings", help="lista möten med id (för export)")
    listing.add_argument("--group", metavar="NAMN", help="bara grupper vars namn innehåller NAMN")
    publish = commands.add_parser("publish", help="publicera alla godkända, ännu inte publicerade anteckningar")
    publish.add_argument("--since", metavar="DATUM", type=_date, help="bara möten från och med DATUM (ÅÅÅÅ-MM-DD)")
    publish.add_argument("--out", metavar="MAPP", required=True, type=Path, help="mappen filerna skrivs till")
    publish.add_argument("--no-pdf", action="store_true", help="skriv bara Word, även om LibreOffice finns")
    export = commands.add_parser("export", help="exportera ett mötes dokument, möteshandlingar eller "
                                 "e-postutkast, registret, öppna data (OParl) eller allt")
    kinds = export.add_subparsers(dest="kind", required=True, metavar="VAD")
    for kind, what in (("minutes", "anteckningar (Word)"), ("minutes-pdf", "anteckningar (PDF)"),
                       ("notice", "kallelse (Word)"), ("ics", "kalenderinbjudan (.ics)"),
                       ("pack", "möteshandlingar (en PDF: kallelsen och alla bilagor)"),
                       ("invitation-mail", "kallelse som e-postutkast (.eml)"),
                       ("review-mail", "e-postutkast till ordföranden med granskningsfilen (.eml)"),
                       ("minutes-mail", "e-postutkast med de publicerade anteckningarna (.eml)")):
        one = kinds.add_parser(kind, help=f"ett mötes {what}")
        one.add_argument("meeting", type=int, metavar="MÖTE", help="mötets id (se 'samverkan meetings')")
        one.add_argument("--out", metavar="FIL", required=True, type=Path, help="filen som skrivs")
    for kind, what in (("register", "registret som Excel-arbetsbok"),
                       ("register-template", "en tom registermall att fylla i (behöver ingen databas)")):
        one = kinds.add_parser(kind, help=what)
        one.add_argument("file", metavar="FIL", type=Path, nargs="?", help="arbetsboken som skrivs (.xlsx)")
        one.add_argument("--out", metavar="FIL", type=Path, help="samma som FIL")
    cli_transfer.add_data_parsers(commands, kinds)
    cli_transfer.add_import_parsers(commands)
    cli_data.add_parsers(commands)
    cli_admin.add_parsers(commands)
    return parser


REGISTER_EXPORTS = ("register", "register-template")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} är inte ett datum (ÅÅÅÅ-MM-DD)") from None


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    with support_log(debug=args.debug) as log_file:
        try:
            return run(args)
        except Exception as error:  # not a DomainError (those are said in run): the traceback goes to the log
            logging.getLogger(__name__).critical("Command %s failed unexpectedly", args.command, exc_info=True)
            where = f"Detaljerna finns i loggfilen {log_file}." if log_file else "Detaljerna står ovan."
            print(f"Ett oväntat fel inträffade ({describe(error)}); kommandot avbröts. {where}", file=sys.stderr)
            return 2


def run(args: argparse.Namespace) -> int:
    url = resolve_database_url(args.db)
    if args.command == "admin":
        return cli_admin.run(args, url)
    if args.command == "check":
        return check(url)
    if args.command == "export" and not _export_arguments(args):
        return 2
    if args.command == "export" and args.kind == "register-template":  # no database needed
        try:
            return cli_data.export_register_template(args.out)
        except DomainError as error:
            print(f"Fel: {error.message}", file=sys.stderr)
            return 1
    lock = None
    try:
        if args.command == "verify-published":  # no database at all
            return verify_published_command(args.folder)
        found = startup_check(args.command, url)  # before any lock, engine or file is made
        path = sqlite_path(url)
        if args.command in WRITERS and path is not None:
            lock = claim_writer(path, args.command)
        if args.command in ("backup", "backups", "restore"):  # no engine: it would touch the file
            return backup_command(args, path)
        engine = create_database_engine(url, read_only=found.read_only)
        try:
            if lock is None and path is not None and path.exists() and not found.read_only:
                lock = _reader_lock(path)
            if path is not None and path.exists() and lock is None:
                # Beside a running app (it holds the lock), or a read-only file: read, never upgrade the schema.
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
                from .application.publishing import demo_publisher
                from .sampledata import demo

                summary = demo.create_demo_data(uow, publish=demo_publisher(sqlite_path(url)))
                print(f"Demodata inlagd: {summary.groups} grupper, {summary.organisations} organisationer, "
                      f"{summary.people} personer, {summary.memberships} medlemskap, {summary.meetings} möten.")
            elif args.command == "generate":
                return generate_command(uow, args)
            elif args.command == "groups":
                print_group_tree(uow)
            elif args.command == "verify":
                return verify(uow)
            elif args.command == "register-key":
                return register_key_command(uow, args.person, args.file)
            elif args.command == "meetings":
                list_meetings(uow, args.group)
            elif args.command == "publish":
                BackupKeeper(sqlite_path(url), uow).backup(REASON_PUBLICATION)
                return publish(uow, args.since, args.out, with_pdf=not args.no_pdf)
            elif args.command == "export" and args.kind == "register":
                return cli_data.export_register(uow, args.out)
            elif args.command == "export" and args.kind in DATA_EXPORTS:
                return cli_transfer.run_data_export(uow, args)
            elif args.command == "export":
                return export(uow, args.kind, args.meeting, args.out)
            elif args.command == "import" and args.kind == "register":
                if not args.dry_run:
                    BackupKeeper(sqlite_path(url), uow).backup(REASON_IMPORT)
                return cli_data.import_register(uow, args.file, dry_run=args.dry_run)
            elif args.command == "import":
                return cli_transfer.run_data_import(uow, args)
            elif args.command in ("search", "actions", "anchoring", "overview"):
                return getattr(cli_data, args.command)(uow, args)
            elif args.command == "reindex":
                return cli_data.reindex(uow)
        finally:
            engine.dispose()
    except DomainError as error:
        logging.getLogger(__name__).info("Command %s refused: %s", args.command, error.message)
        print(f"Fel: {error.message}", file=sys.stderr)
        return 1
    except (OSError, sqlite3.Error, SQLAlchemyError) as error:  # damage the checks did not see: one sentence
        print(f"Fel: databasen kunde inte användas ({error.__class__.__name__}: {str(error)[:200]}). "
              "Kör 'samverkan check'.", file=sys.stderr)
        return 1
    finally:
        if lock is not None:
            lock.release()
    return 0


#: Commands whose output speaks for the content: the quick check runs first whatever the database's size.
VOUCHING = frozenset({"verify", "export", "publish"})


def startup_check(command: str, url: str) -> StartupCheck:
    """The start-up check the GUI runs (``startup``), chosen for the command: ``restore`` needs a place to write
    (the damaged database it replaces is moved aside, so no integrity check), ``backups`` and ``backup`` only a
    readable file (a backup is checked on its own); every other command a sound database of a known schema."""
    path = sqlite_path(url)
    if command in ("restore", "backup", "backups"):
        if path is not None:
            check_file(path, writing=command == "restore", what=f"'samverkan {command}'")
        return StartupCheck()
    return check_database(url, writing=command in WRITERS, vouches=command in VOUCHING,
                          what=f"'samverkan {command}'")


#: Commands that change the database: they need to be its one writer, as the GUI is while it is open.
WRITERS = frozenset({"restore", "migrate", "demo", "generate", "publish", "register-key", "import", "reindex"})
#: Why a backup is taken before ``samverkan import``.
REASON_IMPORT = BackupReason.BEFORE_IMPORT
#: Handled in cli_transfer.py: the whole database out, open data.
DATA_EXPORTS = frozenset({"all", "oparl"})


def _export_arguments(args: argparse.Namespace) -> bool:
    """``export register[-template] FIL``: the file may also be given as --out."""
    if args.kind in REGISTER_EXPORTS:
        args.out = args.out or args.file
        if args.out is None:
            print(f"Fel: ange filen: samverkan export {args.kind} FIL.xlsx", file=sys.stderr)
            return False
    return True


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


def check(url: str) -> int:
    """Report schema version and integrity; never creates or changes anything (a SQLite file is opened with
    ``mode=ro``). Exit 0 when sound (an older schema is said, not an error), 1 otherwise. A database server
    enforces keys and constraints itself; there the check is that every table of the schema is present."""
    path = sqlite_path(url)
    head = head_revision(migrations_dir())
    try:
        if path is None:
            current, problems, server = _check_engine(url, head)
        else:
            current, problems, server = _check_file(path, head), [], False
            problems = integrity_problems(path)
    except DomainError as error:
        print(f"Fel: {error.message}", file=sys.stderr)
        return 1
    except Exception as exc:  # a damaged file fails in many ways; the user needs the one sentence
        print(f"Fel: databasen kan inte läsas ({exc.__class__.__name__}).", file=sys.stderr)
        return 1
    where = path or make_url(url).render_as_string(hide_password=True)
    print(f"Databas: {where}")
    print(f"Schema: {current or 'tomt'} (programmets: {head})")
    if problems:
        print("Integritetsfel:")
        for problem in problems:
            print(f"  {problem}")
        return 1
    if current is not None and current not in known_revisions(migrations_dir()):
        print(f"Fel: schemat {current} är nyare än programmets ({head}); uppdatera programmet.", file=sys.stderr)
        return 1
    if current != head:
        print("Schemat behöver uppgraderas: kör 'samverkan migrate' eller starta programmet.")
    if not server:
        print("Integritet: ok")
    elif current == head:
        print("Integritet: ok (alla tabeller finns; databasservern upprätthåller nycklar och villkor)")
    return 0


def _check_file(path: Path, head: str) -> str:
    """The schema of a SQLite file, read-only; an absent, empty, foreign or newer one refused in words."""
    found = check_file(path, writing=False, what="'samverkan check'")
    if not found.exists:
        raise StorageError(f"Databasfilen {path} finns inte; inget har skapats.")
    if found.size == 0:
        raise StorageError(f"Databasfilen {path} är tom: den har inget schema ännu. Inget har ändrats; kör "
                           "'samverkan migrate' för att skapa schemat.")
    schema = read_schema(path)
    require_known_schema(path, schema, migrations_dir(), head=head)
    if schema.revision is None:
        raise StorageError(f"Databasen {path} har inget schema ännu; kör 'samverkan migrate'.")
    return schema.revision


def _check_engine(url: str, head: str) -> tuple[str | None, list[str], bool]:
    """PostgreSQL (and in-memory SQLite): the revision and any missing table."""
    engine = create_database_engine(url)
    try:
        server = engine.dialect.name != "sqlite"
        current = current_revision(engine)
        problems: list[str] = []
        if not server:
            with engine.connect() as connection:
                problems = [row[0] for row in connection.execute(text("PRAGMA integrity_check"))]
                problems = [p for p in problems if p != "ok"]
                problems += [str(tuple(row)) for row in connection.execute(text("PRAGMA foreign_key_check"))]
        elif current == head:
            present = set(inspect(engine).get_table_names())
            problems = [f"tabellen {name} saknas" for name in sorted(set(Base.metadata.tables) - present)]
        return current, problems, server
    finally:
        engine.dispose()


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
        if replaced is not None and replaced.reason == BackupReason.DAMAGED:
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

    from .sampledata.generate import generate

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


#: What verify's progress lines call each check (services.verification's "what").
VERIFY_STEPS = {"minutes": "Kontrollsummor", "signatures": "Signaturer"}


def _progress_to_stderr(every_percent: int = 10):
    """verify's progress on stderr (stdout stays the findings): a line at each tenth of the way and at the end."""
    shown: dict[str, int] = {}

    def report(done: int, total: int, what: str) -> bool:
        percent = 100 if total == 0 else done * 100 // total
        step = percent // every_percent
        if done and shown.get(what, -1) < step:
            shown[what] = step
            print(f"{VERIFY_STEPS.get(what, what)}: {done}/{total} ({percent} %)", file=sys.stderr, flush=True)
        return True

    return report


def verify(uow) -> int:
    """Exit 0 when every approved minutes still has the content its approval covers, every signature holds
    (unsigned approvals are listed, and do not fail the check), every attachment has its SHA-256 and the audit
    chain is whole; else 2 with the list and the first broken link of the chain."""
    from .services import approval, attachments, audit, signing

    progress = _progress_to_stderr()
    problems = approval.verify_all(uow, progress)
    for problem in problems:
        print(problem.describe())
    checks = signing.verify_signatures(uow, progress)
    for check in checks:
        print(check.describe())
    invalid = [c for c in checks if c.problem]
    unsigned = [c for c in checks if not c.signed]
    signed = len(checks) - len(invalid) - len(unsigned)
    print(f"Signaturer: {signed} giltiga, {len(unsigned)} osignerade godkännanden, {len(invalid)} ogiltiga.")
    if problems:
        print(f"{len(problems)} godkända anteckningar stämmer inte med sina godkännanden.")
    if invalid:
        print(f"{len(invalid)} godkännanden har en ogiltig signatur: de kan ha förfalskats i databasen.")
    if not (problems or invalid):
        print("Alla godkända anteckningar stämmer med sina godkännanden" +
              (" (osignerade godkännanden visar inte vem som godkände)." if unsigned else "."))
    damaged = attachments.verify_attachments(uow)
    for attachment in damaged:
        print(attachment.describe())
    if damaged:
        print(f"{len(damaged)} bilagor saknas eller är skadade.")
    chain = audit.verify_chain(uow)
    if chain.broken is not None:
        print(chain.broken.describe())
        print(f"Granskningsloggen stämmer fram till händelse {chain.broken.event_id} ({chain.events} händelser "
              "före den är obrutna).")
    else:
        print(f"Granskningsloggen är obruten ({chain.events} händelser).")
    return 2 if problems or invalid or damaged or chain.broken is not None else 0


def register_key_command(uow, who: str, file: Path) -> int:
    """Register a public key file on a person given by id or exact name; prints the fingerprint to compare."""
    from .domain.errors import ValidationError
    from .services import people, signing

    try:
        if file.stat().st_size > 64 * 1024:
            raise ValidationError(f"{file.name} är för stor för en publik nyckel.")
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise ValidationError(f"Nyckelfilen {file.name} kan inte läsas.") from None
    found = [p for p in people.list_people(uow) if str(p.id) == who.strip() or p.name == who.strip()]
    if len(found) != 1:
        raise ValidationError(f"Ingen person heter {who!r}." if not found else
                              f"Flera personer heter {who!r}: ange id i stället.")
    key = signing.register_key(uow, found[0].id, text)
    print(f"Nyckeln är registrerad på {key.person_name}.")
    print(f"Fingeravtryck: {key.fingerprint}")
    print("Jämför fingeravtrycket med nyckelns ägare, till exempel per telefon.")
    return 0


def verify_published_command(folder: Path) -> int:
    from .export.approval_record import verify_published

    report = verify_published(folder)
    for line in report.lines:
        print(line)
    print(report.summary)
    return 0 if report.ok else 2


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
    from .application.publishing import publish_since
    from .export.pdf import pdf_unavailable_reason

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
    from .application.publishing import ExportKind, export_document

    if kind in SENDING_KINDS:
        return export_for_sending(uow, kind, meeting_id, target)

    result = export_document(uow, ExportKind(kind), meeting_id, target)
    for line in result.removed:
        print(f"Borttaget: {line}")
    print(f"Sparad: {result.path}" + (" (utkast, inte godkänt)" if result.draft else ""))
    if result.lapsed:  # approved minutes changed since: written as UTKAST; exit 2, as verify does
        print(f"Varning: {result.lapsed} Kontrollera godkännandena (samverkan verify).", file=sys.stderr)
        return 2
    return 0


SENDING_KINDS = ("pack", "invitation-mail", "review-mail", "minutes-mail")


def export_for_sending(uow, kind: str, meeting_id: int, target: Path) -> int:
    """The meeting pack (PDF) or an e-mail draft (.eml) of the meeting; nothing is sent."""
    from .application import sending

    if kind == "pack":
        result = sending.export_meeting_pack(uow, meeting_id, target, step=lambda what: print(f"{what} …"))
        for line in result.removed:
            print(f"Borttaget: {line}")
        print(f"Sparad: {result.path} ({result.pages} sidor)")
        return 0
    write = {"invitation-mail": sending.write_invitation_mail, "minutes-mail": sending.write_minutes_mail,
             "review-mail": lambda uow, meeting, path: sending.write_review_mail(uow, meeting, path)}[kind]
    mail = write(uow, meeting_id, target)
    for line in mail.lines:
        print(line)
    print(f"Utkast sparat: {mail.path}. Öppna det i e-postprogrammet och skicka.")
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

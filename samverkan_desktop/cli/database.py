"""``samverkan migrate``, ``check``, ``backup``, ``backups``, ``restore``, ``verify``, ``verify-published`` and
``register-key``: the database itself, its backups and the trust in what it holds (docs/ARCHITECTURE.md, trust)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..domain.codes import BackupReason
from .common import FILE, NONE, Context, command, local


def add_parsers(commands) -> None:
    command(commands.add_parser("migrate", help="uppgradera databasens schema (en säkerhetskopia tas först)"),
            migrate, writes=True)
    command(commands.add_parser("check", help="kontrollera databasens schema och integritet"), check, database=NONE)
    command(commands.add_parser("backup", help="ta en kontrollerad säkerhetskopia av databasen nu"),
            backup, database=FILE)
    command(commands.add_parser("backups", help="lista säkerhetskopiorna, nyaste först"), backups, database=FILE)
    restore_parser = commands.add_parser("restore", help="återställ databasen från en säkerhetskopia "
                                         "(den nuvarande sparas först)")
    restore_parser.add_argument("file", metavar="FIL", type=Path, help="säkerhetskopian (se 'samverkan backups')")
    command(restore_parser, restore, database=FILE, writes=True)
    command(commands.add_parser("verify", help="räkna om kontrollsumman och kontrollera signaturen för alla "
                                "godkända anteckningar, och bilagornas kontrollsummor"), verify, vouches=True)
    register_key = commands.add_parser("register-key", help="registrera en ordförandes publika signeringsnyckel")
    register_key.add_argument("person", metavar="PERSON", help="personens id eller fullständiga namn")
    register_key.add_argument("file", metavar="FIL", type=Path, help="den publika nyckelfilen (.pub)")
    command(register_key, register_key_command, writes=True)
    published = commands.add_parser("verify-published", help="kontrollera en publicerad mapp utan databas "
                                    "(godkännandeposter, signaturer, filernas kontrollsummor)")
    published.add_argument("folder", metavar="MAPP", type=Path, help="mappen med manifest.csv")
    command(published, verify_published, database=NONE)


def migrate(_args: argparse.Namespace, ctx: Context) -> int:
    result = ctx.migration
    if result is None:  # a reading start beside the GUI never migrates; migrate writes, so this is not reached
        return 0
    if result.before == result.after:
        print(f"Databasen har redan senaste schemat ({result.after}).")
    else:
        print(f"Schemat uppgraderat från {result.before or 'tom databas'} till {result.after}.")
        if result.backup:
            print(f"Säkerhetskopia: {result.backup}")
    return 0


# -- check ---------------------------------------------------------------------------------------------------
def check(_args: argparse.Namespace, ctx: Context) -> int:
    """Report schema version and integrity; never creates or changes anything (a SQLite file is opened with
    ``mode=ro``). Exit 0 when sound (an older schema is said, not an error), 1 otherwise. A database server
    enforces keys and constraints itself; there the check is that every table of the schema is present."""
    from sqlalchemy.engine import make_url

    from ..db.backup import integrity_problems
    from ..db.engine import sqlite_path
    from ..db.migrate import head_revision
    from ..db.preflight import known_revisions
    from ..domain.errors import DomainError
    from ..infra.config import migrations_dir

    url = ctx.url
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
    from ..application.startup import check_file
    from ..db.preflight import read_schema, require_known_schema
    from ..domain.errors import StorageError
    from ..infra.config import migrations_dir

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
    from sqlalchemy import inspect, text

    from ..db.engine import create_database_engine
    from ..db.migrate import current_revision
    from ..db.models import Base

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


# -- backups: SQLite files only, without opening an engine ---------------------------------------------------
def _file(ctx: Context) -> Path:
    from ..domain.errors import StorageError

    if ctx.path is None:
        raise StorageError("Säkerhetskopior finns bara för en SQLite-databasfil (PostgreSQL: använd pg_dump).")
    return ctx.path


def backup(_args: argparse.Namespace, ctx: Context) -> int:
    from ..application.safety import REASON_MANUAL
    from ..db.backup import take_backup

    info = take_backup(_file(ctx), REASON_MANUAL)
    print(f"Säkerhetskopia sparad: {info.path}")
    print(f"Storlek: {size(info.size)}, tagen {local(info.taken_at)}.")
    return 0


def backups(_args: argparse.Namespace, ctx: Context) -> int:
    from ..db.backup import backup_folder, list_backups

    db_file = _file(ctx)
    found = list_backups(db_file)
    if not found:
        print(f"Inga säkerhetskopior finns i {backup_folder(db_file)}.")
    for info in found:
        print(f"{local(info.taken_at)}  {size(info.size):>9}  {info.reason:<22} {info.path}")
    return 0


def restore(args: argparse.Namespace, ctx: Context) -> int:
    from ..db.backup import restore_backup

    db_file = _file(ctx)
    replaced = restore_backup(args.file, db_file)
    if replaced is not None and replaced.reason == BackupReason.DAMAGED:
        print(f"Den skadade databasen flyttades undan till {replaced.path}.")
    elif replaced is not None:
        print(f"Säkerhetskopia av databasen som ersattes: {replaced.path} ({size(replaced.size)}).")
    print(f"Databasen {db_file} är återställd från {args.file}.")
    return 0


def size(count: int) -> str:
    if count < 1024 * 1024:
        return f"{max(1, round(count / 1024))} kB"
    return f"{count / (1024 * 1024):.1f} MB".replace(".", ",")


# -- trust: hashes, signatures, the audit chain ----------------------------------------------------------------
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


def verify(_args: argparse.Namespace, ctx: Context) -> int:
    """Exit 0 when every approved minutes still has the content its approval covers, every signature holds
    (unsigned approvals are listed, and do not fail the check), every attachment has its SHA-256 and the audit
    chain is whole; else 2 with the list and the first broken link of the chain."""
    from ..services import attachments, audit, verification

    uow = ctx.uow
    progress = _progress_to_stderr()
    problems = verification.verify_all(uow, progress)
    for problem in problems:
        print(problem.describe())
    checks = verification.verify_signatures(uow, progress)
    for found in checks:
        print(found.describe())
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


def register_key_command(args: argparse.Namespace, ctx: Context) -> int:
    """Register a public key file on a person given by id or exact name; prints the fingerprint to compare."""
    from ..domain.errors import ValidationError
    from ..services import people, signing

    who, file = args.person, args.file
    try:
        if file.stat().st_size > 64 * 1024:
            raise ValidationError(f"{file.name} är för stor för en publik nyckel.")
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise ValidationError(f"Nyckelfilen {file.name} kan inte läsas.") from None
    found = [p for p in people.list_people(ctx.uow) if str(p.id) == who.strip() or p.name == who.strip()]
    if len(found) != 1:
        raise ValidationError(f"Ingen person heter {who!r}." if not found else
                              f"Flera personer heter {who!r}: ange id i stället.")
    key = signing.register_key(ctx.uow, found[0].id, text)
    print(f"Nyckeln är registrerad på {key.person_name}.")
    print(f"Fingeravtryck: {key.fingerprint}")
    print("Jämför fingeravtrycket med nyckelns ägare, till exempel per telefon.")
    return 0


def verify_published(args: argparse.Namespace, _ctx: Context) -> int:
    """No database at all: the published folder's records, signatures and file hashes."""
    from ..export.approval_record import verify_published as verify_folder

    report = verify_folder(args.folder)
    for line in report.lines:
        print(line)
    print(report.summary)
    return 0 if report.ok else 2

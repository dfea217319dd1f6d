"""``samverkan migrate``, ``check``, ``backup``, ``backups``, ``restore``, ``verify``, ``verify-published`` and
``register-key``: the database itself, its backups and the trust in what it holds (docs/ARCHITECTURE.md, trust)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..domain.codes import BackupReason
from ..domain.messages import msg
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
        print(msg("cli.migrate.up_to_date", after=result.after))
    else:
        print(msg("cli.migrate.upgraded", before=result.before or msg("cli.migrate.empty"), after=result.after))
        if result.backup:
            print(msg("cli.backup_at", path=result.backup))
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
        print(msg("cli.error", text=error.message), file=sys.stderr)
        return 1
    except Exception as exc:  # a damaged file fails in many ways; the user needs the one sentence
        print(msg("cli.error", text=msg("cli.check.unreadable", error=exc.__class__.__name__)), file=sys.stderr)
        return 1
    where = path or make_url(url).render_as_string(hide_password=True)
    print(msg("cli.check.database", where=where))
    print(msg("cli.check.schema", current=current or msg("cli.check.schema_empty"), head=head))
    if problems:
        print(msg("cli.check.integrity_errors"))
        for problem in problems:
            print(f"  {problem}")
        return 1
    if current is not None and current not in known_revisions(migrations_dir()):
        print(msg("cli.error", text=msg("cli.check.newer_schema", current=current, head=head)), file=sys.stderr)
        return 1
    if current != head:
        print(msg("cli.check.needs_upgrade"))
    if not server:
        print(msg("cli.check.integrity_ok"))
    elif current == head:
        print(msg("cli.check.integrity_ok_server"))
    return 0


def _check_file(path: Path, head: str) -> str:
    """The schema of a SQLite file, read-only; an absent, empty, foreign or newer one refused in words."""
    from ..application.startup import check_file
    from ..db.preflight import read_schema, require_known_schema
    from ..domain.errors import StorageError
    from ..infra.config import migrations_dir

    found = check_file(path, writing=False, what="'samverkan check'")
    if not found.exists:
        raise StorageError(msg("cli.check.no_file", path=path))
    if found.size == 0:
        raise StorageError(msg("cli.check.empty_file", path=path))
    schema = read_schema(path)
    require_known_schema(path, schema, migrations_dir(), head=head)
    if schema.revision is None:
        raise StorageError(msg("cli.check.no_schema", path=path))
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
            problems = [msg("cli.check.table_missing", name=name)
                        for name in sorted(set(Base.metadata.tables) - present)]
        return current, problems, server
    finally:
        engine.dispose()


# -- backups: SQLite files only, without opening an engine ---------------------------------------------------
def _file(ctx: Context) -> Path:
    from ..domain.errors import StorageError

    if ctx.path is None:
        raise StorageError(msg("cli.backup.sqlite_only"))
    return ctx.path


def backup(_args: argparse.Namespace, ctx: Context) -> int:
    from ..application.safety import REASON_MANUAL
    from ..db.backup import take_backup

    info = take_backup(_file(ctx), REASON_MANUAL)
    print(msg("cli.backup.saved", path=info.path))
    print(msg("cli.backup.size", size=size(info.size), when=local(info.taken_at)))
    return 0


def backups(_args: argparse.Namespace, ctx: Context) -> int:
    from ..db.backup import backup_folder, list_backups

    db_file = _file(ctx)
    found = list_backups(db_file)
    if not found:
        print(msg("cli.backup.none", folder=backup_folder(db_file)))
    for info in found:
        print(f"{local(info.taken_at)}  {size(info.size):>9}  {info.reason:<22} {info.path}")
    return 0


def restore(args: argparse.Namespace, ctx: Context) -> int:
    from ..db.backup import restore_backup

    db_file = _file(ctx)
    replaced = restore_backup(args.file, db_file)
    if replaced is not None and replaced.reason == BackupReason.DAMAGED:
        print(msg("cli.restore.damaged_moved", path=replaced.path))
    elif replaced is not None:
        print(msg("cli.restore.replaced", path=replaced.path, size=size(replaced.size)))
    print(msg("cli.restore.done", db_file=db_file, file=args.file))
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
    print(msg("cli.verify.signatures", signed=signed, unsigned=len(unsigned), invalid=len(invalid)))
    if problems:
        print(msg("cli.verify.minutes_problems", count=len(problems)))
    if invalid:
        print(msg("cli.verify.invalid", count=len(invalid)))
    if not (problems or invalid):
        print(msg("cli.verify.all_match_unsigned" if unsigned else "cli.verify.all_match"))
    damaged = attachments.verify_attachments(uow)
    for attachment in damaged:
        print(attachment.describe())
    if damaged:
        print(msg("cli.verify.attachments", count=len(damaged)))
    chain = audit.verify_chain(uow)
    if chain.broken is not None:
        print(chain.broken.describe())
        print(msg("cli.verify.chain_until", event_id=chain.broken.event_id, events=chain.events))
    else:
        print(msg("cli.verify.chain_whole", events=chain.events))
    return 2 if problems or invalid or damaged or chain.broken is not None else 0


def register_key_command(args: argparse.Namespace, ctx: Context) -> int:
    """Register a public key file on a person given by id or exact name; prints the fingerprint to compare."""
    from ..domain.errors import ValidationError
    from ..services import people, signing

    who, file = args.person, args.file
    try:
        if file.stat().st_size > 64 * 1024:
            raise ValidationError(msg("cli.key.too_large", name=file.name))
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise ValidationError(msg("cli.key.unreadable", name=file.name)) from None
    found = [p for p in people.list_people(ctx.uow) if str(p.id) == who.strip() or p.name == who.strip()]
    if len(found) != 1:
        raise ValidationError(msg("cli.key.nobody" if not found else "cli.key.several", who=repr(who)))
    key = signing.register_key(ctx.uow, found[0].id, text)
    print(msg("cli.key.registered", person=key.person_name))
    print(msg("cli.key.fingerprint", fingerprint=key.fingerprint))
    print(msg("cli.key.compare"))
    return 0


def verify_published(args: argparse.Namespace, _ctx: Context) -> int:
    """No database at all: the published folder's records, signatures and file hashes."""
    from ..export.approval_record import verify_published as verify_folder

    report = verify_folder(args.folder)
    for line in report.lines:
        print(line)
    print(report.summary)
    return 0 if report.ok else 2

"""The ``samverkan`` command: the same services as the GUI, for scripts and for checking a database."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import text

from . import APP_NAME, __version__
from .config import migrations_dir, os_user, resolve_database_url
from .db.engine import create_database_engine, sqlite_path
from .db.migrate import current_revision, head_revision, upgrade_database
from .db.uow import create_unit_of_work
from .domain.calendar import STOCKHOLM
from .domain.errors import DomainError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="samverkan", description=f"{APP_NAME}: kommandon för databasen")
    parser.add_argument("--db", metavar="PATH", help="SQLite-databasfil (annars standardfilen i datamappen)")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="KOMMANDO")
    commands.add_parser("demo", help="lägg in demodata (grupperna i uppdragshandlingarna) i en tom databas")
    commands.add_parser("migrate", help="uppgradera databasens schema (en säkerhetskopia tas först)")
    commands.add_parser("check", help="kontrollera databasens schema och integritet")
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
    try:
        engine = create_database_engine(url)
        try:
            if args.command == "check":
                return check(engine)
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
            elif args.command == "groups":
                print_group_tree(uow)
            elif args.command == "verify":
                return verify(uow)
            elif args.command == "meetings":
                list_meetings(uow, args.group)
            elif args.command == "publish":
                return publish(uow, args.since, args.out, with_pdf=not args.no_pdf)
            elif args.command == "export":
                return export(uow, args.kind, args.meeting, args.out)
        finally:
            engine.dispose()
    except DomainError as error:
        print(f"Fel: {error.message}", file=sys.stderr)
        return 1
    return 0


def check(engine) -> int:
    """Report schema version and SQLite's own integrity check without changing anything."""
    path = sqlite_path(str(engine.url))
    try:
        current = current_revision(engine)
        head = head_revision(migrations_dir())
        problems: list[str] = []
        if engine.dialect.name == "sqlite":
            with engine.connect() as connection:
                problems = [row[0] for row in connection.execute(text("PRAGMA integrity_check"))]
                problems = [p for p in problems if p != "ok"]
                problems += [str(tuple(row)) for row in connection.execute(text("PRAGMA foreign_key_check"))]
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
    print("Integritet: ok")
    return 0


def verify(uow) -> int:
    """Exit 0 when every approved minutes still has the content its approval covers, else 2 with the list."""
    from .services import approval

    problems = approval.verify_all(uow)
    for problem in problems:
        print(problem.describe())
    if problems:
        print(f"{len(problems)} godkända anteckningar stämmer inte med sina godkännanden.")
        return 2
    print("Alla godkända anteckningar stämmer med sina godkännanden.")
    return 0


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

"""The ``samverkan`` command: the same services as the GUI, for scripts and for checking a database."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sqlalchemy import text

from . import APP_NAME, __version__
from .config import migrations_dir, os_user, resolve_database_url
from .db.engine import create_database_engine, sqlite_path
from .db.migrate import current_revision, head_revision, upgrade_database
from .db.uow import create_unit_of_work
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
    return parser


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
                from .services import demo

                summary = demo.create_demo_data(uow)
                print(f"Demodata inlagd: {summary.groups} grupper, {summary.organisations} organisationer, "
                      f"{summary.people} personer, {summary.memberships} medlemskap, {summary.meetings} möten.")
            elif args.command == "groups":
                print_group_tree(uow)
            elif args.command == "verify":
                return verify(uow)
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

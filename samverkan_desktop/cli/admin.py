"""``samverkan admin``: a shared PostgreSQL database's roles and grants (db/roles.py, services/access.py). The
handler opens its own engine: ``setup-postgres`` names the server, the rest work on ``--db``'s database."""

from __future__ import annotations

import argparse
import sys

from ..domain.enums import GRANT_ROLES
from ..domain.messages import msg
from .common import NONE, Context, command


def add_parsers(commands: argparse._SubParsersAction) -> None:
    admin = commands.add_parser("admin", help="inloggningar och behörigheter på en delad PostgreSQL-databas")
    sub = admin.add_subparsers(dest="admin_command", required=True, metavar="ADMINKOMMANDO")
    setup = sub.add_parser("setup-postgres", help="skapa eller uppgradera schema, roller och radsäkerhet "
                                                  "(går att köra igen)")
    setup.add_argument("url", metavar="URL", help="postgresql+psycopg://ägare@server/databas")
    setup.add_argument("--dry-run", action="store_true", help="skriv ut SQL-satserna utan att köra dem")
    for name, text in (("grant", "ge en person en roll i en grupp"), ("revoke", "ta bort en persons roll")):
        parser = sub.add_parser(name, help=text)
        parser.add_argument("person", metavar="PERSON", help="personens id eller namn i registret")
        parser.add_argument("role", metavar="ROLL", choices=GRANT_ROLES, help=", ".join(GRANT_ROLES))
        parser.add_argument("group", metavar="GRUPP", help="gruppens id eller namn")
        if name == "grant":
            parser.add_argument("--login", help="inloggningsnamnet (annars e-postadressens början)")
            parser.add_argument("--with-subgroups", action="store_true", help="gäller även undergrupperna")
    sub.add_parser("list", help="lista inloggningar och behörigheter")
    reporting = sub.add_parser("reporting", help="ge en inloggning den skrivskyddade rapportrollen (beslutslogg, "
                                                 "öppna data), eller ta bort den")
    reporting.add_argument("login", metavar="INLOGGNING", help="PostgreSQL-inloggningen (skapas om den saknas)")
    reporting.add_argument("--remove", action="store_true", help="ta bort rapportrollen från inloggningen")
    check = sub.add_parser("check-connection", help="anslut till en delad databas och visa vilken inloggning "
                                                    "servern ser (som Delad databas… → Testa anslutningen)")
    check.add_argument("url", metavar="URL", help="postgresql+psycopg://inloggning@server/databas")
    command(admin, run, database=NONE)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from ..db.engine import create_database_engine
    from ..db.uow import create_unit_of_work
    from ..domain.errors import DomainError
    from ..infra.config import os_user
    from ..services import access

    try:
        if args.admin_command == "setup-postgres":
            return setup_postgres(args.url, args.dry_run)
        if args.admin_command == "check-connection":
            print(msg("cli.admin.connected_as", login=access.check_connection(args.url)))
            return 0
        engine = create_database_engine(ctx.url)
        try:
            uow = create_unit_of_work(engine, os_user())
            if args.admin_command == "grant":
                row = access.grant(uow, args.person, args.role, args.group, login=args.login,
                                   with_subgroups=args.with_subgroups)
                print(msg("cli.admin.granted_sub" if row.with_subgroups else "cli.admin.granted", login=row.login,
                          person=row.person, role=row.role, group=row.group))
            elif args.admin_command == "reporting":
                access.reporting_login(uow, args.login, remove=args.remove)
                print(msg("cli.admin.reporting_removed" if args.remove else "cli.admin.reporting_given",
                          login=args.login))
            elif args.admin_command == "revoke":
                access.revoke(uow, args.person, args.role, args.group)
                print(msg("cli.admin.revoked"))
            else:
                for row in access.list_grants(uow):
                    print(f"{row.login}\t{row.person}\t{row.role}\t{row.group}"
                          + ("\t" + msg("cli.admin.with_subgroups") if row.with_subgroups else ""))
        finally:
            engine.dispose()
        return 0
    except DomainError as error:
        print(msg("cli.error", text=error.message), file=sys.stderr)
        return 1


def setup_postgres(url: str, dry_run: bool) -> int:
    from sqlalchemy.engine import make_url

    from ..db.engine import create_database_engine
    from ..db.migrate import upgrade_database
    from ..db.roles import apply, setup_statements, where
    from ..infra.config import migrations_dir

    if make_url(url).get_backend_name() != "postgresql":
        print(msg("cli.error", text=msg("cli.admin.postgres_only")), file=sys.stderr)
        return 1
    engine = create_database_engine(url)
    try:
        if dry_run:
            with engine.connect() as connection:
                schema, database = where(connection)
            print(msg("cli.admin.migrations_first"))
            for statement in setup_statements(schema, database):
                print(statement + ";")
            return 0
        result = upgrade_database(engine, migrations_dir())
        with engine.begin() as connection:
            schema, database = where(connection)
            apply(connection, setup_statements(schema, database))
        print(msg("cli.admin.postgres_done", after=result.after, database=database, schema=schema))
        return 0
    finally:
        engine.dispose()

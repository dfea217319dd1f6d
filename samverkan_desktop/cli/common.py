"""What the ``samverkan`` subcommands share: argument types, what a handler needs from the database, and the
context ``cli.main.run`` hands it. Cheap to import (no SQLAlchemy): ``samverkan --help`` loads only the parsers.

Every subcommand's parser says ``set_defaults(handler=..., database=..., writes=..., vouches=...)``:

- ``handler(args, ctx) -> int``: the exit code; a DomainError is said in one sentence by ``run``.
- ``database``: ``OPEN`` (the default: checked, locked, migrated, a unit of work in ``ctx.uow``), ``FILE`` (the
  checked file only, no engine: backups), ``NONE`` (no database, or the handler opens its own: ``check``,
  ``admin``, ``verify-published``, ``export register-template``).
- ``writes``: the command changes the database and must be its one writer, as the GUI is while it is open.
- ``vouches``: its output speaks for the content, so the quick check runs whatever the database's size.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..db.migrate import MigrationResult
    from ..db.uow import UnitOfWork

OPEN = "open"
FILE = "file"
NONE = "none"


@dataclass
class Context:
    """What a handler gets: the database's URL, its file (None for a server) and, for ``OPEN``, the unit of work
    and what the migration did."""

    url: str
    path: Path | None = None
    uow: UnitOfWork | Any = None
    migration: MigrationResult | None = None


Handler = Callable[[argparse.Namespace, Context], int]


def command(parser: argparse.ArgumentParser, handler: Handler, *, database: str = OPEN, writes: bool = False,
            vouches: bool = False) -> argparse.ArgumentParser:
    """Attach ``handler`` and what it needs to ``parser`` (one subcommand)."""
    parser.set_defaults(handler=handler, database=database, writes=writes, vouches=vouches)
    return parser


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} är inte ett datum (ÅÅÅÅ-MM-DD)") from None


def parse_time(text: str) -> time:
    try:
        return time.fromisoformat(text.replace(".", ":"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} är inte en tid (HH:MM)") from None


def local(moment) -> str:
    from ..domain.calendar import STOCKHOLM

    return f"{moment.astimezone(STOCKHOLM):%Y-%m-%d %H:%M}"

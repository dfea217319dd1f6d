"""cli/common.py: the argument types, the local time the handlers print, and how a subcommand says what it needs."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime, time

import pytest

from samverkan_desktop.cli.common import FILE, NONE, OPEN, Context, command, local, parse_date, parse_time


def test_parse_date_takes_iso_dates_only() -> None:
    assert parse_date("2026-11-22") == date(2026, 11, 22)
    with pytest.raises(argparse.ArgumentTypeError) as raised:
        parse_date("22/11/2026")
    assert str(raised.value) == "'22/11/2026' är inte ett datum (ÅÅÅÅ-MM-DD)"


@pytest.mark.parametrize("text, expected", [("09:30", time(9, 30)), ("09.30", time(9, 30)),
                                            ("13.05", time(13, 5))])
def test_parse_time_takes_a_colon_or_the_swedish_dot(text, expected) -> None:
    assert parse_time(text) == expected


def test_parse_time_refuses_in_words() -> None:
    with pytest.raises(argparse.ArgumentTypeError) as raised:
        parse_time("halv tio")
    assert str(raised.value) == "'halv tio' är inte en tid (HH:MM)"


def test_local_is_stockholm_time_in_winter_and_summer() -> None:
    assert local(datetime(2026, 1, 15, 8, 0, tzinfo=UTC)) == "2026-01-15 09:00"
    assert local(datetime(2026, 7, 15, 8, 0, tzinfo=UTC)) == "2026-07-15 10:00"


def test_command_attaches_the_handler_and_its_needs() -> None:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command")

    def handler(args, ctx):
        return 0

    command(commands.add_parser("plain"), handler)
    command(commands.add_parser("backup"), handler, database=FILE, writes=True)
    command(commands.add_parser("check"), handler, database=NONE, vouches=True)
    plain, backup, check = (parser.parse_args([name]) for name in ("plain", "backup", "check"))
    assert (plain.handler, plain.database, plain.writes, plain.vouches) == (handler, OPEN, False, False)
    assert (backup.database, backup.writes, backup.vouches) == (FILE, True, False)
    assert (check.database, check.writes, check.vouches) == (NONE, False, True)


def test_a_context_needs_only_the_url() -> None:
    ctx = Context("sqlite:///x.db")
    assert (ctx.path, ctx.uow, ctx.migration) == (None, None, None)

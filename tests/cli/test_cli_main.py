"""The CLI's shape (cli/main.py): every subcommand names its handler with ``set_defaults``, and building the parser
(all ``samverkan --help`` does) imports no database, Word or Qt library: each handler imports what it uses."""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys

from test_cli import approved_minutes

from samverkan_desktop import cli
from samverkan_desktop.cli.common import FILE, NONE, OPEN


def leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = (), inherited: dict | None = None):
    """(subcommand path, the defaults it parses with: its own over those of the parsers above it)."""
    defaults = {**(inherited or {}), **parser._defaults}
    subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subparsers:
        yield path, defaults
        return
    for name, child in subparsers[0].choices.items():
        yield from leaves(child, (*path, name), defaults)


def test_every_subcommand_has_a_handler_and_says_what_it_needs() -> None:
    found = dict(leaves(cli.build_parser()))
    assert len(found) > 30
    for path, defaults in found.items():
        assert callable(defaults.get("handler")), path
        assert defaults.get("database") in (OPEN, FILE, NONE), path
        assert isinstance(defaults.get("writes"), bool) and isinstance(defaults.get("vouches"), bool), path


def test_the_writers_and_the_commands_without_a_database() -> None:
    found = {" ".join(path[:1] if path[0] == "admin" else path): defaults
             for path, defaults in leaves(cli.build_parser())}
    writers = {name for name, defaults in found.items() if defaults["writes"]}
    assert writers == {"restore", "migrate", "demo", "generate", "publish", "register-key", "import register",
                       "import minutes", "reindex"}
    assert {name for name, defaults in found.items() if defaults["database"] == NONE} == {
        "check", "admin", "verify-published", "export register-template"}


def test_help_imports_no_database_word_or_qt_library() -> None:
    probe = ("import sys\nfrom samverkan_desktop import cli\ncli.build_parser().format_help()\n"
             "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', 'docx', 'openpyxl', "
             "'PySide6', 'pikepdf', 'cryptography'}))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120)
    assert result.stdout.strip() == "[]"


#: What neither ``samverkan --help`` nor ``samverkan export minutes`` uses: Qt, the migrations (the schema is read
#: plainly), the other exporters (calendar, spreadsheets, PDF), the importers, the date rules of the calendar.
NOT_FOR_EXPORT = {"PySide6", "shiboken6", "alembic", "icalendar", "openpyxl", "pikepdf", "holidays", "spylls",
                  "samverkan_desktop.ui", "samverkan_desktop.export.ics", "samverkan_desktop.export.pdf",
                  "samverkan_desktop.export.publisher", "samverkan_desktop.export.notice_docx",
                  "samverkan_desktop.export.everything_zip", "samverkan_desktop.export.register_workbook",
                  "samverkan_desktop.importing", "samverkan_desktop.sampledata"}

PROBE = """\
import json, runpy, sys
sys.argv = ["samverkan", *sys.argv[1:]]
try:
    runpy.run_module("samverkan_desktop.cli", run_name="__main__")
except SystemExit as exit:
    code = exit.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def loaded_by(*args: str) -> set[str]:
    """Of the modules a ``samverkan`` process loaded to run ``args``, the ones it should not have."""
    result = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True,
                            timeout=120)
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["code"] in (0, None), result.stderr
    modules = set(found["modules"])
    return {name for name in NOT_FOR_EXPORT if name in modules or any(m.startswith(name + ".") for m in modules)}


def test_help_and_export_minutes_load_no_qt_alembic_or_other_exporter(tmp_path) -> None:
    db = tmp_path / "export.db"
    assert cli.main(["--db", str(db), "migrate"]) == 0
    approved_minutes(db)
    with sqlite3.connect(db) as connection:
        (meeting_id,) = connection.execute("SELECT id FROM meeting").fetchone()
    assert loaded_by("--help") == set()
    assert loaded_by("--db", str(db), "export", "minutes", str(meeting_id), "--out", str(tmp_path / "m.docx")) == set()
    assert (tmp_path / "m.docx").stat().st_size > 0

"""The ``samverkan`` command (docs/ARCHITECTURE.md, "One start-up path"): ``main.py`` builds the parser and runs
the shared start-up path; one module per topic holds its subcommands' parsers and handlers (``database``,
``sample``, ``meetings``, ``data``, ``transfer``, ``admin``); ``common.py`` says what a handler gets.

``samverkan --help`` imports only the parsers: every handler imports what it uses. ``cli.main`` is the entry
function (pyproject's ``samverkan = "samverkan_desktop.cli:main"``); the module is ``sys.modules["...cli.main"]``."""

from .main import build_parser, main, run

__all__ = ["build_parser", "main", "run"]

"""``samverkan export all``, ``samverkan export oparl`` and ``samverkan import minutes``: data in and out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_data_parsers(commands, export_kinds) -> None:
    everything = export_kinds.add_parser("all", help="hela databasen som ZIP: alla tabeller som CSV och JSON, "
                                         "bilagorna, granskningsloggen och en README")
    everything.add_argument("file", metavar="FIL", type=Path, help="ZIP-filen som skrivs")


def run_data_export(uow, args: argparse.Namespace) -> int:
    if args.kind == "all":
        return export_all(uow, args.file)
    raise AssertionError(args.kind)


def run_data_import(uow, args: argparse.Namespace) -> int:
    raise AssertionError(args.kind)


def export_all(uow, target: Path) -> int:
    from .export.everything_zip import EverythingZip
    from .services.everything import export_everything

    last = [-1]

    def report(done: int, total: int, what: str) -> bool:
        percent = done * 100 // max(total, 1)
        if percent >= last[0] + 10 or done == total:
            last[0] = percent
            print(f"[{percent:3d} %] {what}", file=sys.stderr)
        return True

    with EverythingZip(target) as archive:
        summary = export_everything(uow, archive, report)
    print(f"Sparad: {target} ({len(summary.tables)} tabeller, {summary.rows} rader, "
          f"{len(summary.attachments)} bilagor).")
    return 0

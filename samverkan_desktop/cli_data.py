"""``samverkan export all``, ``samverkan export oparl`` and ``samverkan import minutes``: data in and out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_data_parsers(commands, export_kinds) -> None:
    everything = export_kinds.add_parser("all", help="hela databasen som ZIP: alla tabeller som CSV och JSON, "
                                         "bilagorna, granskningsloggen och en README")
    everything.add_argument("file", metavar="FIL", type=Path, help="ZIP-filen som skrivs")
    oparl = export_kinds.add_parser("oparl", help="öppna data: ett statiskt OParl 1.1-träd med grupper, "
                                    "medlemskap och publicerade möten")
    oparl.add_argument("folder", metavar="MAPP", type=Path, help="mappen trädet skrivs till (uppdateras vid "
                       "nästa körning; borttagna objekt markeras deleted)")
    oparl.add_argument("--base-url", required=True, metavar="URL", help="adressen mappen publiceras på, "
                       "t.ex. https://example.se/oparl")
    oparl.add_argument("--body-name", metavar="NAMN", help="namnet på Body (standard: regionen i registret)")


def run_data_export(uow, args: argparse.Namespace) -> int:
    if args.kind == "all":
        return export_all(uow, args.file)
    if args.kind == "oparl":
        return export_oparl(uow, args.folder, args.base_url, args.body_name)
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


def export_oparl(uow, folder: Path, base_url: str, body_name: str | None) -> int:
    from .export.oparl import write_oparl_tree
    from .services.open_data import check_base_url, open_data

    check_base_url(base_url)
    result = write_oparl_tree(folder, open_data(uow, body_name), base_url)
    print(f"OParl-träd i {result.folder}: {result.objects} objekt, {result.written} filer skrivna, "
          f"{len(result.deleted)} markerade som borttagna.")
    return 0

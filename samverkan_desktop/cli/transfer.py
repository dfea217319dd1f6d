"""``samverkan export all``, ``samverkan export oparl`` and ``samverkan import minutes``: data in and out (the
register's import and export are in cli/data.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..domain.messages import msg
from .common import Context, command, parse_date, parse_time


def add_export_parsers(export_kinds) -> None:
    everything = export_kinds.add_parser("all", help="hela databasen som ZIP: alla tabeller som CSV och JSON, "
                                         "bilagorna, granskningsloggen och en README")
    everything.add_argument("file", metavar="FIL", type=Path, help="ZIP-filen som skrivs")
    command(everything, export_all, vouches=True)
    oparl = export_kinds.add_parser("oparl", help="öppna data: ett statiskt OParl 1.1-träd med grupper, "
                                    "medlemskap och publicerade möten")
    oparl.add_argument("folder", metavar="MAPP", type=Path, help="mappen trädet skrivs till (uppdateras vid "
                       "nästa körning; borttagna objekt markeras deleted)")
    oparl.add_argument("--base-url", required=True, metavar="URL", help="adressen mappen publiceras på, "
                       "t.ex. https://example.se/oparl")
    oparl.add_argument("--body-name", metavar="NAMN", help="namnet på Body (standard: regionen i registret)")
    command(oparl, export_oparl, vouches=True)


def add_import_parsers(kinds) -> None:
    minutes = kinds.add_parser("minutes", help="gamla minnesanteckningar (.docx) blir ett nytt möte med "
                               "anteckningar i utkast; originalet sparas som bilaga")
    minutes.add_argument("file", metavar="FIL", type=Path, help="Word-dokumentet (.docx)")
    minutes.add_argument("--group", required=True, metavar="GRUPP", help="gruppens id eller namn")
    minutes.add_argument("--dry-run", action="store_true", help="visa bara vad som kändes igen; spara inget")
    minutes.add_argument("--date", type=parse_date, metavar="DATUM", help="mötets datum (ÅÅÅÅ-MM-DD) om dokumentet "
                         "saknar det eller anger fel")
    minutes.add_argument("--start", type=parse_time, metavar="HH:MM", help="mötets starttid")
    minutes.add_argument("--end", type=parse_time, metavar="HH:MM", help="mötets sluttid")
    command(minutes, import_minutes_command, writes=True)


def find_group(uow, text: str):
    """The group named by id or by name (exactly, or the only one whose name contains ``text``)."""
    from ..domain.errors import ValidationError
    from ..services.groups import list_groups

    groups = list_groups(uow)
    if text.strip().isdigit():
        found = [g for g in groups if g.id == int(text)]
    else:
        wanted = text.casefold().strip()
        found = [g for g in groups if g.name.casefold() == wanted] or \
            [g for g in groups if wanted in g.name.casefold()]
    if len(found) != 1:
        names = ", ".join(g.name for g in found[:5])
        raise ValidationError(msg("cli.group.none", text=repr(text)) if not found else
                              msg("cli.group.several", text=repr(text), names=names), field="group")
    return found[0]


def import_minutes_command(args: argparse.Namespace, ctx: Context) -> int:
    from ..domain.calendar import STOCKHOLM
    from ..importing.word_minutes import read_minutes_docx
    from ..services.legacy_minutes import STATUS_WORDS, import_minutes, plan_minutes_import

    uow = ctx.uow
    group = find_group(uow, args.group)
    minutes = read_minutes_docx(args.file)
    print(msg("cli.transfer.structure", name=args.file.name, structure=minutes.structure))
    for note in minutes.notes:
        print(msg("cli.transfer.note", note=note))
    plan = plan_minutes_import(uow, minutes, group.id, day=args.date, start=args.start, end=args.end)
    starts, ends = plan.starts_at.astimezone(STOCKHOLM), plan.ends_at.astimezone(STOCKHOLM)
    print(msg("cli.transfer.meeting", group_name=plan.group_name, day=f"{starts:%Y-%m-%d}", start=f"{starts:%H.%M}",
              end=f"{ends:%H.%M}") + (f", {minutes.place}" if minutes.place else ""))
    print(msg("cli.transfer.paragraphs_kept" if plan.keeps_paragraphs else "cli.transfer.paragraphs_numbered"))
    for match in plan.attendance:
        who = f"= {match.person_name}" if match.person_id else msg("cli.transfer.not_recognised", why=match.why_not)
        print(f"  {msg(STATUS_WORDS[match.status])}: {match.name} {who}")
    for position, item in enumerate(minutes.items, start=1):
        number = f"§ {item.paragraph}" if item.paragraph is not None else f"{position}."
        print(f"{number} {item.title}" + (msg("cli.transfer.confidential") if item.confidential else ""))
        if item.presenter:
            print("    " + msg("cli.transfer.presenter", presenter=item.presenter))
        for line in (item.notes or "").splitlines():
            print(f"    {line}")
        for line in (item.decision or "").splitlines():
            print("    " + msg("cli.transfer.decision", line=line))
        if item.outcome:
            print("    " + msg("cli.transfer.outcome", outcome=item.outcome.value)
                  + (f" ({item.outcome_reason})" if item.outcome_reason else ""))
    if args.dry_run:
        print(msg("cli.transfer.dry_run"))
        return 0
    result = import_minutes(uow, plan, args.file.read_bytes())
    paragraphs = [p for p in result.paragraphs if p is not None]
    span = f"§ {paragraphs[0]}–{paragraphs[-1]}" if paragraphs else msg("cli.transfer.no_paragraphs")
    print(msg("cli.transfer.imported", meeting_id=result.meeting_id, items=result.items, span=span,
              attendance=result.attendance))
    if result.unmatched:
        print(msg("cli.transfer.unmatched", names=", ".join(result.unmatched)))
    return 0


def export_all(args: argparse.Namespace, ctx: Context) -> int:
    from ..application.data_out import export_all as write_all

    uow, target = ctx.uow, args.file
    last = [-1]

    def report(done: int, total: int, what: str) -> bool:
        percent = done * 100 // max(total, 1)
        if percent >= last[0] + 10 or done == total:
            last[0] = percent
            print(f"[{percent:3d} %] {what}", file=sys.stderr)
        return True

    summary = write_all(uow, target, report)
    assert summary is not None  # report() never stops it
    print(msg("cli.transfer.saved_all", target=target, tables=len(summary.tables), rows=summary.rows,
              attachments=len(summary.attachments)))
    return 0


def export_oparl(args: argparse.Namespace, ctx: Context) -> int:
    from ..application.data_out import export_oparl as write_tree

    result = write_tree(ctx.uow, args.folder, args.base_url, args.body_name)
    print(msg("cli.transfer.oparl", folder=result.folder, objects=result.objects, written=result.written,
              deleted=len(result.deleted)))
    return 0

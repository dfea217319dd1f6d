"""``samverkan groups``, ``meetings``, ``publish`` and ``export minutes|minutes-pdf|notice|ics|pack|*-mail``: the
group tree, the meetings and one meeting's documents (application.publishing and application.sending)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..domain.messages import msg
from .common import Context, command, parse_date

#: One meeting's documents: kind -> what the help calls it.
DOCUMENTS = (("minutes", "anteckningar (Word)"), ("minutes-pdf", "anteckningar (PDF)"),
             ("notice", "kallelse (Word)"), ("ics", "kalenderinbjudan (.ics)"),
             ("pack", "möteshandlingar (en PDF: kallelsen och alla bilagor)"),
             ("invitation-mail", "kallelse som e-postutkast (.eml)"),
             ("review-mail", "e-postutkast till ordföranden med granskningsfilen (.eml)"),
             ("minutes-mail", "e-postutkast med de publicerade anteckningarna (.eml)"))
SENDING_KINDS = ("pack", "invitation-mail", "review-mail", "minutes-mail")


def add_parsers(commands) -> None:
    command(commands.add_parser("groups", help="lista grupperna som ett träd"), print_group_tree)
    listing = commands.add_parser("meetings", help="lista möten med id (för export)")
    listing.add_argument("--group", metavar="NAMN", help="bara grupper vars namn innehåller NAMN")
    command(listing, list_meetings)
    publish_parser = commands.add_parser("publish", help="publicera alla godkända, ännu inte publicerade "
                                         "anteckningar")
    publish_parser.add_argument("--since", metavar="DATUM", type=parse_date,
                                help="bara möten från och med DATUM (ÅÅÅÅ-MM-DD)")
    publish_parser.add_argument("--out", metavar="MAPP", required=True, type=Path, help="mappen filerna skrivs till")
    publish_parser.add_argument("--no-pdf", action="store_true", help="skriv bara Word, även om LibreOffice finns")
    command(publish_parser, publish, writes=True, vouches=True)


def add_export_parsers(kinds) -> None:
    for kind, what in DOCUMENTS:
        one = kinds.add_parser(kind, help=f"ett mötes {what}")
        one.add_argument("meeting", type=int, metavar="MÖTE", help="mötets id (se 'samverkan meetings')")
        one.add_argument("--out", metavar="FIL", required=True, type=Path, help="filen som skrivs")
        command(one, export_for_sending if kind in SENDING_KINDS else export, vouches=True)


def print_group_tree(_args: argparse.Namespace, ctx: Context) -> int:
    from ..services import groups

    nodes = groups.list_group_tree(ctx.uow)
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
    return 0


def list_meetings(args: argparse.Namespace, ctx: Context) -> int:
    from ..domain.calendar import STOCKHOLM
    from ..services import groups, meetings

    name_part = args.group
    for group in groups.list_group_tree(ctx.uow):
        if name_part and name_part.casefold() not in group.name.casefold():
            continue
        for m in meetings.list_meetings(ctx.uow, group.id):
            print(f"{m.id:>6}  {m.starts_at.astimezone(STOCKHOLM):%Y-%m-%d %H:%M}  {group.name}  "
                  f"({m.status.value}, anteckningar: {m.minutes_status.value})")
    return 0


def publish(args: argparse.Namespace, ctx: Context) -> int:
    """Exit 0 when everything waiting was published, 1 when some minutes could not be (named)."""
    from ..application.publishing import publish_since
    from ..application.safety import REASON_PUBLICATION, BackupKeeper
    from ..domain.calendar import STOCKHOLM
    from ..export.pdf import pdf_unavailable_reason

    BackupKeeper(ctx.path, ctx.uow).backup(REASON_PUBLICATION)
    folder, with_pdf = args.out, not args.no_pdf
    reason = pdf_unavailable_reason() if with_pdf else None
    if reason:
        print(msg("cli.meetings.word_only", reason=reason))

    def report(done: int, total: int, what: str) -> bool:
        if what:
            print(f"[{done + 1}/{total}] {what}")
        return True

    result = publish_since(ctx.uow, args.since, folder, with_pdf=with_pdf and reason is None, progress=report)
    for line in result.removed:
        print(msg("cli.meetings.removed_from_publication", line=line))
    for meeting, message in result.failures:
        print(msg("cli.error", text=msg("cli.meetings.publish_failed", group_name=meeting.group_name, message=message,
                                        day=f"{meeting.starts_at.astimezone(STOCKHOLM):%Y-%m-%d}")), file=sys.stderr)
    if not result.published and not result.failures:
        print(msg("cli.meetings.nothing_to_publish"))
    elif result.manifest:
        print(msg("cli.meetings.published_manifest", count=len(result.published), folder=folder,
                  manifest=result.manifest.name))
    else:
        print(msg("cli.meetings.published", count=len(result.published), folder=folder))
    return 1 if result.failures else 0


def export(args: argparse.Namespace, ctx: Context) -> int:
    """The minutes, the notice or the calendar invitation of one meeting; exit 2 when approved minutes changed."""
    from ..application.publishing import ExportKind, export_document

    result = export_document(ctx.uow, ExportKind(args.kind), args.meeting, args.out)
    for line in result.removed:
        print(msg("cli.removed", line=line))
    print(msg("cli.saved_draft" if result.draft else "cli.saved", path=result.path))
    if result.lapsed:  # approved minutes changed since: written as UTKAST; exit 2, as verify does
        # result.lapsed is the minutes document's own (Swedish) draft notice: services.approval_check
        print(msg("cli.warning", text=msg("cli.meetings.lapsed", lapsed=result.lapsed)), file=sys.stderr)
        return 2
    return 0


def export_for_sending(args: argparse.Namespace, ctx: Context) -> int:
    """The meeting pack (PDF) or an e-mail draft (.eml) of the meeting; nothing is sent."""
    from ..application import sending

    uow, meeting_id, target = ctx.uow, args.meeting, args.out
    if args.kind == "pack":
        result = sending.export_meeting_pack(uow, meeting_id, target, step=lambda what: print(f"{what} …"))
        for line in result.removed:
            print(msg("cli.removed", line=line))
        print(msg("cli.meetings.saved_pages", path=result.path, pages=result.pages))
        return 0
    write = {"invitation-mail": sending.write_invitation_mail, "minutes-mail": sending.write_minutes_mail,
             "review-mail": sending.write_review_mail}[args.kind]
    mail = write(uow, meeting_id, target)
    for line in mail.lines:
        print(line)
    print(msg("cli.meetings.mail_saved", path=mail.path))
    return 0

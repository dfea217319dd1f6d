"""The notice of a meeting (kallelse) with its agenda, to Word."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from docx.document import Document

from ..domain.documents import NoticeDocument
from ..domain.wording import clock, long_date
from . import docx_base as base


def render_notice(notice: NoticeDocument, template: Path | bytes | None = None, *,
                  template_name: str | None = None, created: datetime | None = None) -> Document:
    document = base.open_template(template, template_name)
    base.write_header_footer(document, notice.group_name)
    base.add_title(document, notice.title)
    base.add_facts(document, notice.group_name, notice.starts_at, notice.ends_at, notice.place, notice.online_link)
    _agenda(document, notice)
    attachments = [(item, name) for item in notice.items if not item.confidential for name in item.attachments]
    if attachments:
        base.keep_with_next(base.add_paragraph(document, "Bilagor", style="Heading 1"))
        for item, name in attachments:
            number = f"§ {item.paragraph}" if item.paragraph else item.title
            base.add_paragraph(document, f"{name} (till {number})")
    if notice.invited:
        base.keep_with_next(base.add_paragraph(document, "Kallade", style="Heading 1"))
        base.add_table(document, ("Namn", "Organisation", "Roll"),
                       [(p.name, p.organisation or "", p.role or "") for p in notice.invited], (55, 65, 40),
                       "Kallade: namn, organisation och roll")
    base.add_paragraph(document, "Förhinder", style="Heading 1")
    sender = f" till {notice.secretary}" if notice.secretary else " till sekreteraren"
    substitutes = (" Ordinarie ledamot som har förhinder ansvarar för att ersättare kallas."
                   if notice.substitutes_allowed else "")
    base.add_paragraph(document, f"Meddela förhinder{sender} så snart som möjligt.{substitutes}")
    base.fill_alt_text(document, f"Logotyp, {notice.group_name}")
    base.set_properties(document, title=f"Kallelse {notice.group_name} {notice.starts_at:%Y-%m-%d}",
                        author=notice.group_name, created=created or datetime.now().astimezone(),
                        subject=f"Kallelse till mötet {long_date(notice.starts_at)}", status="Kallelse")
    return document


def write_notice(notice: NoticeDocument, target: Path, template: Path | bytes | None = None, *,
                 template_name: str | None = None) -> Path:
    return base.save(render_notice(notice, template, template_name=template_name), target)


def _agenda(document: Document, notice: NoticeDocument) -> None:
    base.keep_with_next(base.add_paragraph(document, "Dagordning", style="Heading 1"))
    if not notice.items:
        base.add_paragraph(document, "Dagordningen skickas ut senare.")
        return
    rows = []
    for item in notice.items:
        number = f"§ {item.paragraph}" if item.paragraph else ""
        # A confidential item is shown as such: its title and presenter are never printed.
        title, presenter = ("Konfidentiell punkt", "") if item.confidential else (item.title, item.presenter or "")
        rows.append((clock(item.starts_at) if item.starts_at else "", number, title, item.kind,
                     presenter))
    base.add_table(document, ("Tid", "§", "Punkt", "Typ", "Föredragande"), rows, (15, 14, 66, 25, 40),
                   "Dagordning: planerad tid, paragraf, punkt, typ och föredragande")

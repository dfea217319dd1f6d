"""Underlag för årsrapport to Word: the facts of a group's year, for the secretary to write the report from."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from docx.document import Document

from ..domain.documents import AnnualReportDocument, ReportDecision
from ..domain.rich_text import plain_text
from . import docx_base as base


def render_annual_report(report: AnnualReportDocument, template: Path | bytes | None = None, *,
                         template_name: str | None = None, created: datetime | None = None) -> Document:
    document = base.open_template(template, template_name)
    base.write_header_footer(document, f"{report.group_name} – underlag för årsrapport {report.year}")
    base.add_title(document, f"Underlag för årsrapport {report.year}")
    base.add_paragraph(document, report.group_name, style="Subtitle" if base.has_style(document, "Subtitle") else None)

    base.keep_with_next(base.add_paragraph(document, "Möten", style="Heading 1"))
    base.add_paragraph(document, _meetings_sentence(report))
    if report.meetings_held:
        base.add_table(document, ("Datum", "Plats"), [(d.isoformat(), place or "") for d, place in
                                                      report.meetings_held], (40, 120), "Hållna möten: datum och plats")
    _decisions(document, "Beslut", report.decisions, "Beslut i enighet under året")
    _decisions(document, "Återremisser", report.referred_back, "Ärenden som återremitterades")
    _decisions(document, "Lyfta till annan grupp", report.escalated, "Ärenden som lyftes till en annan grupp")

    base.keep_with_next(base.add_paragraph(document, "Öppna åtgärder", style="Heading 1"))
    if report.open_actions:
        base.add_table(document, ("Vad", "Vem", "När"),
                       [(a.what, a.who or "", a.due.isoformat() if a.due else "") for a in report.open_actions],
                       (88, 45, 27), "Öppna åtgärder: vad, vem och när")
    else:
        base.add_paragraph(document, "Inga åtgärder är öppna.")

    base.keep_with_next(base.add_paragraph(document, "Förankring", style="Heading 1"))
    if report.anchoring:
        base.add_table(document, ("Organisation", "Ej påbörjad", "Förankrad", "Genomförd", "Ej aktuell"),
                       [(a.organisation, str(a.not_started), str(a.anchored), str(a.implemented),
                         str(a.not_applicable)) for a in report.anchoring], (60, 25, 25, 25, 25),
                       "Förankring av årets beslut per part: antal beslut per status")
    else:
        base.add_paragraph(document, "Inga beslut att förankra under året.")
    base.fill_alt_text(document, f"Logotyp, {report.group_name}")
    base.set_properties(document, title=f"Underlag för årsrapport {report.year} {report.group_name}",
                        author=report.group_name, created=created or datetime.now().astimezone(),
                        subject=f"Underlag för årsrapport {report.year}", status="Underlag")
    return document


def write_annual_report(report: AnnualReportDocument, target: Path, template: Path | bytes | None = None, *,
                        template_name: str | None = None) -> Path:
    return base.save(render_annual_report(report, template, template_name=template_name), target)


def _meetings_sentence(report: AnnualReportDocument) -> str:
    held = len(report.meetings_held)
    sentence = f"Gruppen höll {held} {'möte' if held == 1 else 'möten'} under {report.year}"
    if report.meetings_min is not None or report.meetings_max is not None:
        low, high = report.meetings_min, report.meetings_max
        span = f"{low}–{high}" if low is not None and high is not None else f"minst {low}" if low is not None \
            else f"högst {high}"
        sentence += f"; uppdraget anger {span} möten per år"
    if report.meetings_cancelled:
        sentence += f". {report.meetings_cancelled} inställda"
    return sentence + "."


def _decisions(document: Document, heading: str, rows: tuple[ReportDecision, ...], description: str) -> None:
    base.keep_with_next(base.add_paragraph(document, heading, style="Heading 1"))
    if not rows:
        base.add_paragraph(document, "Inga under året.")
        return
    base.add_table(document, ("Datum", "§", "Rubrik", "Beslut" if heading == "Beslut" else "Utfall"),
                   [(r.meeting_on.isoformat(), str(r.paragraph or ""), r.title, plain_text(r.text)) for r in rows],
                   (24, 12, 54, 70), description)

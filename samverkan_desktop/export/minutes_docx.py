"""Minutes (minnesanteckningar) to Word, in the order a careful secretary writes them by hand: title, group,
time and place; who attended; each item with its §; the approval; the next meeting."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from docx.document import Document
from docx.shared import Pt

from ..domain.documents import MinutesDocument, MinutesSection, Participant, Signatory
from ..domain.enums import Outcome
from ..domain.wording import att_clauses, decision_lead, long_date, time_span
from . import docx_base as base
from . import docx_lists as lists

CONFIDENTIAL_LINE = "Punkten är konfidentiell och publiceras inte."


def render_minutes(minutes: MinutesDocument, template: Path | bytes | None = None, *,
                   template_name: str | None = None, created: datetime | None = None) -> Document:
    document = base.open_template(template, template_name)
    header = f"{minutes.group_name} – UTKAST" if minutes.draft else minutes.group_name
    base.write_header_footer(document, header)
    base.add_title(document, minutes.title)
    _facts(document, minutes)
    if minutes.no_attendance_reason:
        base.keep_with_next(base.add_paragraph(document, "Närvarande", style="Heading 1"))
        base.add_paragraph(document, f"Närvaro antecknades inte: {minutes.no_attendance_reason}")
    _participants(document, "Närvarande", minutes.present, with_role=True)
    _participants(document, "Anmält förhinder", minutes.excused)
    _participants(document, "Adjungerade", minutes.adjuncts, with_role=True)
    _participants(document, "Gäster", minutes.guests)
    if minutes.sections:
        base.add_paragraph(document, "Ärenden", style="Heading 1")
        for section in minutes.sections:
            _section(document, section)
    _approval(document, minutes)
    if minutes.next_meeting is not None:
        nxt = minutes.next_meeting
        base.keep_with_next(base.add_paragraph(document, "Nästa möte", style="Heading 1"))
        base.add_paragraph(document, ", ".join(part for part in (
            long_date(nxt.starts_at).capitalize(), time_span(nxt.starts_at, nxt.ends_at), nxt.place) if part) + ".")
    _signatures(document, minutes)
    base.fill_alt_text(document, f"Logotyp, {minutes.group_name}")
    base.set_properties(document, title=f"{minutes.title} {minutes.group_name} {minutes.starts_at:%Y-%m-%d}",
                        author=minutes.group_name, created=created or datetime.now().astimezone(),
                        subject=f"Minnesanteckningar från mötet {long_date(minutes.starts_at)}",
                        status="Utkast" if minutes.draft else "Godkänd")
    return document


def write_minutes(minutes: MinutesDocument, target: Path, template: Path | bytes | None = None, *,
                  template_name: str | None = None) -> Path:
    return base.save(render_minutes(minutes, template, template_name=template_name), target)


def _facts(document: Document, minutes: MinutesDocument) -> None:
    base.add_facts(document, minutes.group_name, minutes.starts_at, minutes.ends_at, minutes.place,
                   minutes.online_link)
    if minutes.draft:
        paragraph = base.add_paragraph(document)
        base.add_run(paragraph, minutes.approval_lapsed or "Utkast: anteckningarna är inte godkända av ordföranden.",
                     bold=True)


def _participants(document: Document, heading: str, people: Sequence[Participant], *, with_role: bool = False) -> None:
    if not people:
        return
    base.keep_with_next(base.add_paragraph(document, heading, style="Heading 1"))
    if with_role or any(p.role for p in people):  # a guest who stands in keeps "ersättare för …"
        base.add_table(document, ("Namn", "Organisation", "Roll"),
                       [(p.name, p.organisation or "", p.role or "") for p in people], (55, 65, 40),
                       f"{heading}: namn, organisation och roll")
    else:
        base.add_table(document, ("Namn", "Organisation"), [(p.name, p.organisation or "") for p in people],
                       (70, 90), f"{heading}: namn och organisation")


def _section(document: Document, section: MinutesSection) -> None:
    number = f"§ {section.paragraph} " if section.paragraph else ""
    if section.confidential:
        # Only the § and a fixed line: whatever else the section carries is never printed.
        base.keep_with_next(base.add_paragraph(document, f"{number}Konfidentiell punkt", style="Heading 2"))
        base.add_paragraph(document, CONFIDENTIAL_LINE)
        return
    base.keep_with_next(base.add_paragraph(document, f"{number}{section.title}", style="Heading 2"))
    if section.presenter:
        paragraph = base.add_paragraph(document)
        base.add_run(paragraph, "Föredragande:", italic=True)
        base.add_run(paragraph, f" {section.presenter}", italic=True)
    lists.add_text(document, section.notes)
    _decision(document, section)
    if section.actions:
        paragraph = base.add_paragraph(document)
        base.add_run(paragraph, "Åtgärder", bold=True)
        base.keep_with_next(paragraph)
        base.add_table(document, ("Vad", "Vem", "När"),
                       [(a.what, a.who or "", a.due.isoformat() if a.due else "") for a in section.actions],
                       (88, 45, 27), f"Åtgärder under {number.strip() or section.title}: vad, vem och när")


def _decision(document: Document, section: MinutesSection) -> None:
    """ "Beslut: Gruppen beslutar i enighet att" and the att-clauses as a list under it. Another outcome (återremiss,
    bordläggning …) is said as a sentence, and a decision text after it reads as the proposal that was put; with
    no outcome yet the text is a proposal too."""
    clauses = att_clauses(section.decision)
    decided = section.outcome_kind is Outcome.DECIDED
    if section.outcome and not (clauses and decided):
        base.add_paragraph(document, section.outcome)
    if not clauses:
        return
    paragraph = base.add_paragraph(document)
    if decided:
        base.add_run(paragraph, "Beslut:", bold=True)
        base.add_run(paragraph, " ")
    base.add_run(paragraph, decision_lead(section.outcome_kind))
    base.keep_with_next(paragraph)
    lists.add_list(document, clauses)


def _approval(document: Document, minutes: MinutesDocument) -> None:
    base.keep_with_next(base.add_paragraph(document, "Godkännande", style="Heading 1"))
    approval = minutes.approval
    if approval is None:
        base.add_paragraph(document, minutes.approval_lapsed or "Anteckningarna är ännu inte godkända.")
        return
    # "Godkända av ordförande Anna Berg 2026-03-17, osignerat godkännande. Kontrollsumma 3f9a-1c2e-77be."
    paragraph = base.add_paragraph(document)
    signed = f"signerat med nyckel {approval.fingerprint}" if approval.fingerprint else "osignerat godkännande"
    base.add_run(paragraph, f"Godkända av {approval.role} {approval.approver} {approval.approved_on.isoformat()}, "
                 f"{signed}. Kontrollsumma ")
    base.add_unbreakable(paragraph, approval.short_hash)
    base.add_run(paragraph, ".")


def _signatures(document: Document, minutes: MinutesDocument) -> None:
    """ "Vid anteckningarna: …" and, for a group that signs its minutes, a line to sign on for the secretary,
    the chair and the justerare, each with the printed name and role under it."""
    if not minutes.signatories:
        if minutes.secretary:
            paragraph = base.add_paragraph(document)
            base.add_run(paragraph, "Vid anteckningarna:", bold=True)
            base.add_run(paragraph, f" {minutes.secretary}")
        return
    base.keep_with_next(base.add_paragraph(document, "Justering", style="Heading 1"))
    lines = ([Signatory("Vid anteckningarna", minutes.secretary)] if minutes.secretary else [])
    for signatory in (*lines, *minutes.signatories):
        space = base.add_paragraph(document, "_" * 40)
        space.paragraph_format.space_before = Pt(28)
        space.paragraph_format.space_after = Pt(0)
        base.keep_with_next(space)
        paragraph = base.add_paragraph(document)
        base.add_run(paragraph, signatory.name)
        base.add_run(paragraph, f"\n{signatory.role}", italic=True)
        paragraph.paragraph_format.keep_together = True

"""Exporting the minutes of a 40-item meeting to DOCX, against a bare python-docx script writing the same text.

The subject is ``publishing.export_document(uow, ExportKind.MINUTES, id, target)``, what the editor's export
menu and ``samverkan export minutes`` call: read the minutes, apply the publication rules, render with the
template's styles, save atomically. The baseline takes the same MinutesDocument (read once, outside the
timing) and writes its text with python-docx's default template: title, facts, participants, and per item a
heading, the notes' paragraphs, the decision and the outcome; then saves.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from docx import Document

from samverkan_desktop.application.publishing import ExportKind, export_document
from samverkan_desktop.db.uow import UnitOfWork
from samverkan_desktop.domain.documents import MinutesDocument
from samverkan_desktop.services.documents import minutes_document

from .probes import interleaved


def bare_docx(minutes: MinutesDocument, target: Path) -> Path:
    """The same text, written the plainest way python-docx allows."""
    document = Document()
    document.add_heading(minutes.title, 0)
    document.add_paragraph(f"{minutes.group_name}, {minutes.starts_at:%Y-%m-%d %H:%M}–{minutes.ends_at:%H:%M}, "
                           f"{minutes.place or ''}")
    for heading, people in (("Närvarande", minutes.present), ("Anmält förhinder", minutes.excused),
                            ("Adjungerade", minutes.adjuncts), ("Gäster", minutes.guests)):
        if people:
            document.add_heading(heading, 1)
            for person in people:
                document.add_paragraph(f"{person.name}, {person.organisation or ''}")
    document.add_heading("Ärenden", 1)
    for section in minutes.sections:
        document.add_heading(f"§ {section.paragraph or ''} {section.title}", 2)
        for paragraph in (section.notes or "").split("\n"):
            if paragraph.strip():
                document.add_paragraph(paragraph)
        if section.decision:
            document.add_paragraph(f"Beslut: {section.decision}")
        if section.outcome:
            document.add_paragraph(section.outcome)
        for action in section.actions:
            document.add_paragraph(f"{action.what} ({action.who or ''})")
    document.save(target)
    return target


def measure(uow: UnitOfWork, meeting_id: int, folder: Path, runs: int) -> tuple[list[float], list[float]]:
    """(baseline, subject) seconds per run, interleaved; both files are checked to exist and hold text."""
    minutes = minutes_document(uow, meeting_id)
    if len(minutes.sections) < 40:
        raise RuntimeError(f"meeting {meeting_id} has {len(minutes.sections)} items, not 40")
    baseline_file, subject_file = folder / "bare.docx", folder / "minutes.docx"
    base, subj = interleaved(lambda: bare_docx(minutes, baseline_file),
                             lambda: export_document(uow, ExportKind.MINUTES, meeting_id, subject_file), runs)
    last_title = minutes.sections[-1].title
    for written in (baseline_file, subject_file):
        if not any(last_title in p.text for p in Document(str(written)).paragraphs):
            raise RuntimeError(f"{written} does not hold the last item's title")
    return base, subj


def profile_target(uow: UnitOfWork, meeting_id: int, folder: Path) -> Callable[[], object]:
    return lambda: export_document(uow, ExportKind.MINUTES, meeting_id, folder / "profiled.docx")


#: The baseline as a process: python-docx imported, the same text written with its default template. The text is
#: passed in a JSON file read before the timing of nothing but the process as a whole (a user waits for all of it).
BARE_PROCESS = """\
import json, sys
from docx import Document
minutes = json.load(open(sys.argv[1], encoding="utf-8"))
document = Document()
document.add_heading(minutes["title"], 0)
for section in minutes["sections"]:
    document.add_heading(section["heading"], 2)
    for paragraph in section["paragraphs"]:
        document.add_paragraph(paragraph)
document.save(sys.argv[2])
"""


def process_commands(db: Path, meeting_id: int, uow: UnitOfWork, folder: Path) -> tuple[list[str], list[str]]:
    """(bare python-docx script, ``samverkan export minutes``) as commands of processes of their own."""
    import json
    import sys

    minutes = minutes_document(uow, meeting_id)
    text = {"title": minutes.title, "sections": [
        {"heading": f"§ {s.paragraph or ''} {s.title}",
         "paragraphs": [p for p in (s.notes or "").split("\n") if p.strip()] + [s.decision or "", s.outcome or ""]}
        for s in minutes.sections]}
    source = folder / "bare-minutes.json"
    source.write_text(json.dumps(text, ensure_ascii=False), encoding="utf-8")
    bare = [sys.executable, "-c", BARE_PROCESS, str(source), str(folder / "bare-process.docx")]
    cli = [sys.executable, "-m", "samverkan_desktop.cli", "--db", str(db), "export", "minutes", str(meeting_id),
           "--out", str(folder / "cli-process.docx")]
    return bare, cli

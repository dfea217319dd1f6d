"""Composition of services and exporters, shared by the GUI and the ``samverkan`` command: export one
document of a meeting, and publish every approved minutes since a date with a manifest."""

from __future__ import annotations

import contextlib
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from ..db.uow import MILESTONE_PUBLICATION
from ..domain.errors import DomainError
from ..services import UnitOfWork, documents, publication
from ..services.meeting_dto import MeetingDTO
from ..services.publication import PublicationDTO

if TYPE_CHECKING:
    from ..export.publisher import ManifestRow, MinutesPublisher

# progress(done, total, what) -> False to stop after the current minutes
Progress = Callable[[int, int, str], bool]
#: How many minutes one converter call (one LibreOffice process) turns into PDF at a time: a stop between two
#: chunks, and progress the user can see, without a process per minutes.
PDF_CHUNK = 25


class ExportKind(StrEnum):
    MINUTES = "minutes"
    MINUTES_PDF = "minutes-pdf"
    NOTICE = "notice"
    ICS = "ics"


SUFFIXES = {ExportKind.MINUTES: ".docx", ExportKind.MINUTES_PDF: ".pdf", ExportKind.NOTICE: ".docx",
            ExportKind.ICS: ".ics"}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    removed: tuple[str, ...] = ()  # what the publication rules scrubbed, for the user
    draft: bool = False
    lapsed: str | None = None  # approved minutes changed since: exported as UTKAST, and why


def export_document(uow: UnitOfWork, kind: ExportKind, meeting_id: int, target: Path) -> ExportResult:
    """Write one document of a meeting to ``target`` (atomically; an error leaves no file)."""
    # Each exporter (python-docx, icalendar, the PDF converter) loads when its kind is first exported: not when the
    # main window starts, and ``samverkan export minutes`` loads neither icalendar nor the PDF machinery.
    target = Path(target)
    if kind is ExportKind.ICS:
        from ..export import ics

        return ExportResult(ics.write_calendar(documents.calendar_invite(uow, meeting_id), target))
    group_id = _group_of(uow, meeting_id)
    template = publication.group_template(uow, group_id)
    content, name = (template.content, template.file_name) if template else (None, None)
    if kind is ExportKind.NOTICE:
        from ..export import notice_docx

        notice = documents.notice_document(uow, meeting_id)
        return ExportResult(notice_docx.write_notice(notice, target, content, template_name=name), notice.removed)
    from ..export import minutes_docx

    minutes = documents.minutes_document(uow, meeting_id)
    if kind is ExportKind.MINUTES:
        path = minutes_docx.write_minutes(minutes, target, content, template_name=name)
        return ExportResult(path, minutes.removed, minutes.draft, minutes.approval_lapsed)
    from ..export import pdf

    with tempfile.TemporaryDirectory(prefix="samverkan-pdf-") as work:
        source = minutes_docx.write_minutes(minutes, Path(work) / f"{target.stem}.docx", content, template_name=name)
        return ExportResult(pdf.convert_to_pdf(source, target), minutes.removed, minutes.draft,
                            minutes.approval_lapsed)


def export_annual_report(uow: UnitOfWork, group_id: int, year: int, target: Path) -> ExportResult:
    """Underlag för årsrapport of a group's year, in the group's own template when it has one."""
    from ..export.annual_report_docx import write_annual_report
    from ..services.annual_report import annual_report

    report = annual_report(uow, group_id, year)
    template = publication.group_template(uow, group_id)
    path = write_annual_report(report, Path(target), template.content if template else None,
                               template_name=template.file_name if template else None)
    return ExportResult(path, report.removed)


def demo_publisher(database_file: Path | None) -> MinutesPublisher:
    """Where the demo data's published minutes go: "publicerat" beside the database file (or in the data
    folder for a server database). Word only: the demo should not wait for LibreOffice."""
    from ..export.publisher import MinutesPublisher
    from ..infra.config import data_dir

    folder = (database_file.parent if database_file else data_dir()) / "publicerat"
    return MinutesPublisher(folder)


def _group_of(uow: UnitOfWork, meeting_id: int) -> int:
    from ..services.meetings import get_meeting

    return get_meeting(uow, meeting_id).group_id


@dataclass
class BatchResult:
    folder: Path
    published: list[PublicationDTO] = field(default_factory=list)
    failures: list[tuple[MeetingDTO, str]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    manifest: Path | None = None
    stopped: bool = False
    converter: str = ""  # which program made the PDFs


def publish_since(uow: UnitOfWork, since: date | None, folder: Path, *, with_pdf: bool = False,
                  progress: Progress | None = None, cancel: threading.Event | None = None,
                  chunk: int = PDF_CHUNK) -> BatchResult:
    """Publish every approved, not yet published minutes of meetings on or after ``since`` into ``folder``.
    Each minutes is its own transaction: one that fails (named in ``failures``) does not stop the others.
    With PDF, one converter serves the whole batch and converts ``chunk`` minutes per process; ``cancel``
    (set by the GUI's Stop) kills a conversion under way."""
    from ..export.pdf import open_pdf_converter
    from ..export.publisher import MinutesPublisher, write_manifest

    result = BatchResult(Path(folder))
    waiting = publication.awaiting_publication(uow, since)
    rows: list[ManifestRow] = []
    with contextlib.ExitStack() as stack:
        converter = stack.enter_context(open_pdf_converter(cancel=cancel)) if with_pdf and waiting else None
        render = MinutesPublisher(Path(folder), with_pdf=with_pdf, converter=converter)
        result.converter = converter.name if converter is not None else ""
        with uow.covered_by_one_milestone(MILESTONE_PUBLICATION):
            step = max(chunk, 1) if converter is not None else max(len(waiting), 1)
            for start in range(0, len(waiting), step):
                if not _publish_part(uow, render, waiting, start, step, progress, result, rows):
                    result.stopped = True
                    break
    if progress is not None and not result.stopped:
        progress(len(waiting), len(waiting), "")
    result.removed = list(render.removed)
    if rows:
        result.manifest = write_manifest(Path(folder), rows)
    return result


def _publish_part(uow: UnitOfWork, render: MinutesPublisher, waiting: Sequence[MeetingDTO], start: int, step: int,
                  progress: Progress | None, result: BatchResult, rows: list[ManifestRow]) -> bool:
    """Publish ``waiting[start:start + step]``, their PDFs made in one conversion first; False when stopped."""
    from ..export.pdf import ConversionCancelled
    from ..export.publisher import ManifestRow

    part = waiting[start:start + step]
    whole_part_failed: str | None = None
    if render.converter is not None:
        try:
            _prepare(uow, render, part)
        except ConversionCancelled:
            return False
        except DomainError as error:  # the converter could not run at all (a timeout): not again per minutes
            whole_part_failed = error.message
    for offset, meeting in enumerate(part):
        if progress is not None and not progress(start + offset, len(waiting),
                                                 f"{meeting.group_name} {meeting.starts_at:%Y-%m-%d}"):
            return False
        if whole_part_failed is not None:
            result.failures.append((meeting, whole_part_failed))
            continue
        try:
            published = publication.publish(uow, meeting.id, render)
        except ConversionCancelled:
            return False
        except DomainError as error:
            result.failures.append((meeting, error.message))
            continue
        result.published.extend(published)
        rows.extend(ManifestRow(p.group_name, p.meeting_on, p.file_name, p.format, p.sha256) for p in published)
    return True


def _prepare(uow: UnitOfWork, render: MinutesPublisher, meetings: Sequence[MeetingDTO]) -> None:
    """The PDFs of the next part in one conversion. A minutes that cannot be read here is left out: publishing
    it names the reason."""
    batch = []
    for meeting in meetings:
        try:
            batch.append((documents.minutes_document(uow, meeting.id),
                          publication.group_template(uow, meeting.group_id)))
        except DomainError:
            continue
    render.prepare(batch)

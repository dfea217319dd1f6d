"""Composition for what goes to the members: the meeting pack (one PDF) and the e-mail drafts (.eml) of the
notice, of minutes sent to the chair for approval, and of published minutes. Shared by the GUI and the
``samverkan`` command; the services gather, the exporters write."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.calendar import STOCKHOLM
from ..domain.errors import ValidationError
from ..domain.files import write_atomically
from ..domain.mail import CALENDAR, PDF, REVIEW, WORD, MailAttachment, MailDraft, size_warning
from ..domain.messages import msg
from ..services import UnitOfWork, publication

#: step(what) says which part of a long export is running (a progress dialog shows it).
Step = Callable[[str], object]  # told what comes next; what it answers is not used


@dataclass(frozen=True)
class PackResult:
    path: Path
    pages: int
    removed: tuple[str, ...] = ()


def export_meeting_pack(uow: UnitOfWork, meeting_id: int, target: Path, step: Step | None = None) -> PackResult:
    """The meeting pack of ``meeting_id`` at ``target`` (atomically; any error leaves no file)."""
    import pikepdf

    from ..export.convert_batch import convert_many
    from ..export.meeting_pack import write_meeting_pack
    from ..services.meeting_pack import meeting_pack

    pack = meeting_pack(uow, meeting_id)
    template = publication.group_template(uow, _group_of(uow, meeting_id))
    path = write_meeting_pack(pack, Path(target), convert_many, template=template.content if template else None,
                              template_name=template.file_name if template else None, step=step)
    with pikepdf.open(path) as written:
        pages = len(written.pages)
    return PackResult(path, pages, pack.notice.removed)


def _group_of(uow: UnitOfWork, meeting_id: int) -> int:
    from ..services.meetings import get_meeting

    return get_meeting(uow, meeting_id).group_id


def _temporary_folder() -> tempfile.TemporaryDirectory:
    return tempfile.TemporaryDirectory(prefix="samverkan-mail-", ignore_cleanup_errors=True)


@dataclass(frozen=True)
class MailResult:
    path: Path
    draft: MailDraft
    size: int  # bytes of the .eml as written
    warning: str | None  # above about 20 MB

    @property
    def lines(self) -> list[str]:
        """What the user is told: recipients, what was left out, the size warning."""
        found = [f"Mottagare: {len(self.draft.recipients)}.", *self.draft.notes]
        return found + ([self.warning] if self.warning else [])


def _write(draft: MailDraft, target: Path) -> MailResult:
    from ..export.eml import message_bytes

    content = message_bytes(draft)
    write_atomically(Path(target), content)
    return MailResult(Path(target), draft, len(content), size_warning(len(content)))


def _stem(uow: UnitOfWork, meeting_id: int, what: str) -> str:
    from ..export.publisher import safe_file_stem
    from ..services.meetings import get_meeting

    meeting = get_meeting(uow, meeting_id)
    return safe_file_stem(meeting.group_name, meeting.starts_at.astimezone(STOCKHOLM).date(), what)


def write_invitation_mail(uow: UnitOfWork, meeting_id: int, target: Path, step: Step | None = None) -> MailResult:
    """The notice to every member as a draft: kallelse (PDF, or Word without LibreOffice), the .ics invitation
    and the meeting pack attached."""
    from ..export import ics
    from ..export.convert_batch import convert_many, pdf_unavailable_reason
    from ..services import documents, mailing
    from .publishing import ExportKind, export_document

    say = step or (lambda _text: None)
    draft = mailing.invitation_mail(uow, meeting_id)
    notice_stem, pack_stem = _stem(uow, meeting_id, "kallelse"), _stem(uow, meeting_id, "möteshandlingar")
    files, notes = [], []
    try:  # the invitation needs the secretary as organiser; without one the rest still goes
        calendar = ics.calendar_bytes(documents.calendar_invite(uow, meeting_id))
    except ValidationError as error:
        calendar = None
        notes.append(msg("application.sending.no_calendar", reason=error.message))
    with _temporary_folder() as work:
        work_dir = Path(work)
        say(msg("application.sending.writing_notice"))
        notice = export_document(uow, ExportKind.NOTICE, meeting_id, work_dir / f"{notice_stem}.docx").path
        reason = pdf_unavailable_reason()
        if reason is None:
            notice_pdf = convert_many([notice], work_dir / "pdf")[0]
            files.append(MailAttachment(f"{notice_stem}.pdf", notice_pdf.read_bytes(), PDF))
        else:
            files.append(MailAttachment(notice.name, notice.read_bytes(), WORD))
            notes.append(msg("application.sending.notice_as_word", reason=reason))
        if calendar is not None:
            files.append(MailAttachment(f"{_stem(uow, meeting_id, 'kalenderinbjudan')}.ics", calendar, CALENDAR))
        if reason is None:
            pack = export_meeting_pack(uow, meeting_id, work_dir / f"{pack_stem}.pdf", step)
            files.append(MailAttachment(pack.path.name, pack.path.read_bytes(), PDF))
        say(msg("application.sending.writing_draft"))
        # The draft's body is document text: it names the attachments in Swedish whatever the chosen language.
        words = {PDF: "möteshandlingarna", CALENDAR: "en kalenderinbjudan"}
        attached = ("kallelsen med dagordning", *(words[f.content_type] for f in files[1:]))
        draft = mailing.invitation_mail(uow, meeting_id, attached)  # the body names what is attached
        return _write(draft.attach(*files, notes=tuple(notes)), target)


def write_review_mail(uow: UnitOfWork, meeting_id: int, target: Path) -> MailResult:
    """The minutes to the chair (and vice chair) as a draft with the review file attached."""
    from ..domain.review_file import REVIEW_SUFFIX, dump_review
    from ..services import mailing, review

    content = review.build_review(uow, meeting_id)
    name = f"granskning {content.group_name} {content.meeting_on}{REVIEW_SUFFIX}"
    draft = mailing.review_mail(uow, meeting_id, name)
    return _write(draft.attach(MailAttachment(name, dump_review(content), REVIEW)), target)


def write_minutes_mail(uow: UnitOfWork, meeting_id: int, target: Path, step: Step | None = None) -> MailResult:
    """The published minutes to every member as a draft: PDF when LibreOffice is here, otherwise Word."""
    from ..export.convert_batch import pdf_unavailable_reason
    from ..services import mailing
    from .publishing import ExportKind, export_document

    draft = mailing.minutes_mail(uow, meeting_id)
    stem = _stem(uow, meeting_id, "minnesanteckningar")
    with _temporary_folder() as work:
        if step:
            step("Anteckningarna skrivs")
        reason = pdf_unavailable_reason()
        kind, suffix, content_type = ((ExportKind.MINUTES_PDF, ".pdf", PDF) if reason is None
                                      else (ExportKind.MINUTES, ".docx", WORD))
        written = export_document(uow, kind, meeting_id, Path(work) / f"{stem}{suffix}").path
        notes = (msg("application.sending.minutes_as_word", reason=reason),) if reason else ()
        return _write(draft.attach(MailAttachment(written.name, written.read_bytes(), content_type), notes=notes),
                      target)

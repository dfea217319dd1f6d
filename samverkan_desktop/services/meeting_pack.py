"""The meeting pack's contents: the notice and every agenda item's attachments, in agenda order.

Each attachment is read with ``attachments.read_attachment``, which refuses content that no longer matches its
SHA-256: a damaged attachment stops the pack with a Swedish message before anything is written. A confidential
item's attachments stay out (the pack goes by e-mail and is often forwarded; the notice already shows such an
item only as "Konfidentiell punkt"): its bookmark leads to a note saying so.
"""

from __future__ import annotations

from ..db.models import Meeting
from ..domain.enums import MeetingStatus
from ..domain.errors import ValidationError
from ..domain.meeting_pack import MeetingPack, PackFile, PackSection
from ..domain.messages import msg
from . import UnitOfWork
from ._common import get_or_raise
from .attachments import read_attachment
from .documents import NOT_FOUND, notice_document


def meeting_pack(uow: UnitOfWork, meeting_id: int) -> MeetingPack:
    notice = notice_document(uow, meeting_id)
    with uow:
        meeting = get_or_raise(uow.session, Meeting, meeting_id, NOT_FOUND)
        if meeting.status is MeetingStatus.CANCELLED:
            raise ValidationError(msg("services.meeting_pack.motet_ar_installt_inga"))
        plan = [(item.confidential, [a.id for a in sorted(item.attachments, key=lambda a: a.id)])
                for item in sorted(meeting.items, key=lambda i: i.position)]
    sections = []
    # The notice's items are the same items in the same order, already under the publication rules.
    for (confidential, attachment_ids), item in zip(plan, notice.items, strict=True):
        files = () if confidential else tuple(
            PackFile(found.attachment.file_name, found.content)
            for found in (read_attachment(uow, ident) for ident in attachment_ids))
        sections.append(PackSection(item.paragraph, item.title, files, confidential))
    return MeetingPack(notice.group_name, notice.starts_at, notice, tuple(sections))

"""Composition for what goes to the members: the meeting pack (one PDF) and the e-mail drafts (.eml) of the
notice, of minutes sent to the chair for approval, and of published minutes. Shared by the GUI and the
``samverkan`` command; the services gather, the exporters write."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .services import UnitOfWork, publication

#: step(what) says which part of a long export is running (a progress dialog shows it).
Step = Callable[[str], None]


@dataclass(frozen=True)
class PackResult:
    path: Path
    pages: int
    removed: tuple[str, ...] = ()


def export_meeting_pack(uow: UnitOfWork, meeting_id: int, target: Path, step: Step | None = None) -> PackResult:
    """The meeting pack of ``meeting_id`` at ``target`` (atomically; any error leaves no file)."""
    import pikepdf

    from .export.convert_batch import convert_many
    from .export.meeting_pack import write_meeting_pack
    from .services.meeting_pack import meeting_pack

    pack = meeting_pack(uow, meeting_id)
    template = publication.group_template(uow, _group_of(uow, meeting_id))
    path = write_meeting_pack(pack, Path(target), convert_many, template=template.content if template else None,
                              template_name=template.file_name if template else None, step=step)
    with pikepdf.open(path) as written:
        pages = len(written.pages)
    return PackResult(path, pages, pack.notice.removed)


def _group_of(uow: UnitOfWork, meeting_id: int) -> int:
    from .services.meetings import get_meeting

    return get_meeting(uow, meeting_id).group_id


def _temporary_folder() -> tempfile.TemporaryDirectory:
    return tempfile.TemporaryDirectory(prefix="samverkan-mail-", ignore_cleanup_errors=True)

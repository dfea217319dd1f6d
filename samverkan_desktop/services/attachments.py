"""Attachments of agenda items, their content kept inside the database.

The content of a file is stored once per distinct SHA-256 (``AttachmentBlob``) and every attachment names it by
that checksum: the same document attached to several meetings takes its room once, and backups, restores and
every client of a shared PostgreSQL database see the same attachments (a folder beside the database did none of
that). Every read recomputes the SHA-256 and refuses content that no longer matches.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, undefer

from ..db.models import AgendaItem, Attachment, AttachmentBlob, Group, Meeting
from ..domain.calendar import STOCKHOLM
from ..domain.codes import AuditAction, AuditEntity
from ..domain.errors import StorageError, ValidationError
from ..domain.messages import msg
from . import UnitOfWork
from ._common import audit, drop_unused_attachment_content, get_or_raise
from .agenda import NOT_FOUND, editable_meeting
from .meeting_dto import AttachmentDTO

#: The largest file that can be attached: the whole file is held in memory while it is stored and read, and a
#: meeting's documents are rarely above a few megabytes.
MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024
_MB = 1024 * 1024
_CHUNK = _MB
GONE = "services.gone.attachment"
FILE_NAME_MAX = 300  # Attachment.file_name
#: Where the app copied attachments before they moved into the database (migration 0008), in the data folder.
OLD_FOLDER_NAME = "bilagor"


@dataclass(frozen=True)
class AttachmentProblem:
    """An attachment whose content is missing or no longer matches its SHA-256."""

    attachment_id: int
    file_name: str
    group_name: str
    meeting_on: str
    item_title: str
    missing: bool

    def describe(self) -> str:
        return msg("attachments.missing" if self.missing else "attachments.damaged", group_name=self.group_name,
                   meeting_on=self.meeting_on, item_title=self.item_title, file_name=self.file_name)


@dataclass(frozen=True)
class AttachmentContent:
    """An attachment and its bytes, checked against its SHA-256."""

    attachment: AttachmentDTO
    content: bytes


def to_dto(attachment: Attachment) -> AttachmentDTO:
    return AttachmentDTO(attachment.id, attachment.file_name, attachment.size, attachment.sha256)


def _read_source(source: Path) -> tuple[bytes, str]:
    """The file's bytes and SHA-256, read in chunks; refused in words when too large or unreadable."""
    name = Path(source).name
    try:
        with Path(source).open("rb") as stream:
            size = _size_of(stream)
            if size > MAX_ATTACHMENT_BYTES:
                raise _too_large(name, size)
            digest = hashlib.sha256()
            content = bytearray()
            while chunk := stream.read(_CHUNK):
                digest.update(chunk)
                content += chunk
                if len(content) > MAX_ATTACHMENT_BYTES:  # it grew while we read it
                    raise _too_large(name, len(content))
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path, which no file system allows
        raise ValidationError(msg("services.attachments.filen_lasas_inget_bifogats", name=name, reason=_reason(exc)),
                              field="attachment") from exc
    return bytes(content), digest.hexdigest()


def _size_of(stream) -> int:
    return os.fstat(stream.fileno()).st_size


def _too_large(name: str, size: int) -> ValidationError:
    megabytes = f"{size / _MB:.1f}".replace(".", ",")
    return ValidationError(
        msg("services.attachments.filen_ar_mb_bilaga", name=name, megabytes=megabytes,
            value=MAX_ATTACHMENT_BYTES // _MB), field="attachment")


def _reason(exc: OSError | ValueError) -> str:
    if isinstance(exc, ValueError):
        return msg("attachments.reason.bad_character")
    if isinstance(exc, FileNotFoundError):
        return msg("attachments.reason.not_found")
    if isinstance(exc, PermissionError):
        return msg("attachments.reason.permission")
    if isinstance(exc, IsADirectoryError):
        return msg("attachments.reason.folder")
    return msg("attachments.reason.read_error")


def add_attachment(uow: UnitOfWork, item_id: int, source: Path) -> AttachmentDTO:
    """Store ``source``'s content in the database (once per distinct content) and list it with the item."""
    content, digest = _read_source(source)
    return _store(uow, item_id, Path(source).name, content, digest)


def attach_content(uow: UnitOfWork, item_id: int, file_name: str, content: bytes) -> AttachmentDTO:
    """List ``content`` as ``file_name`` with the item: how an undo brings back the attachments of a removed item."""
    name = (file_name or "").strip() if isinstance(file_name, str) else ""
    if not name or len(name) > FILE_NAME_MAX or any(c in name for c in "/\\\0"):
        raise ValidationError(msg("services.attachments.bilagan_behover_filnamn_hogst"), field="attachment")
    if not isinstance(content, bytes | bytearray):
        raise ValidationError(msg("services.attachments.bilagan_inget_innehall"), field="attachment")
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise _too_large(name, len(content))
    content = bytes(content)
    return _store(uow, item_id, name, content, hashlib.sha256(content).hexdigest())


def _store(uow: UnitOfWork, item_id: int, file_name: str, content: bytes, digest: str) -> AttachmentDTO:
    try:
        return _store_once(uow, item_id, file_name, content, digest)
    except StorageError as error:
        # Another client of a shared database stored the same content between our look and our insert: it is
        # there now, so the second attempt lists it (the first left nothing behind).
        if not isinstance(error.__cause__, IntegrityError):
            raise
    return _store_once(uow, item_id, file_name, content, digest)


def _find_blob(session: Session, digest: str) -> AttachmentBlob | None:
    return session.get(AttachmentBlob, digest, options=[undefer(AttachmentBlob.content)])


def _store_once(uow: UnitOfWork, item_id: int, file_name: str, content: bytes, digest: str) -> AttachmentDTO:
    with uow:
        item = get_or_raise(uow.session, AgendaItem, item_id, NOT_FOUND)
        editable_meeting(uow, item.meeting_id)
        blob = _find_blob(uow.session, digest)
        if blob is None:
            uow.session.add(AttachmentBlob(sha256=digest, size=len(content), content=content))
        elif blob.content is None:  # missing since the move into the database: the same file fills it in
            blob.content, blob.size = content, len(content)
        attachment = Attachment(file_name=file_name, sha256=digest, size=len(content))
        item.attachments.append(attachment)
        uow.session.flush()
        audit(uow, AuditEntity.ATTACHMENT, attachment.id, AuditAction.ATTACHED,
              f"{item.title}: {attachment.file_name}", item.meeting_id)
        uow.commit()
        return to_dto(attachment)


def read_attachment(uow: UnitOfWork, attachment_id: int) -> AttachmentContent:
    """The attachment's bytes, verified against its SHA-256 (and size) on every read."""
    with uow:
        attachment = get_or_raise(uow.session, Attachment, attachment_id, GONE)
        content = uow.session.scalar(select(AttachmentBlob.content).where(AttachmentBlob.sha256 == attachment.sha256))
        dto = to_dto(attachment)
    if content is None:
        raise StorageError(
            msg("services.attachments.filen_saknas_fanns_bilagemappen", dto_file_name=dto.file_name))
    content = bytes(content)
    if len(content) != dto.size or hashlib.sha256(content).hexdigest() != dto.sha256:
        raise StorageError(
            msg("services.attachments.bilagan_ar_skadad_innehallet", dto_file_name=dto.file_name))
    return AttachmentContent(dto, content)


def verify_attachments(uow: UnitOfWork) -> list[AttachmentProblem]:
    """Recompute the SHA-256 of every stored content (one at a time: memory stays at one file); report each
    attachment whose content is missing or changed."""
    bad: dict[str, bool] = {}  # sha256 -> missing (else changed)
    with uow:
        rows = uow.session.execute(
            select(AttachmentBlob.sha256, AttachmentBlob.size, AttachmentBlob.content).order_by(AttachmentBlob.sha256),
            execution_options={"yield_per": 1})
        for sha256, size, content in rows:
            if content is None:
                bad[sha256] = True
            elif len(content) != size or hashlib.sha256(content).hexdigest() != sha256:
                bad[sha256] = False
        if not bad:
            return []
        found = uow.session.execute(
            select(Attachment.id, Attachment.file_name, Attachment.sha256, Group.name, Meeting.starts_at,
                   AgendaItem.paragraph, AgendaItem.title)
            .join(AgendaItem, Attachment.agenda_item_id == AgendaItem.id)
            .join(Meeting, AgendaItem.meeting_id == Meeting.id).join(Group, Meeting.group_id == Group.id)
            .where(Attachment.sha256.in_(sorted(bad))).order_by(Meeting.starts_at, AgendaItem.position, Attachment.id))
        return [AttachmentProblem(ident, name, group, starts_at.astimezone(STOCKHOLM).date().isoformat(),
                                  f"§ {paragraph} {title}" if paragraph else title, bad[sha256])
                for ident, name, sha256, group, starts_at, paragraph, title in found]


def adopt_old_files(uow: UnitOfWork, folder: Path) -> int:
    """Fill in content missing since migration 0008 from ``folder``, this computer's old ``bilagor/``.

    On a shared PostgreSQL database only the computer that upgraded it could move its own files in; every other
    secretary's computer brings its files at its first start with this version. Each file is checked against its
    SHA-256. A marker in the folder, one per database, makes it a single pass. Returns how many were filled in.
    """
    marker = folder / f".i-databasen-{hashlib.sha256(uow.database.encode()).hexdigest()[:12]}"
    try:
        if not folder.is_dir() or marker.exists():
            return 0
    except (OSError, ValueError):  # a name too long or with a NUL: no folder of old files there
        return 0
    with uow:
        missing = uow.session.scalars(select(AttachmentBlob.sha256).where(AttachmentBlob.content.is_(None))).all()
    filled = 0
    for digest in missing:
        content = _old_file(folder, digest)
        if content is None:
            continue
        with uow:
            blob = uow.session.get(AttachmentBlob, digest, options=[undefer(AttachmentBlob.content)])
            if blob is not None and blob.content is None:
                blob.content, blob.size = content, len(content)
                uow.commit()
                filled += 1
    with contextlib.suppress(OSError):  # a folder we may not write in: the next start looks again
        marker.touch()
    return filled


def _old_file(folder: Path, digest: str) -> bytes | None:
    """The old app's file for ``digest`` (named ``ab/<sha256><suffix>``), if there and unchanged."""
    try:
        candidates = sorted(p for p in (folder / digest[:2]).iterdir() if p.name.startswith(digest))
    except OSError:
        return None
    for path in candidates:
        hasher, content = hashlib.sha256(), bytearray()
        try:
            with path.open("rb") as stream:
                while chunk := stream.read(_CHUNK):
                    hasher.update(chunk)
                    content += chunk
        except OSError:
            continue
        if hasher.hexdigest() == digest:
            return bytes(content)
    return None


def remove_attachment(uow: UnitOfWork, attachment_id: int) -> None:
    """Unlists the file; its content leaves the database when no other attachment shares it."""
    with uow:
        attachment = get_or_raise(uow.session, Attachment, attachment_id, GONE)
        editable_meeting(uow, attachment.item.meeting_id)
        audit(uow, AuditEntity.ATTACHMENT, attachment.id, AuditAction.REMOVED,
              attachment.file_name, attachment.item.meeting_id)
        uow.session.delete(attachment)
        drop_unused_attachment_content(uow.session, [attachment.sha256])
        uow.commit()


"""Everything out: every table, every attachment and the audit log, for a user who leaves with all their data.

The service reads; the caller passes the writer (``export/everything_zip.py``), so that the services never import
an exporter (docs/DESIGN.md §3). Rows are streamed in batches and every attachment is read and checked one at
a time: memory stays at one batch and one file, whatever the size of the database.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Protocol

from sqlalchemy import func, select

from ..db.models import Attachment, AttachmentBlob, Base
from ..domain.errors import DomainError, StorageError
from ..domain.messages import msg
from . import UnitOfWork

BATCH = 500
#: The content of attachments is written as files under attachments/, not as a column.
SKIPPED_COLUMNS = {("attachment_blob", "content")}

#: What each table holds, for the README of the archive (Swedish, for the person who opens it).
TABLE_DESCRIPTIONS = {
    "organisation": "Organisationer (kommuner, regionen, andra) med kortnamn och typ.",
    "person": "Personer med titel, e-post, telefon och arbetsgivare (organisation_id i employer_id).",
    "coordination_group": "Samverkansgrupperna med typ, överordnad grupp (parent_id) och aktiv period.",
    "mandate": "Gruppernas uppdrag (versioner) med syfte, uppdrag och regler för möten och godkännande.",
    "mandate_revision": "Revideringar av uppdragen.",
    "reporting_duty": "Gruppernas återrapporteringsskyldigheter.",
    "reporting_deadline": "Återrapporteringarnas tidpunkter och när de gjordes.",
    "membership": "Medlemskap: person, grupp, roll, vilken organisation personen företräder, från och till.",
    "group_template": "Gruppernas egna Word-mallar (innehållet som base64 i kolumnen content).",
    "meeting": "Möten med tid (UTC), plats, status och anteckningarnas status.",
    "attendance": "Närvaro per möte och person (närvarande, förhinder, ersättare, gäster).",
    "case_record": "Ärenden som följs över flera möten.",
    "agenda_item": "Dagordningspunkter med §-nummer, anteckningar, beslut och utfall.",
    "attachment_blob": "Bilagornas innehåll, en rad per unikt innehåll (SHA-256 och storlek); "
                       "själva filerna ligger under attachments/.",
    "attachment": "Bilagor per dagordningspunkt (filnamn, SHA-256, storlek).",
    "action_item": "Åtgärder med ansvarig, sista dag och status.",
    "anchoring": "Förankring av beslut i organisationerna.",
    "agenda_template_item": "Gruppernas stående dagordningspunkter.",
    "approval": "Godkännanden av anteckningar (med kontrollsumma och eventuell signatur).",
    "signing_key": "Registrerade publika signeringsnycklar.",
    "publication": "Publicerade filer (format, filnamn, SHA-256, adress).",
    "audit_event": "Granskningsloggen: vem gjorde vad och när (UTC).",
    "review_comment": "Kommentarer från granskningen av anteckningar.",
}


class ArchiveWriter(Protocol):
    """Where the rows and files go (``export.everything_zip.EverythingZip``)."""

    def table(self, name: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> int: ...

    def attachment(self, path: str, content: bytes) -> None: ...

    def readme(self, tables: Sequence[TableSummary], attachments: Sequence[str]) -> None: ...


@dataclass(frozen=True)
class TableSummary:
    name: str
    columns: tuple[str, ...]
    rows: int
    description: str


@dataclass(frozen=True)
class EverythingSummary:
    tables: tuple[TableSummary, ...]
    attachments: tuple[str, ...]

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


#: (done, total, what) -> False to cancel.
Progress = Callable[[int, int, str], bool]


class ExportCancelledError(DomainError):
    """The user stopped the export; nothing was written."""

    def __init__(self) -> None:
        super().__init__(msg("services.everything.cancelled"))


def _plain(value: object) -> object:
    """A value as JSON and CSV hold it: text, number, truth value or None."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, Decimal):
        return str(value)
    return value


def _needs_conversion(column) -> bool:
    """Whether the column's values need ``_plain`` (enums, dates, bytes); text and numbers pass as they are."""
    try:
        kind = column.type.python_type
    except NotImplementedError:
        return True
    return kind not in (str, int, float, bool)


def _safe_name(name: str) -> str:
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", name).strip(" .")
    return cleaned or "bilaga"


def export_everything(uow: UnitOfWork, writer: ArchiveWriter, progress: Progress | None = None) -> EverythingSummary:
    """Write every table and every attachment to ``writer``; raises ``Cancelled`` when ``progress`` says so."""
    tables = [t for t in Base.metadata.sorted_tables]
    summaries: list[TableSummary] = []
    with uow:
        session = uow.session
        attachment_count = session.scalar(select(func.count()).select_from(Attachment)) or 0
        total = len(tables) + attachment_count
        done = 0
        for table in tables:
            if progress and progress(done, total, table.name) is False:
                raise ExportCancelledError
            columns = [c for c in table.columns if (table.name, c.name) not in SKIPPED_COLUMNS]
            query = select(*columns).order_by(*table.primary_key.columns)
            result = session.execute(query, execution_options={"yield_per": BATCH})

            converted = [i for i, c in enumerate(columns) if _needs_conversion(c)]

            def rows(result=result, converted=converted, name=table.name, done=done) -> Iterator[Sequence[object]]:
                for n, row in enumerate(result, start=1):
                    if progress and n % (BATCH * 20) == 0 and progress(done, total, f"{name} ({n} rader)") is False:
                        raise ExportCancelledError  # a large table can be stopped in its middle too
                    if converted:
                        row = list(row)
                        for i in converted:
                            row[i] = _plain(row[i])
                    yield row

            count = writer.table(table.name, [c.name for c in columns], rows())
            summaries.append(TableSummary(table.name, tuple(c.name for c in columns), count,
                                          TABLE_DESCRIPTIONS.get(table.name, f"Tabellen {table.name}.")))
            done += 1
        written: list[str] = []
        taken: set[str] = set()
        listing = session.execute(select(Attachment.id, Attachment.agenda_item_id, Attachment.file_name,
                                         Attachment.sha256, Attachment.size).order_by(Attachment.id)).all()
        for attachment_id, item_id, file_name, digest, size in listing:
            if progress and progress(done, total, file_name) is False:
                raise ExportCancelledError
            content = session.scalar(select(AttachmentBlob.content).where(AttachmentBlob.sha256 == digest))
            if content is None or len(content) != size or hashlib.sha256(content).hexdigest() != digest:
                raise StorageError(msg("services.everything.bilagan_id_saknas_ar", file_name=file_name,
                                       attachment_id=attachment_id))
            path = _unique(f"attachments/{item_id}/{_safe_name(file_name)}", taken)
            writer.attachment(path, bytes(content))
            written.append(path)
            done += 1
        if progress:
            progress(total, total, "")
    writer.readme(summaries, written)
    return EverythingSummary(tuple(summaries), tuple(written))


def _unique(path: str, taken: set[str]) -> str:
    candidate, n = path, 1
    while candidate in taken:
        n += 1
        stem, dot, suffix = path.rpartition(".")
        candidate = f"{stem} ({n}).{suffix}" if dot and "/" not in suffix else f"{path} ({n})"
    taken.add(candidate)
    return candidate

"""Writing the files of a publication: the minutes as DOCX (and PDF when a converter is there), named after
group and date, and the manifest of a batch. Either all files of one minutes are written or none is.

A batch converts its PDFs together: ``prepare`` renders the DOCX of many minutes and converts them all with one
converter call (one LibreOffice process); publishing each minutes then takes its prepared files, as long as the
minutes and the template are still exactly what was prepared. Anything else is converted on its own."""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..domain.approval_record import PublishedFile
from ..domain.documents import GroupTemplate, MinutesDocument, WrittenFile
from ..domain.errors import StorageError
from .approval_record import MANIFEST_NAME, write_record
from .files import write_atomically
from .pdf import PdfConverter, convert_to_pdf

MANIFEST_FIELDS = ("grupp", "mötesdatum", "fil", "format", "sha256")


def safe_file_stem(group_name: str, day: date, what: str) -> str:
    """"Samordningsråd Östra länsdelen", 2026-03-10 -> "2026-03-10_Samordningsrad_Ostra_lansdelen_minnesanteckningar":
    ASCII only, because the files go to web servers and intranets that mangle anything else."""
    ascii_name = unicodedata.normalize("NFKD", group_name).encode("ascii", "ignore").decode()
    words = re.sub(r"[^A-Za-z0-9]+", "_", ascii_name).strip("_")[:60] or "grupp"
    return f"{day.isoformat()}_{words}_{what}"


def sha256_of(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@dataclass(frozen=True)
class _Prepared:
    minutes: MinutesDocument
    template: GroupTemplate | None
    docx: bytes
    pdf: Callable[[], bytes | str]  # waits for the PDF: its bytes, or why there is none


@dataclass(frozen=True)
class MinutesPublisher:
    """The ``render`` function the publication service calls: writes into ``folder``."""

    folder: Path
    with_pdf: bool = False
    removed: list[str] = field(default_factory=list)  # what scrubbing took out, per minutes, for the user
    converter: PdfConverter | None = None  # the batch's converter; None: one of its own for each PDF
    prepared: list[_Prepared] = field(default_factory=list)

    def prepare(self, batch: Sequence[tuple[MinutesDocument, GroupTemplate | None]]) -> None:
        """Start converting every minutes of ``batch`` in one go with the batch's converter: LibreOffice starts
        at once and gets each DOCX as soon as it is rendered; publishing a minutes then waits only for its own
        PDF, while LibreOffice goes on with the next (``pdf_stream``)."""
        if not (self.with_pdf and batch and self.converter is not None):
            return
        names = [f"{safe_file_stem(m.group_name, m.starts_at.date(), 'minnesanteckningar')}.docx" for m, _t in batch]
        stream = self.converter.begin([".docx"] * len(batch), names)
        for index, (minutes, template) in enumerate(batch):
            content = self._render(minutes, template)
            stream.put(index, content)
            self.prepared.append(_Prepared(minutes, template, content, functools.partial(stream.result, index)))

    def __call__(self, minutes: MinutesDocument, template: GroupTemplate | None) -> list[WrittenFile]:
        stem = safe_file_stem(minutes.group_name, minutes.starts_at.date(), "minnesanteckningar")
        ready = self._take_prepared(minutes, template)
        content = ready.docx if ready is not None else self._render(minutes, template)
        written: list[WrittenFile] = []
        try:
            docx_path = write_atomically(self.folder / f"{stem}.docx", content)
            written.append(WrittenFile("docx", docx_path, hashlib.sha256(content).hexdigest()))
            if self.with_pdf:
                target = self.folder / f"{stem}.pdf"
                pdf = ready.pdf() if ready is not None else None
                if isinstance(pdf, str):  # the batch could not make it: say why, as converting alone would
                    raise StorageError(pdf)
                if pdf is not None:
                    pdf_path = write_atomically(target, pdf)
                elif self.converter is not None:
                    pdf_path = self.converter.convert_one(docx_path, target)
                else:
                    pdf_path = convert_to_pdf(docx_path, target)
                written.append(WrittenFile("pdf", pdf_path, sha256_of(pdf_path)))
            if minutes.record is not None:  # beside the files: what anyone can check (verify-published)
                write_record(self.folder, stem, minutes, minutes.record,
                                      [PublishedFile(f.path.name, f.format, f.sha256) for f in written])
        except BaseException:
            for file in written:  # a DOCX without its PDF is not what was asked for: leave neither
                file.path.unlink(missing_ok=True)
            raise
        when = f"{minutes.group_name} {minutes.starts_at:%Y-%m-%d}"
        self.removed.extend(f"{when}, {line}" for line in minutes.removed)
        return written

    def _take_prepared(self, minutes: MinutesDocument, template: GroupTemplate | None) -> _Prepared | None:
        for index, entry in enumerate(self.prepared):
            if entry.minutes == minutes and entry.template == template:
                return self.prepared.pop(index)
        return None

    @staticmethod
    def _render(minutes: MinutesDocument, template: GroupTemplate | None) -> bytes:
        # python-docx (and lxml) load when something is published, not when the main window starts.
        from .docx_base import to_bytes
        from .minutes_docx import render_minutes

        return to_bytes(render_minutes(minutes, template.content if template else None,
                                       template_name=template.file_name if template else None))


@dataclass(frozen=True)
class ManifestRow:
    group_name: str
    meeting_on: date
    file_name: str
    format: str
    sha256: str


def write_manifest(folder: Path, rows: Sequence[ManifestRow]) -> Path:
    """manifest.csv in ``folder``: the rows of earlier batches are kept, a file published again replaces its
    row. Semicolon-separated UTF-8 with BOM, which Excel with Swedish settings opens as columns."""
    target = Path(folder) / MANIFEST_NAME
    merged: dict[str, tuple[str, ...]] = {}
    if target.exists():
        with target.open(encoding="utf-8-sig", newline="") as stream:
            for record in csv.DictReader(stream, delimiter=";"):
                if record.get("fil"):
                    merged[record["fil"]] = tuple(record.get(field, "") for field in MANIFEST_FIELDS)
    for row in rows:
        merged[row.file_name] = (row.group_name, row.meeting_on.isoformat(), row.file_name, row.format, row.sha256)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(MANIFEST_FIELDS)
    writer.writerows(sorted(merged.values(), key=lambda r: (r[1], r[0], r[2])))  # type: ignore[index]  # stub: Iterable
    return write_atomically(target, buffer.getvalue().encode("utf-8-sig"))

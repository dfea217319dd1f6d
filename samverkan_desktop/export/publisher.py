"""Writing the files of a publication: the minutes as DOCX (and PDF when LibreOffice is there), named after
group and date, and the manifest of a batch. Either all files of one minutes are written or none is."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..domain.approval_record import PublishedFile
from ..domain.documents import GroupTemplate, MinutesDocument, WrittenFile
from .approval_record import MANIFEST_NAME, write_record
from .files import write_atomically
from .pdf import convert_to_pdf

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
class MinutesPublisher:
    """The ``render`` function the publication service calls: writes into ``folder``."""

    folder: Path
    with_pdf: bool = False
    removed: list[str] = field(default_factory=list)  # what scrubbing took out, per minutes, for the user

    def __call__(self, minutes: MinutesDocument, template: GroupTemplate | None) -> list[WrittenFile]:
        # python-docx (and lxml) load when something is published, not when the main window starts.
        from .docx_base import to_bytes
        from .minutes_docx import render_minutes

        stem = safe_file_stem(minutes.group_name, minutes.starts_at.date(), "minnesanteckningar")
        content = to_bytes(render_minutes(minutes, template.content if template else None,
                                          template_name=template.file_name if template else None))
        written: list[WrittenFile] = []
        try:
            docx_path = write_atomically(self.folder / f"{stem}.docx", content)
            written.append(WrittenFile("docx", docx_path, hashlib.sha256(content).hexdigest()))
            if self.with_pdf:
                pdf_path = convert_to_pdf(docx_path, self.folder / f"{stem}.pdf")
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
    writer.writerows(sorted(merged.values(), key=lambda r: (r[1], r[0], r[2])))
    return write_atomically(target, buffer.getvalue().encode("utf-8-sig"))

"""The approval record beside each published minutes, and ``samverkan verify-published``: a published folder
checked without any database (domain.approval_record does the checking of one record)."""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..domain.approval_record import RECORD_SUFFIX, ApprovalRecord, PublishedFile, check_record, record_bytes
from ..domain.documents import MinutesDocument
from ..domain.errors import DomainError
from ..domain.messages import msg
from .files import write_atomically

MANIFEST_NAME = "manifest.csv"
MAX_FILE = 512 * 1024 * 1024
#: Written into the published record (a document): stays Swedish whatever language the program speaks.
WITHHELD = "anteckningarna har sekretessmarkerade punkter eller personuppgifter som inte publiceras"


def public_record(minutes: MinutesDocument, record: ApprovalRecord) -> ApprovalRecord:
    """The record as it may be published: without the content when the published minutes leave something out."""
    if minutes.removed or any(s.confidential for s in minutes.sections):
        return replace(record, content=None, withheld=WITHHELD)
    return record


def write_record(folder: Path, stem: str, minutes: MinutesDocument, record: ApprovalRecord,
                 files: list[PublishedFile]) -> Path:
    return write_atomically(Path(folder) / f"{stem}{RECORD_SUFFIX}",
                            record_bytes(public_record(minutes, record), files))


@dataclass
class PublishedReport:
    folder: Path
    lines: list[str] = field(default_factory=list)
    problems: int = 0
    records: int = 0

    @property
    def ok(self) -> bool:
        return self.problems == 0

    def fail(self, text: str) -> None:
        self.problems += 1
        self.lines.append(msg("published.failed_line", text=text))

    @property
    def summary(self) -> str:
        if self.ok:
            return msg("published.all_ok", records=self.records)
        return msg("published.errors", problems=self.problems, folder=self.folder)


def _sha256(path: Path) -> str | None:
    try:
        if path.stat().st_size > MAX_FILE:
            return None
        digest = hashlib.sha256()
        with path.open("rb") as stream:
            for block in iter(lambda: stream.read(1024 * 1024), b""):
                digest.update(block)
        return digest.hexdigest()
    except OSError:
        return None


def _manifest(folder: Path, report: PublishedReport) -> dict[str, str]:
    path = folder / MANIFEST_NAME
    try:
        with path.open(encoding="utf-8-sig", newline="") as stream:
            return {row.get("fil") or "": row.get("sha256") or "" for row in csv.DictReader(stream, delimiter=";")}
    except (OSError, UnicodeDecodeError, csv.Error):
        report.fail(msg("published.manifest_unreadable", manifest=MANIFEST_NAME, folder=folder))
        return {}


def verify_published(folder: Path) -> PublishedReport:
    folder = Path(folder)
    report = PublishedReport(folder)
    if not folder.is_dir():
        report.fail(msg("published.not_folder", folder=folder))
        return report
    manifest = _manifest(folder, report)
    covered: set[str] = set()
    for path in sorted(folder.glob(f"*{RECORD_SUFFIX}")):
        report.records += 1
        try:
            if path.stat().st_size > 5 * 1024 * 1024:
                raise DomainError(msg("export.approval_record.godkannandeposten_ar_for_stor"))
            check = check_record(path.read_bytes())
        except DomainError as error:
            report.fail(f"{path.name}: {error.message}")
            continue
        except OSError:
            report.fail(msg("published.unreadable", name=path.name))
            continue
        problems = list(check.problems)
        for file in check.files:
            covered.add(file.name)
            if Path(file.name).name != file.name or file.name.startswith("."):
                problems.append(msg("published.bad_name", name=repr(file.name)))
                continue
            actual = _sha256(folder / file.name)
            if actual is None:
                problems.append(msg("published.missing", name=file.name))
            elif actual != file.sha256:
                problems.append(msg("published.changed", name=file.name))
            if manifest and manifest.get(file.name) != file.sha256:
                problems.append(msg("published.manifest_differs", name=file.name, manifest=MANIFEST_NAME))
        if problems:
            report.fail(f"{check.title}: " + "; ".join(problems) + ".")
        else:
            report.lines.append(msg("published.ok_line", title=check.title, notes="; ".join(check.notes),
                                    count=len(check.files)))
    for name, digest in sorted(manifest.items()):
        if name in covered:
            continue
        actual = _sha256(folder / name) if name and Path(name).name == name else None
        if actual is None or actual != digest:
            report.fail(msg("published.manifest_mismatch", name=name, manifest=MANIFEST_NAME))
        else:
            report.fail(msg("published.no_record", name=name))
    return report

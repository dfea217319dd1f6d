"""Publishing 20 approved minutes as DOCX and tagged PDF, against one bare LibreOffice converting the 20 DOCX.

The subject is ``publishing.publish_since(uow, since, folder, with_pdf=True)``, what Arkiv → Publicera and
``samverkan publish`` call: read each minutes, check it against its approval, render the DOCX, convert all PDFs
with one converter (one soffice with a new profile, started at once and handed each DOCX as it is rendered; each
minutes is recorded as soon as its PDF is done), record every file and write the manifest. It runs on a fresh
copy of a generated database (4 groups × 1 year; copying it, a few ms, is inside the timing) with exactly 20
minutes waiting. The baseline is one ``soffice --headless --convert-to pdf:writer_pdf_Export:{same options}`` with a new
profile of its own, converting the 20 DOCX files the app published (rendered once, outside the timing).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path

from samverkan_desktop.application.publishing import publish_since
from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.migrate import upgrade_database
from samverkan_desktop.db.uow import create_unit_of_work
from samverkan_desktop.export.pdf import find_soffice
from samverkan_desktop.export.pdf_libreoffice import filter_argument
from samverkan_desktop.infra.config import migrations_dir
from samverkan_desktop.sampledata.generate import generate
from samverkan_desktop.services import publication

from .probes import interleaved

FILES = 20


def prepare(work: Path, files: int = FILES) -> tuple[Path, date]:
    """A generated database and the date from which exactly ``files`` approved minutes wait for publication."""
    path = work / "pdf-bench.db"
    engine = create_database_engine(f"sqlite:///{path}")
    try:
        upgrade_database(engine, migrations_dir())
        uow = create_unit_of_work(engine, "benchmark")
        generate(uow, groups=4, years=1, seed=1)
        waiting = publication.awaiting_publication(uow)
        if len(waiting) < files:
            raise RuntimeError(f"only {len(waiting)} approved minutes were generated, not {files}")
        # Publish the oldest ones now, so that exactly the newest ``files`` wait (counting from a date).
        since = waiting[-files].starts_at.date()
        while len(publication.awaiting_publication(uow, since)) > files:
            since = date.fromordinal(since.toordinal() + 1)
        older = [m for m in waiting if m.starts_at.date() < since]
        for meeting in older:
            publication.publish(uow, meeting.id, lambda _minutes, _template: [])
        count = len(publication.awaiting_publication(uow, since))
        if count != files:
            raise RuntimeError(f"{count} minutes wait from {since}, not {files}")
    finally:
        engine.dispose()
    return path, since


def bare_soffice(soffice: str, sources: list[Path], outdir: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="bare-lo-") as profile:
        subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation={Path(profile).as_uri()}",
                        "--convert-to", filter_argument([s.suffix for s in sources]), "--outdir", str(outdir),
                        *map(str, sources)], check=True, capture_output=True, timeout=600)


def measure(work: Path, runs: int, files: int = FILES, warmup: int = 1) -> tuple[list[float], list[float]]:
    """(baseline, subject) seconds per run, interleaved; every run's PDFs are counted."""
    soffice = find_soffice()
    if soffice is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    database, since = prepare(work, files)
    counter = iter(range(1_000_000))
    sources: list[Path] = []

    def subject() -> None:
        run = next(counter)
        copy = work / f"pdf-run-{run}.db"
        shutil.copyfile(database, copy)  # the copy is the only untimed part inside; a few ms
        engine = create_database_engine(f"sqlite:///{copy}")
        folder = work / f"published-{run}"
        try:
            result = publish_since(create_unit_of_work(engine, "benchmark"), since, folder, with_pdf=True)
        finally:
            engine.dispose()
        pdfs = sorted(folder.glob("*.pdf"))
        if result.failures or len(pdfs) != files:
            raise RuntimeError(f"the app published {len(pdfs)} PDFs of {files}: {result.failures}")
        if not sources:
            keep = work / "sources"
            keep.mkdir()
            sources.extend(Path(shutil.copy(p, keep)) for p in sorted(folder.glob("*.docx")))

    def baseline() -> None:
        if not sources:
            subject()  # the baseline converts the DOCX files the app wrote
        outdir = Path(tempfile.mkdtemp(prefix="bare-pdf-", dir=work))
        bare_soffice(soffice, sources, outdir)
        if len(list(outdir.glob("*.pdf"))) != files:
            raise RuntimeError("the bare LibreOffice did not convert every file")

    return interleaved(baseline, subject, runs, warmup)

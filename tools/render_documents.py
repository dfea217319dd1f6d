"""Render exported documents of the demo data as PNG pages for docs/screenshots/ (LibreOffice -> PDF ->
pdftoppm), so that what the Word export looks like can be seen and reviewed.

    .venv/bin/python tools/render_documents.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from samverkan_desktop.application.publishing import ExportKind, export_document
from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.migrate import upgrade_database
from samverkan_desktop.db.uow import create_unit_of_work
from samverkan_desktop.domain.enums import MinutesStatus
from samverkan_desktop.infra.config import migrations_dir
from samverkan_desktop.sampledata import demo
from samverkan_desktop.services import groups, meetings, minutes_people
from samverkan_desktop.services.dto import GroupData

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
TODAY = date(2026, 11, 22)


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is needed", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        engine = create_database_engine(f"sqlite:///{folder / 'demo.db'}")
        upgrade_database(engine, migrations_dir())
        uow = create_unit_of_work(engine, "skärmbilder")
        demo.create_demo_data(uow, TODAY)
        group = next(g for g in groups.list_groups(uow) if g.name == "Temagrupp Äldre")
        series = meetings.list_meetings(uow, group.id)
        approved = [m for m in series if m.minutes_status is MinutesStatus.APPROVED]
        upcoming = [m for m in series if m.starts_at.date() >= TODAY]
        # The group signs its minutes (justering lines), and the draft names who took them and the justerare.
        data = groups.get_group(uow, group.id)
        groups.update_group(uow, group.id, GroupData(
            data.name, data.kind, data.short_name, data.parent_id, data.active_from, data.active_to,
            data.minutes_published_at, justering_lines=True))
        draft = next(m.id for m in series if m.minutes_status is MinutesStatus.DRAFT)
        people = dict((name, ident) for ident, name in minutes_people.minutes_people(uow, draft).candidates)
        names = sorted(people)
        minutes_people.set_minutes_people(uow, draft, people[names[0]], people[names[-1]])
        pages = [(ExportKind.MINUTES_PDF, approved[-1].id, "export-minnesanteckningar"),
                 (ExportKind.MINUTES_PDF, next(m.id for m in series if m.minutes_status is MinutesStatus.DRAFT),
                  "export-utkast"),
                 (ExportKind.NOTICE, upcoming[0].id, "export-kallelse")]
        for kind, meeting_id, name in pages:
            target = folder / f"{name}{'.pdf' if kind is ExportKind.MINUTES_PDF else '.docx'}"
            result = export_document(uow, kind, meeting_id, target)
            pdf = result.path
            if kind is ExportKind.NOTICE:
                subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{folder}/profile",
                                "--convert-to", "pdf", "--outdir", str(folder), str(pdf)], check=True,
                               capture_output=True)
                pdf = pdf.with_suffix(".pdf")
            subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "3", str(pdf), str(OUT / name)],
                           check=True)
            print(f"{name}: {sorted(p.name for p in OUT.glob(name + '*.png'))}")
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Services and exporters composed: one document of a meeting, and batch publishing with a manifest, on the
demo data (minutes in every state). The PDF test runs wherever LibreOffice is installed, and CI installs it."""

from __future__ import annotations

import csv
import hashlib
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import docx
import pytest
from sqlalchemy.orm import Session

from samverkan_desktop.application.publishing import ExportKind, export_document, publish_since
from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.migrate import upgrade_database
from samverkan_desktop.db.models import Meeting
from samverkan_desktop.db.uow import create_unit_of_work
from samverkan_desktop.domain.enums import MinutesStatus
from samverkan_desktop.domain.errors import StorageError
from samverkan_desktop.export.pdf import find_soffice
from samverkan_desktop.infra.config import migrations_dir
from samverkan_desktop.sampledata.demo import create_demo_data
from samverkan_desktop.services import documents, publication

TODAY = date(2026, 3, 10)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    engine = create_database_engine(f"sqlite:///{path}")
    upgrade_database(engine, migrations_dir())
    create_demo_data(create_unit_of_work(engine, "testare"), TODAY)
    engine.dispose()
    return path


@pytest.fixture
def demo(demo_template, tmp_path):
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    engine = create_database_engine(f"sqlite:///{path}")
    yield engine, create_unit_of_work(engine, "testare")
    engine.dispose()


def test_publish_since_writes_every_approved_minutes_and_the_manifest(demo, tmp_path) -> None:
    engine, uow = demo
    waiting = publication.awaiting_publication(uow)
    assert len(waiting) >= 5
    seen = []
    result = publish_since(uow, None, tmp_path / "webb", progress=lambda done, total, what: seen.append(
        (done, total)) or True)
    assert not result.failures and not result.stopped
    assert len(result.published) == len(waiting) and seen[-1] == (len(waiting), len(waiting))
    with (tmp_path / "webb" / "manifest.csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter=";"))
    assert len(rows) == len(waiting)
    for row in rows:
        file = tmp_path / "webb" / row["fil"]
        assert hashlib.sha256(file.read_bytes()).hexdigest() == row["sha256"]
        assert docx.Document(str(file)).paragraphs[0].text == "Minnesanteckningar"  # approved: no UTKAST
    with Session(engine) as session:
        assert all(session.get(Meeting, m.id).minutes_status is MinutesStatus.PUBLISHED for m in waiting)
    assert publication.awaiting_publication(uow) == []


def test_stopping_a_batch_keeps_what_was_published(demo, tmp_path) -> None:
    _engine, uow = demo
    total = len(publication.awaiting_publication(uow))
    result = publish_since(uow, None, tmp_path, progress=lambda done, _total, _what: done < 2)
    assert result.stopped and len(result.published) == 2
    assert len(publication.awaiting_publication(uow)) == total - 2


def test_one_minutes_that_cannot_be_written_does_not_stop_the_others(demo, tmp_path, monkeypatch) -> None:
    _engine, uow = demo
    waiting = publication.awaiting_publication(uow)
    from samverkan_desktop.export import publisher

    real = publisher.write_atomically

    def refuse_the_first(target, content):
        if waiting[0].group_name.split()[0] in target.name.replace("_", " ") and not refuse_the_first.done:
            refuse_the_first.done = True
            raise StorageError(f"Filen {target.name} är öppen i ett annat program.")
        return real(target, content)

    refuse_the_first.done = False
    monkeypatch.setattr(publisher, "write_atomically", refuse_the_first)
    result = publish_since(uow, None, tmp_path)
    assert len(result.failures) == 1 and "öppen i ett annat program" in result.failures[0][1]
    assert len(result.published) == len(waiting) - 1
    assert len(publication.awaiting_publication(uow)) == 1


def test_a_draft_exports_marked_utkast(demo, tmp_path) -> None:
    engine, uow = demo
    with Session(engine) as session:
        draft = session.query(Meeting).filter(Meeting.minutes_status == MinutesStatus.DRAFT).first().id
    result = export_document(uow, ExportKind.MINUTES, draft, tmp_path / "utkast.docx")
    assert result.draft
    document = docx.Document(str(result.path))
    assert document.paragraphs[0].text == "Minnesanteckningar (UTKAST)"
    assert "UTKAST" in document.sections[0].header.paragraphs[0].text


def test_a_groups_own_template_is_used_for_its_exports(demo, tmp_path) -> None:
    _engine, uow = demo
    meeting = publication.awaiting_publication(uow)[0]
    template = docx.Document()
    template.core_properties.title = "Egen mall"
    template.styles["Heading 1"].font.name = "Georgia"
    template.save(tmp_path / "egen.docx")
    publication.set_group_template(uow, meeting.group_id, "egen.docx", (tmp_path / "egen.docx").read_bytes())
    result = export_document(uow, ExportKind.MINUTES, meeting.id, tmp_path / "a.docx")
    assert docx.Document(str(result.path)).styles["Heading 1"].font.name == "Georgia"


@pytest.mark.slow
def test_exported_minutes_convert_to_a_pdf_with_their_text(demo, tmp_path) -> None:
    if find_soffice() is None:
        if os.environ.get("SAMVERKAN_REQUIRE_SOFFICE") == "1":
            pytest.fail("LibreOffice (soffice) is required here but not installed")
        pytest.skip("LibreOffice is not installed")
    _engine, uow = demo
    meeting = publication.awaiting_publication(uow)[0]
    minutes = documents.minutes_document(uow, meeting.id)
    result = export_document(uow, ExportKind.MINUTES_PDF, meeting.id, tmp_path / "protokoll.pdf")
    pdf = result.path.read_bytes()
    assert pdf.startswith(b"%PDF") and not result.draft
    written = sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm")))
    assert written == ["demo.db", "protokoll.pdf"]  # no intermediate DOCX
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", "-layout", str(result.path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Minnesanteckningar" in text and minutes.group_name in text.replace("\n", " ")
    assert "Sida 1 av" in text and minutes.approval.short_hash in text


def test_a_batch_is_backed_up_once_before_its_first_publication(demo, tmp_path) -> None:
    _engine, uow = demo
    milestones: list[str] = []
    uow.before_milestone = milestones.append
    result = publish_since(uow, None, tmp_path / "ut")
    assert len(result.published) >= 2  # several minutes, one backup
    assert milestones == ["före-publicering"]
    with uow.covered_by_one_milestone("före-publicering"):
        pass
    assert milestones == ["före-publicering"] * 2  # the cover is lifted afterwards


def test_the_keeper_backs_up_before_publishing_what_changed_since_its_last_backup(demo, tmp_path) -> None:
    from samverkan_desktop.application.safety import BackupKeeper

    engine, uow = demo
    db_file = Path(engine.url.database)
    keeper = BackupKeeper(db_file, uow)
    keeper.watch()
    publish_since(uow, None, tmp_path / "ut1")
    assert keeper.list() == []  # nothing was changed in this session: the last backup already holds it
    uow.commits += 1  # as after any edit
    publish_since(uow.for_another_thread(), None, tmp_path / "ut2")  # the GUI publishes from a worker
    assert [b.reason for b in keeper.list()] == ["före-publicering"]

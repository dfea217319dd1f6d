"""``samverkan export all``: every table as CSV and JSON, the attachments, the audit log and a README."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import date

import pytest
from sqlalchemy import func, select

from samverkan_desktop import cli
from samverkan_desktop.db.models import AgendaItem, Base, Meeting
from samverkan_desktop.domain.enums import MinutesStatus
from samverkan_desktop.domain.errors import StorageError
from samverkan_desktop.export.everything_zip import EverythingZip
from samverkan_desktop.sampledata.demo import create_demo_data
from samverkan_desktop.services.attachments import add_attachment
from samverkan_desktop.services.everything import ExportCancelledError, export_everything

TODAY = date(2026, 11, 22)


@pytest.fixture
def filled(uow, tmp_path):
    create_demo_data(uow, TODAY)
    with uow:
        items = uow.session.scalars(select(AgendaItem.id).join(Meeting).where(
            Meeting.minutes_status == MinutesStatus.DRAFT).order_by(AgendaItem.id).limit(2)).all()
    first = tmp_path / "bilaga.pdf"
    first.write_bytes(b"%PDF-1.4 first\x00\xff" * 100)
    second = tmp_path / "Protokoll; utdrag.docx"
    second.write_bytes(b"PK\x03\x04 second")
    add_attachment(uow, items[0], first)
    add_attachment(uow, items[0], second)
    add_attachment(uow, items[1], first)  # the same content twice: one blob, two files
    return uow, items, {first.name: first.read_bytes(), second.name: second.read_bytes()}


def _counts(uow) -> dict[str, int]:
    with uow:
        return {t.name: uow.session.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}


def test_every_table_round_trips_by_count_and_the_csv_opens_with_a_bom(filled, tmp_path):
    uow, _, _ = filled
    target = tmp_path / "allt.zip"
    with EverythingZip(target) as archive:
        summary = export_everything(uow, archive)
    counts = _counts(uow)
    assert counts["meeting"] > 0 and counts["audit_event"] > 0
    with zipfile.ZipFile(target) as z:
        for name, count in counts.items():
            raw = z.read(f"tables/{name}.csv")
            assert raw.startswith(b"\xef\xbb\xbf"), name
            rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
            assert len(rows) - 1 == count, name
            data = json.loads(z.read(f"tables/{name}.json"))
            assert len(data) == count, name
            assert all(set(r) == set(rows[0]) for r in data)
        people = json.loads(z.read("tables/person.json"))
        assert {p["name"] for p in people}  # real values, not placeholders
        assert "content" not in json.loads(z.read("tables/attachment_blob.json"))[0]
    assert {t.name for t in summary.tables} == set(counts)


def test_attachments_come_out_byte_for_byte_under_their_item(filled, tmp_path):
    uow, items, files = filled
    target = tmp_path / "allt.zip"
    with EverythingZip(target) as archive:
        export_everything(uow, archive)
    with zipfile.ZipFile(target) as z:
        assert z.read(f"attachments/{items[0]}/bilaga.pdf") == files["bilaga.pdf"]
        assert z.read(f"attachments/{items[0]}/Protokoll; utdrag.docx") == files["Protokoll; utdrag.docx"]
        assert z.read(f"attachments/{items[1]}/bilaga.pdf") == files["bilaga.pdf"]


def test_the_readme_lists_every_file_in_the_archive(filled, tmp_path):
    uow, _, _ = filled
    target = tmp_path / "allt.zip"
    with EverythingZip(target) as archive:
        export_everything(uow, archive)
    with zipfile.ZipFile(target) as z:
        readme = z.read("README.txt").decode("utf-8-sig")
        names = z.namelist()
    assert len(names) == len(set(names))
    for name in names:
        assert name in readme, name
    assert "audit_event" in readme and "Granskningsloggen" in readme


def test_a_cancelled_or_failed_export_leaves_no_file(filled, tmp_path):
    uow, _, _ = filled
    target = tmp_path / "allt.zip"
    with pytest.raises(ExportCancelledError), EverythingZip(target) as archive:
        export_everything(uow, archive, lambda done, total, what: done < 5)
    assert list(tmp_path.glob("allt.zip*")) == [] and list(tmp_path.glob(".allt.zip*")) == []
    with uow:  # damage one attachment's content: the export stops and writes nothing
        uow.session.execute(Base.metadata.tables["attachment_blob"].update().values(content=b"broken"))
        uow.commit()
    with pytest.raises(StorageError, match="skadad"), EverythingZip(target) as archive:
        export_everything(uow, archive)
    assert not target.exists()


def test_the_command_writes_the_zip(filled, tmp_path, db_path, capsys):
    target = tmp_path / "ut" / "allt.zip"
    assert cli.main(["--db", str(db_path), "export", "all", str(target)]) == 0
    assert "bilagor" in capsys.readouterr().out
    with zipfile.ZipFile(target) as z:
        assert "tables/meeting.csv" in z.namelist()

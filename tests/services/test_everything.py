"""The service behind ``export all`` and the open-data reader, on SQLite and on PostgreSQL (the services'
fixtures): every row of every table reaches the writer, in plain values, and the attachments with their bytes."""

from __future__ import annotations

import json
from datetime import date

from meeting_fixtures import build_world, item, meeting
from sqlalchemy import func, select

from samverkan_desktop.db.models import Base
from samverkan_desktop.services.attachments import add_attachment
from samverkan_desktop.services.everything import export_everything
from samverkan_desktop.services.open_data import open_data


class Collecting:
    def __init__(self) -> None:
        self.tables: dict[str, list[dict]] = {}
        self.files: dict[str, bytes] = {}
        self.readme_called = False

    def table(self, name, columns, rows) -> int:
        self.tables[name] = [dict(zip(columns, row, strict=True)) for row in rows]
        return len(self.tables[name])

    def attachment(self, path, content) -> None:
        self.files[path] = content

    def readme(self, tables, attachments) -> None:
        self.readme_called = True


def test_every_row_in_plain_values_and_every_attachment(uow, tmp_path):
    world = build_world(uow)
    m = meeting(uow, world.nosam, date(2025, 3, 10), place="Rådhuset")
    first = item(uow, m.id, "Öppnande")
    source = tmp_path / "underlag.pdf"
    source.write_bytes(b"%PDF-1.4 underlag")
    add_attachment(uow, first.id, source)
    sink = Collecting()
    summary = export_everything(uow, sink)
    with uow:
        counts = {t.name: uow.session.scalar(select(func.count()).select_from(t))
                  for t in Base.metadata.sorted_tables}
    assert {name: len(rows) for name, rows in sink.tables.items()} == counts
    assert summary.rows == sum(counts.values()) and sink.readme_called
    json.dumps(sink.tables)  # plain values only: enums, dates and bytes converted
    assert sink.tables["meeting"][0]["status"] == "planerat"
    assert sink.tables["meeting"][0]["starts_at"].startswith("2025-03-10T")
    assert sink.files == {f"attachments/{first.id}/underlag.pdf": b"%PDF-1.4 underlag"}


def test_open_data_names_people_only_and_leaves_unpublished_meetings_out(uow):
    world = build_world(uow)
    meeting(uow, world.nosam, date(2025, 3, 10))
    data = open_data(uow)
    assert data.body_name == "Region Halland"
    assert data.meetings == ()  # nothing published
    assert {p.name for p in data.people} >= {"Anna Andersson", "Bertil Berg"}
    assert all(set(vars(p)) == {"id", "name"} for p in data.people)
    assert {o.classification for o in data.organisations} >= {"Kommun", "Region"}

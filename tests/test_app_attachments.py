"""At start the GUI brings this computer's attachment files from before 0008 into the database (a shared database
was upgraded by one computer, which had only its own)."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import text

from samverkan_desktop.app import open_database
from samverkan_desktop.domain.enums import GroupKind
from samverkan_desktop.services import agenda, attachments, groups, meetings
from samverkan_desktop.services.dto import GroupData
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData


def test_opening_the_database_fills_in_content_from_the_old_folder(tmp_path, isolated_data_dir):
    url = f"sqlite:///{tmp_path / 'delad.db'}"
    engine, uow = open_database(url, "testare")
    try:
        group = groups.create_group(uow, GroupData("NOSAM", GroupKind.NOSAM)).id
        meeting = meetings.create_meeting(uow, MeetingData(group, date(2026, 3, 10), time(13), time(15))).value.id
        item = agenda.add_item(uow, meeting, AgendaItemData("Rutin")).id
        source = tmp_path / "rutin.pdf"
        source.write_bytes(b"%PDF-1.4 rutin")
        attached = attachments.add_attachment(uow, item, source)
        with engine.begin() as connection:
            connection.execute(text("UPDATE attachment_blob SET content = NULL"))
    finally:
        engine.dispose()
    old = isolated_data_dir / "bilagor" / attached.sha256[:2] / f"{attached.sha256}.pdf"
    old.parent.mkdir(parents=True)
    old.write_bytes(b"%PDF-1.4 rutin")

    engine, uow = open_database(url, "testare")
    try:
        assert attachments.read_attachment(uow, attached.id).content == b"%PDF-1.4 rutin"
    finally:
        engine.dispose()

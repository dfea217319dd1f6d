"""`samverkan verify` checks every attachment's SHA-256 too: exit 2 naming a damaged one."""

from __future__ import annotations

import sqlite3
from datetime import date, time

from samverkan_desktop import cli
from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.uow import create_unit_of_work
from samverkan_desktop.domain.enums import GroupKind
from samverkan_desktop.services import agenda, attachments, meetings
from samverkan_desktop.services.dto import GroupData
from samverkan_desktop.services.groups import create_group
from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData


def test_verify_names_a_damaged_attachment(tmp_path, capsys):
    db = tmp_path / "verify.db"
    assert cli.main(["--db", str(db), "migrate"]) == 0
    engine = create_database_engine(f"sqlite:///{db}")
    try:
        uow = create_unit_of_work(engine, actor="testare")
        group = create_group(uow, GroupData("NOSAM Östra", GroupKind.NOSAM)).id
        meeting = meetings.create_meeting(uow, MeetingData(group, date(2026, 9, 15), time(13), time(15))).value.id
        item = agenda.add_item(uow, meeting, AgendaItemData("Gemensam rutin")).id
        source = tmp_path / "rutin.pdf"
        source.write_bytes(b"%PDF-1.4 rutin")
        attachments.add_attachment(uow, item, source)
    finally:
        engine.dispose()
    capsys.readouterr()
    assert cli.main(["--db", str(db), "verify"]) == 0

    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE attachment_blob SET content = ?", (b"%PDF-1.4 annat",))
    connection.close()
    assert cli.main(["--db", str(db), "verify"]) == 2
    out = capsys.readouterr().out
    assert "NOSAM Östra 2026-09-15, § 1 Gemensam rutin: bilagan rutin.pdf är skadad" in out
    assert "1 bilagor saknas eller är skadade." in out

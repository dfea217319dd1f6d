"""Migration 0010 on existing data: the audit events are chained in id order (and verify), two valid approvals of
one meeting (a race on a shared database) become one with the later revoked and said so, a § numbered twice in a
group's year is numbered again where the meetings are still open, and the new constraints hold afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from postgres_testdb import ON_POSTGRES, Schemas, fresh_engine
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError
from test_migrations import run

from samverkan_desktop.db.migrate import upgrade_database
from samverkan_desktop.db.uow import create_unit_of_work
from samverkan_desktop.infra.config import migrations_dir
from samverkan_desktop.services import audit

MEETING = ("INSERT INTO meeting (id, group_id, starts_at, ends_at, kind, status, minutes_status, ical_uid, "
           "ical_sequence, created_at, updated_at) VALUES (:id, 1, :starts, :starts, 'ordinarie', :status, "
           ":minutes, :uid, 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00')")
ITEM = ("INSERT INTO agenda_item (id, meeting_id, position, paragraph, title, kind, confidential) "
        "VALUES (:id, :meeting, :position, :paragraph, :title, 'information', false)")


@pytest.fixture
def at_0007(db_path: Path) -> Iterator[Engine]:
    schemas = Schemas() if ON_POSTGRES else None
    engine = fresh_engine(schemas, db_path)
    try:
        run(engine, "upgrade", "0007")
        yield engine
    finally:
        engine.dispose()
        if schemas is not None:
            schemas.close()


def fill(engine: Engine) -> None:
    with engine.begin() as c:
        c.execute(text("INSERT INTO coordination_group (id, name, kind) VALUES (1, 'LGS', 'ledningsgrupp')"))
        c.execute(text("INSERT INTO person (id, name) VALUES (1, 'Anna Andersson'), (2, 'Bo Ek')"))
        # A held meeting (frozen § 1-2), then two open drafts that both took § 3-4 at once.
        for ident, starts, status in ((1, "2026-02-10 12:00:00", "genomfort"), (2, "2026-03-10 12:00:00", "planerat"),
                                      (3, "2026-04-14 12:00:00", "planerat")):
            c.execute(text(MEETING), {"id": ident, "starts": starts, "status": status, "minutes": "utkast",
                                      "uid": f"u{ident}"})
        items = [(1, 1, 1, 1), (2, 1, 2, 2), (3, 2, 1, 3), (4, 2, 2, 4), (5, 3, 1, 3), (6, 3, 2, 4)]
        for ident, meeting, position, paragraph in items:
            c.execute(text(ITEM), {"id": ident, "meeting": meeting, "position": position, "paragraph": paragraph,
                                   "title": f"Punkt {ident}"})
        # Ids from the sequences, as the app's rows have them (PostgreSQL's would otherwise stay behind).
        for person in (1, 2):  # chair and vice chair approved meeting 1 at once
            c.execute(text("INSERT INTO approval (meeting_id, approved_by_id, role, approved_at, method, "
                           "content_hash) VALUES (1, :p, 'ordforande', '2026-02-12 09:00:00', 'i_appen', :h)"),
                      {"p": person, "h": "0" * 64})
        for step in range(1, 6):
            c.execute(text("INSERT INTO audit_event (at, actor, entity, entity_id, action, summary, meeting_id) "
                           "VALUES (:at, 'sekreterare', 'möte', 1, :action, NULL, 1)"),
                      {"at": f"2026-02-0{step} 10:00:00", "action": f"steg {step}"})


def test_existing_data_is_repaired_chained_and_then_held_by_the_database(at_0007: Engine) -> None:
    engine = at_0007
    fill(engine)
    upgrade_database(engine, migrations_dir())
    with engine.connect() as c:
        paragraphs = dict(c.execute(text("SELECT id, paragraph FROM agenda_item")).all())
        keys = set(c.execute(text("SELECT paragraph_group_id, paragraph_year FROM agenda_item")).all())
        approvals = c.execute(text("SELECT id, revoked_at IS NULL, revoke_reason FROM approval ORDER BY id")).all()
        actions = c.execute(text("SELECT action FROM audit_event ORDER BY id")).scalars().all()
    assert paragraphs == {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}  # the held meeting kept its §, the drafts follow
    assert keys == {(1, 2026)}
    assert bool(approvals[0][1]) and approvals[0][2] is None
    assert not approvals[1][1] and "det första godkännandet gäller" in approvals[1][2]
    assert actions == [f"steg {i}" for i in range(1, 6)] + ["dubbelt godkännande återkallat"]
    report = audit.verify_chain(create_unit_of_work(engine))
    assert report.broken is None and report.events == 6
    for statement, index in (("INSERT INTO approval (meeting_id, approved_by_id, role, approved_at, method, "
                              "content_hash) VALUES (1, 1, 'ordforande', '2026-02-13 09:00:00', 'i_appen', 'x')",
                              ("uq_approval_one_valid", "approval.meeting_id")),
                             ("UPDATE agenda_item SET paragraph_group_id = 1, paragraph_year = 2026, paragraph = 1 "
                              "WHERE id = 6", ("uq_agenda_item_paragraph", "agenda_item.paragraph"))):
        with pytest.raises(IntegrityError) as refused, engine.begin() as c:
            c.execute(text(statement))
        assert any(name in str(refused.value) for name in index)


def test_a_paragraph_two_held_meetings_cite_is_kept_outside_the_index(at_0007: Engine) -> None:
    engine = at_0007
    fill(engine)
    with engine.begin() as c:
        c.execute(text("UPDATE meeting SET status = 'genomfort' WHERE id IN (2, 3)"))
    upgrade_database(engine, migrations_dir())
    with engine.connect() as c:
        rows = c.execute(text("SELECT id, paragraph, paragraph_year FROM agenda_item ORDER BY id")).all()
        last = c.execute(text("SELECT action, summary FROM audit_event ORDER BY id DESC LIMIT 1")).one()
    assert [tuple(r) for r in rows] == [(1, 1, 2026), (2, 2, 2026), (3, 3, 2026), (4, 4, 2026), (5, 3, None),
                                        (6, 4, None)]
    assert last.action == "§ förekommer två gånger" and "§ 4 2026" in last.summary
    assert audit.verify_chain(create_unit_of_work(engine)).broken is None

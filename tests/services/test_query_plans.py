"""Every list and filter the screens use is served by an index: SQLite's EXPLAIN QUERY PLAN of each statement
they send shows no full scan of a table that grows with the years (meetings, items, attendance, actions, ...).
The plan does not depend on the amount of data here (the app runs no ANALYZE), so a small database shows the
plan the big one gets. SQLite only: PostgreSQL plans by its statistics."""

from __future__ import annotations

import re
from datetime import date, time

import pytest
from meeting_fixtures import World
from screen_loads import follow_up_lists, load_tree, meeting_history, open_meeting, show_group
from statement_counter import count_statements

from samverkan_desktop.domain.enums import ItemKind, Outcome
from samverkan_desktop.services import agenda, cases, meetings, minutes
from samverkan_desktop.services.meeting_dto import ActionData, AgendaItemData, MeetingData, OutcomeData

TODAY = date(2026, 11, 22)
#: Tables that grow with every meeting. The register (groups, people, organisations, memberships) stays small.
GROWING = {"meeting", "agenda_item", "attendance", "action_item", "anchoring", "attachment", "attachment_blob",
           "approval", "publication", "audit_event", "review_comment", "case_record"}
SCAN = re.compile(r"\bSCAN (?:TABLE )?(\w+)")
#: Statements whose plan says SCAN but that read at most one row: the write lock a minutes change takes first
#: (services._common.lock_row: a constant-false WHERE, checked once before any row) and the audit chain's tail
#: (db.audit_chain: the rowid b-tree walked from its end, LIMIT 1).
ONE_ROW = re.compile(r"^UPDATE \w+ SET id = id WHERE 0 = 1$|^SELECT audit_event\.hash FROM audit_event ORDER BY "
                     r"audit_event\.id DESC LIMIT")


def held_meeting(uow, world: World) -> int:
    meeting = meetings.create_meeting(uow, MeetingData(world.nosam, date(2026, 3, 10), time(9), time(12))).value
    minutes.attendance(uow, meeting.id)
    item = agenda.add_item(uow, meeting.id, AgendaItemData("Beslut om samverkan", ItemKind.DECISION))
    cases.open_case(uow, item.id)
    minutes.save_text(uow, item.id, "Anteckning", "att samverka")
    minutes.set_outcome(uow, item.id, OutcomeData(Outcome.DECIDED))
    minutes.add_action(uow, item.id, ActionData("Skriva avtal", responsible_person_id=world.people["Bertil Berg"],
                                                due_on=date(2026, 4, 1)))
    meetings.mark_held(uow, meeting.id)
    return meeting.id


def full_scans(engine, run) -> list[str]:
    """Each statement ``run`` sends whose plan scans a growing table, with its plan."""
    with count_statements(engine) as counter:
        run()
    found = []
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        for statement, parameters in zip(counter.statements, counter.parameters, strict=True):
            if ONE_ROW.match(" ".join(statement.split())):
                continue
            plan = [row[3] for row in raw.execute(f"EXPLAIN QUERY PLAN {statement}", parameters or ())]
            if any(m and m.group(1) in GROWING for m in map(SCAN.search, plan)):
                found.append(f"{' '.join(statement.split())[:200]}\n    {plan}")
    return found


@pytest.mark.parametrize("screen", ["tree", "group", "meeting", "history", "follow_up_of_a_group",
                                    "follow_up_of_every_group"])
def test_no_screen_reads_a_whole_growing_table(meeting_world, uow, engine, screen):
    if engine.dialect.name != "sqlite":
        pytest.skip("EXPLAIN QUERY PLAN is SQLite's")
    meeting_id = held_meeting(uow, meeting_world)
    runs = {
        "tree": lambda: load_tree(uow, TODAY),
        "group": lambda: show_group(uow, meeting_world.nosam, TODAY),
        "meeting": lambda: open_meeting(uow, meeting_id),
        "history": lambda: meeting_history(uow, meeting_id),
        "follow_up_of_a_group": lambda: follow_up_lists(uow, TODAY, meeting_world.nosam),
        # Every group's decision log has to count every decision; its pages are fetched as the view scrolls.
        "follow_up_of_every_group": lambda: follow_up_lists(uow, TODAY, None, decision_log=False),
    }
    scans = full_scans(engine, runs[screen])
    assert not scans, "\n".join(scans)


def test_attachments_are_stored_read_and_removed_without_a_full_scan(meeting_world, uow, engine, tmp_path):
    if engine.dialect.name != "sqlite":
        pytest.skip("EXPLAIN QUERY PLAN is SQLite's")
    from samverkan_desktop.services import attachments

    meeting = meetings.create_meeting(uow, MeetingData(meeting_world.nosam, date(2026, 3, 10), time(9), time(12)))
    items = [agenda.add_item(uow, meeting.value.id, AgendaItemData(f"Punkt {n}")).id for n in range(2)]
    source = tmp_path / "rutin.pdf"
    source.write_bytes(b"%PDF-1.4 rutin")
    attachments.add_attachment(uow, items[0], source)

    def use() -> None:
        again = attachments.add_attachment(uow, items[1], source)
        attachments.read_attachment(uow, again.id)
        attachments.remove_attachment(uow, again.id)
        agenda.delete_item(uow, items[0])

    scans = full_scans(engine, use)
    assert not scans, "\n".join(scans)


def test_the_check_finds_a_full_scan(meeting_world, engine):
    if engine.dialect.name != "sqlite":
        pytest.skip("EXPLAIN QUERY PLAN is SQLite's")
    from sqlalchemy import text

    def unindexed() -> None:
        with engine.connect() as connection:
            connection.execute(text("SELECT id FROM agenda_item WHERE title = :title"), {"title": "x"})

    assert full_scans(engine, unindexed)

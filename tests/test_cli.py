"""The `samverkan` command."""

from __future__ import annotations

import sqlite3

from samverkan_desktop import cli
from samverkan_desktop.config import migrations_dir
from samverkan_desktop.db.migrate import head_revision


def test_migrate_then_check(tmp_path, capsys):
    db = tmp_path / "cli.db"
    assert cli.main(["--db", str(db), "migrate"]) == 0
    head = head_revision(migrations_dir())
    assert f"uppgraderat från tom databas till {head}" in capsys.readouterr().out
    assert cli.main(["--db", str(db), "migrate"]) == 0
    assert "redan senaste schemat" in capsys.readouterr().out
    assert cli.main(["--db", str(db), "check"]) == 0
    out = capsys.readouterr().out
    assert f"Schema: {head}" in out and "Integritet: ok" in out


def test_demo_fills_an_empty_database_once(tmp_path, capsys):
    db = tmp_path / "demo.db"
    assert cli.main(["--db", str(db), "demo"]) == 0
    assert "Demodata inlagd" in capsys.readouterr().out
    assert cli.main(["--db", str(db), "demo"]) == 1
    assert "redan" in capsys.readouterr().err
    assert cli.main(["--db", str(db), "groups"]) == 0
    tree = capsys.readouterr().out.splitlines()
    lgs = next(line for line in tree if line.startswith("Ledningsgrupp"))
    assert "ordf." in lgs
    assert any(line.startswith("  ") and "Beredningsgrupp" in line for line in tree)


def test_check_reports_a_damaged_file_in_words(tmp_path, capsys):
    bogus = tmp_path / "trasig.db"
    bogus.write_bytes(b"not sqlite at all" * 10)
    assert cli.main(["--db", str(bogus), "check"]) == 1
    assert "inte en Samverkan-databas" in capsys.readouterr().err


def test_check_finds_integrity_problems(tmp_path, capsys):
    db = tmp_path / "fk.db"
    assert cli.main(["--db", str(db), "migrate"]) == 0
    with sqlite3.connect(db) as connection:  # foreign keys are off in a bare sqlite3 connection
        connection.execute("insert into membership (person_id, group_id, role) values (99, 98, 'ledamot')")
    capsys.readouterr()
    assert cli.main(["--db", str(db), "check"]) == 1
    assert "Integritetsfel" in capsys.readouterr().out


def approved_minutes(db) -> int:
    """A held meeting of "NOSAM Östra" on 2026-09-15 with one decision, approved by its chair; the item's id."""
    from datetime import date, time

    from samverkan_desktop.db.engine import create_database_engine
    from samverkan_desktop.db.uow import create_unit_of_work
    from samverkan_desktop.domain.enums import ApprovalMethod, GroupKind, ItemKind, Outcome, Role
    from samverkan_desktop.services import agenda, approval, meetings, minutes
    from samverkan_desktop.services.dto import GroupData, MembershipData, PersonData
    from samverkan_desktop.services.groups import create_group
    from samverkan_desktop.services.meeting_dto import AgendaItemData, MeetingData, OutcomeData
    from samverkan_desktop.services.memberships import save_membership
    from samverkan_desktop.services.people import create_person

    engine = create_database_engine(f"sqlite:///{db}")
    try:
        uow = create_unit_of_work(engine, "testare")
        group = create_group(uow, GroupData("NOSAM Östra", GroupKind.NOSAM)).id
        chair = create_person(uow, PersonData("Åsa Öberg")).id
        save_membership(uow, MembershipData(chair, group, Role.CHAIR, None, date(2024, 1, 1)))
        meeting = meetings.create_meeting(uow, MeetingData(group, date(2026, 9, 15), time(13), time(15))).value.id
        item = agenda.add_item(uow, meeting, AgendaItemData("Gemensam rutin", ItemKind.DECISION)).id
        minutes.save_text(uow, item, "Rutinen presenterades.", "att anta rutinen")
        minutes.set_outcome(uow, item, OutcomeData(Outcome.DECIDED))
        meetings.mark_held(uow, meeting)
        approval.send_for_approval(uow, meeting)
        approval.approve(uow, meeting, chair, ApprovalMethod.IN_APP)
    finally:
        engine.dispose()
    return item


def test_verify_exits_0_when_clean_and_2_naming_minutes_changed_outside_the_app(tmp_path, capsys):
    db = tmp_path / "verify.db"
    assert cli.main(["--db", str(db), "migrate"]) == 0
    item = approved_minutes(db)
    capsys.readouterr()
    assert cli.main(["--db", str(db), "verify"]) == 0
    out = capsys.readouterr().out
    assert "Alla godkända anteckningar stämmer" in out and "NOSAM Östra" not in out

    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE agenda_item SET decision_text = 'att avslå rutinen' WHERE id = ?", (item,))
    connection.close()
    assert cli.main(["--db", str(db), "verify"]) == 2
    out = capsys.readouterr().out
    assert "NOSAM Östra 2026-09-15" in out
    assert "§ 1 (decision)" in out
    assert "1 godkända anteckningar stämmer inte" in out

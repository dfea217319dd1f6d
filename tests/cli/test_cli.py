"""The `samverkan` command."""

from __future__ import annotations

import hashlib
import sqlite3

import docx
import pytest

from samverkan_desktop import cli
from samverkan_desktop.db.migrate import head_revision
from samverkan_desktop.infra.config import migrations_dir


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
        minutes.attendance(uow, meeting)  # taken, as the editor's Attendance tab does
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
    assert "Alla godkända anteckningar stämmer" in out and "har ändrats" not in out
    assert "NOSAM Östra 2026-09-15: osignerat godkännande av Åsa Öberg." in out  # approved without a key

    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE agenda_item SET decision_text = 'att avslå rutinen' WHERE id = ?", (item,))
    connection.close()
    assert cli.main(["--db", str(db), "verify"]) == 2
    out = capsys.readouterr().out
    assert "NOSAM Östra 2026-09-15" in out
    assert "§ 1 (beslut)" in out
    assert "1 godkända anteckningar stämmer inte" in out


def test_publish_writes_approved_minutes_and_a_manifest_once(tmp_path, capsys):
    db, out = tmp_path / "publish.db", tmp_path / "webb"
    assert cli.main(["--db", str(db), "migrate"]) == 0
    approved_minutes(db)
    capsys.readouterr()
    assert cli.main(["--db", str(db), "publish", "--since", "2026-01-01", "--out", str(out), "--no-pdf"]) == 0
    printed = capsys.readouterr().out
    assert "[1/1] NOSAM Östra 2026-09-15" in printed and "manifest.csv" in printed
    docx_file = out / "2026-09-15_NOSAM_Ostra_minnesanteckningar.docx"
    manifest = (out / "manifest.csv").read_text(encoding="utf-8-sig").splitlines()
    assert manifest[0] == "grupp;mötesdatum;fil;format;sha256"
    assert manifest[1].startswith(f"NOSAM Östra;2026-09-15;{docx_file.name};docx;")
    assert manifest[1].endswith(hashlib.sha256(docx_file.read_bytes()).hexdigest())
    # Published minutes are not published again.
    assert cli.main(["--db", str(db), "publish", "--out", str(out), "--no-pdf"]) == 0
    assert "Inga godkända anteckningar väntar" in capsys.readouterr().out


def test_publish_since_a_later_date_publishes_nothing(tmp_path, capsys):
    db = tmp_path / "later.db"
    assert cli.main(["--db", str(db), "migrate"]) == 0
    approved_minutes(db)
    capsys.readouterr()
    assert cli.main(["--db", str(db), "publish", "--since", "2026-10-01", "--out", str(tmp_path / "w"),
                     "--no-pdf"]) == 0
    assert "Inga godkända" in capsys.readouterr().out and not (tmp_path / "w").exists()


def test_publish_refuses_a_bad_date_in_words(tmp_path, capsys):
    with pytest.raises(SystemExit):
        cli.main(["--db", str(tmp_path / "x.db"), "publish", "--since", "15/9", "--out", str(tmp_path)])
    assert "inte ett datum" in capsys.readouterr().err


def test_export_minutes_notice_and_ics_of_one_meeting(tmp_path, capsys):
    db = tmp_path / "export.db"
    assert cli.main(["--db", str(db), "migrate"]) == 0
    approved_minutes(db)
    capsys.readouterr()
    assert cli.main(["--db", str(db), "meetings", "--group", "nosam"]) == 0
    listing = capsys.readouterr().out
    assert "2026-09-15 13:00  NOSAM Östra" in listing
    meeting_id = listing.split()[0]
    assert cli.main(["--db", str(db), "export", "minutes", meeting_id, "--out", str(tmp_path / "a.docx")]) == 0
    assert "Sparad" in capsys.readouterr().out
    assert docx.Document(str(tmp_path / "a.docx")).paragraphs[0].text == "Minnesanteckningar"
    assert cli.main(["--db", str(db), "export", "notice", meeting_id, "--out", str(tmp_path / "k.docx")]) == 0
    assert docx.Document(str(tmp_path / "k.docx")).paragraphs[0].text == "Kallelse"
    # No secretary with an e-mail address: the invitation has no sender, and nothing is written.
    assert cli.main(["--db", str(db), "export", "ics", meeting_id, "--out", str(tmp_path / "m.ics")]) == 1
    assert "sekreterare med e-postadress" in capsys.readouterr().err and not (tmp_path / "m.ics").exists()


def test_export_of_an_unknown_meeting_or_to_an_unwritable_place_says_so(tmp_path, capsys):
    db = tmp_path / "bad.db"
    assert cli.main(["--db", str(db), "migrate"]) == 0
    approved_minutes(db)
    capsys.readouterr()
    assert cli.main(["--db", str(db), "export", "minutes", "999", "--out", str(tmp_path / "a.docx")]) == 1
    assert "Mötet finns inte" in capsys.readouterr().err
    blocker = tmp_path / "fil"
    blocker.write_text("en fil, ingen mapp")
    assert cli.main(["--db", str(db), "export", "minutes", "1", "--out", str(blocker / "a.docx")]) == 1
    assert "Det går inte att skriva i mappen" in capsys.readouterr().err


# --- backups, restore, and check on a damaged file --------------------------------------------------------


def test_backup_backups_and_restore(tmp_path, capsys):
    from sqlite_damage import add_organisations, organisation_names

    db = tmp_path / "kopior.db"
    assert cli.main(["--db", str(db), "backup"]) == 1  # no database yet: said in words
    assert "finns inte" in capsys.readouterr().err
    assert not db.exists()
    assert cli.main(["--db", str(db), "migrate"]) == 0
    add_organisations(db, 5)
    capsys.readouterr()
    assert cli.main(["--db", str(db), "backups"]) == 0
    assert "Inga säkerhetskopior" in capsys.readouterr().out

    assert cli.main(["--db", str(db), "backup"]) == 0
    printed = capsys.readouterr().out
    path = printed.split("Säkerhetskopia sparad: ")[1].splitlines()[0]
    assert "-manuell-" in path and "kB, tagen 20" in printed
    assert cli.main(["--db", str(db), "backups"]) == 0
    listing = capsys.readouterr().out
    assert path in listing and "manuell" in listing

    add_organisations(db, 1, prefix="Senare")
    later = organisation_names(db)
    assert cli.main(["--db", str(db), "restore", path]) == 0
    printed = capsys.readouterr().out
    safety = printed.split("Säkerhetskopia av databasen som ersattes: ")[1].split(" (")[0]
    assert "-före-återställning-" in safety and organisation_names(tmp_path / safety) == later
    assert f"återställd från {path}" in printed
    assert organisation_names(db) == later[:-1]
    assert cli.main(["--db", str(db), "check"]) == 0


def test_restore_refuses_a_damaged_backup(tmp_path, capsys):
    from sqlite_damage import add_organisations, corrupt_table_page

    db = tmp_path / "r.db"
    assert cli.main(["--db", str(db), "migrate"]) == 0
    add_organisations(db)
    assert cli.main(["--db", str(db), "backup"]) == 0
    path = capsys.readouterr().out.split("Säkerhetskopia sparad: ")[1].splitlines()[0]
    corrupt_table_page(tmp_path / path)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    assert cli.main(["--db", str(db), "restore", path]) == 1
    assert "är skadad och återställs inte" in capsys.readouterr().err
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_check_exits_1_on_a_database_damaged_inside_a_table_page(tmp_path, capsys):
    from sqlite_damage import add_organisations, corrupt_table_page

    db = tmp_path / "skadad.db"
    assert cli.main(["--db", str(db), "migrate"]) == 0
    add_organisations(db)
    assert cli.main(["--db", str(db), "check"]) == 0
    corrupt_table_page(db)
    capsys.readouterr()
    assert cli.main(["--db", str(db), "check"]) == 1
    captured = capsys.readouterr()
    assert "Integritetsfel" in captured.out or "kan inte läsas" in captured.err
    assert "Integritet: ok" not in captured.out


def test_commands_that_change_the_database_wait_for_the_gui_to_close(tmp_path, capsys) -> None:
    from samverkan_desktop.db.backup import take_backup
    from samverkan_desktop.db.lock import acquire_writer_lock

    db = tmp_path / "samverkan.db"
    assert cli.main(["--db", str(db), "migrate"]) == 0
    backup = take_backup(db, "manuell")
    before = db.read_bytes()
    gui = acquire_writer_lock(db)  # the app is open on it
    try:
        assert cli.main(["--db", str(db), "restore", str(backup.path)]) == 1
        assert "Stäng programmet" in capsys.readouterr().err
        assert cli.main(["--db", str(db), "demo"]) == 1
        assert db.read_bytes() == before
        assert cli.main(["--db", str(db), "groups"]) == 0  # reading is fine beside the writer
        assert cli.main(["--db", str(db), "backup"]) == 0
    finally:
        gui.release()
    from samverkan_desktop.db.backup import list_backups

    newest = list_backups(db)[0]  # the day's newest: thinning kept it, not the first
    assert cli.main(["--db", str(db), "restore", str(newest.path)]) == 0


def test_verify_names_the_first_broken_link_of_the_audit_chain(tmp_path, capsys):
    db = tmp_path / "chain.db"
    assert cli.main(["--db", str(db), "migrate"]) == 0
    approved_minutes(db)
    capsys.readouterr()
    assert cli.main(["--db", str(db), "verify"]) == 0
    assert "Granskningsloggen är obruten" in capsys.readouterr().out
    with sqlite3.connect(db) as connection:
        (event, action) = connection.execute("SELECT id, action FROM audit_event WHERE action = 'godkända'").fetchone()
        with pytest.raises(sqlite3.DatabaseError, match="skrivskyddad"):
            connection.execute("UPDATE audit_event SET actor = 'någon annan' WHERE id = ?", (event,))
        connection.execute("DROP TRIGGER audit_event_no_update")
        connection.execute("UPDATE audit_event SET actor = 'någon annan' WHERE id = ?", (event,))
    connection.close()
    assert cli.main(["--db", str(db), "verify"]) == 2
    out = capsys.readouterr().out
    assert "Alla godkända anteckningar stämmer" in out  # the minutes are intact; the trail is not
    assert f"Granskningsloggen är bruten vid händelse {event} (" in out and f"anteckningar: {action}" in out

"""With English chosen, what services return for a person to read is English (issue 18 point 5): Uppföljning's
findings, the verification report of a tampered meeting, the register import's report, and the CLI's own words.
Data (group names, people, sheet sources) stays as entered; everything else has no Swedish letters."""

from __future__ import annotations

import re
from datetime import date

import pytest
from held_minutes import Held
from sqlalchemy import select, text

from samverkan_desktop import cli
from samverkan_desktop.db.models import Meeting
from samverkan_desktop.domain.enums import MinutesStatus, Recurrence
from samverkan_desktop.domain.messages import set_language
from samverkan_desktop.domain.register_table import ImportTable, TableKind, TableRow
from samverkan_desktop.sampledata.generate import generate
from samverkan_desktop.services import audit, verification
from samverkan_desktop.services.dto import MandateData, ReportingDutyData
from samverkan_desktop.services.mandates import save_mandate
from samverkan_desktop.services.overview import FindingKind, overview
from samverkan_desktop.services.register_import import run_import

SWEDISH = re.compile("[åäöÅÄÖ]")


@pytest.fixture
def english():
    set_language("en")
    yield
    set_language("sv")


def without(line: str, *data: str) -> str:
    """The line without the data it names (names as entered may well be Swedish)."""
    for value in data:
        line = line.replace(value, "")
    return line


def test_overview_findings_are_english(uow, held: Held, english) -> None:
    duties = (ReportingDutyData("Annual report", Recurrence.YEARLY, 2, 15, "LGS"),
              ReportingDutyData("Quarterly report", Recurrence.QUARTERLY, 1, 15))
    save_mandate(uow, held.world.nosam, MandateData(meetings_min=4, meetings_max=6, substitutes_allowed=False,
                                                    approval_days=14, chair_term_months=18, chair_rotates=True,
                                                    reporting_duties=duties), new_version=False)
    found = overview(uow, 2026, date(2026, 9, 30))
    late = [f.text for f in found if f.kind is FindingKind.LATE_APPROVAL]
    assert late == ["The minutes of 2026-09-15 have waited 15 days for approval; the mandate gives the chair 14 days"]
    assert [f.text for f in found if f.kind is FindingKind.MEETINGS_COUNT] == [
        "1 of at least 4 meetings held or planned in 2026"]
    found += overview(uow, 2026, date(2026, 12, 1))
    by_kind = {f.kind: f.text for f in found}
    assert by_kind[FindingKind.OVERDUE_ACTIONS] == (
        "1 action is overdue: “Sprida rutinen i verksamheterna” was due on 2026-10-01")
    assert by_kind[FindingKind.CHAIR_TERM_ENDING].startswith("The chair's term (Anna Andersson) ended on 2025-06-30; ")
    assert by_kind[FindingKind.REPORTING_OVERDUE] == "Quarterly report should have been submitted by 2026-10-15"
    assert len(by_kind) >= 5
    assert not [f.text for f in found if SWEDISH.search(without(f.text, f.group_name))]


def test_the_verification_of_a_tampered_meeting_is_english(uow, english) -> None:
    generate(uow, groups=1, years=1, seed=5, end=date(2026, 12, 31))
    with uow:
        meeting_id = uow.session.scalars(select(Meeting.id).where(Meeting.minutes_status.in_(
            (MinutesStatus.APPROVED, MinutesStatus.PUBLISHED))).order_by(Meeting.id)).first()
        uow.session.execute(text("UPDATE agenda_item SET title = 'Changed outside the app' WHERE meeting_id = :m"),
                            {"m": meeting_id})
        if uow.session.bind.dialect.name == "sqlite":  # what an attacker with the file can do (test_audit_chain)
            uow.session.execute(text("DROP TRIGGER audit_event_no_update"))
        else:
            uow.session.execute(text("SET LOCAL session_replication_role = replica"))
        uow.session.execute(text("UPDATE audit_event SET summary = 'x' WHERE id = 3"))
        uow.commit()
    [problem] = verification.verify_all(uow)
    line = problem.describe()
    assert ": the approved minutes have been changed (the items, § " in line and line.endswith(" (heading)).")
    assert not SWEDISH.search(without(line, problem.group_name))
    signatures = verification.verify_signatures(uow)
    assert signatures and not [c.describe() for c in signatures
                               if SWEDISH.search(without(c.describe(), c.group_name, c.approver))]
    broken = audit.verify_chain(uow).broken
    assert broken is not None
    assert broken.describe().startswith("The audit log is broken at event 3 (")
    assert broken.describe().endswith(": the content has been changed since the event was written.")
    assert not SWEDISH.search(broken.describe())


def _table(kind: TableKind, *rows: dict, source: str) -> ImportTable:
    return ImportTable(kind, source, tuple(TableRow(n, values) for n, values in enumerate(rows, start=2)))


def test_the_register_import_report_is_english(uow, english) -> None:
    orgs = _table(TableKind.ORGANISATIONS, {"name": "Borås Stad", "kind": "Kommun"}, source="Organisationer")
    groups = _table(TableKind.GROUPS, {"name": "LGS", "kind": "Ledningsgrupp", "parent": "Nowhere"},
                    {"name": "Team", "kind": "Temagrupp", "active_from": "2026-05-01", "active_to": "2026-01-01"},
                    source="Grupper")
    people = _table(TableKind.PEOPLE, {"name": "Anna Berg", "email": "anna.example.se"},
                    {"name": "Bo Ek", "organisation": "Unknown council"}, {"name": None, "email": "x@y.se"},
                    source="Personer")
    members = _table(TableKind.MEMBERSHIPS, {"group": "Missing", "person": "Bo Ek", "valid_from": "2026-13-01"},
                     source="Medlemskap")
    report = run_import(uow, [orgs, groups, people, members], dry_run=True)
    lines = report.describe()
    assert lines[0] == "6 rows have problems; nothing has been imported:"
    assert "  Personer, row 2: the email address has no @" in lines
    assert "  Personer, row 4: name missing" in lines
    assert "  Grupper, row 2: the parent group \"Nowhere\" does not exist" in lines
    assert "  Medlemskap, row 2: from: the date '2026-13-01' does not exist" in lines
    assert "Would give: Organisations: 1 added, 0 changed, 0 unchanged" in lines
    assert not [line for line in lines if SWEDISH.search(without(line, "Borås Stad"))]


def test_the_cli_says_its_error_and_its_own_words_in_english(tmp_path, capsys, english) -> None:
    folder = tmp_path / "a-folder.sqlite"
    folder.mkdir()
    assert cli.main(["--language", "en", "--db", str(folder), "check"]) == 1
    error = capsys.readouterr().err
    assert error.startswith("Error: ") and "is a folder, not a database file" in error
    assert not SWEDISH.search(error)
    assert cli.main(["--language", "sv", "--db", str(folder), "check"]) == 1
    assert capsys.readouterr().err.startswith("Fel: ")
    database = tmp_path / "new.sqlite"
    assert cli.main(["--language", "en", "--db", str(database), "migrate"]) == 0
    assert cli.main(["--language", "en", "--db", str(database), "verify"]) == 0
    out = capsys.readouterr().out
    assert "Signatures: 0 valid, 0 unsigned approvals, 0 invalid." in out
    assert "The audit log is unbroken (" in out and not SWEDISH.search(out)
    assert cli.main(["--language", "en", "--db", str(database), "overview", "--year", "2026"]) == 0
    assert capsys.readouterr().out == "Nothing to follow up for 2026.\n"

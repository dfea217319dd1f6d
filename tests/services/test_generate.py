"""services.generate: a large realistic database, written fast and deterministically (small sizes here)."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date

import pytest
from postgres_testdb import sqlite_only
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samverkan_desktop import cli
from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.models import (
    AgendaItem,
    Approval,
    Attendance,
    AuditEvent,
    Case,
    Group,
    Meeting,
)
from samverkan_desktop.db.uow import create_unit_of_work
from samverkan_desktop.domain.calendar import STOCKHOLM
from samverkan_desktop.domain.enums import MeetingStatus, MinutesStatus, OrganisationKind
from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.sampledata.generate import AHEAD, TABLES, GenerateSummary, generate
from samverkan_desktop.sampledata.generate_register import tree_sizes
from samverkan_desktop.services import approval, audit, verification
from samverkan_desktop.services.case_state import settle
from samverkan_desktop.services.decision_log import DecisionLogFilter, decision_log
from samverkan_desktop.services.dto import OrganisationData
from samverkan_desktop.services.numbering import renumber_group_year
from samverkan_desktop.services.organisations import create_organisation

#: The generated database is copied as a file for each test (see ``generated``) and compared by its SQL dump.
pytestmark = sqlite_only("copies and dumps the generated SQLite file")

END = date(2026, 12, 31)


@pytest.fixture(scope="module")
def generated_template(migrated_template, tmp_path_factory) -> tuple[object, GenerateSummary]:
    """3 groups x 1 year, generated once for the read-only tests of this module."""
    path, engine, uow = fresh(migrated_template, tmp_path_factory.mktemp("generated"), "generated.db")
    summary = generate(uow, groups=3, years=1, seed=1, end=END)
    engine.dispose()  # the last connection closing folds the write-ahead log into the file
    return path, summary


@pytest.fixture
def generated(engine, db_path, generated_template) -> GenerateSummary:
    """The test's database swapped for a copy of the generated one (as the meeting_world fixture does)."""
    path, summary = generated_template
    engine.dispose()
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(path, db_path)
    return summary


def fresh(template, folder, name):
    """Another migrated database (a copy of the session's template) with its engine and unit of work."""
    path = folder / name
    shutil.copyfile(template, path)
    engine = create_database_engine(f"sqlite:///{path}")
    return path, engine, create_unit_of_work(engine, actor="testare")


def dump(path) -> list[str]:
    with sqlite3.connect(path) as connection:
        lines = list(connection.iterdump())
    connection.close()
    return lines


def test_the_summary_counts_what_the_tables_hold(generated, count):
    for field, model in TABLES.items():
        assert count(model) == getattr(generated, field), field
    regions, areas, groups = tree_sizes(3)
    assert (regions, areas, groups) == (1, 1, 1)
    assert generated.groups == generated.mandates == 3
    assert generated.organisations == 2 * regions + 3 * areas
    assert 6 * 3 <= generated.meetings <= 10 * 3  # six to ten meetings a year per group
    assert generated.agenda_items >= 7 * generated.meetings  # six standard items and at least one more
    assert generated.audit_events == generated.approvals + 1  # one per approval, one for the generation
    assert generated.cases > 0 and generated.actions > 0 and generated.anchorings > 0


def test_the_full_scale_formula_gives_the_sizes_of_the_issue():
    assert tree_sizes(300) == (6, 30, 264)
    assert tree_sizes(30) == (1, 3, 26)


def test_the_same_seed_gives_the_same_database_and_another_seed_another(migrated_template, tmp_path):
    paths = []
    for name, seed in (("a.db", 7), ("b.db", 7), ("c.db", 8)):
        path, engine, uow = fresh(migrated_template, tmp_path, name)
        generate(uow, groups=2, years=1, seed=seed, end=END)
        engine.dispose()
        paths.append(path)
    first, again, other = (dump(p) for p in paths)
    assert first == again
    assert first != other


def test_every_generated_approval_verifies(generated, uow):
    assert generated.approvals > 0
    assert verification.verify_all(uow) == []
    chain = audit.verify_chain(uow)  # the generated audit events are chained as the app chains them
    assert chain.broken is None and chain.events == generated.audit_events
    with uow:
        meeting_id = uow.session.scalar(select(Approval.meeting_id).limit(1))
    state = approval.minutes_state(uow, meeting_id)
    assert state.status is MinutesStatus.APPROVED
    assert state.valid_approval is not None and state.valid_approval.content_hash == state.current_hash
    assert state.valid_approval.approved_by_id in {a[0] for a in state.approvers}  # the chair of the day


def test_past_meetings_are_held_and_approved_recent_ones_drafts_future_ones_planned(generated, engine):
    today = END - AHEAD
    with Session(engine) as session:
        meetings = session.scalars(select(Meeting)).all()
        attended = set(session.scalars(select(Attendance.meeting_id)))
    for meeting in meetings:
        day = meeting.starts_at.astimezone(STOCKHOLM).date()
        if day >= today:
            assert meeting.status in (MeetingStatus.PLANNED, MeetingStatus.CALLED)
            assert meeting.minutes_status is MinutesStatus.DRAFT
        else:
            assert meeting.status in (MeetingStatus.HELD, MeetingStatus.CANCELLED)
        assert (meeting.id in attended) == (meeting.status is MeetingStatus.HELD)
    statuses = {m.minutes_status for m in meetings if m.status is MeetingStatus.HELD}
    assert MinutesStatus.APPROVED in statuses and statuses - {MinutesStatus.APPROVED}
    assert any(m.status is MeetingStatus.PLANNED for m in meetings)


def test_paragraphs_and_cases_are_what_the_services_would_make_of_them(generated, engine):
    with Session(engine) as session:
        for group_id in session.scalars(select(Group.id)):
            renumber_group_year(session, group_id, 2026)
        for case in session.scalars(select(Case)):
            settle(session, case)
        changed = [obj for obj in session.dirty if session.is_modified(obj)]
        items_with_cases = session.scalar(select(func.count()).where(AgendaItem.case_id.is_not(None)))
    assert changed == []
    assert items_with_cases > generated.cases  # cases come back to later meetings


def test_the_decision_log_finds_generated_swedish_words(generated, uow):
    for word in ("vårdplanering", "kommun och region", "SIP", "hemsjukvård"):
        page = decision_log(uow, DecisionLogFilter(text=word))
        assert page.total > 0, word
        assert page.rows[0].snippet_html and "<b>" in page.rows[0].snippet_html
    assert decision_log(uow, DecisionLogFilter(text="zzzyxq")).total == 0


def test_a_database_with_data_is_refused_and_left_alone(uow, count):
    create_organisation(uow, OrganisationData("Egen kommun", OrganisationKind.KOMMUN))
    with pytest.raises(ValidationError, match="tom databas"):
        generate(uow, groups=3, years=1)
    assert count(Meeting) == 0 and count(Group) == 0


def test_generating_twice_is_refused(generated, uow, count):
    with pytest.raises(ValidationError, match="redan data"):
        generate(uow, groups=3, years=1)
    assert count(Meeting) == generated.meetings


def test_sizes_out_of_range_are_refused_in_words(uow):
    with pytest.raises(ValidationError, match="grupper"):
        generate(uow, groups=0, years=1)
    with pytest.raises(ValidationError, match="år"):
        generate(uow, groups=3, years=0)


def test_progress_reports_each_group_and_can_cancel(uow, count):
    seen = []
    generate(uow, groups=2, years=1, progress=lambda done, total, name: seen.append((done, total)) or True)
    assert seen == [(1, 2), (2, 2)]


def test_cancelling_saves_nothing(uow, count):
    with pytest.raises(ValidationError, match="avbröts"):
        generate(uow, groups=3, years=1, progress=lambda done, total, name: done < 2)
    assert count(Meeting) == 0 and count(AuditEvent) == 0


def test_the_command_prints_the_counts(migrated_template, tmp_path, capsys):
    db = tmp_path / "generated.db"
    shutil.copyfile(migrated_template, db)  # migrating takes longer than generating two groups
    assert cli.main(["--db", str(db), "generate", "--groups", "2", "--years", "1", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert "Testdata genererade" in out and "  groups: 2" in out and "meetings:" in out
    assert cli.main(["--db", str(db), "generate", "--groups", "2", "--years", "1"]) == 1
    assert "tom databas" in capsys.readouterr().err
    assert cli.main(["--db", str(tmp_path / "other.db"), "generate"]) == 2
    assert "--scale" in capsys.readouterr().err

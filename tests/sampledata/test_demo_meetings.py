"""sampledata/demo_meetings.py: a year of meetings for four groups, run on groups made in the test (each with a
chair, a member and a secretary): how many meetings, which are held, called and approved, the steps it reports,
and the story of one case escalated, referred back and decided. tests/services/test_demo.py runs the whole demo."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from samverkan_desktop.domain.calendar import STOCKHOLM
from samverkan_desktop.domain.enums import GroupKind, MeetingStatus, MinutesStatus, Outcome, Role
from samverkan_desktop.sampledata.demo_meetings import SCHEDULE, STORY_TITLE, add_demo_year, demo_year_steps
from samverkan_desktop.services import agenda, meetings
from samverkan_desktop.services.dto import GroupData, MembershipData, PersonData
from samverkan_desktop.services.groups import create_group
from samverkan_desktop.services.memberships import save_membership
from samverkan_desktop.services.people import create_person

TODAY = date(2026, 11, 22)
KINDS = {"lgs": GroupKind.MANAGEMENT_GROUP, "tg_aldre": GroupKind.THEME_GROUP, "nosam_c": GroupKind.NOSAM,
         "neo": GroupKind.WORKING_GROUP}


@pytest.fixture(scope="module")
def year(tmp_path_factory):
    """The year added once for the module (it takes a few seconds): (uow, group ids, meetings, steps)."""
    from samverkan_desktop.db.engine import create_database_engine
    from samverkan_desktop.db.migrate import upgrade_database
    from samverkan_desktop.db.uow import create_unit_of_work
    from samverkan_desktop.infra.config import migrations_dir

    engine = create_database_engine(f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.db'}")
    upgrade_database(engine, migrations_dir())
    uow = create_unit_of_work(engine, actor="testare")
    ids = {}
    for key, kind in KINDS.items():
        ids[key] = create_group(uow, GroupData(f"Grupp {key}", kind)).id
        for number, role in enumerate((Role.CHAIR, Role.MEMBER, Role.MEMBER, Role.MEMBER, Role.SECRETARY)):
            person = create_person(uow, PersonData(f"Person {key} {number}")).id
            save_membership(uow, MembershipData(person, ids[key], role, None, date(2020, 1, 1)))
    steps: list[str] = []
    count = add_demo_year(uow, ids, TODAY, steps.append)
    yield uow, ids, count, steps
    engine.dispose()


def _meetings(uow, group_id):
    return sorted(meetings.list_meetings(uow, group_id), key=lambda m: m.starts_at)


def test_every_group_gets_its_scheduled_meetings_and_every_step_is_told(year) -> None:
    uow, ids, count, steps = year
    assert count == sum(n for n, *_ in SCHEDULE.values()) == 24
    assert {key: len(_meetings(uow, ids[key])) for key in ids} == {k: v[0] for k, v in SCHEDULE.items()}
    assert len(steps) == demo_year_steps() == 2 * 24 + 4
    assert Counter(steps) == {"Planerar årets möten och deras dagordningar…": 24,
                              "Håller mötena och skriver minnesanteckningar…": 24, "Godkänner minnesanteckningar…": 4}


def test_meetings_are_ahead_of_today_and_only_the_next_one_is_called(year) -> None:
    """Two meetings per group are ahead; NOSAM meets a week earlier, so on this Sunday only its last one is."""
    uow, ids, _count, _steps = year
    called, ahead_per_group = [], {}
    for key, group in ids.items():
        series = _meetings(uow, group)
        ahead = [m for m in series if m.starts_at.astimezone(STOCKHOLM).date() >= TODAY]
        ahead_per_group[key] = len(ahead)
        assert all(m.status is MeetingStatus.HELD for m in series if m not in ahead)
        called += [m for m in ahead if m.status is MeetingStatus.CALLED]
    assert ahead_per_group == {"lgs": 2, "tg_aldre": 2, "nosam_c": 1, "neo": 2}
    (first,) = called
    every_ahead = [m for g in ids.values() for m in _meetings(uow, g)
                   if m.starts_at.astimezone(STOCKHOLM).date() >= TODAY]
    assert first.starts_at == min(m.starts_at for m in every_ahead)


def test_older_minutes_are_approved_the_second_latest_waits_and_the_latest_is_a_draft(year) -> None:
    uow, ids, _count, _steps = year
    for key, group in ids.items():
        held = [m for m in _meetings(uow, group) if m.status is MeetingStatus.HELD]
        states = [m.minutes_status for m in held]
        assert states == [MinutesStatus.APPROVED] * (len(held) - 2) + [MinutesStatus.FOR_APPROVAL,
                                                                       MinutesStatus.DRAFT], key


def test_the_story_case_is_escalated_referred_back_and_then_decided(year) -> None:
    uow, ids, _count, _steps = year
    outcomes = []
    for key in ("nosam_c", "tg_aldre"):
        for meeting in _meetings(uow, ids[key]):
            outcomes += [(key, item.outcome)
                         for item in agenda.list_items(uow, meeting.id) if item.title == STORY_TITLE]
    assert outcomes == [("nosam_c", Outcome.ESCALATED), ("tg_aldre", Outcome.REFERRED_BACK),
                        ("tg_aldre", Outcome.DECIDED)]

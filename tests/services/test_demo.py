from __future__ import annotations

import hashlib
import logging
from datetime import date

import pytest
from postgres_testdb import fresh_engine
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samverkan_desktop.db.migrate import upgrade_database
from samverkan_desktop.db.models import (
    AuditEvent,
    Group,
    Mandate,
    Meeting,
    Membership,
    Organisation,
    Person,
    Publication,
)
from samverkan_desktop.db.uow import create_unit_of_work
from samverkan_desktop.domain.enums import GroupKind, MinutesStatus, OrganisationKind, Recurrence, Role
from samverkan_desktop.domain.errors import ConflictError
from samverkan_desktop.export.publisher import MinutesPublisher
from samverkan_desktop.infra.config import migrations_dir
from samverkan_desktop.sampledata.demo import DemoSummary, create_demo_data, has_register_data
from samverkan_desktop.services.dto import MembershipData, OrganisationData
from samverkan_desktop.services.groups import list_groups
from samverkan_desktop.services.mandates import current_mandate, reporting_duties
from samverkan_desktop.services.memberships import list_memberships, membership_warnings
from samverkan_desktop.services.organisations import create_organisation, list_organisations
from samverkan_desktop.services.people import list_people

TODAY = date(2026, 3, 10)
LGS = "Ledningsgrupp för samverkan i Göteborgsområdet"
BER = "LGS Beredningsgrupp"
SOR = "Samordningsråd barn"
NEO = "Samordningsgrupp för neonatalvården"
SEO = "Regional samverkansgrupp stöd för utveckling"
TEMAGRUPPER = ("Temagrupp Barn och unga", "Temagrupp Mitt i livet", "Temagrupp Psykiatri", "Temagrupp Äldre")
NOSAMS = ("NOSAM Centrum", "NOSAM Hisingen", "NOSAM Mölndal")
#: Real people named in the seed documents: the demo must never use them.
SEED_NAMES = (
    "Lena Lager", "Göran Matejka", "Andreas Hjertén", "Karin Looström Muth", "Patrik Johansson",
    "Peter Almgren", "Thomas Jungbeck", "Ann Söderström",
)
SUPPORT_ROLES = (Role.PROCESS_LEADER, Role.COORDINATOR, Role.SECRETARY)
ROTATING = (OrganisationKind.KOMMUN, OrganisationKind.REGION)


def fresh_unit_of_work(path, postgres_schemas):
    """A new database: the SQLite file ``path``, or a new schema when the run is on PostgreSQL."""
    engine = fresh_engine(postgres_schemas, path)
    upgrade_database(engine, migrations_dir())
    return engine, create_unit_of_work(engine, actor="testare")


@pytest.fixture(scope="module")
def demo_steps() -> list[tuple[int, int, str]]:
    """What the demo told its progress callback while demo_db was made."""
    return []


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, postgres_schemas, demo_steps):
    """One demo database for the read-only tests (creating it takes seconds: every save is a transaction),
    and the folder it published to."""
    folder = tmp_path_factory.mktemp("demo")
    engine, uow = fresh_unit_of_work(folder / "demo.db", postgres_schemas)
    summary = create_demo_data(uow, TODAY, publish=MinutesPublisher(folder / "publicerat"),
                               progress=lambda done, total, what: demo_steps.append((done, total, what)))
    yield engine, uow, summary, folder / "publicerat"
    engine.dispose()


@pytest.fixture
def demo(demo_db):
    return demo_db[1]


@pytest.fixture
def groups(demo):
    return {g.name: g for g in list_groups(demo)}


def count_rows(engine, model) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def mandate_of(uow, groups, name):
    mandate = current_mandate(uow, groups[name].id)
    assert mandate is not None, name
    return mandate


def day_for(group) -> date:
    """The day on which the group's current seats are checked: today, or the last day of a closed group."""
    return group.active_to if group.active_to is not None and group.active_to < TODAY else TODAY


def snapshot(uow):
    """Everything that should not depend on which database (or which run) the demo went into."""
    rows = []
    for group in list_groups(uow):
        for m in list_memberships(uow, group.id):
            rows.append((group.name, group.parent_name, m.person_name, m.role, m.represents_name,
                         m.valid_from, m.valid_to))
    return sorted(rows, key=repr)


def assert_one_current_chair(uow, day: date) -> None:
    for group in list_groups(uow):
        if group.active_to is None:
            chairs = [m for m in list_memberships(uow, group.id, on=day) if m.role is Role.CHAIR]
            assert len(chairs) == 1, (group.name, day)


def test_groups_and_hierarchy_follow_the_seeds(groups) -> None:
    expected = {
        LGS: (GroupKind.MANAGEMENT_GROUP, None),
        BER: (GroupKind.PREPARATION_GROUP, LGS),
        **{name: (GroupKind.THEME_GROUP, LGS) for name in TEMAGRUPPER},
        **{name: (GroupKind.NOSAM, LGS) for name in NOSAMS},
        "Utvecklingsgrupp SAMSA": (GroupKind.WORKING_GROUP, BER),
        SOR: (GroupKind.COORDINATION_COUNCIL, None),
        NEO: (GroupKind.COORDINATION_GROUP, SOR),
        SEO: (GroupKind.REGIONAL_COLLABORATION_GROUP, None),
    }
    for name, (kind, parent) in expected.items():
        assert groups[name].kind is kind, name
        assert groups[name].parent_name == parent, name
    reference = [g for g in groups.values() if g.kind is GroupKind.REFERENCE_GROUP]
    assert len(reference) == 1
    assert reference[0].name.startswith("Kommunal referensgrupp")
    assert (reference[0].active_from, reference[0].active_to) == (date(2018, 4, 5), date(2018, 12, 31))
    assert len(groups) == len(expected) + 1


def test_every_group_has_a_mandate_one_chair_support_and_members(demo, groups) -> None:
    for group in groups.values():
        assert current_mandate(demo, group.id) is not None, group.name
        seats = list_memberships(demo, group.id, on=day_for(group))
        roles = [m.role for m in seats]
        assert roles.count(Role.CHAIR) == 1, group.name
        assert roles.count(Role.VICE_CHAIR) <= 1, group.name
        assert any(role in SUPPORT_ROLES for role in roles), group.name
        assert sum(role in (Role.MEMBER, Role.ADJUNCT) for role in roles) >= 3, group.name
        represented = [m for m in seats if m.role not in SUPPORT_ROLES]
        assert all(m.represents_id is not None for m in represented), group.name


def test_the_closed_reference_group_has_no_current_seats(demo, groups) -> None:
    reference = next(g for g in groups.values() if g.kind is GroupKind.REFERENCE_GROUP)
    assert list_memberships(demo, reference.id, on=TODAY) == []
    mandate = mandate_of(demo, groups, reference.name)
    assert (mandate.meetings_min, mandate.meetings_max) == (4, 4)  # two meetings per term
    assert mandate.decided_on == date(2018, 4, 5)


def test_lgs_mandate_as_the_document_states_it(demo, groups) -> None:
    mandate = mandate_of(demo, groups, LGS)
    assert (mandate.meetings_min, mandate.meetings_max) == (4, None)
    assert mandate.chair_rotates is True
    assert mandate.substitutes_allowed is False
    assert mandate.chair_term_months == 24
    assert mandate.decided_on == date(2014, 3, 27)
    assert mandate.revision_dates == (
        date(2014, 12, 19), date(2016, 2, 25), date(2017, 5, 17), date(2019, 11, 14),
    )
    assert mandate.approval_days == 14
    duties = {d.name: d.recurrence for d in reporting_duties(demo, groups[LGS].id)}
    assert duties == {
        "Årsrapport": Recurrence.YEARLY,
        "Delårsrapport": Recurrence.YEARLY,
        "Kvartalsrapport brister i samverkan": Recurrence.QUARTERLY,
    }


@pytest.mark.parametrize(
    ("name", "meetings", "term", "rotates", "substitutes"),
    [
        (BER, (6, 8), 24, True, False),
        *((name, (None, None), 18, True, False) for name in TEMAGRUPPER),
        *((name, (None, None), None, True, False) for name in NOSAMS),
        (SOR, (4, 8), None, False, True),
        (NEO, (4, 8), None, False, True),
        (SEO, (None, None), 24, False, True),  # rotates between regions, not between kommun and region
    ],
)
def test_mandate_facts(demo, groups, name, meetings, term, rotates, substitutes) -> None:
    mandate = mandate_of(demo, groups, name)
    assert (mandate.meetings_min, mandate.meetings_max) == meetings
    assert mandate.chair_term_months == term
    assert mandate.chair_rotates is rotates
    assert mandate.substitutes_allowed is substitutes
    assert mandate.purpose and mandate.assignment


def test_vgr_and_south_east_mandates_and_duties(demo, groups) -> None:
    neo = mandate_of(demo, groups, NEO)
    assert (neo.reference, neo.decided_on, neo.commissioned_by) == ("RS 2023-04038", date(2023, 6, 21), SOR)
    assert neo.approval_days == 14
    assert mandate_of(demo, groups, SOR).reference == "RS 2024-00784"
    assert "tvåårsperioder" in (mandate_of(demo, groups, SEO).assignment or "")
    assert {d.name for d in reporting_duties(demo, groups[SEO].id)} == {"Handlingsplan", "Årsrapport"}
    for name in (*TEMAGRUPPER, *NOSAMS):
        names = {d.name for d in reporting_duties(demo, groups[name].id)}
        assert {"Handlingsplan", "Årsrapport", "Kvartalsrapport brister i samverkan"} <= names, name


def test_lgs_seats_follow_the_composition_table(demo, groups) -> None:
    seats = list_memberships(demo, groups[LGS].id, on=TODAY)
    by_org: dict[str, int] = {}
    for seat in seats:
        if seat.represents_name:
            by_org[seat.represents_name] = by_org.get(seat.represents_name, 0) + 1
    assert by_org["Sahlgrenska Universitetssjukhuset"] == 3
    assert by_org["Närhälsan"] == 2
    assert by_org["Göteborgs Stad"] == 4
    adjuncts = [s for s in seats if s.role is Role.ADJUNCT]
    assert [(s.represents_name, s.represents_kind) for s in adjuncts] == [
        ("Göteborgsregionen", OrganisationKind.MUNICIPAL_ASSOCIATION)
    ]
    assert [s.role for s in seats].count(Role.PROCESS_LEADER) == 1
    assert [s.role for s in seats].count(Role.VICE_CHAIR) == 1
    assert len(seats) >= 15


def test_chairs_rotate_between_kommun_and_region_without_warnings(demo, groups) -> None:
    for group in groups.values():
        history = list_memberships(demo, group.id)
        for seat in history:
            if seat.role in (Role.CHAIR, Role.VICE_CHAIR):
                data = MembershipData(seat.person_id, group.id, seat.role, seat.represents_id,
                                      seat.valid_from, seat.valid_to)
                assert membership_warnings(demo, data, seat.id) == [], (group.name, seat.person_name)
        mandate = current_mandate(demo, group.id)
        if not (mandate and mandate.chair_rotates):
            continue
        chairs = sorted((s for s in history if s.role is Role.CHAIR), key=lambda s: s.valid_from or date.min)
        assert len(chairs) == 2, group.name
        previous, current = chairs
        assert {previous.represents_kind, current.represents_kind} == set(ROTATING), group.name
        assert current.valid_on(TODAY) and not previous.valid_on(TODAY), group.name
        vice = [s for s in history if s.role is Role.VICE_CHAIR and s.valid_on(TODAY)]
        assert all(v.represents_kind is not current.represents_kind for v in vice), group.name


def test_the_demo_logged_no_warnings(tmp_path, caplog, postgres_schemas) -> None:
    caplog.set_level(logging.WARNING, logger="samverkan_desktop.sampledata.demo")
    engine, uow = fresh_unit_of_work(tmp_path / "logged.db", postgres_schemas)
    try:
        create_demo_data(uow)  # today by default
        assert caplog.records == []
        assert_one_current_chair(uow, date.today())
    finally:
        engine.dispose()


def test_second_call_is_refused_and_adds_nothing(demo_db) -> None:
    engine, uow, _, _ = demo_db
    models = (Organisation, Person, Group, Mandate, Membership, AuditEvent)
    before = [count_rows(engine, model) for model in models]
    with pytest.raises(ConflictError) as info:
        create_demo_data(uow, TODAY)
    assert info.value.message == "Databasen innehåller redan grupper; demodata läggs bara i en tom databas."
    assert [count_rows(engine, model) for model in models] == before


def test_summary_counts_what_was_stored(demo_db) -> None:
    engine, _, summary, _ = demo_db
    assert summary == DemoSummary(
        organisations=count_rows(engine, Organisation), people=count_rows(engine, Person),
        groups=count_rows(engine, Group), memberships=count_rows(engine, Membership),
        meetings=count_rows(engine, Meeting),
    )
    assert 40 <= summary.people <= 90
    assert summary.groups == 14


def test_people_are_invented(demo) -> None:
    people = list_people(demo)
    names = [p.name for p in people]
    seed_surnames = {name.split()[-1] for name in SEED_NAMES}
    assert not set(names) & set(SEED_NAMES)
    assert not {name.split()[-1] for name in names} & seed_surnames
    assert len(set(names)) == len(names)
    assert all(p.email and p.email.endswith("@exempel.se") and p.email.isascii() for p in people)
    assert all(p.title and p.employer_id for p in people)


def test_has_register_data_and_reuse_of_existing_organisations(uow) -> None:
    assert has_register_data(uow) is False
    create_organisation(uow, OrganisationData("GÖTEBORGS STAD", OrganisationKind.KOMMUN))
    assert has_register_data(uow) is False  # organisations alone are not a register in use
    leap_day = date(2024, 2, 29)
    summary = create_demo_data(uow, leap_day)
    assert has_register_data(uow) is True
    names = [o.name.casefold() for o in list_organisations(uow)]
    assert names.count("göteborgs stad") == 1
    assert summary.organisations == len(names)
    assert_one_current_chair(uow, leap_day)


def test_deterministic(demo, tmp_path, postgres_schemas) -> None:
    engine, other = fresh_unit_of_work(tmp_path / "other.db", postgres_schemas)
    try:
        create_demo_data(other, TODAY)
        assert snapshot(other) == snapshot(demo)
        assert [(p.name, p.title, p.email) for p in list_people(other)] == [
            (p.name, p.title, p.email) for p in list_people(demo)
        ]
    finally:
        engine.dispose()


def test_a_year_of_meetings_tells_the_escalation_story(demo) -> None:
    from samverkan_desktop.domain.enums import Outcome
    from samverkan_desktop.sampledata.demo_meetings import STORY_TITLE
    from samverkan_desktop.services import cases, groups

    tree = {n.name: n.id for n in groups.list_group_tree(demo)}
    story = next(c for c in cases.list_cases(demo, tree["Temagrupp Äldre"]) if c.title == STORY_TITLE)
    steps = [(h.group_name, h.outcome) for h in cases.history(demo, story.id)]
    assert steps == [("NOSAM Centrum", Outcome.ESCALATED), ("Temagrupp Äldre", Outcome.REFERRED_BACK),
                     ("Temagrupp Äldre", Outcome.DECIDED)]
    dates = [h.meeting_on for h in cases.history(demo, story.id)]
    assert dates == sorted(dates) and dates[0] < dates[1]


def test_minutes_in_every_state_and_the_published_files_match_their_records(demo_db, tmp_path) -> None:
    engine, _uow, _summary, folder = demo_db
    with Session(engine) as session:
        states = set(session.scalars(select(Meeting.minutes_status).where(Meeting.minutes_status.is_not(None))))
        published = list(session.scalars(select(Publication)))
        published_meetings = {p.meeting_id for p in published}
        assert all(session.get(Meeting, m).minutes_status is MinutesStatus.PUBLISHED for m in published_meetings)
    assert states == set(MinutesStatus)
    for record in published:
        file = folder / record.file_name
        assert hashlib.sha256(file.read_bytes()).hexdigest() == record.sha256


def test_the_demo_tells_its_progress_step_by_step(demo_db, demo_steps) -> None:
    """Issue 18 point 6: loading the demo showed no progress for about 6 s; the GUI's bar is fed from here."""
    totals = {total for _, total, _ in demo_steps}
    assert len(totals) == 1
    [total] = totals
    done = [d for d, _, _ in demo_steps]
    assert done == sorted(done) and done[0] == 0 and done[-1] == total
    assert len(demo_steps) >= 40  # steps small enough that the bar moves every fraction of a second
    assert len(set(done)) == len(done)  # every step counts: no step said twice, none beyond the total
    whats = [w for _, _, w in demo_steps]
    assert whats[0] == "Lägger in organisationer och personer…" and whats[-1] == "Klart."
    assert f"Lägger in {LGS} med uppdrag och medlemmar…" in whats
    assert "Publicerar de äldsta godkända anteckningarna…" in whats

"""Two clients racing on one shared database, each with an engine of its own, in two threads started together by a
barrier: approval against an edit of the text, chair and vice chair approving at once, and two meetings of one
group getting items (§ numbers) at once. Every round must end consistent, and the loser must get a Swedish
message (a DomainError), never a traceback:

- approve against edit: the approval covers exactly the text in the database (verify is clean), and an edit
  either came before the approval (covered by it) or was refused;
- double approval: exactly one valid approval;
- § numbering: the group's year numbered 1..n without a gap or a repeat.

On PostgreSQL (SAMVERKAN_TEST_POSTGRES_URL, `make test-postgres`, CI) 50 rounds each; the SQLite run does a few
rounds of the same (there the database's write lock serialises the clients)."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from datetime import date

import pytest
from meeting_fixtures import item, meeting
from postgres_testdb import ON_POSTGRES
from sqlalchemy import select

from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.models import AgendaItem, Approval
from samverkan_desktop.db.uow import create_unit_of_work
from samverkan_desktop.domain.enums import ApprovalMethod, MinutesStatus, Role
from samverkan_desktop.domain.errors import DomainError
from samverkan_desktop.services import approval, audit, minutes, verification
from samverkan_desktop.services.dto import MembershipData, PersonData
from samverkan_desktop.services.memberships import save_membership
from samverkan_desktop.services.people import create_person

ROUNDS = 50 if ON_POSTGRES else 5
IN_APP = ApprovalMethod.IN_APP


@pytest.fixture
def second_engine(engine, db_path, postgres_services):
    """The other client's engine: its own connections to the same database."""
    other = create_database_engine(postgres_services.url if postgres_services is not None else f"sqlite:///{db_path}")
    yield other
    other.dispose()


def race(first: Callable[[], object], second: Callable[[], object]) -> list[object]:
    """Run both at once; each result is what the call returned or the DomainError it raised. Anything else (a
    traceback the user would see) fails the test."""
    barrier = threading.Barrier(2)
    results: list[object] = [None, None]
    unexpected: list[BaseException] = []

    def run(index: int, call: Callable[[], object]) -> None:
        barrier.wait()
        try:
            results[index] = call()
        except DomainError as error:
            results[index] = error
        except BaseException as error:  # reported below: a traceback the user would see
            unexpected.append(error)

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate((first, second))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not unexpected, f"not a message for a person: {unexpected!r}"
    return results


def valid_approvals(engine, meeting_id: int) -> int:
    with engine.connect() as connection:
        return len(connection.execute(select(Approval.id).where(Approval.meeting_id == meeting_id,
                                                                Approval.revoked_at.is_(None))).all())


def test_approval_against_an_edit_never_leaves_an_approval_over_other_text(uow, held, engine, second_engine):
    other = create_unit_of_work(second_engine, "andra klienten")
    chair = held.people["Anna Andersson"]
    violations, outcomes = [], Counter()
    for round_ in range(ROUNDS):
        text = f"Läget är stabilt, omgång {round_}."
        approved, edited = race(lambda: approval.approve(uow, held.meeting, chair, IN_APP),
                                lambda t=text: minutes.save_text(other, held.info, t, None))
        state = approval.minutes_state(uow, held.meeting)
        outcomes[(type(approved).__name__, type(edited).__name__)] += 1
        problems = verification.verify_all(uow)
        if state.status is not MinutesStatus.APPROVED or problems or valid_approvals(engine, held.meeting) != 1:
            violations.append((round_, state.status, problems))
        if isinstance(edited, DomainError) and "godkända och låsta" not in edited.message:
            violations.append((round_, "edit refused for another reason", edited.message))
        approval.reopen(uow, held.meeting, f"omgång {round_}")
    assert violations == [], violations
    assert audit.verify_chain(uow).broken is None
    assert sum(outcomes.values()) == ROUNDS


def test_chair_and_vice_chair_approving_at_once_leave_one_valid_approval(uow, held, engine, second_engine):
    vice = create_person(uow, PersonData("Vera Viklund")).id
    save_membership(uow, MembershipData(vice, held.world.nosam, Role.VICE_CHAIR, held.world.region, date(2025, 1, 1)))
    other = create_unit_of_work(second_engine, "vice ordförandes klient")
    chair = held.people["Anna Andersson"]
    violations = []
    for round_ in range(ROUNDS):
        results = race(lambda: approval.approve(uow, held.meeting, chair, IN_APP),
                       lambda: approval.approve(other, held.meeting, vice, IN_APP))
        won = [r for r in results if not isinstance(r, DomainError)]
        lost = [r for r in results if isinstance(r, DomainError)]
        if len(won) != 1 or len(lost) != 1 or valid_approvals(engine, held.meeting) != 1:
            violations.append((round_, results))
        elif "redan godkända" not in lost[0].message and "samtidigt" not in lost[0].message:
            violations.append((round_, lost[0].message))
        if verification.verify_all(uow):
            violations.append((round_, verification.verify_all(uow)))
        approval.reopen(uow, held.meeting, f"omgång {round_}")
    assert violations == [], violations
    assert audit.verify_chain(uow).broken is None


def test_two_meetings_numbered_at_once_never_share_a_paragraph(uow, meeting_world, engine, second_engine):
    other = create_unit_of_work(second_engine, "andra sekreteraren")
    world = meeting_world
    first = meeting(uow, world.nosam, date(2026, 3, 10)).id
    second = meeting(uow, world.nosam, date(2026, 5, 12)).id
    item(uow, first, "Mötets öppnande")
    violations = []
    for round_ in range(ROUNDS):
        results = race(lambda r=round_: item(uow, first, f"Punkt A{r}"),
                       lambda r=round_: item(other, second, f"Punkt B{r}"))
        with engine.connect() as connection:
            numbers = connection.execute(select(AgendaItem.paragraph).where(
                AgendaItem.meeting_id.in_((first, second)))).scalars().all()
        failed = [r for r in results if isinstance(r, DomainError)]
        if sorted(numbers) != list(range(1, len(numbers) + 1)) or failed:
            violations.append((round_, sorted(numbers), [f.message for f in failed]))
    assert violations == [], violations
    with engine.connect() as connection:
        order = connection.execute(select(AgendaItem.meeting_id).where(AgendaItem.meeting_id.in_((first, second)))
                                   .order_by(AgendaItem.paragraph)).scalars().all()
    assert order == sorted(order)  # the earlier meeting's items first, then the later one's
    assert audit.verify_chain(uow).broken is None


def test_an_approval_checks_the_content_as_committed_not_as_read_before_its_lock(uow, held, engine,
                                                                                  second_engine):
    """A receipt's check reads the minutes, another client edits them, then the approval takes its lock: it must
    compare against what is committed (and refuse), not against the copy read before the lock."""
    from samverkan_desktop.db.models import Meeting
    from samverkan_desktop.domain.errors import ValidationError

    other = create_unit_of_work(second_engine, "andra klienten")
    with uow:
        seen = approval.content_hash(uow.session, uow.session.get(Meeting, held.meeting))  # items now loaded
        minutes.save_text(other, held.info, "Ändrat av någon annan under tiden.", None)
        with pytest.raises(ValidationError, match="har ändrats sedan de lästes"):
            approval.approve(uow, held.meeting, held.people["Anna Andersson"], IN_APP, expected_hash=seen)
    assert approval.minutes_state(uow, held.meeting).status is MinutesStatus.DRAFT
    assert verification.verify_all(uow) == []

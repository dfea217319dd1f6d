"""verify streamed in batches (services.verification): memory does not grow with the number of approved minutes,
progress is reported and can stop it, and the findings are those of a whole-database check."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text

from samverkan_desktop.db.models import Meeting
from samverkan_desktop.domain.enums import MinutesStatus
from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.domain.messages import msg
from samverkan_desktop.sampledata.generate import generate
from samverkan_desktop.services import verification

END = date(2026, 12, 31)
BATCH = 2


def approved_count(uow) -> int:
    with uow:
        return uow.session.scalar(select(func.count()).select_from(Meeting).where(
            Meeting.minutes_status.in_((MinutesStatus.APPROVED, MinutesStatus.PUBLISHED))))


def largest_session(uow, check) -> tuple[int, list[tuple[int, int]]]:
    """The most objects the session held at any progress report, and the reports."""
    held, reports = [], []

    def progress(done: int, total: int, _what: str) -> bool:
        held.append(len(uow.session.identity_map) + len(uow.session.info.get("preloaded", ())))
        reports.append((done, total))
        return True

    list(check(uow, progress, BATCH))
    return max(held), reports


@pytest.mark.parametrize("check", [verification.minutes_problems, verification.signature_checks])
def test_memory_does_not_grow_with_the_number_of_minutes(tmp_path, check) -> None:
    from samverkan_desktop.db.engine import create_database_engine
    from samverkan_desktop.db.migrate import upgrade_database
    from samverkan_desktop.db.uow import create_unit_of_work
    from samverkan_desktop.infra.config import migrations_dir

    largest = {}
    for years in (1, 4):
        engine = create_database_engine(f"sqlite:///{tmp_path / f'y{years}.db'}")
        upgrade_database(engine, migrations_dir())
        uow = create_unit_of_work(engine, "testare")
        generate(uow, groups=1, years=years, seed=3, end=END)
        approved = approved_count(uow)
        largest[years], reports = largest_session(uow, check)
        assert reports[-1][0] == reports[-1][1] and reports[-1][1] >= approved > 2 * BATCH
        assert len(reports) >= approved // BATCH  # a report per batch
        engine.dispose()
    # Four times the minutes, the same batch: the session holds no more than a batch's rows and their names.
    assert largest[4] <= largest[1] * 1.5


def test_the_findings_are_the_same_in_batches(uow) -> None:
    generate(uow, groups=1, years=1, seed=5, end=END)
    assert verification.verify_all(uow) == [] and all(c.problem is None for c in verification.verify_signatures(uow))
    with uow:
        changed = uow.session.scalars(select(Meeting.id).where(Meeting.minutes_status.in_(
            (MinutesStatus.APPROVED, MinutesStatus.PUBLISHED))).order_by(Meeting.starts_at, Meeting.id)).all()
    targets = changed[1], changed[BATCH + 2]  # one in the first batch, one in a later one
    with uow:
        for meeting_id in targets:
            uow.session.execute(text("UPDATE agenda_item SET title = 'Ändrad utanför appen' WHERE meeting_id = :m"),
                                {"m": meeting_id})
        uow.commit()
    problems = list(verification.minutes_problems(uow, batch=BATCH))
    assert sorted(p.meeting_id for p in problems) == sorted(targets)
    assert all(p.differences for p in problems)  # each says in words what changed
    assert [p.meeting_id for p in problems] == [p.meeting_id for p in verification.verify_all(uow)]


def test_progress_can_stop_the_check(uow) -> None:
    generate(uow, groups=1, years=1, seed=5, end=END)
    with pytest.raises(ValidationError) as stopped:
        list(verification.minutes_problems(uow, lambda done, _total, _what: done == 0, batch=BATCH))
    assert stopped.value.message == msg(verification.STOPPED)

"""``verify`` at region scale: every approved minutes' hash recomputed and every approval's signature checked,
streamed in batches with constant memory and a progress callback.

Each check walks its rows by keyset (meeting start, then id) a batch at a time: one query per batch for the
meetings (or approvals) and one per kind of related row (items with their actions, attendance, approvals, the
names), never one per minutes. After a batch the session forgets every row it read (``_forget``), so memory stays
flat whether there are a hundred or fifty thousand approved minutes.

The checks are separate functions over the same helpers (``minutes_problems``, ``signature_checks``), so that a
further check (the audit chain) is one more function beside them; ``approval.verify_all`` and
``signing.verify_signatures`` are these streams read into a list.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime

from sqlalchemy import Select, and_, func, or_, select, true
from sqlalchemy.orm import Session, defer, joinedload, selectinload

from ..db.models import AgendaItem, Approval, Group, Meeting, Organisation, Person, PersonKey
from ..domain.calendar import STOCKHOLM
from ..domain.enums import MinutesStatus
from ..domain.errors import ValidationError
from ..domain.minutes_hash import describe_difference, minutes_hash
from . import UnitOfWork
from ._common import preload

#: Rows per batch: large enough that a query's fixed cost vanishes, small enough that a batch of 40-item minutes
#: with their text stays a few megabytes.
BATCH = 400
#: progress(done, total, what) -> False to stop (BackgroundTask's signature); "what" says which check runs.
Progress = Callable[[int, int, str], bool]
STOPPED = "Kontrollen avbröts; inget har ändrats."
APPROVED = (MinutesStatus.APPROVED, MinutesStatus.PUBLISHED)


def _report(progress: Progress | None, done: int, total: int, what: str) -> None:
    if progress is not None and progress(done, total, what) is False:
        raise ValidationError(STOPPED)


def _forget(session: Session) -> None:
    """Drop every row the batch read: the identity map, and what ``_common.keep`` held for the batch."""
    session.expunge_all()
    session.info.pop("preloaded", None)


def _after(order: tuple, last: tuple[datetime, int] | None):
    """The keyset condition: rows strictly after ``last`` in (first column, second column) order."""
    if last is None:
        return true()
    first, second = order
    return or_(first > last[0], and_(first == last[0], second > last[1]))


def _batches(session: Session, query: Select, order: tuple, key: Callable[[object], tuple[datetime, int]],
             batch: int, entities: bool = True) -> Iterator[list]:
    """The rows of ``query`` (entities; else result rows), ``batch`` at a time in ``order``, each batch forgotten
    after use."""
    last = None
    while True:
        result = session.execute(query.where(_after(order, last)).order_by(*order).limit(batch)).unique()
        rows = list(result.scalars() if entities else result)
        if not rows:
            return
        last = key(rows[-1])
        yield rows
        _forget(session)
        if len(rows) < batch:
            return


# -- the minutes' content against its approval ---------------------------------------------------------------
def _approved_meetings() -> Select:
    return select(Meeting).where(Meeting.minutes_status.in_(APPROVED)).options(
        joinedload(Meeting.group),
        selectinload(Meeting.items).selectinload(AgendaItem.actions),
        selectinload(Meeting.attendance))


def _count_approved(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Meeting)
                          .where(Meeting.minutes_status.in_(APPROVED))) or 0


def _load_names(session: Session, meetings: list[Meeting]) -> None:
    """Every name the batch's content reads, one query per kind (minutes_content then finds them in memory)."""
    items = [i for m in meetings for i in m.items]
    rows = [a for m in meetings for a in m.attendance]
    actions = [a for i in items for a in i.actions]
    preload(session, Group, (i.target_group_id for i in items))
    preload(session, Person, [*(a.person_id for a in rows), *(a.substitute_for_id for a in rows),
                              *(a.responsible_person_id for a in actions)])
    preload(session, Organisation, [*(a.represents_id for a in rows),
                                    *(a.responsible_organisation_id for a in actions)])


def _valid_approvals(session: Session, meeting_ids: list[int]) -> dict[int, Approval]:
    """Each meeting's newest approval not revoked (its stored content left unread until it is needed)."""
    newest: dict[int, Approval] = {}
    for a in session.scalars(select(Approval).where(Approval.meeting_id.in_(meeting_ids),
                                                    Approval.revoked_at.is_(None))
                             .options(defer(Approval.content)).order_by(Approval.id)):
        newest[a.meeting_id] = a
    return newest


def _problem(session: Session, meeting: Meeting, approval: Approval | None, content: dict):
    from .approval import VerificationProblem

    stored_json = None
    if approval is not None:  # read only for minutes that no longer match: one query each
        stored_json = session.scalar(select(Approval.content).where(Approval.id == approval.id))
    stored = json.loads(stored_json) if stored_json else {}
    differences = describe_difference(stored, content) if stored else ["godkännandet saknas"]
    return VerificationProblem(meeting.id, meeting.group.name,
                               meeting.starts_at.astimezone(STOCKHOLM).date().isoformat(), tuple(differences))


def minutes_problems(uow: UnitOfWork, progress: Progress | None = None, batch: int = BATCH) -> Iterator:
    """Recompute the hash of every approved (or published) minutes in meeting order; yield a
    VerificationProblem for each that no longer matches its approval (or has none)."""
    from .approval import minutes_content

    with uow:
        session = uow.session
        total, done = _count_approved(session), 0
        _report(progress, 0, total, "minutes")
        for meetings in _batches(session, _approved_meetings(), (Meeting.starts_at, Meeting.id),
                                 lambda m: (m.starts_at, m.id), batch):
            _load_names(session, meetings)
            approvals = _valid_approvals(session, [m.id for m in meetings])
            for meeting in meetings:
                content = minutes_content(session, meeting)
                approval = approvals.get(meeting.id)
                if approval is None or minutes_hash(content) != approval.content_hash:
                    yield _problem(session, meeting, approval, content)
            done += len(meetings)
            _report(progress, done, total, "minutes")


# -- the approvals' signatures ------------------------------------------------------------------------------
def _count_signature_rows(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Approval)) or 0


def signature_checks(uow: UnitOfWork, progress: Progress | None = None, batch: int = BATCH) -> Iterator:
    """Every signed approval (valid or revoked) and every valid unsigned one of approved or published minutes,
    as a SignatureCheck, in meeting order."""
    from .signing import SignatureCheck, check_seal

    with uow:
        session = uow.session
        total, done = _count_signature_rows(session), 0
        _report(progress, 0, total, "signatures")
        query = (select(Approval, Meeting).join(Meeting, Meeting.id == Approval.meeting_id)
                 .options(defer(Approval.content), joinedload(Meeting.group)))
        for rows in _batches(session, query, (Meeting.starts_at, Approval.id),
                             lambda row: (row[1].starts_at, row[0].id), batch, entities=False):
            preload(session, Person, (a.approved_by_id for a, _meeting in rows))
            preload(session, PersonKey, (a.signing_key_id for a, _meeting in rows))
            for a, meeting in rows:
                person = session.get(Person, a.approved_by_id)
                on = meeting.starts_at.astimezone(STOCKHOLM).date().isoformat()
                base = (a.id, meeting.id, meeting.group.name, on, person.name if person else "?")
                if a.signature or a.signed_payload or a.signing_key_id or a.key_fingerprint:
                    yield SignatureCheck(*base, a.key_fingerprint or "?", check_seal(session, a))
                elif a.revoked_at is None and meeting.minutes_status in APPROVED:
                    yield SignatureCheck(*base, None, None)
            done += len(rows)
            _report(progress, done, total, "signatures")


"""``verify`` at region scale: every approved minutes' hash recomputed and every approval's signature checked,
streamed in batches with constant memory and a progress callback.

Each check walks its rows by keyset (meeting start, then id) a batch at a time: one query per batch for the
meetings (or approvals) and one per kind of related row (items with their actions, attendance, approvals, the
names), never one per minutes. After a batch the session forgets every row it read (``_forget``), so memory stays
flat whether there are a hundred or fifty thousand approved minutes.

The checks are separate functions over the same helpers (``minutes_problems``, ``signature_checks``), so that a
further check (the audit chain) is one more function beside them; ``verify_all`` and ``verify_signatures`` are
these streams read into a list. This module sits above ``approval`` and ``signing`` (it uses their content and
seal checks; they never import it).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, func, or_, select, true
from sqlalchemy.orm import Session, defer

from ..db.models import ActionItem, AgendaItem, Approval, Attendance, Group, Meeting, Person, PersonKey
from ..domain.calendar import STOCKHOLM
from ..domain.enums import MinutesStatus
from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..domain.minutes_hash import describe_difference, minutes_hash_of_rows
from . import UnitOfWork
from ._common import preload
from .approval import VerificationProblem, minutes_content
from .signing import SignatureCheck, check_seal

#: Rows per batch: large enough that a query's fixed cost vanishes, small enough that a batch of 40-item minutes
#: with their text stays a few megabytes.
BATCH = 400
#: progress(done, total, what) -> False to stop (ServiceOp.report in ui/operations.py); "what" says which check runs.
Progress = Callable[[int, int, str], bool]
STOPPED = "services.verification.stopped"
APPROVED = (MinutesStatus.APPROVED, MinutesStatus.PUBLISHED)


def _report(progress: Progress | None, done: int, total: int, what: str) -> None:
    if progress is not None and progress(done, total, what) is False:
        raise ValidationError(msg(STOPPED))


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


def _batches(session: Session, query: Select, order: tuple, key: Callable[[Any], tuple[datetime, int]],
             batch: int, shape: str = "rows") -> Iterator[list]:
    """The rows of ``query`` (``shape``: "rows", or "mappings" for a table's columns by name), ``batch`` at a time
    in ``order``, each batch forgotten after use."""
    last = None
    while True:
        result = session.execute(query.where(_after(order, last)).order_by(*order).limit(batch))
        rows = list(result.mappings() if shape == "mappings" else result.unique())
        if not rows:
            return
        last = key(rows[-1])
        yield rows
        _forget(session)
        if len(rows) < batch:
            return


# -- the minutes' content against its approval ---------------------------------------------------------------
# The rows are read as plain mappings (Core), not ORM objects, only the columns hashed: a batch of plain rows
# is several times cheaper to read and leaves nothing in the session. Names are shown with the minutes but not
# hashed (minutes_hash.DISPLAY_ONLY), so the hash needs none; only a minutes that no longer matches is read
# again whole, with its names, to say what differs. The hash is minutes_hash.minutes_hash_of_rows: the same bytes as
# minutes_hash(content_of(...)) in one pass.
_MEETING, _ITEM, _ATTENDANCE = Meeting.__table__, AgendaItem.__table__, Attendance.__table__
_ACTION, _APPROVAL = ActionItem.__table__, Approval.__table__


def _count_approved(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(_MEETING)
                          .where(_MEETING.c.minutes_status.in_(APPROVED))) or 0


def _by(rows, key: str) -> dict[int, list]:
    grouped: dict[int, list] = defaultdict(list)
    for row in rows:
        grouped[row[key]].append(row)
    return grouped


#: The columns the hash is taken over (minutes_hash.canonical_rows), and the keys the rows are grouped by: a row
#: of every column costs its type conversion whether the hash needs it or not.
_MEETING_COLUMNS = [_MEETING.c[name] for name in (
    "id", "group_id", "starts_at", "ends_at", "place", "online_link", "kind", "status", "secretary_id",
    "justerare_id", "no_attendance_reason")]
_ITEM_COLUMNS = [_ITEM.c[name] for name in (
    "id", "meeting_id", "position", "paragraph", "title", "kind", "presenter", "confidential", "notes",
    "decision_text", "outcome", "outcome_reason", "target_group_id")]
_ATTENDANCE_COLUMNS = [_ATTENDANCE.c[name] for name in (
    "meeting_id", "person_id", "status", "role", "represents_id", "substitute_for_id", "present_from_paragraph",
    "present_to_paragraph", "is_guest", "is_adjunct")]
_ACTION_COLUMNS = [_ACTION.c[name] for name in (
    "agenda_item_id", "what", "responsible_person_id", "responsible_organisation_id", "due_on")]


def _hashes(session: Session, meetings: list) -> Iterator[tuple[Any, str]]:
    """Each meeting of the batch with the hash of its content: one query per kind of row."""
    ids = [m["id"] for m in meetings]
    items = _by(session.execute(select(*_ITEM_COLUMNS).where(_ITEM.c.meeting_id.in_(ids))).mappings().all(),
                "meeting_id")
    rows = _by(session.execute(select(*_ATTENDANCE_COLUMNS).where(_ATTENDANCE.c.meeting_id.in_(ids)))
               .mappings().all(), "meeting_id")
    actions = _by(session.execute(select(*_ACTION_COLUMNS).join(_ITEM, _ITEM.c.id == _ACTION.c.agenda_item_id)
                                  .where(_ITEM.c.meeting_id.in_(ids))).mappings().all(), "agenda_item_id")
    for meeting in meetings:
        yield meeting, minutes_hash_of_rows(meeting, rows.get(meeting["id"], ()), items.get(meeting["id"], ()),
                                            lambda item: actions.get(item["id"], ()))


def _valid_hashes(session: Session, meeting_ids: list[int]) -> dict[int, tuple[int | None, str | None]]:
    """Each meeting's newest approval not revoked: (its id, the hash it covers)."""
    return {meeting_id: (approval_id, digest) for approval_id, meeting_id, digest in session.execute(
        select(_APPROVAL.c.id, _APPROVAL.c.meeting_id, _APPROVAL.c.content_hash)
        .where(_APPROVAL.c.meeting_id.in_(meeting_ids), _APPROVAL.c.revoked_at.is_(None))
        .order_by(_APPROVAL.c.id))}


def _problem(session: Session, meeting_id: int, approval_id: int | None):
    """What differs, in words: the minutes read whole (with names) against the content its approval stored."""
    meeting = session.get_one(Meeting, meeting_id)
    content = minutes_content(session, meeting)
    stored_json = None if approval_id is None else session.scalar(
        select(_APPROVAL.c.content).where(_APPROVAL.c.id == approval_id))
    stored = json.loads(stored_json) if stored_json else {}
    differences = describe_difference(stored, content) if stored else [msg("verify.approval_missing")]
    problem = VerificationProblem(meeting.id, meeting.group.name,
                                  meeting.starts_at.astimezone(STOCKHOLM).date().isoformat(), tuple(differences))
    _forget(session)
    return problem


def minutes_problems(uow: UnitOfWork, progress: Progress | None = None, batch: int = BATCH) -> Iterator:
    """Recompute the hash of every approved (or published) minutes in meeting order; yield a
    VerificationProblem for each that no longer matches its approval (or has none)."""
    with uow:
        session = uow.session
        total, done = _count_approved(session), 0
        _report(progress, 0, total, "minutes")
        query = select(*_MEETING_COLUMNS).where(_MEETING.c.minutes_status.in_(APPROVED))
        for meetings in _batches(session, query, (_MEETING.c.starts_at, _MEETING.c.id),
                                 lambda m: (m["starts_at"], m["id"]), batch, "mappings"):
            approvals = _valid_hashes(session, [m["id"] for m in meetings])
            for meeting, recomputed in _hashes(session, meetings):
                approval_id, digest = approvals.get(meeting["id"], (None, None))
                if digest is None or recomputed != digest:
                    yield _problem(session, meeting["id"], approval_id)
            done += len(meetings)
            _report(progress, done, total, "minutes")


# -- the approvals' signatures ------------------------------------------------------------------------------
def _count_signature_rows(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Approval)) or 0


#: The columns a check needs: every approval's with its meeting's date and status, its group's and approver's names
#: (Core rows: nothing held in the session); only the signed ones are read whole, for their seal.
_GROUP, _PERSON = Group.__table__, Person.__table__
_SIGNATURE_COLUMNS = (
    _APPROVAL.c.id, _APPROVAL.c.meeting_id, _APPROVAL.c.signature, _APPROVAL.c.signed_payload,
    _APPROVAL.c.signing_key_id, _APPROVAL.c.key_fingerprint, _APPROVAL.c.revoked_at, _MEETING.c.starts_at,
    _MEETING.c.minutes_status, _GROUP.c.name.label("group_name"), _PERSON.c.name.label("approver"))


def signature_checks(uow: UnitOfWork, progress: Progress | None = None, batch: int = BATCH) -> Iterator:
    """Every signed approval (valid or revoked) and every valid unsigned one of approved or published minutes,
    as a SignatureCheck, in meeting order."""

    with uow:
        session = uow.session
        total, done = _count_signature_rows(session), 0
        _report(progress, 0, total, "signatures")
        query = (select(*_SIGNATURE_COLUMNS).join(_MEETING, _MEETING.c.id == _APPROVAL.c.meeting_id)
                 .outerjoin(_GROUP, _GROUP.c.id == _MEETING.c.group_id)
                 .outerjoin(_PERSON, _PERSON.c.id == _APPROVAL.c.approved_by_id))
        for rows in _batches(session, query, (_MEETING.c.starts_at, _APPROVAL.c.id),
                             lambda row: (row["starts_at"], row["id"]), batch, "mappings"):
            signed = [row for row in rows if row["signature"] or row["signed_payload"] or row["signing_key_id"]
                      or row["key_fingerprint"]]
            if signed:  # read whole, in one query, for check_seal; forgotten with the batch
                approvals = {a.id: a for a in session.scalars(select(Approval).options(defer(Approval.content))
                                                              .where(Approval.id.in_([r["id"] for r in signed])))}
                preload(session, PersonKey, (a.signing_key_id for a in approvals.values()))
            for row in rows:
                on = row["starts_at"].astimezone(STOCKHOLM).date().isoformat()
                base = (row["id"], row["meeting_id"], row["group_name"], on, row["approver"] or "?")
                if row["signature"] or row["signed_payload"] or row["signing_key_id"] or row["key_fingerprint"]:
                    yield SignatureCheck(*base, row["key_fingerprint"] or "?",
                                         check_seal(session, approvals[row["id"]]))
                elif row["revoked_at"] is None and row["minutes_status"] in APPROVED:
                    yield SignatureCheck(*base, None, None)
            done += len(rows)
            _report(progress, done, total, "signatures")


def verify_all(uow: UnitOfWork, progress: Progress | None = None) -> list[VerificationProblem]:
    """Recompute the hash of every approved (or published) minutes; report those that no longer match. Streamed
    in batches with constant memory; ``progress(done, total, what)`` as ``minutes_problems``."""
    return list(minutes_problems(uow, progress))


def verify_signatures(uow: UnitOfWork, progress: Progress | None = None) -> list[SignatureCheck]:
    """Every signed approval (valid or revoked) and every valid unsigned one of approved or published minutes.
    Streamed in batches with constant memory."""
    return list(signature_checks(uow, progress))

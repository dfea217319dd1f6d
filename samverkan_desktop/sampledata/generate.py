"""A large, realistic database, generated deterministically (``samverkan generate --groups 300 --years 20``):
a group tree of regions, areas and groups with organisations, people, mandates and memberships, and for each
group about eight meetings a year with agendas, Swedish notes and decisions, attendance, outcomes, cases,
actions, anchoring and the chair's approvals, whose content hashes verify.

Fast: rows are written with SQLAlchemy Core ``insert()`` in batches (executemany), in one transaction, not
through the ORM and the services one row at a time; the search index is kept by its triggers as usual.
Deterministic: the same arguments give the same rows in every table (same ids too). Randomness comes from
``random.Random`` seeded with the seed (and the group's id), dates from ``end``, never from today's date.
The last three months of the period lie ahead of the generated "today": those meetings are planned.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, time, timedelta
from typing import cast

from sqlalchemy import Connection, Table, bindparam, insert, select, text, update

from ..db.models import (
    ActionItem,
    AgendaItem,
    Anchoring,
    Approval,
    Attendance,
    AuditEvent,
    Case,
    Group,
    Mandate,
    Meeting,
    Membership,
    Organisation,
    Person,
)
from ..domain.audit_chain import chain_rows
from ..domain.calendar import check_year, local_datetime
from ..domain.errors import ValidationError
from ..services import UnitOfWork
from .generate_meetings import History
from .generate_register import Ids, build_register

DEFAULT_END = date(2026, 12, 31)
#: How much of the period lies ahead of the generated "today" (planned meetings, minutes not yet written).
AHEAD = timedelta(days=92)
ACTOR = "testdatagenerator"  # fixed, not the OS user: the content must not depend on who runs it
BATCH_ROWS = 20_000
MAX_GROUPS, MAX_YEARS = 10_000, 100
NOT_EMPTY = "Databasen innehåller redan data. Testdata genereras bara i en tom databas; välj en ny databasfil."
CANCELLED = "Genereringen avbröts; inget har sparats."

#: Summary field -> table, in an order that inserts parents before their children.
TABLES: dict[str, type] = {
    "organisations": Organisation, "people": Person, "groups": Group, "mandates": Mandate,
    "memberships": Membership, "cases": Case, "meetings": Meeting, "agenda_items": AgendaItem,
    "attendance": Attendance, "actions": ActionItem, "anchorings": Anchoring, "approvals": Approval,
    "audit_events": AuditEvent,
}
Progress = Callable[[int, int, str], object]


@dataclass(frozen=True)
class GenerateSummary:
    """Rows written to each table."""

    organisations: int
    people: int
    groups: int
    mandates: int
    memberships: int
    cases: int
    meetings: int
    agenda_items: int
    attendance: int
    actions: int
    anchorings: int
    approvals: int
    audit_events: int

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


class _Writer:
    """Collects rows per table and inserts them in batches, parents first, with executemany."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.pending: dict[type, list[dict]] = {model: [] for model in TABLES.values()}
        self.counts = dict.fromkeys(TABLES, 0)
        self._names = {model: name for name, model in TABLES.items()}
        self._size = 0
        self.last_audit_hash: str | None = None

    def __call__(self, model: type, row: dict) -> None:
        if model is AuditEvent:  # written in id order: each one chained to the one before (an empty database)
            row.setdefault("meeting_id", None)
            self.last_audit_hash = chain_rows(self.last_audit_hash, [row])
        self.pending[model].append(row)
        self._size += 1

    def checkpoint(self) -> None:
        if self._size >= BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        for model, rows in self.pending.items():
            if rows:
                self.connection.execute(insert(model.__table__), rows)  # type: ignore[attr-defined]
                self.counts[self._names[model]] += len(rows)
                rows.clear()
        self._size = 0


def generate(uow: UnitOfWork, *, groups: int, years: int, seed: int = 1, end: date | None = None,
             progress: Progress | None = None) -> GenerateSummary:
    """Fill an empty database with ``groups`` groups and ``years`` calendar years of meetings up to ``end``
    (default 2026-12-31). ``progress(done, total, group name)`` is called after each group; returning False
    cancels (nothing is saved). Raises ValidationError for a database that is not empty."""
    if not 1 <= groups <= MAX_GROUPS:
        raise ValidationError(f"Antalet grupper ska vara 1–{MAX_GROUPS}.", field="groups")
    if not 1 <= years <= MAX_YEARS:
        raise ValidationError(f"Antalet år ska vara 1–{MAX_YEARS}.", field="years")
    end = end or DEFAULT_END
    check_year(end.year, field="end")  # the first year and the days ahead of today are counted from it
    first, today = date(end.year - years + 1, 1, 1), end - AHEAD
    with uow:
        session = uow.session
        if any(session.scalar(select(model.__table__.c.id).limit(1)) is not None  # type: ignore[attr-defined]
               for model in TABLES.values()):
            raise ValidationError(NOT_EMPTY)
        # No PRAGMA tuning: one transaction syncs once, at its commit, and a bigger page cache measured no faster.
        connection = session.connection()
        writer, ids = _Writer(connection), Ids()
        register = build_register(writer, seed, groups, first, end, ids)
        writer.checkpoint()
        history = History(writer, ids, register, seed, first, end, today, ACTOR)
        # Bottom-up: a case escalated to a parent group is waiting there when the parent's meetings are written.
        plans = sorted(register.groups, key=lambda p: (-p.depth, p.id))
        for done, plan in enumerate(plans, start=1):
            history.write_group(plan)
            if progress is not None and progress(done, len(plans), plan.name) is False:
                raise ValidationError(CANCELLED)
        writer(AuditEvent, {"id": ids.next(AuditEvent), "at": local_datetime(today, time(0)), "actor": ACTOR,
                            "entity": "databas", "entity_id": None, "action": "testdata genererade",
                            "summary": f"{groups} grupper, {years} år till {end.isoformat()}, frö {seed}",
                            "meeting_id": None})
        writer.flush()
        _settle_cases(connection, history.case_rows())
        if connection.dialect.name == "postgresql":  # explicit ids leave the sequences behind
            for model in TABLES.values():
                table = model.__tablename__  # type: ignore[attr-defined]
                connection.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                        f"coalesce((SELECT max(id) FROM {table}), 1))"))
        uow.commit()
    return GenerateSummary(**writer.counts)


def _settle_cases(connection: Connection, rows: list[dict]) -> None:
    """Cases are inserted when opened; where they ended up is known only once every meeting is written."""
    if not rows:
        return
    table = cast(Table, Case.__table__)
    connection.execute(
        update(table).where(table.c.id == bindparam("b_id")).values(
            group_id=bindparam("b_group_id"), raised_by_group_id=bindparam("b_raised_by_group_id"),
            status=bindparam("b_status", type_=table.c.status.type),
            closed_on=bindparam("b_closed_on", type_=table.c.closed_on.type)),
        rows)

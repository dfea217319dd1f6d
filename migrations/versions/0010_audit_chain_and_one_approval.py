"""Audit chain and one approval: what the database itself now holds to.

- Audit events carry ``prev_hash`` and ``hash`` (domain.audit_chain); the existing events are chained here, in
  id order. Triggers refuse UPDATE and DELETE of an event (SQLite: RAISE(ABORT); PostgreSQL: a trigger function
  raising an exception, TRUNCATE too). The one update let through is the foreign key's own ON DELETE SET NULL of
  ``meeting_id`` (deleting a meeting keeps its history), which the hash does not cover.
- One valid (not revoked) approval per meeting: a partial unique index. Existing duplicates (two chairs
  approving at once on a shared database) are repaired: the first approval stands, the later ones are revoked
  with a reason and an audit event says so.
- One § per group and calendar year: ``agenda_item.paragraph_group_id`` and ``paragraph_year`` beside the §
  (kept by services/numbering.py) under a unique index. Existing duplicates (two clients numbering at once) are
  repaired as the app numbers: the items of meetings not yet frozen (held with every item numbered) are numbered
  again after the frozen ones. A § that two held meetings both cite is what their minutes say and is not
  changed: the later of them is left outside the index (its group and year empty) and an audit event names it.
- ``meeting.no_attendance_reason``: minutes sent for approval without an attendance list, and why.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 15:50:00
"""

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from samverkan_desktop.db.types import UTCDateTime
from samverkan_desktop.domain.audit_chain import chain_rows
from samverkan_desktop.domain.calendar import STOCKHOLM

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ACTOR = "uppgradering 0010"
READ_ONLY = "Granskningsloggen är skrivskyddad: händelser kan inte ändras eller tas bort."
HELD, CANCELLED = "genomfort", "installt"

audit_event = sa.table(
    "audit_event", sa.column("id", sa.Integer), sa.column("at", UTCDateTime()), sa.column("actor", sa.String),
    sa.column("entity", sa.String), sa.column("entity_id", sa.Integer), sa.column("action", sa.String),
    sa.column("summary", sa.Text), sa.column("meeting_id", sa.Integer), sa.column("prev_hash", sa.String),
    sa.column("hash", sa.String))
approval = sa.table("approval", sa.column("id", sa.Integer), sa.column("meeting_id", sa.Integer),
                    sa.column("revoked_at", UTCDateTime()), sa.column("revoke_reason", sa.Text))
meeting = sa.table("meeting", sa.column("id", sa.Integer), sa.column("group_id", sa.Integer),
                   sa.column("starts_at", UTCDateTime()), sa.column("status", sa.String))
agenda_item = sa.table("agenda_item", sa.column("id", sa.Integer), sa.column("meeting_id", sa.Integer),
                       sa.column("position", sa.Integer), sa.column("paragraph", sa.Integer),
                       sa.column("paragraph_group_id", sa.Integer), sa.column("paragraph_year", sa.Integer))

SQLITE_TRIGGERS = (
    # Only ON DELETE SET NULL of meeting_id passes: every other column unchanged.
    f"""CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    WHEN NOT (OLD.meeting_id IS NOT NULL AND NEW.meeting_id IS NULL AND NEW.id IS OLD.id AND NEW.at IS OLD.at
              AND NEW.actor IS OLD.actor AND NEW.entity IS OLD.entity AND NEW.entity_id IS OLD.entity_id
              AND NEW.action IS OLD.action AND NEW.summary IS OLD.summary AND NEW.prev_hash IS OLD.prev_hash
              AND NEW.hash IS OLD.hash)
    BEGIN SELECT RAISE(ABORT, '{READ_ONLY}'); END""",
    f"""CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
    BEGIN SELECT RAISE(ABORT, '{READ_ONLY}'); END""",
)
POSTGRESQL_TRIGGERS = (
    f"""CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' THEN
            IF OLD.meeting_id IS NOT NULL AND NEW.meeting_id IS NULL
               AND (NEW.id, NEW.at, NEW.actor, NEW.entity, NEW.entity_id, NEW.action, NEW.summary, NEW.prev_hash,
                    NEW.hash) IS NOT DISTINCT FROM (OLD.id, OLD.at, OLD.actor, OLD.entity, OLD.entity_id,
                                                    OLD.action, OLD.summary, OLD.prev_hash, OLD.hash) THEN
                RETURN NEW;
            END IF;
        END IF;
        RAISE EXCEPTION '{READ_ONLY}';
    END $$""",
    """CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()""",
    """CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()""",
)


def upgrade() -> None:
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('hash', sa.String(length=64), nullable=True))
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('paragraph_group_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('paragraph_year', sa.Integer(), nullable=True))
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.add_column(sa.Column('no_attendance_reason', sa.Text(), nullable=True))

    connection = op.get_bind()
    events: list[dict] = []
    _one_valid_approval(connection, events)
    _paragraph_keys(connection, events)
    _chain(connection, events)

    with op.batch_alter_table('approval', schema=None) as batch_op:
        batch_op.create_index('uq_approval_one_valid', ['meeting_id'], unique=True,
                              sqlite_where=sa.text('revoked_at IS NULL'),
                              postgresql_where=sa.text('revoked_at IS NULL'))
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index('uq_agenda_item_paragraph', ['paragraph_group_id', 'paragraph_year', 'paragraph'],
                              unique=True)
    for statement in (POSTGRESQL_TRIGGERS if connection.dialect.name == "postgresql" else SQLITE_TRIGGERS):
        op.execute(statement)


def _event(action: str, summary: str, entity_id: int | None, meeting_id: int | None,
           entity: str = "anteckningar") -> dict:
    return {"at": datetime.now(UTC), "actor": ACTOR, "entity": entity, "entity_id": entity_id, "action": action,
            "summary": summary, "meeting_id": meeting_id}


def _one_valid_approval(connection, events: list[dict]) -> None:
    """Of two or more valid approvals of one meeting the first stands; the others are revoked, with a reason."""
    valid = connection.execute(sa.select(approval.c.id, approval.c.meeting_id)
                               .where(approval.c.revoked_at.is_(None)).order_by(approval.c.id)).all()
    seen: set[int] = set()
    reason = "Godkänt en gång till samtidigt; det första godkännandet gäller (uppgradering 0010)."
    for ident, meeting_id in valid:
        if meeting_id not in seen:
            seen.add(meeting_id)
            continue
        connection.execute(approval.update().where(approval.c.id == ident).values(
            revoked_at=datetime.now(UTC), revoke_reason=reason))
        events.append(_event("dubbelt godkännande återkallat", f"godkännande {ident}: {reason}", meeting_id,
                             meeting_id))


def _paragraph_keys(connection, events: list[dict]) -> None:
    """Every numbered item gets the group and year its § counts in; duplicates are repaired (see the top)."""
    meetings = {m.id: m for m in connection.execute(sa.select(meeting))}
    items_of: dict[int, list] = defaultdict(list)
    before: dict[int, int | None] = {}
    for row in connection.execute(sa.select(agenda_item.c.id, agenda_item.c.meeting_id, agenda_item.c.position,
                                            agenda_item.c.paragraph)):
        items_of[row.meeting_id].append({"id": row.id, "position": row.position, "paragraph": row.paragraph})
        before[row.id] = row.paragraph
    by_group_year: dict[tuple[int, int], list] = defaultdict(list)
    for m in meetings.values():
        by_group_year[(m.group_id, m.starts_at.astimezone(STOCKHOLM).year)].append(m)
    keys: dict[int, tuple[int | None, int | None, int | None]] = {}
    for (group_id, year), group_meetings in by_group_year.items():
        group_meetings.sort(key=lambda m: (m.starts_at, m.id))
        numbered = [i["paragraph"] for m in group_meetings for i in items_of[m.id] if i["paragraph"] is not None]
        if len(numbered) != len(set(numbered)):
            _renumber_open(group_meetings, items_of)
        taken: dict[int, int] = {}
        for m in group_meetings:
            for item in sorted(items_of[m.id], key=lambda i: i["position"]):
                number = item["paragraph"]
                if number is None:
                    keys[item["id"]] = (None, None, None)
                elif number in taken:  # cited by two held meetings: left as their minutes say, outside the index
                    keys[item["id"]] = (None, None, number)
                    day = m.starts_at.astimezone(STOCKHOLM).date().isoformat()
                    events.append(_event("§ förekommer två gånger",
                                         f"§ {number} {year} finns redan i möte {taken[number]}; punkten i mötet "
                                         f"{day} behåller sitt § men utan databasens kontroll", item["id"], m.id,
                                         entity="punkt"))
                else:
                    taken[number] = m.id
                    keys[item["id"]] = (group_id, year, number)
    rows = [{"b_id": ident, "b_group": g, "b_year": y, "b_paragraph": p} for ident, (g, y, p) in keys.items()
            if g is not None or p != before[ident]]  # unnumbered items as they are: nothing to write
    if rows:
        connection.execute(agenda_item.update().where(agenda_item.c.id == sa.bindparam("b_id")).values(
            paragraph_group_id=sa.bindparam("b_group"), paragraph_year=sa.bindparam("b_year"),
            paragraph=sa.bindparam("b_paragraph")), rows)


def _renumber_open(group_meetings: list, items_of: dict[int, list]) -> None:
    """services/numbering.py over plain rows: frozen meetings keep their §, open ones continue after them."""
    def frozen(m) -> bool:
        return m.status == HELD and all(i["paragraph"] is not None for i in items_of[m.id])

    later_frozen = [0] * (len(group_meetings) + 1)
    for index in range(len(group_meetings) - 1, -1, -1):
        m = group_meetings[index]
        here = max((i["paragraph"] or 0 for i in items_of[m.id]), default=0) if frozen(m) else 0
        later_frozen[index] = max(here, later_frozen[index + 1])
    paragraph = 0
    for index, m in enumerate(group_meetings):
        items = sorted(items_of[m.id], key=lambda i: i["position"])
        if m.status == CANCELLED:
            for item in items:
                item["paragraph"] = None
        elif frozen(m):
            paragraph = max([paragraph, *(i["paragraph"] or 0 for i in items)])
        else:
            paragraph = max(paragraph, later_frozen[index + 1])
            for item in items:
                paragraph += 1
                item["paragraph"] = paragraph


def _chain(connection, events: list[dict]) -> None:
    """The existing events chained in id order, then this upgrade's own events appended after them."""
    rows = [dict(r._mapping) for r in connection.execute(sa.select(
        audit_event.c.id, audit_event.c.at, audit_event.c.actor, audit_event.c.entity, audit_event.c.entity_id,
        audit_event.c.action, audit_event.c.summary).order_by(audit_event.c.id))]
    previous = chain_rows(None, rows)
    if rows:
        connection.execute(audit_event.update().where(audit_event.c.id == sa.bindparam("b_id")).values(
            prev_hash=sa.bindparam("b_prev"), hash=sa.bindparam("b_hash")),
            [{"b_id": r["id"], "b_prev": r["prev_hash"], "b_hash": r["hash"]} for r in rows])
    chain_rows(previous, events)
    for event in events:  # one by one: ids in chain order
        connection.execute(audit_event.insert().values(**event))


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event")
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_update_or_delete ON audit_event")
        op.execute("DROP FUNCTION IF EXISTS audit_event_append_only()")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index('uq_agenda_item_paragraph')
    with op.batch_alter_table('approval', schema=None) as batch_op:
        batch_op.drop_index('uq_approval_one_valid')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_column('no_attendance_reason')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_column('paragraph_year')
        batch_op.drop_column('paragraph_group_id')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_column('hash')
        batch_op.drop_column('prev_hash')

"""Decision log search: a full-text index over agenda items, and indexes for the log's filters.

SQLite: an FTS5 table ``decision_search`` over agenda_item (title, notes, decision_text), external content
(rowid = agenda_item.id), with a tokenizer that keeps å, ä and ö apart from a and o; triggers keep it
current. PostgreSQL: a GIN index ``decision_search_gin`` on the Swedish text-search vector of the same
columns. Both are invisible to the models (samverkan_desktop.db.migrate.include_in_autogenerate).

A later migration that rebuilds agenda_item in batch mode (copy, drop, rename) drops the triggers with
the table: it must create them again (see ``_SQLITE_TRIGGERS``) and rebuild the index.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22 07:59:38.395601
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = "title, notes, decision_text"
_NEW = "new.id, new.title, new.notes, new.decision_text"
_OLD = "'delete', old.id, old.title, old.notes, old.decision_text"

_SQLITE_TRIGGERS = (
    f"""CREATE TRIGGER decision_search_insert AFTER INSERT ON agenda_item BEGIN
        INSERT INTO decision_search (rowid, {_COLUMNS}) VALUES ({_NEW});
    END""",
    # An external-content index is told the old values to remove them from the index.
    f"""CREATE TRIGGER decision_search_delete AFTER DELETE ON agenda_item BEGIN
        INSERT INTO decision_search (decision_search, rowid, {_COLUMNS}) VALUES ({_OLD});
    END""",
    # Only text changes re-index: reordering the agenda or setting an outcome leaves the index alone.
    f"""CREATE TRIGGER decision_search_update AFTER UPDATE OF {_COLUMNS} ON agenda_item BEGIN
        INSERT INTO decision_search (decision_search, rowid, {_COLUMNS}) VALUES ({_OLD});
        INSERT INTO decision_search (rowid, {_COLUMNS}) VALUES ({_NEW});
    END""",
)

_POSTGRES_DOCUMENT = (
    "to_tsvector('swedish'::regconfig, coalesce(title, '') || ' ' || coalesce(notes, '') || ' ' || "
    "coalesce(decision_text, ''))"
)


def upgrade() -> None:
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_outcome'), ['outcome'], unique=False)

    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index('ix_meeting_group_id_starts_at', ['group_id', 'starts_at'], unique=False)

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        # remove_diacritics 0: "ar" and "år" are different words in Swedish, not one word with an accent.
        op.execute(
            f"CREATE VIRTUAL TABLE decision_search USING fts5({_COLUMNS}, content='agenda_item', "
            "content_rowid='id', tokenize=\"unicode61 remove_diacritics 0\")"
        )
        op.execute("INSERT INTO decision_search (decision_search) VALUES ('rebuild')")
        for trigger in _SQLITE_TRIGGERS:
            op.execute(trigger)
    elif dialect == "postgresql":
        op.execute(f"CREATE INDEX decision_search_gin ON agenda_item USING gin ({_POSTGRES_DOCUMENT})")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in ("update", "delete", "insert"):
            op.execute(f"DROP TRIGGER IF EXISTS decision_search_{name}")
        op.execute("DROP TABLE IF EXISTS decision_search")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS decision_search_gin")

    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index('ix_meeting_group_id_starts_at')

    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_item_outcome'))

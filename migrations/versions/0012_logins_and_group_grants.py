"""Logins and group grants: who may do what on a shared PostgreSQL database (db/roles.py enforces it).

- ``app_login``: a PostgreSQL login (``session_user``) and the person it belongs to.
- ``group_grant``: a login's role in a group (sekreterare, ordforande, vice_ordforande, lasare,
  registeransvarig), optionally in every group below it (``with_subgroups``).
- ``audit_event.login``: on PostgreSQL a BEFORE INSERT trigger sets it to ``session_user``, whatever the client
  sends, so the audit names who logged in. It is not part of the hash chain (domain.audit_chain): the client
  computes the hash before the database sets the login, and the chain of 0010 verifies unchanged. The
  append-only triggers of 0010 are renewed to cover the new column. Plain ADD COLUMN (no batch): recreating
  audit_event on SQLite would drop the triggers of 0010.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 17:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

READ_ONLY = "Granskningsloggen är skrivskyddad: händelser kan inte ändras eller tas bort."
SQLITE_NO_UPDATE = (
    f"""CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    WHEN NOT (OLD.meeting_id IS NOT NULL AND NEW.meeting_id IS NULL AND NEW.id IS OLD.id AND NEW.at IS OLD.at
              AND NEW.actor IS OLD.actor AND NEW.entity IS OLD.entity AND NEW.entity_id IS OLD.entity_id
              AND NEW.action IS OLD.action AND NEW.summary IS OLD.summary AND NEW.prev_hash IS OLD.prev_hash
              AND NEW.hash IS OLD.hash{{login}})
    BEGIN SELECT RAISE(ABORT, '{READ_ONLY}'); END""")
POSTGRESQL_APPEND_ONLY = (
    f"""CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' THEN
            IF OLD.meeting_id IS NOT NULL AND NEW.meeting_id IS NULL
               AND (NEW.id, NEW.at, NEW.actor, NEW.entity, NEW.entity_id, NEW.action, NEW.summary, NEW.prev_hash,
                    NEW.hash{{new_login}}) IS NOT DISTINCT FROM (OLD.id, OLD.at, OLD.actor, OLD.entity,
                    OLD.entity_id, OLD.action, OLD.summary, OLD.prev_hash, OLD.hash{{old_login}}) THEN
                RETURN NEW;
            END IF;
        END IF;
        RAISE EXCEPTION '{READ_ONLY}';
    END $$""")
POSTGRESQL_LOGIN = (
    """CREATE FUNCTION audit_event_login() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.login := session_user;
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER audit_event_login BEFORE INSERT ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_login()""",
)


def upgrade() -> None:
    op.create_table(
        'app_login',
        sa.Column('login', sa.String(length=63), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_app_login_person_id_person'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('login', name=op.f('pk_app_login')),
    )
    with op.batch_alter_table('app_login', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_app_login_person_id'), ['person_id'], unique=False)
    op.create_table(
        'group_grant',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('login', sa.String(length=63), nullable=False),
        sa.Column('group_id', sa.Integer(), nullable=False),
        sa.Column('role', sa.String(length=20), nullable=False),
        sa.Column('with_subgroups', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['group_id'], ['coordination_group.id'],
                                name=op.f('fk_group_grant_group_id_coordination_group'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['login'], ['app_login.login'], name=op.f('fk_group_grant_login_app_login'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_group_grant')),
        sa.UniqueConstraint('login', 'group_id', 'role', name=op.f('uq_group_grant_login_group_id_role')),
    )
    with op.batch_alter_table('group_grant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_group_grant_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_group_grant_login'), ['login'], unique=False)
    op.add_column('audit_event', sa.Column('login', sa.String(length=63), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.execute(POSTGRESQL_APPEND_ONLY.format(new_login=", NEW.login", old_login=", OLD.login"))
        for statement in POSTGRESQL_LOGIN:
            op.execute(statement)
    else:
        op.execute("DROP TRIGGER audit_event_no_update")
        op.execute(SQLITE_NO_UPDATE.format(login=" AND NEW.login IS OLD.login"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_event_login ON audit_event")
        op.execute("DROP FUNCTION audit_event_login()")
        op.execute(POSTGRESQL_APPEND_ONLY.format(new_login="", old_login=""))
    else:
        op.execute("DROP TRIGGER audit_event_no_update")
        op.execute(SQLITE_NO_UPDATE.format(login=""))
    op.drop_column('audit_event', 'login')
    op.drop_table('group_grant')
    op.drop_table('app_login')

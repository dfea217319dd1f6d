"""Indexes for the lists and filters of the screens: a meeting's agenda in order, minutes waiting for
publication or approval, a group's waiting cases, the follow-up lists of open actions and pending anchoring,
and the audit history of one entity. With 20 years of 300 groups none of these may read a whole table.

Only indexes are created: no table is rebuilt, so the decision-log triggers of 0006 stay as they are.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29 05:12:32.488506
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.create_index('ix_action_item_responsible_person_id', ['responsible_person_id'], unique=False)
        batch_op.create_index('ix_action_item_status_due_on', ['status', 'due_on'], unique=False)

    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index('ix_agenda_item_meeting_id_position', ['meeting_id', 'position'], unique=False)

    with op.batch_alter_table('anchoring', schema=None) as batch_op:
        batch_op.create_index('ix_anchoring_status', ['status'], unique=False)

    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index('ix_audit_event_entity_entity_id', ['entity', 'entity_id'], unique=False)

    with op.batch_alter_table('case_record', schema=None) as batch_op:
        batch_op.create_index('ix_case_record_group_id_status', ['group_id', 'status'], unique=False)

    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index('ix_meeting_minutes_status_starts_at', ['minutes_status', 'starts_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index('ix_meeting_minutes_status_starts_at')

    with op.batch_alter_table('case_record', schema=None) as batch_op:
        batch_op.drop_index('ix_case_record_group_id_status')

    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_event_entity_entity_id')

    with op.batch_alter_table('anchoring', schema=None) as batch_op:
        batch_op.drop_index('ix_anchoring_status')

    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index('ix_agenda_item_meeting_id_position')

    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.drop_index('ix_action_item_status_due_on')
        batch_op.drop_index('ix_action_item_responsible_person_id')

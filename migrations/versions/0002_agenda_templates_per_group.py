"""agenda templates per group

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 05:06:37.479891
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('agenda_template_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('kind', sa.Enum('information', 'diskussion', 'beslut', name='item_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('planned_minutes', sa.Integer(), nullable=True),
    sa.Column('at_end', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['coordination_group.id'], name=op.f('fk_agenda_template_item_group_id_coordination_group'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_template_item'))
    )
    with op.batch_alter_table('agenda_template_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_template_item_group_id'), ['group_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('agenda_template_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_template_item_group_id'))

    op.drop_table('agenda_template_item')

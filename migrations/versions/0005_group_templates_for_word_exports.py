"""Group templates for Word exports: a group's own .docx, stored so every machine uses it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 06:42:07.943069
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('group_template',
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['coordination_group.id'], name=op.f('fk_group_template_group_id_coordination_group'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('group_id', name=op.f('pk_group_template'))
    )


def downgrade() -> None:
    op.drop_table('group_template')

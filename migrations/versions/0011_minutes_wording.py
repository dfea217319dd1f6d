"""Who took the minutes and who checks them: a meeting's secretary (antecknare) and justerare, and a group's
choice whether its minutes end with justering lines to sign.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 16:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.add_column(sa.Column('secretary_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('justerare_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_meeting_secretary_id_person'), 'person', ['secretary_id'], ['id'],
                                    ondelete='SET NULL')
        batch_op.create_foreign_key(batch_op.f('fk_meeting_justerare_id_person'), 'person', ['justerare_id'], ['id'],
                                    ondelete='SET NULL')
    with op.batch_alter_table('coordination_group', schema=None) as batch_op:
        batch_op.add_column(sa.Column('justering_lines', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('coordination_group', schema=None) as batch_op:
        batch_op.drop_column('justering_lines')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_meeting_justerare_id_person'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_meeting_secretary_id_person'), type_='foreignkey')
        batch_op.drop_column('justerare_id')
        batch_op.drop_column('secretary_id')

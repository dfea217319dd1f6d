"""Signed approvals: the register of people's public signing keys, and on each approval the signed payload,
its Ed25519 signature and the key it was made with (all empty for an unsigned approval, as every earlier one).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 15:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'signing_key',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('public_key', sa.String(length=60), nullable=False),
        sa.Column('fingerprint', sa.String(length=40), nullable=False),
        sa.Column('valid_from', sa.DateTime(timezone=True), nullable=False),
        sa.Column('valid_to', sa.DateTime(timezone=True), nullable=True),
        sa.Column('registered_by', sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_signing_key_person_id_person'),
                                ondelete='RESTRICT'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_signing_key')),
        sa.UniqueConstraint('fingerprint', name=op.f('uq_signing_key_fingerprint')),
    )
    with op.batch_alter_table('signing_key', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signing_key_person_id'), ['person_id'], unique=False)

    with op.batch_alter_table('approval', schema=None) as batch_op:
        batch_op.add_column(sa.Column('signing_key_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('key_fingerprint', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('signed_payload', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('signature', sa.String(length=100), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_approval_signing_key_id_signing_key'), 'signing_key',
                                    ['signing_key_id'], ['id'], ondelete='RESTRICT')


def downgrade() -> None:
    with op.batch_alter_table('approval', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_approval_signing_key_id_signing_key'), type_='foreignkey')
        batch_op.drop_column('signature')
        batch_op.drop_column('signed_payload')
        batch_op.drop_column('key_fingerprint')
        batch_op.drop_column('signing_key_id')

    with op.batch_alter_table('signing_key', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signing_key_person_id'))

    op.drop_table('signing_key')

"""Standard items with default wording, and procedural (formalia) items that need no anchoring: a group's
standard item carries its decision text ("att godkänna dagordningen") and whether it is procedural; an agenda
item made from it carries the flag, so that a procedural decision in consensus creates no anchoring rows.

Existing standard items and agenda items titled as the known formalia are marked procedural; their anchoring
rows are left alone (the user clears them with an explicit, audited action that reports a count).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 17:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Title of a known formalia item -> its default decision wording (kept in step with services/agenda.py).
PROCEDURAL = {
    "Godkännande av dagordningen": "att godkänna dagordningen",
    "Föregående minnesanteckningar": "att lägga föregående minnesanteckningar till handlingarna",
    "Val av justerare": "att utse justerare",
}


def upgrade() -> None:
    # Plain ADD COLUMN, never a batch rebuild: rebuilding agenda_item would drop its search triggers (0006).
    op.add_column('agenda_template_item', sa.Column('decision_text', sa.Text(), nullable=True))
    op.add_column('agenda_template_item', sa.Column('procedural', sa.Boolean(), nullable=False,
                                                    server_default=sa.false()))
    op.add_column('agenda_item', sa.Column('procedural', sa.Boolean(), nullable=False, server_default=sa.false()))
    template = sa.table('agenda_template_item', sa.column('title', sa.String), sa.column('kind', sa.String),
                        sa.column('decision_text', sa.Text), sa.column('procedural', sa.Boolean))
    item = sa.table('agenda_item', sa.column('title', sa.String), sa.column('procedural', sa.Boolean))
    for title, wording in PROCEDURAL.items():
        op.execute(template.update().where(template.c.title == title).values(procedural=True))
        op.execute(template.update().where(template.c.title == title, template.c.kind == 'beslut',
                                           template.c.decision_text.is_(None)).values(decision_text=wording))
        op.execute(item.update().where(item.c.title == title).values(procedural=True))


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place (no rebuild, the search triggers stay); PostgreSQL does too.
    for table, column in (('agenda_item', 'procedural'), ('agenda_template_item', 'procedural'),
                          ('agenda_template_item', 'decision_text')):
        op.execute(f'ALTER TABLE {table} DROP COLUMN {column}')

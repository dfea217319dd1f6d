"""initial schema: the whole domain model

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-22 04:41:58.473475
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('coordination_group',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('short_name', sa.String(length=60), nullable=True),
    sa.Column('kind', sa.Enum('samordningsrad', 'samordningsgrupp', 'regional_samverkansgrupp', 'ledningsgrupp', 'beredningsgrupp', 'temagrupp', 'nosam', 'referensgrupp', 'arbetsgrupp', 'annan', name='group_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('active_from', sa.Date(), nullable=True),
    sa.Column('active_to', sa.Date(), nullable=True),
    sa.Column('minutes_published_at', sa.String(length=500), nullable=True),
    sa.ForeignKeyConstraint(['parent_id'], ['coordination_group.id'], name=op.f('fk_coordination_group_parent_id_coordination_group'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_coordination_group')),
    sa.UniqueConstraint('name', name=op.f('uq_coordination_group_name'))
    )
    with op.batch_alter_table('coordination_group', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_coordination_group_parent_id'), ['parent_id'], unique=False)

    op.create_table('organisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('short_name', sa.String(length=60), nullable=True),
    sa.Column('kind', sa.Enum('region', 'kommun', 'privat_vardgivare', 'kommunalforbund', 'annan', name='organisation_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation')),
    sa.UniqueConstraint('name', name=op.f('uq_organisation_name'))
    )
    op.create_table('case_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('reference', sa.String(length=100), nullable=True),
    sa.Column('raised_by_group_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('inkommet', 'under_beredning', 'pa_dagordning', 'beslutat', 'aterremitterat', 'bordlagt', 'eskalerat', 'struket', 'avslutat', name='case_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['group_id'], ['coordination_group.id'], name=op.f('fk_case_record_group_id_coordination_group'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['raised_by_group_id'], ['coordination_group.id'], name=op.f('fk_case_record_raised_by_group_id_coordination_group'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_record'))
    )
    with op.batch_alter_table('case_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_record_group_id'), ['group_id'], unique=False)

    op.create_table('mandate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=100), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('decided_by', sa.String(length=300), nullable=True),
    sa.Column('commissioned_by', sa.String(length=300), nullable=True),
    sa.Column('purpose', sa.Text(), nullable=True),
    sa.Column('assignment', sa.Text(), nullable=True),
    sa.Column('meetings_min', sa.Integer(), nullable=True),
    sa.Column('meetings_max', sa.Integer(), nullable=True),
    sa.Column('chair_term_months', sa.Integer(), nullable=True),
    sa.Column('chair_rotates', sa.Boolean(), nullable=False),
    sa.Column('substitutes_allowed', sa.Boolean(), nullable=False),
    sa.Column('approval_days', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['coordination_group.id'], name=op.f('fk_mandate_group_id_coordination_group'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mandate')),
    sa.UniqueConstraint('group_id', 'version', name=op.f('uq_mandate_group_id_version'))
    )
    with op.batch_alter_table('mandate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mandate_group_id'), ['group_id'], unique=False)

    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=True),
    sa.Column('online_link', sa.String(length=1000), nullable=True),
    sa.Column('kind', sa.Enum('ordinarie', 'extra', name='meeting_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('status', sa.Enum('planerat', 'kallat', 'genomfort', 'installt', name='meeting_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('cancel_reason', sa.Text(), nullable=True),
    sa.Column('minutes_status', sa.Enum('utkast', 'for_godkannande', 'godkanda', 'publicerade', name='minutes_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('ical_uid', sa.String(length=200), nullable=False),
    sa.Column('ical_sequence', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['coordination_group.id'], name=op.f('fk_meeting_group_id_coordination_group'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting')),
    sa.UniqueConstraint('ical_uid', name=op.f('uq_meeting_ical_uid'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_starts_at'), ['starts_at'], unique=False)

    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('employer_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['employer_id'], ['organisation.id'], name=op.f('fk_person_employer_id_organisation'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_name'), ['name'], unique=False)

    op.create_table('reporting_duty',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('recurrence', sa.Enum('arligen', 'kvartalsvis', name='recurrence', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('due_month', sa.Integer(), nullable=False),
    sa.Column('due_day', sa.Integer(), nullable=False),
    sa.Column('recipient', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['group_id'], ['coordination_group.id'], name=op.f('fk_reporting_duty_group_id_coordination_group'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reporting_duty'))
    )
    with op.batch_alter_table('reporting_duty', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reporting_duty_group_id'), ['group_id'], unique=False)

    op.create_table('agenda_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('paragraph', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('kind', sa.Enum('information', 'diskussion', 'beslut', name='item_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('presenter', sa.String(length=300), nullable=True),
    sa.Column('planned_minutes', sa.Integer(), nullable=True),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('confidential', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('decision_text', sa.Text(), nullable=True),
    sa.Column('outcome', sa.Enum('noteras', 'beslutat', 'aterremiss', 'bordlagd', 'eskalerad', 'struken', name='outcome', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('outcome_reason', sa.Text(), nullable=True),
    sa.Column('target_group_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_record.id'], name=op.f('fk_agenda_item_case_id_case_record'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_agenda_item_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['target_group_id'], ['coordination_group.id'], name=op.f('fk_agenda_item_target_group_id_coordination_group'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item'))
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agenda_item_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('approval',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('approved_by_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('ordforande', 'vice_ordforande', 'ledamot', 'adjungerad', 'processledare', 'koordinator', 'sekreterare', name='role', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('approved_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('method', sa.Enum('i_appen', 'e_post', 'granskningsfil', 'annat', name='approval_method', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoke_reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['approved_by_id'], ['person.id'], name=op.f('fk_approval_approved_by_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_approval_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_approval'))
    )
    with op.batch_alter_table('approval', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_approval_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('narvarande', 'anmalt_forhinder', 'franvarande', name='attendance_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('role', sa.Enum('ordforande', 'vice_ordforande', 'ledamot', 'adjungerad', 'processledare', 'koordinator', 'sekreterare', name='role', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('represents_id', sa.Integer(), nullable=True),
    sa.Column('substitute_for_id', sa.Integer(), nullable=True),
    sa.Column('present_from_paragraph', sa.Integer(), nullable=True),
    sa.Column('present_to_paragraph', sa.Integer(), nullable=True),
    sa.Column('is_guest', sa.Boolean(), nullable=False),
    sa.Column('is_adjunct', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_attendance_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_attendance_person_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['represents_id'], ['organisation.id'], name=op.f('fk_attendance_represents_id_organisation'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['substitute_for_id'], ['person.id'], name=op.f('fk_attendance_substitute_for_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('meeting_id', 'person_id', name=op.f('uq_attendance_meeting_id_person_id'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('audit_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_audit_event_meeting_id_meeting'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('mandate_revision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mandate_id', sa.Integer(), nullable=False),
    sa.Column('revised_on', sa.Date(), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=True),
    sa.ForeignKeyConstraint(['mandate_id'], ['mandate.id'], name=op.f('fk_mandate_revision_mandate_id_mandate'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mandate_revision'))
    )
    with op.batch_alter_table('mandate_revision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mandate_revision_mandate_id'), ['mandate_id'], unique=False)

    op.create_table('membership',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('ordforande', 'vice_ordforande', 'ledamot', 'adjungerad', 'processledare', 'koordinator', 'sekreterare', name='role', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('represents_id', sa.Integer(), nullable=True),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['group_id'], ['coordination_group.id'], name=op.f('fk_membership_group_id_coordination_group'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_membership_person_id_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['represents_id'], ['organisation.id'], name=op.f('fk_membership_represents_id_organisation'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership'))
    )
    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_membership_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_membership_person_id'), ['person_id'], unique=False)

    op.create_table('publication',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('published_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('format', sa.String(length=20), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('url', sa.String(length=1000), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_publication_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_publication'))
    )
    with op.batch_alter_table('publication', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_publication_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('reporting_deadline',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('duty_id', sa.Integer(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['duty_id'], ['reporting_duty.id'], name=op.f('fk_reporting_deadline_duty_id_reporting_duty'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reporting_deadline')),
    sa.UniqueConstraint('duty_id', 'due_on', name=op.f('uq_reporting_deadline_duty_id_due_on'))
    )
    with op.batch_alter_table('reporting_deadline', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reporting_deadline_duty_id'), ['duty_id'], unique=False)

    op.create_table('action_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('what', sa.Text(), nullable=False),
    sa.Column('responsible_person_id', sa.Integer(), nullable=True),
    sa.Column('responsible_organisation_id', sa.Integer(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('oppen', 'pagar', 'klar', 'avbruten', name='action_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_action_item_agenda_item_id_agenda_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['responsible_organisation_id'], ['organisation.id'], name=op.f('fk_action_item_responsible_organisation_id_organisation'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['responsible_person_id'], ['person.id'], name=op.f('fk_action_item_responsible_person_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_item'))
    )
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_item_agenda_item_id'), ['agenda_item_id'], unique=False)

    op.create_table('anchoring',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('ej_paborjad', 'forankrad', 'genomford', 'ej_aktuell', name='anchoring_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_anchoring_agenda_item_id_agenda_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_anchoring_organisation_id_organisation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_anchoring')),
    sa.UniqueConstraint('agenda_item_id', 'organisation_id', name=op.f('uq_anchoring_agenda_item_id_organisation_id'))
    )
    with op.batch_alter_table('anchoring', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_anchoring_agenda_item_id'), ['agenda_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_anchoring_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('stored_name', sa.String(length=300), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_attachment_agenda_item_id_agenda_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_agenda_item_id'), ['agenda_item_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_agenda_item_id'))

    op.drop_table('attachment')
    with op.batch_alter_table('anchoring', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_anchoring_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_anchoring_agenda_item_id'))

    op.drop_table('anchoring')
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_item_agenda_item_id'))

    op.drop_table('action_item')
    with op.batch_alter_table('reporting_deadline', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reporting_deadline_duty_id'))

    op.drop_table('reporting_deadline')
    with op.batch_alter_table('publication', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_publication_meeting_id'))

    op.drop_table('publication')
    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_membership_person_id'))
        batch_op.drop_index(batch_op.f('ix_membership_group_id'))

    op.drop_table('membership')
    with op.batch_alter_table('mandate_revision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mandate_revision_mandate_id'))

    op.drop_table('mandate_revision')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_audit_event_at'))

    op.drop_table('audit_event')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_meeting_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('approval', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_approval_meeting_id'))

    op.drop_table('approval')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_item_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_agenda_item_case_id'))

    op.drop_table('agenda_item')
    with op.batch_alter_table('reporting_duty', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reporting_duty_group_id'))

    op.drop_table('reporting_duty')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_name'))

    op.drop_table('person')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_starts_at'))
        batch_op.drop_index(batch_op.f('ix_meeting_group_id'))

    op.drop_table('meeting')
    with op.batch_alter_table('mandate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mandate_group_id'))

    op.drop_table('mandate')
    with op.batch_alter_table('case_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_record_group_id'))

    op.drop_table('case_record')
    op.drop_table('organisation')
    with op.batch_alter_table('coordination_group', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_coordination_group_parent_id'))

    op.drop_table('coordination_group')

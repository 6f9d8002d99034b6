"""baseline: the ledger of schema 1

Revision ID: 0001_baseline
Revises:
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = '0001_baseline'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('operator', sa.String(length=50), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=32), nullable=False),
    sa.Column('before', sa.Text(), nullable=True),
    sa.Column('after', sa.Text(), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq')
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index('ix_audit_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('bundle_record',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('since_seq', sa.Integer(), nullable=False),
    sa.Column('until_seq', sa.Integer(), nullable=False),
    sa.Column('manifest_sha256', sa.String(length=64), nullable=False),
    sa.Column('file', sa.String(length=300), nullable=False),
    sa.Column('upload_state', sa.String(length=20), nullable=False),
    sa.Column('receipt', sa.LargeBinary(), nullable=True),
    sa.PrimaryKeyConstraint('seq')
    )
    op.create_table('ledger_meta',
    sa.Column('key', sa.String(length=50), nullable=False),
    sa.Column('value', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('office',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=9), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('short_name', sa.String(length=20), nullable=False),
    sa.Column('district_code', sa.String(length=6), nullable=False),
    sa.Column('district_name', sa.String(length=100), nullable=False),
    sa.Column('district_recipient', sa.String(length=200), nullable=True),
    sa.Column('signing_key_id', sa.String(length=16), nullable=True),
    sa.Column('signing_public_key', sa.String(length=100), nullable=True),
    sa.Column('case_number_pattern', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code')
    )
    with op.batch_alter_table('office', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_office_change_seq'), ['change_seq'], unique=False)

    op.create_table('organization',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('uscc', sa.String(length=18), nullable=True),
    sa.Column('uscc_missing_reason', sa.String(length=200), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('unit_category', sa.String(length=30), nullable=True),
    sa.Column('industry', sa.String(length=1), nullable=True),
    sa.Column('employees', sa.Integer(), nullable=False),
    sa.Column('female_employees', sa.Integer(), nullable=False),
    sa.Column('founded_on', sa.Date(), nullable=True),
    sa.Column('chair', sa.String(length=50), nullable=True),
    sa.Column('contact_person', sa.String(length=50), nullable=True),
    sa.Column('contact_phone', sa.String(length=20), nullable=True),
    sa.Column('address', sa.String(length=200), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('search_key', sa.String(length=400), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uscc')
    )
    with op.batch_alter_table('organization', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organization_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_organization_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_organization_search_key'), ['search_key'], unique=False)

    op.create_table('tombstone',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=32), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('tombstone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tombstone_change_seq'), ['change_seq'], unique=False)

    op.create_table('collective_contract',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.String(), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('contract_type', sa.String(length=20), nullable=False),
    sa.Column('scope', sa.String(length=20), nullable=False),
    sa.Column('worker_chief', sa.String(length=50), nullable=True),
    sa.Column('employer_chief', sa.String(length=50), nullable=True),
    sa.Column('congress_on', sa.Date(), nullable=True),
    sa.Column('votes_total', sa.Integer(), nullable=True),
    sa.Column('votes_present', sa.Integer(), nullable=True),
    sa.Column('votes_yes', sa.Integer(), nullable=True),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('filed_on', sa.Date(), nullable=True),
    sa.Column('objection', sa.String(length=500), nullable=True),
    sa.Column('effective_on', sa.Date(), nullable=True),
    sa.Column('term_start', sa.Date(), nullable=True),
    sa.Column('term_end', sa.Date(), nullable=True),
    sa.Column('covered_enterprises', sa.Integer(), nullable=False),
    sa.Column('covered_workers', sa.Integer(), nullable=False),
    sa.Column('covered_female_workers', sa.Integer(), nullable=False),
    sa.Column('wage_increase_bp', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('collective_contract', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_collective_contract_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_collective_contract_organization_id'), ['organization_id'], unique=False)

    op.create_table('member',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('gender', sa.String(length=1), nullable=False),
    sa.Column('ethnicity', sa.String(length=20), nullable=True),
    sa.Column('id_type', sa.String(length=10), nullable=False),
    sa.Column('id_number', sa.String(length=30), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('education', sa.String(length=20), nullable=True),
    sa.Column('political_status', sa.String(length=20), nullable=True),
    sa.Column('household_type', sa.String(length=20), nullable=True),
    sa.Column('migrant_worker', sa.Boolean(), nullable=False),
    sa.Column('employment_status', sa.String(length=2), nullable=True),
    sa.Column('employment_form', sa.String(length=20), nullable=True),
    sa.Column('new_form_group', sa.String(length=20), nullable=True),
    sa.Column('platform', sa.String(length=50), nullable=True),
    sa.Column('organization_id', sa.String(), nullable=True),
    sa.Column('card_number', sa.String(length=30), nullable=True),
    sa.Column('model_worker_level', sa.String(length=10), nullable=True),
    sa.Column('hardship', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('join_date', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('id_type', 'id_number', name='uq_member_id_number')
    )
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_status'), ['status'], unique=False)

    op.create_table('contract_coverage',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('contract_id', sa.String(), nullable=False),
    sa.Column('organization_id', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['contract_id'], ['collective_contract.id'], ),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('contract_id', 'organization_id')
    )
    with op.batch_alter_table('contract_coverage', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contract_coverage_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_contract_coverage_contract_id'), ['contract_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contract_coverage_organization_id'), ['organization_id'], unique=False)

    op.create_table('mediation_case',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('case_number', sa.String(length=50), nullable=True),
    sa.Column('case_year', sa.Integer(), nullable=True),
    sa.Column('case_serial', sa.Integer(), nullable=True),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('accepted_on', sa.Date(), nullable=True),
    sa.Column('applicant_name', sa.String(length=50), nullable=False),
    sa.Column('applicant_gender', sa.String(length=1), nullable=True),
    sa.Column('applicant_id_number', sa.String(length=30), nullable=True),
    sa.Column('applicant_birth_date', sa.Date(), nullable=True),
    sa.Column('applicant_ethnicity', sa.String(length=20), nullable=True),
    sa.Column('applicant_phone', sa.String(length=20), nullable=True),
    sa.Column('applicant_address', sa.String(length=200), nullable=True),
    sa.Column('applicant_post', sa.String(length=50), nullable=True),
    sa.Column('applicant_member_id', sa.String(), nullable=True),
    sa.Column('respondent_name', sa.String(length=200), nullable=False),
    sa.Column('respondent_uscc', sa.String(length=18), nullable=True),
    sa.Column('respondent_address', sa.String(length=200), nullable=True),
    sa.Column('respondent_legal_rep', sa.String(length=50), nullable=True),
    sa.Column('respondent_legal_rep_title', sa.String(length=50), nullable=True),
    sa.Column('respondent_phone', sa.String(length=20), nullable=True),
    sa.Column('respondent_organization_id', sa.String(), nullable=True),
    sa.Column('workers_count', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=30), nullable=False),
    sa.Column('subcategory', sa.String(length=30), nullable=True),
    sa.Column('claims', sa.Text(), nullable=False),
    sa.Column('claimed_amount', sa.Integer(), nullable=False),
    sa.Column('facts', sa.Text(), nullable=False),
    sa.Column('mediators', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('agreed_amount', sa.Integer(), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('effective_on', sa.Date(), nullable=True),
    sa.Column('paid_amount', sa.Integer(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.Column('referral', sa.String(length=20), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['applicant_member_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['respondent_organization_id'], ['organization.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('case_number')
    )
    with op.batch_alter_table('mediation_case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_case_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_case_received_on'), ['received_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_case_status'), ['status'], unique=False)

    op.create_table('member_event',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.String(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('event_date', sa.Date(), nullable=False),
    sa.Column('reason_code', sa.String(length=2), nullable=True),
    sa.Column('from_organization_id', sa.String(), nullable=True),
    sa.Column('to_organization_id', sa.String(), nullable=True),
    sa.Column('other_organization', sa.String(length=200), nullable=True),
    sa.Column('original_join_date', sa.Date(), nullable=True),
    sa.Column('note', sa.String(length=500), nullable=True),
    sa.Column('operator', sa.String(length=50), nullable=False),
    sa.ForeignKeyConstraint(['from_organization_id'], ['organization.id'], ),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['to_organization_id'], ['organization.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('member_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_event_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_event_event_date'), ['event_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_event_member_id'), ['member_id'], unique=False)

    op.create_table('member_key',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('member_id', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ),
    sa.PrimaryKeyConstraint('key', 'member_id'),
    sqlite_with_rowid=False
    )
    with op.batch_alter_table('member_key', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_key_member_id'), ['member_id'], unique=False)

    op.create_table('agreement_term',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('method', sa.String(length=100), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('agreement_term', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_term_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreement_term_change_seq'), ['change_seq'], unique=False)
    meta = sa.table("ledger_meta", sa.column("key", sa.String), sa.column("value", sa.String))
    op.bulk_insert(meta, [{"key": "change_seq", "value": "0"}])
    op.execute("PRAGMA user_version = 1")


def downgrade() -> None:
    op.execute("PRAGMA user_version = 0")
    with op.batch_alter_table('agreement_term', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_term_change_seq'))
        batch_op.drop_index(batch_op.f('ix_agreement_term_case_id'))

    op.drop_table('agreement_term')
    with op.batch_alter_table('member_key', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_key_member_id'))

    op.drop_table('member_key')
    with op.batch_alter_table('member_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_event_member_id'))
        batch_op.drop_index(batch_op.f('ix_member_event_event_date'))
        batch_op.drop_index(batch_op.f('ix_member_event_change_seq'))

    op.drop_table('member_event')
    with op.batch_alter_table('mediation_case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediation_case_status'))
        batch_op.drop_index(batch_op.f('ix_mediation_case_received_on'))
        batch_op.drop_index(batch_op.f('ix_mediation_case_change_seq'))

    op.drop_table('mediation_case')
    with op.batch_alter_table('contract_coverage', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contract_coverage_organization_id'))
        batch_op.drop_index(batch_op.f('ix_contract_coverage_contract_id'))
        batch_op.drop_index(batch_op.f('ix_contract_coverage_change_seq'))

    op.drop_table('contract_coverage')
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_status'))
        batch_op.drop_index(batch_op.f('ix_member_organization_id'))
        batch_op.drop_index(batch_op.f('ix_member_name'))
        batch_op.drop_index(batch_op.f('ix_member_change_seq'))

    op.drop_table('member')
    with op.batch_alter_table('collective_contract', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_collective_contract_organization_id'))
        batch_op.drop_index(batch_op.f('ix_collective_contract_change_seq'))

    op.drop_table('collective_contract')
    with op.batch_alter_table('tombstone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tombstone_change_seq'))

    op.drop_table('tombstone')
    with op.batch_alter_table('organization', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organization_search_key'))
        batch_op.drop_index(batch_op.f('ix_organization_name'))
        batch_op.drop_index(batch_op.f('ix_organization_change_seq'))

    op.drop_table('organization')
    with op.batch_alter_table('office', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_office_change_seq'))

    op.drop_table('office')
    op.drop_table('ledger_meta')
    op.drop_table('bundle_record')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entity')

    op.drop_table('audit_entry')

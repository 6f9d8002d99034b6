"""collective contracts: lifecycle events, per-employer coverage counts, renewal and end

Revision ID: 0003_contracts
Revises: 0002_mediation_cases
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_contracts"
down_revision = "0002_mediation_cases"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contract_event",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.String(), sa.ForeignKey("collective_contract.id"),
                  nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("from_state", sa.String(length=20), nullable=False),
        sa.Column("to_state", sa.String(length=20), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("operator", sa.String(length=50), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contract_event") as batch:
        batch.create_index("ix_contract_event_change_seq", ["change_seq"])
        batch.create_index("ix_contract_event_contract_id", ["contract_id"])
    with op.batch_alter_table("contract_coverage") as batch:
        batch.add_column(sa.Column("workers", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("female_workers", sa.Integer(), nullable=False,
                                   server_default="0"))
    with op.batch_alter_table("collective_contract") as batch:
        batch.add_column(sa.Column("negotiators_per_side", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("renewed_from_id", sa.String(), nullable=True))
        batch.add_column(sa.Column("ended_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("end_note", sa.String(length=500), nullable=True))
        batch.create_foreign_key("fk_contract_renewed_from", "collective_contract",
                                 ["renewed_from_id"], ["id"])
        batch.create_index("ix_collective_contract_status", ["status"])
    # Schema 2 had no contract workflow: any draft rows start negotiating.
    op.execute("UPDATE collective_contract SET status = 'negotiating' WHERE status = 'draft'")
    op.execute("PRAGMA user_version = 3")


def downgrade() -> None:
    raise NotImplementedError("a ledger is never downgraded; restore a backup instead")

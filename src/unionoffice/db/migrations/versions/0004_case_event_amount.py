"""case events carry the amount paid at a 履行 step (for the month's 履行金额)

Revision ID: 0004_case_event_amount
Revises: 0003_contracts
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_case_event_amount"
down_revision = "0003_contracts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("case_event") as batch:
        batch.add_column(sa.Column("amount", sa.Integer(), nullable=False, server_default="0"))
    # Payments recorded before this revision: the case's paid total sits on its last pay step.
    op.execute(
        "UPDATE case_event SET amount = (SELECT paid_amount FROM mediation_case m "
        "WHERE m.id = case_event.case_id) WHERE action IN ('pay', 'complete') AND id IN ("
        "SELECT id FROM case_event e WHERE e.action IN ('pay', 'complete') AND e.change_seq = ("
        "SELECT max(change_seq) FROM case_event x WHERE x.case_id = e.case_id "
        "AND x.action IN ('pay', 'complete')))")
    op.execute("PRAGMA user_version = 4")


def downgrade() -> None:
    raise NotImplementedError("a ledger is never downgraded; restore a backup instead")

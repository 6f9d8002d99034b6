"""index membership events by kind and date (monthly flows and the home page's trend)

Revision ID: 0005_member_event_kind_date
Revises: 0004_case_event_amount
Create Date: 2026-11-21
"""

from alembic import op

revision = "0005_member_event_kind_date"
down_revision = "0004_case_event_amount"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_member_event_kind_date", "member_event",
                    ["kind", "event_date", "member_id"])
    op.execute("PRAGMA user_version = 5")


def downgrade() -> None:
    raise NotImplementedError("a ledger is never downgraded; restore a backup instead")

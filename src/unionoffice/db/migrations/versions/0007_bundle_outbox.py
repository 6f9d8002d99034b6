"""the outbox: upload attempts, next try and last error of each bundle

Revision ID: 0007_bundle_outbox
Revises: 0006_operators_append_only_audit
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_bundle_outbox"
down_revision = "0006_operators_append_only_audit"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("bundle_record") as batch:
        batch.add_column(sa.Column("upload_attempts", sa.Integer(), nullable=False,
                                   server_default="0"))
        batch.add_column(sa.Column("next_upload_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("upload_error", sa.Text(), nullable=True))
    op.execute("PRAGMA user_version = 7")


def downgrade() -> None:
    raise NotImplementedError("a ledger is never downgraded; restore a backup instead")

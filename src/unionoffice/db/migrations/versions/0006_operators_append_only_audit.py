"""operators with roles; the audit log made append-only by triggers

Revision ID: 0006_operators_append_only_audit
Revises: 0005_member_event_kind_date
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_operators_append_only_audit"
down_revision = "0005_member_event_kind_date"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "operator",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=30), nullable=False),
        sa.Column("display_name", sa.String(length=50), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("username"),
    )
    op.create_index("ix_operator_change_seq", "operator", ["change_seq"])
    # Entries can be added, never changed or removed (by this program or by a casual edit
    # with a SQLite tool; someone who drops the triggers is still caught by the hash chain).
    op.execute("CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
               "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
    op.execute("CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
               "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
    op.execute("PRAGMA user_version = 6")


def downgrade() -> None:
    raise NotImplementedError("a ledger is never downgraded; restore a backup instead")

"""member search: one FTS5 row per member instead of the member_key table

Revision ID: 0008_member_search_fts
Revises: 0007_bundle_outbox
Create Date: 2026-11-21
"""

from alembic import op

from unionoffice.db import member_search

revision = "0008_member_search_fts"
down_revision = "0007_bundle_outbox"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The DDL as it was at this revision (member_search.CREATE_SQL may change later).
    op.execute(
        "CREATE VIRTUAL TABLE member_search USING fts5(member_id, names, numbers, "
        "detail=column, prefix='1', "
        "tokenize=\"unicode61 categories 'L* N* M* Co Cn' tokenchars '·'\")")
    member_search.rebuild(op.get_bind())
    op.execute("DROP TABLE member_key")
    op.execute("PRAGMA user_version = 8")


def downgrade() -> None:
    raise NotImplementedError("a ledger is never downgraded; restore a backup instead")

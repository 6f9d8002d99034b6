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
    # detail=column: no phrase or NEAR queries (never made), a third of the index's size.
    # prefix='1': one-letter searches ("z") read a prefix index instead of merging every term.
    # categories: letters, digits and marks are parts of words, and so are characters SQLite's
    # Unicode 6.1 tables do not know (rare CJK extensions) or private-use ones (rare names are
    # often typed in private-use code points); "·" joins the parts of names like 阿依古丽·买买提.
    # Left empty, and left out where SQLite lacks FTS5: migration 0010 replaces this index
    # with the pinyin columns and fills those (a ledger is always migrated to the newest
    # schema before use).
    if member_search.fts5_available():
        op.execute(
            "CREATE VIRTUAL TABLE member_search USING fts5(member_id, names, numbers, "
            "detail=column, prefix='1', "
            "tokenize=\"unicode61 categories 'L* N* M* Co Cn' tokenchars '·'\")")
    op.execute("DROP TABLE member_key")
    op.execute("PRAGMA user_version = 8")


def downgrade() -> None:
    raise NotImplementedError("a ledger is never downgraded; restore a backup instead")

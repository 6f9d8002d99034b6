"""member search: pinyin columns and a key table with B-tree indexes instead of FTS5

Revision ID: 0010_member_name_keys
Revises: 0009_member_number_tails
Create Date: 2026-11-22
"""

from alembic import op

from unionoffice.db.member_search import name_keys

revision = "0010_member_name_keys"
down_revision = "0009_member_number_tails"
branch_labels = None
depends_on = None

PURGED = "PURGED"


def upgrade() -> None:
    # Names were found through an FTS5 table of name + pinyin keys. Writing its rows was the
    # largest part of a roster import after the members themselves; the usual pinyin in two
    # indexed columns of member, and the rare other keys in a small table, are found by
    # ordinary index ranges and cost about a quarter as much to write (docs/roster-import.md).
    # The keys are filled here, not by member_search.rebuild: that follows the newest schema,
    # this must stay what schema 10 was (0008 and 0009 once called it and had to stop).
    op.execute("ALTER TABLE member ADD COLUMN name_pinyin VARCHAR(300)")
    op.execute("ALTER TABLE member ADD COLUMN name_initials VARCHAR(50)")
    op.execute("CREATE TABLE member_name_key ("
               "member_id VARCHAR(32) NOT NULL REFERENCES member (id), "
               "key VARCHAR(300) NOT NULL)")
    conn = op.get_bind()
    columns, others = [], []
    for member_id, name, id_type in conn.exec_driver_sql(
            "SELECT id, name, id_type FROM member").all():
        if id_type == PURGED:
            continue
        pinyin, initials, other = name_keys(name)
        columns.append((pinyin, initials, member_id))
        others.extend((member_id, key) for key in other)
    if columns:
        conn.exec_driver_sql(
            "UPDATE member SET name_pinyin = ?, name_initials = ? WHERE id = ?", columns)
    if others:
        conn.exec_driver_sql("INSERT INTO member_name_key (member_id, key) VALUES (?, ?)",
                             others)
    op.execute("CREATE INDEX ix_member_name_pinyin ON member (name_pinyin)")
    op.execute("CREATE INDEX ix_member_name_initials ON member (name_initials)")
    op.execute("CREATE INDEX ix_member_name_key_key ON member_name_key (key)")
    op.execute("CREATE INDEX ix_member_name_key_member_id ON member_name_key (member_id)")
    op.execute("DROP TABLE IF EXISTS member_search")
    op.execute("PRAGMA user_version = 10")


def downgrade() -> None:
    raise NotImplementedError("a ledger is never downgraded; restore a backup instead")

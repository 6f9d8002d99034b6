"""Finding members: an FTS5 index of names and pinyin; B-tree indexes on the ends of numbers.

A member is found by the start of their name ("张三"), the start of its pinyin in full or as
initials ("zhangs", "zs"), or the last four or more characters of their ID number or phone.

- Names: one FTS5 row per member, ``names`` holding the name and its pinyin keys, each one
  token ("张三丰 zhangsanfeng zsf"), and ``member_id``, itself a token, so that a member's row
  is found to be replaced. A query is one prefix term on ``names`` (``names : "zs" *``), which
  FTS5 answers from its index without reading the members.
- Numbers: two expression indexes on the member table, on the last four characters of the ID
  number and of the phone (migration 0009). A query for "0517123X" looks up the members whose
  number ends in "123X" and keeps those whose number ends in the whole query. The indexes are
  kept up to date by SQLite itself, with every write of a member.

The numbers were in the FTS5 index until migration 0009. Every ID number and phone was a term
of its own there: a third of the index's size, and 0.3 s more for a 100,000-row roster import
to write than the two expression indexes (docs/roster-import.md). The FTS5 index is derived
data: it can be rebuilt from the members at any time (:func:`rebuild`).
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterable

from sqlalchemy import Connection

from unionoffice.pinyin import search_keys

# The table is made by migration 0009 (its options are explained in 0008). Its tokenizer's
# word characters are those _word_char keeps.
TABLE = "member_search"
INSERT_SQL = f"INSERT INTO {TABLE} (member_id, names) VALUES (?, ?)"
# The same rows as one JSON array: SQLite unpacks it without holding the GIL (bulk imports).
INSERT_JSON_SQL = (f"INSERT INTO {TABLE} (member_id, names) "
                   "SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') "
                   "FROM json_each(?)")
# The expression indexes on the ends of numbers (migration 0009); SQL no model describes.
NUMBER_INDEXES = ("ix_member_id_number_tail", "ix_member_phone_tail")
TAIL = 4  # characters in those indexes
# Members whose ID number or phone ends in :ending, looked up by its last TAIL characters.
# The expressions are those of the indexes, so that SQLite uses them (MULTI-INDEX OR).
NUMBER_MATCH = ("m.id_type != 'PURGED' AND ("
                f"(substr(m.id_number, -{TAIL}) = :tail AND m.id_number LIKE :ending) OR "
                f"(substr(m.phone, -{TAIL}) = :tail AND m.phone LIKE :ending))")
DELETE_SQL = (f"DELETE FROM {TABLE} WHERE rowid IN "
              f"(SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ?)")
MIN_DIGITS = 4
_DIGITS = re.compile(r"^[0-9Xx]+$")
_WORD_CATEGORIES = ("L", "N", "M")


def fts5_available() -> bool:
    """True when this Python's SQLite has FTS5 (some Python builds leave it out)."""
    con = sqlite3.connect(":memory:")
    try:
        con.execute("CREATE VIRTUAL TABLE probe USING fts5(x)")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        con.close()


def is_index_table(name: str) -> bool:
    """True for the index and its shadow tables (``member_search_data`` …), which no model
    describes."""
    return name == TABLE or name.startswith(TABLE + "_")


def is_unmodelled(name: str, type_: str) -> bool:
    """True for the search objects made by hand in migrations (not by the models)."""
    return ((type_ == "table" and is_index_table(name))
            or (type_ == "index" and name in NUMBER_INDEXES))


def _word_char(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category[0] in _WORD_CATEGORIES or category in ("Co", "Cn") or ch == "·"


def _word(text: str) -> str:
    """``text`` as one token: every character the tokenizer would split at is dropped.

    The index and the queries drop the same characters, so "张三(大)" is stored as "张三大"
    and still found by "张三(".
    """
    if text.isalnum():  # almost every name, ID number and phone: one test in C
        return text
    return "".join(ch for ch in text if _word_char(ch))


def search_row(member_id: str, name: str) -> tuple[str, str]:
    """The index row of a member: (member_id, names)."""
    names = dict.fromkeys(k for k in (_word(name), *search_keys(name)) if k)
    return member_id, " ".join(names)


def _typed(query: str) -> str:
    return _word(re.sub(r"\s+", "", query))


def number_ending(query: str) -> str | None:
    """The end of an ID number or phone that a clerk typed (4 or more digits, X allowed), as
    stored (upper-case X); None when the query is not one."""
    q = _typed(query)
    return q.upper() if q and _DIGITS.match(q) and len(q) >= MIN_DIGITS else None


def number_params(ending: str) -> dict[str, str]:
    """The parameters of :data:`NUMBER_MATCH` for an ending from :func:`number_ending`."""
    return {"tail": ending[-TAIL:], "ending": f"%{ending}"}


def match_expression(query: str) -> str | None:
    """The FTS5 query for a name or pinyin a clerk typed, or None when there is none to run.

    None as well for digits: 4 or more are the end of a number (:func:`number_ending`), fewer
    match nothing.
    """
    q = _typed(query)
    if not q or _DIGITS.match(q):
        return None
    return f'names : "{q}" *'


def _row_match(member_id: str) -> str:
    return f'member_id : "{_word(member_id)}"'


def index_members(conn: Connection, rows: Iterable[tuple[str, str]]) -> None:
    """Add rows made by :func:`search_row` for members not yet in the index."""
    rows = list(rows)
    if rows:
        conn.exec_driver_sql(INSERT_SQL, rows)


def unindex_members(conn: Connection, member_ids: Iterable[str]) -> None:
    """Remove members' rows (a member no longer in the index is skipped)."""
    params = [(_row_match(m),) for m in member_ids]
    if params:
        conn.exec_driver_sql(DELETE_SQL, params)


def reindex_member(conn: Connection, member_id: str, name: str) -> None:
    """Replace a member's row after their name changed."""
    unindex_members(conn, [member_id])
    index_members(conn, [search_row(member_id, name)])


def rebuild(conn: Connection) -> int:
    """Index every member from scratch; returns how many. Purged members are left out."""
    conn.exec_driver_sql(f"DELETE FROM {TABLE}")
    rows = conn.exec_driver_sql(
        "SELECT id, name FROM member WHERE id_type != 'PURGED'").all()
    index_members(conn, (search_row(*r) for r in rows))
    return len(rows)

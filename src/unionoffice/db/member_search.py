"""The members' search index: one FTS5 row per member (name and pinyin; ends of ID and phone).

A member is found by the start of their name ("张三"), the start of its pinyin in full or as
initials ("zhangs", "zs"), or the last four or more characters of their ID number or phone. The
index holds, per member:

- ``names``: the name and its pinyin keys, each one token ("张三丰 zhangsanfeng zsf");
- ``numbers``: the ID number and phone, each reversed, so that their ends are prefixes;
- ``member_id``: the member's id, itself a token, so that a member's row is found to be replaced.

Every query is one prefix term on one column (``names : "zs" *``), which FTS5 answers from its
index without reading the members. One row per member instead of a (key, member) table more
than halves what a 100,000-row roster import writes for search (measured: 0.7 s instead of
1.6 s, 21 MB instead of 51 MB). The index is derived data: it can be rebuilt from the members
at any time (:func:`rebuild`).
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterable

from sqlalchemy import Connection

from unionoffice.pinyin import search_keys

# The table is made by migration 0008, which says why its options are what they are. Its
# tokenizer's word characters are those _word_char keeps.
TABLE = "member_search"
INSERT_SQL = f"INSERT INTO {TABLE} (member_id, names, numbers) VALUES (?, ?, ?)"
# The same rows as one JSON array: SQLite unpacks it without holding the GIL (bulk imports).
INSERT_JSON_SQL = (f"INSERT INTO {TABLE} (member_id, names, numbers) "
                   "SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), "
                   "json_extract(value, '$[2]') FROM json_each(?)")
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


def search_row(member_id: str, name: str, id_number: str | None,
               phone: str | None) -> tuple[str, str, str]:
    """The index row of a member: (member_id, names, numbers)."""
    names = dict.fromkeys(k for k in (_word(name), *search_keys(name)) if k)
    numbers = [_word(n)[::-1] for n in (id_number, phone) if n]
    return member_id, " ".join(names), " ".join(n for n in numbers if n)


def match_expression(query: str) -> str | None:
    """The FTS5 query for what a clerk typed, or None when it cannot match anything.

    - 4 or more digits (X allowed): the end of an ID number or phone;
    - anything else: the start of the name, or of its pinyin (full or initials).
    """
    q = _word(re.sub(r"\s+", "", query))
    if not q:
        return None
    if _DIGITS.match(q):
        return f'numbers : "{q[::-1]}" *' if len(q) >= MIN_DIGITS else None
    return f'names : "{q}" *'


def _row_match(member_id: str) -> str:
    return f'member_id : "{_word(member_id)}"'


def index_members(conn: Connection, rows: Iterable[tuple[str, str, str]]) -> None:
    """Add rows made by :func:`search_row` for members not yet in the index."""
    rows = list(rows)
    if rows:
        conn.exec_driver_sql(INSERT_SQL, rows)


def unindex_members(conn: Connection, member_ids: Iterable[str]) -> None:
    """Remove members' rows (a member no longer in the index is skipped)."""
    params = [(_row_match(m),) for m in member_ids]
    if params:
        conn.exec_driver_sql(DELETE_SQL, params)


def reindex_member(conn: Connection, member_id: str, name: str, id_number: str | None,
                   phone: str | None) -> None:
    """Replace a member's row after their name, ID number or phone changed."""
    unindex_members(conn, [member_id])
    index_members(conn, [search_row(member_id, name, id_number, phone)])


def rebuild(conn: Connection) -> int:
    """Index every member from scratch; returns how many. Purged members are left out."""
    conn.exec_driver_sql(f"DELETE FROM {TABLE}")
    rows = conn.exec_driver_sql(
        "SELECT id, name, id_number, phone FROM member WHERE id_type != 'PURGED'").all()
    index_members(conn, (search_row(*r) for r in rows))
    return len(rows)

"""Finding members: B-tree indexes on the name, its pinyin, and the ends of numbers.

A member is found by the start of their name ("张三"), the start of its pinyin in full or as
initials ("zhangs", "zs"), or the last four or more characters of their ID number or phone.
Every part of the search is a range or an equality on an ordinary SQLite index:

- the name: ``ix_member_name`` (the member list's own sort index);
- the pinyin: two columns of ``member`` kept with the name, ``name_pinyin`` (full, "zhangsan")
  and ``name_initials`` ("zs"), each indexed. They hold the name's usual reading;
- the other keys of a name, in ``member_name_key`` (member_id, key), indexed by key: the
  other readings of names with a character read two ways in names (单 dan/shan, about one
  name in fifteen), and the name as the search types it when that differs from the name
  (lower case, separators dropped: "张三(大)" → "张三大", "李Anna" → "李anna");
- numbers: two expression indexes on the last four characters of the ID number and of the
  phone. A query for "0517123X" looks up the members whose number ends in "123X" and keeps
  those whose number ends in the whole query.

The pinyin columns and the other keys are derived from the name. ORM writes keep them by the
mapper events in :mod:`unionoffice.db.models`; bulk writes (roster import, demo ledger) write
them with the rows; :func:`rebuild` makes them all again from the names.

Until migration 0010 the names were in an SQLite FTS5 table (migrations 0008 and 0009). The
pinyin columns, their two indexes and the other keys cost SQLite about a quarter of what the
FTS5 rows cost to write: 0.15 against 0.60 s for 100,000 names (docs/roster-import.md).
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterable

from sqlalchemy import Connection

from unionoffice.common.pinyin import search_keys

# A name's keys beyond its usual pinyin (migration 0010); no model describes this table.
TABLE = "member_name_key"
KEY_INDEXES = ("ix_member_name_key_key", "ix_member_name_key_member_id")
PURGED = "PURGED"  # the id_type of a de-identified member: never found by a search
# The expression indexes on the ends of numbers (migration 0009); SQL no model describes.
NUMBER_INDEXES = ("ix_member_id_number_tail", "ix_member_phone_tail")
TAIL = 4  # characters in those indexes
# Members whose ID number or phone ends in :ending, looked up by its last TAIL characters.
# The expressions are those of the indexes, so that SQLite uses them (MULTI-INDEX OR).
NUMBER_MATCH = (f"m.id_type != '{PURGED}' AND ("
                f"(substr(m.id_number, -{TAIL}) = :tail AND m.id_number LIKE :ending) OR "
                f"(substr(m.phone, -{TAIL}) = :tail AND m.phone LIKE :ending))")
# Members whose name, pinyin, initials or another key starts with the query: four index
# ranges SQLite reads one after the other (MULTI-INDEX OR).
NAME_MATCH = (f"m.id_type != '{PURGED}' AND ("
              "(m.name >= :name_from AND m.name < :name_to) OR "
              "(m.name_pinyin >= :key_from AND m.name_pinyin < :key_to) OR "
              "(m.name_initials >= :key_from AND m.name_initials < :key_to) OR "
              f"m.id IN (SELECT member_id FROM {TABLE} "
              "WHERE key >= :key_from AND key < :key_to))")
INSERT_SQL = f"INSERT INTO {TABLE} (member_id, key) VALUES (?, ?)"
# The same rows as one JSON array of [member_id, key, ...] per member: SQLite unpacks it
# without holding the GIL (bulk imports).
INSERT_JSON_SQL = (f"INSERT INTO {TABLE} (member_id, key) "
                   "SELECT json_extract(m.value, '$[0]'), k.value "
                   "FROM json_each(?) AS m, json_each(m.value) AS k WHERE k.key > 0")
MIN_DIGITS = 4
_DIGITS = re.compile(r"^[0-9Xx]+$")
_WORD_CATEGORIES = ("L", "N", "M")
_LAST_CHAR = 0x10FFFF


def fts5_available() -> bool:
    """True when this Python's SQLite has FTS5. Migrations 0008 and 0009 made an FTS5 table
    that 0010 drops again; where SQLite lacks FTS5 they leave it out."""
    con = sqlite3.connect(":memory:")
    try:
        con.execute("CREATE VIRTUAL TABLE probe USING fts5(x)")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        con.close()


def is_unmodelled(name: str, type_: str) -> bool:
    """True for the search objects made by hand in migrations (not by the models)."""
    return ((type_ == "table" and name == TABLE)
            or (type_ == "index" and name in NUMBER_INDEXES + KEY_INDEXES))


def _word_char(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category[0] in _WORD_CATEGORIES or category in ("Co", "Cn") or ch == "·"


def _word(text: str) -> str:
    """``text`` without the characters a search drops: all but letters, digits, marks, "·"
    and characters Python's Unicode tables do not know (rare CJK extensions, private use)."""
    if text.isalnum():  # almost every name, ID number and phone: one test in C
        return text
    return "".join(ch for ch in text if _word_char(ch))


def name_keys(name: str) -> tuple[str | None, str | None, list[str]]:
    """A name's search keys: (full pinyin, initials, the other keys).

    >>> name_keys("单田芳")
    ('shantianfang', 'stf', [])
    >>> name_keys("张三(小)")
    ('zhangsanxiao', 'zsx', ['张三小'])
    >>> name_keys("曾乐")
    ('zengle', 'zl', ['zengyue', 'zy'])
    """
    keys = search_keys(name)
    typed = _word(name).lower()
    if typed and typed != name and typed not in keys:
        keys.append(typed)
    return (keys[0] if keys else None), (keys[1] if len(keys) > 1 else None), keys[2:]


def key_columns(name: str, id_type: str) -> tuple[str | None, str | None]:
    """(name_pinyin, name_initials) of a member; none for a de-identified one."""
    if id_type == PURGED:
        return None, None
    pinyin, initials, _ = name_keys(name)
    return pinyin, initials


def other_key_rows(member_id: str, name: str, id_type: str) -> list[tuple[str, str]]:
    """The ``member_name_key`` rows of a member: (member_id, key)."""
    if id_type == PURGED:
        return []
    return [(member_id, key) for key in name_keys(name)[2]]


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


def name_params(query: str) -> dict[str, str] | None:
    """The parameters of :data:`NAME_MATCH` for a name or pinyin a clerk typed, or None when
    there is nothing to look up.

    None as well for digits: 4 or more are the end of a number (:func:`number_ending`), fewer
    match nothing. The name is matched as typed, the keys in lower case.
    """
    q = _typed(query)
    if not q or _DIGITS.match(q):
        return None
    key = q.lower()
    return {"name_from": q, "name_to": _past_prefix(q),
            "key_from": key, "key_to": _past_prefix(key)}


def match(query: str) -> tuple[str, dict[str, str]] | None:
    """The condition on ``member m`` for what a clerk typed and its parameters: the end of a
    number (:data:`NUMBER_MATCH`) or the start of a name (:data:`NAME_MATCH`); None when the
    query can match nothing."""
    ending = number_ending(query)
    if ending is not None:
        return NUMBER_MATCH, number_params(ending)
    params = name_params(query)
    return None if params is None else (NAME_MATCH, params)


def _past_prefix(text: str) -> str:
    # Every string that starts with ``text`` sorts before this one (SQLite compares UTF-8 bytes,
    # that is code points), unless the next character is U+10FFFF, a noncharacter.
    return text + chr(_LAST_CHAR)


def index_members(conn: Connection, rows: Iterable[tuple[str, str]]) -> None:
    """Add ``member_name_key`` rows made by :func:`other_key_rows`."""
    rows = list(rows)
    if rows:
        conn.exec_driver_sql(INSERT_SQL, rows)


def unindex_members(conn: Connection, member_ids: Iterable[str]) -> None:
    """Remove members' other keys (a member without any is skipped)."""
    params = [(m,) for m in member_ids]
    if params:
        conn.exec_driver_sql(f"DELETE FROM {TABLE} WHERE member_id = ?", params)


def reindex_member(conn: Connection, member_id: str, name: str, id_type: str) -> None:
    """Replace a member's other keys after their name (or, on de-identifying, id_type)
    changed; the pinyin columns are set with the row itself."""
    unindex_members(conn, [member_id])
    index_members(conn, other_key_rows(member_id, name, id_type))


def rebuild(conn: Connection) -> int:
    """Make every member's keys again from the names; returns how many members have keys.

    De-identified members get none.
    """
    conn.exec_driver_sql(f"DELETE FROM {TABLE}")
    columns, others, found = [], [], 0
    for member_id, name, id_type in conn.exec_driver_sql(
            "SELECT id, name, id_type FROM member").all():
        if id_type == PURGED:
            columns.append((None, None, member_id))
            continue
        pinyin, initials, other = name_keys(name)
        columns.append((pinyin, initials, member_id))
        others.extend((member_id, key) for key in other)
        found += 1
    if columns:
        conn.exec_driver_sql(
            "UPDATE member SET name_pinyin = ?, name_initials = ? WHERE id = ?", columns)
    index_members(conn, others)
    return found

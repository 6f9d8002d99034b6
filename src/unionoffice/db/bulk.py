"""Bulk inserts for large writes (demo data, roster imports) inside the caller's transaction.

The ORM's per-object path costs ~15× more per row than one ``executemany`` of plain tuples
(style.md §12), which matters at 100,000 rows. Rows are dicts keyed by column name.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Table
from sqlmodel import Session

from unionoffice.db.models import utcnow

TIMESTAMP_FORMAT = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores DateTime in SQLite


def now_text() -> str:
    """The current UTC time as the ledger stores timestamps."""
    return utcnow().strftime(TIMESTAMP_FORMAT)


@contextmanager
def large_cache(session: Session, mebibytes: int = 128) -> Iterator[None]:
    """A bigger page cache for one bulk write.

    Inserting 100,000 rows touches a dozen indexes at random places; with SQLite's default 2 MB
    cache most of those pages are read and written again and again.
    """
    conn = session.connection()
    old = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
    conn.exec_driver_sql(f"PRAGMA cache_size = {-1024 * mebibytes}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(old)}")


def insert_rows(session: Session, table: Table, rows: list[dict], seq0: int, now: str) -> int:
    """Insert ledger rows numbered ``seq0, seq0 + 1, …``; returns the next free change number.

    Missing ``created_at`` / ``updated_at`` are set to ``now``; other missing columns are NULL.
    """
    if not rows:
        return seq0
    columns = [c.name for c in table.columns]
    sql = (f"INSERT INTO {table.name} ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' for _ in columns)})")
    params = []
    for offset, row in enumerate(rows):
        row.setdefault("created_at", now)
        row.setdefault("updated_at", now)
        row["change_seq"] = seq0 + offset
        params.append(tuple(map(row.get, columns)))
    session.connection().exec_driver_sql(sql, params)
    return seq0 + len(rows)


def drop_secondary_indexes(session: Session, tables: tuple[str, ...]) -> list[str]:
    """Drop the tables' secondary indexes in this transaction; returns their SQL to replay.

    Building an index once over sorted data is much faster than updating it row by row, so a
    bulk write that at least doubles a table drops its indexes first and replays the returned
    statements at the end (unique ones then check the whole table again).
    """
    conn = session.connection()
    rows = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({', '.join('?' for _ in tables)})", tables).all()
    for name, _sql in rows:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    return [sql for _name, sql in rows]

"""Bulk inserts for large writes (demo data, roster imports) inside the caller's transaction.

The ORM's per-object path costs ~15× more per row than one ``executemany`` of plain tuples
(style.md §12), which matters at 100,000 rows. Rows are dicts keyed by column name.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType

from sqlalchemy import Table
from sqlmodel import Session

from unionoffice.db.models import utcnow

TIMESTAMP_FORMAT = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores DateTime in SQLite


def now_text() -> str:
    """The current UTC time as the ledger stores timestamps."""
    return utcnow().strftime(TIMESTAMP_FORMAT)


def insert_statement(table: Table, rows: list[dict], seq0: int,
                     now: str) -> tuple[str, list[tuple], int]:
    """The INSERT and its parameters for ledger rows numbered ``seq0, seq0 + 1, …``.

    Returns (sql, params, next free change number). Missing ``created_at`` / ``updated_at`` are
    set to ``now``; other missing columns are NULL.
    """
    columns = [c.name for c in table.columns]
    sql = (f"INSERT INTO {table.name} ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' for _ in columns)})")
    params = []
    for offset, row in enumerate(rows):
        row.setdefault("created_at", now)
        row.setdefault("updated_at", now)
        row["change_seq"] = seq0 + offset
        params.append(tuple(map(row.get, columns)))
    return sql, params, seq0 + len(rows)


def insert_rows(session: Session, table: Table, rows: list[dict], seq0: int, now: str) -> int:
    """Insert ledger rows numbered ``seq0, seq0 + 1, …``; returns the next free change number."""
    if not rows:
        return seq0
    sql, params, seq = insert_statement(table, rows, seq0, now)
    session.connection().exec_driver_sql(sql, params)
    return seq


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


class OverlappedWriter:
    """Runs batches of statements on the session's connection in a helper thread.

    SQLite releases the GIL while it works, so the next batch can be built in Python while this
    one is written. One batch at a time, in order; the caller must not use the session until
    :meth:`wait` (or leaving the ``with`` block) returns. An error in a batch is raised by the
    next ``submit``/``wait``, so the caller's transaction rolls back as usual.
    """

    def __init__(self, session: Session) -> None:
        self.conn = session.connection()
        self.pool = ThreadPoolExecutor(1, thread_name_prefix="bulk-writer")
        self.pending: Future | None = None

    def __enter__(self) -> OverlappedWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, _exc: BaseException | None,
                 _tb: TracebackType | None) -> None:
        try:
            if exc_type is None:
                self.wait()
            elif self.pending is not None:  # already failing: let the write finish, then go
                self.pending.exception()
        finally:
            self.pool.shutdown(wait=True)

    def submit(self, statements: list[tuple[str, list | tuple]]) -> None:
        """Write ``statements`` ((sql, params) pairs; a list of params = executemany)."""
        self.wait()
        self.pending = self.pool.submit(self._run, statements)

    def wait(self) -> None:
        """Wait for the write handed to the helper thread."""
        pending, self.pending = self.pending, None
        if pending is not None:
            pending.result()

    def _run(self, statements: list[tuple[str, list | tuple]]) -> None:
        for sql, params in statements:
            if not isinstance(params, list) or params:
                self.conn.exec_driver_sql(sql, params)

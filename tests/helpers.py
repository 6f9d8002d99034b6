"""Small helpers shared by tests."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event

from unionoffice.common.validation import make_id_number

TODAY = dt.date(2026, 11, 21)


def valid_id(area: str = "110101", birth: dt.date = dt.date(1990, 5, 17), seq: int = 123) -> str:
    return make_id_number(area, birth, seq)


def dump_ledger(path: Path) -> list[tuple]:
    """Every row of every table, for 'nothing changed' assertions."""
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        out = []
        for t in tables:
            out.append((t, sorted(map(repr, con.execute(f'SELECT * FROM "{t}"')))))
        return out
    finally:
        con.close()


@contextmanager
def disk_room(engine, ledger: Path, pages: int) -> Iterator[None]:
    """Let the ledger file grow by ``pages`` pages only (SQLite then reports SQLITE_FULL), as a
    full disk would; every connection opened inside the block has the limit."""
    limit = sqlite3.connect(ledger).execute("PRAGMA page_count").fetchone()[0] + pages

    def _limit(dbapi_conn, _record):
        dbapi_conn.execute(f"PRAGMA max_page_count = {limit}")

    event.listen(engine, "connect", _limit)
    engine.dispose()
    try:
        yield
    finally:
        event.remove(engine, "connect", _limit)
        engine.dispose()


def name_keys_as_written(engine) -> tuple[list[tuple], list[tuple]]:
    """Every member's pinyin columns, and every other name key (db/member_search.py)."""
    with engine.connect() as conn:
        return (sorted(conn.exec_driver_sql(
                    "SELECT id, name_pinyin, name_initials FROM member").all()),
                sorted(conn.exec_driver_sql("SELECT member_id, key FROM member_name_key").all()))


def name_keys_as_rebuilt(engine) -> tuple[list[tuple], list[tuple]]:
    """The same as a rebuild from the names makes them (rolled back: the ledger is kept)."""
    from unionoffice.db import member_search

    with engine.connect() as conn, conn.begin() as tx:
        member_search.rebuild(conn)
        rebuilt = (sorted(conn.exec_driver_sql(
                       "SELECT id, name_pinyin, name_initials FROM member").all()),
                   sorted(conn.exec_driver_sql(
                       "SELECT member_id, key FROM member_name_key").all()))
        tx.rollback()
    return rebuilt

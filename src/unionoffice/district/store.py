"""The district store (SQLite by default): offices and their keys, accepted bundles, rows, totals.

Plain SQL on one file: the district side shares no tables with an office ledger.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS office (
    code TEXT PRIMARY KEY, name TEXT, district_code TEXT,
    last_seq INTEGER NOT NULL DEFAULT 0, last_manifest_sha256 TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS office_key (
    office_code TEXT NOT NULL REFERENCES office(code), key_id TEXT NOT NULL,
    public_key TEXT NOT NULL, valid_from TEXT NOT NULL, valid_until TEXT,
    PRIMARY KEY (office_code, key_id)
);
CREATE TABLE IF NOT EXISTS bundle (
    office_code TEXT NOT NULL, seq INTEGER NOT NULL, period TEXT NOT NULL, kind TEXT NOT NULL,
    manifest_sha256 TEXT NOT NULL, file_sha256 TEXT NOT NULL, ingested_at TEXT NOT NULL,
    totals TEXT NOT NULL, PRIMARY KEY (office_code, seq)
);
CREATE TABLE IF NOT EXISTS row_data (
    office_code TEXT NOT NULL, entity TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL,
    PRIMARY KEY (office_code, entity, id)
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def store_path(district_dir: Path) -> Path:
    return district_dir / "district.db"


def connect(district_dir: Path) -> sqlite3.Connection:
    district_dir.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(store_path(district_dir), isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("PRAGMA busy_timeout=5000")
    con.executescript(SCHEMA)
    return con


@contextmanager
def transaction(con: sqlite3.Connection):
    """All or nothing: a failure (or a killed process) leaves the store as it was."""
    con.execute("BEGIN IMMEDIATE")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")

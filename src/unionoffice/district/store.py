"""The district store: offices and their keys, accepted bundles with receipts, rows, totals.

One schema (SQLAlchemy Core) on SQLite — a file in the district folder, for a small district or
a laptop — or on PostgreSQL (``--db postgresql://…``) for the intake service. The ingest code is
the same for both; only bulk loading differs (PostgreSQL gets COPY into a staging table).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Engine,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    create_engine,
    event,
    text,
)
from sqlalchemy.engine import Connection

metadata = MetaData()
office = Table(
    "office", metadata,
    Column("code", String(16), primary_key=True), Column("name", Text),
    Column("district_code", Text),
    Column("last_seq", Integer, nullable=False, server_default="0"),
    Column("last_manifest_sha256", Text, nullable=False, server_default=""),
)
office_key = Table(
    "office_key", metadata,
    Column("office_code", String(16), nullable=False), Column("key_id", String(16),
                                                              nullable=False),
    Column("public_key", Text, nullable=False), Column("valid_from", String(10), nullable=False),
    Column("valid_until", String(10)),
    PrimaryKeyConstraint("office_code", "key_id"),
)
bundle = Table(
    "bundle", metadata,
    Column("office_code", String(16), nullable=False), Column("seq", Integer, nullable=False),
    Column("period", String(7), nullable=False), Column("kind", String(12), nullable=False),
    Column("manifest_sha256", String(64), nullable=False),
    Column("file_sha256", String(64), nullable=False, index=True),
    Column("ingested_at", String(32), nullable=False), Column("totals", Text, nullable=False),
    Column("receipt", Text), Column("receipt_signature", Text),
    PrimaryKeyConstraint("office_code", "seq"),
)
row_data = Table(
    "row_data", metadata,
    Column("office_code", String(16), nullable=False), Column("entity", String(40),
                                                              nullable=False),
    Column("id", String(40), nullable=False), Column("body", Text, nullable=False),
    PrimaryKeyConstraint("office_code", "entity", "id"),
)
meta = Table("meta", metadata, Column("key", String(60), primary_key=True),
             Column("value", Text, nullable=False))


class DistrictStore:
    """One district store, by URL (``sqlite:///…/district.db`` or ``postgresql://…``)."""

    def __init__(self, url: str) -> None:
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url[len("postgresql://"):]
        self.url = url
        self.is_postgres = url.startswith("postgresql")
        self.engine: Engine = create_engine(url, pool_pre_ping=True)
        if not self.is_postgres:
            @event.listens_for(self.engine, "connect")
            def _pragmas(dbapi_conn: Any, _record: object) -> None:
                dbapi_conn.isolation_level = None
                cur = dbapi_conn.cursor()
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA busy_timeout=10000")
                cur.close()

            @event.listens_for(self.engine, "begin")
            def _begin(conn: Connection) -> None:
                # Writes take the lock up front (no "locked" half-way); reads just begin.
                read = conn.get_execution_options().get("district_read")
                conn.exec_driver_sql("BEGIN" if read else "BEGIN IMMEDIATE")
        metadata.create_all(self.engine)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """All or nothing: a failure (or a killed process) leaves the store as it was."""
        with self.engine.begin() as conn:
            if self.is_postgres:
                # One ingest at a time per district: seq checks and chain updates stay simple.
                conn.exec_driver_sql("SELECT pg_advisory_xact_lock(4242)")
            yield conn

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection for reading (never takes the write lock)."""
        with self.engine.execution_options(district_read=True).connect() as conn:
            yield conn

    def get_meta(self, key: str) -> str | None:
        """A value of the store's meta table."""
        with self.reading() as conn:
            return conn.execute(text("SELECT value FROM meta WHERE key = :k"),
                                {"k": key}).scalar()

    def load_rows(self, conn: Connection, rows: list[tuple[str, str, str, str]]) -> None:
        """Upsert (office, entity, id, body) rows in bulk."""
        if not rows:
            return
        if not self.is_postgres:
            conn.exec_driver_sql(
                "INSERT INTO row_data (office_code, entity, id, body) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (office_code, entity, id) DO UPDATE SET body = excluded.body",
                rows)
            return
        raw = conn.connection.driver_connection
        with raw.cursor() as cur:
            cur.execute("CREATE TEMP TABLE IF NOT EXISTS row_stage (office_code text, "
                        "entity text, id text, body text) ON COMMIT DELETE ROWS")
            with cur.copy("COPY row_stage (office_code, entity, id, body) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            # A bundle may carry one row twice (changed twice): the last one wins.
            cur.execute("INSERT INTO row_data (office_code, entity, id, body) "
                        "SELECT DISTINCT ON (office_code, entity, id) office_code, entity, id, "
                        "body FROM (SELECT *, row_number() OVER () AS n FROM row_stage) s "
                        "ORDER BY office_code, entity, id, n DESC "
                        "ON CONFLICT (office_code, entity, id) DO UPDATE SET body = "
                        "excluded.body")
            cur.execute("TRUNCATE row_stage")

    def delete_rows(self, conn: Connection, keys: list[tuple[str, str, str]]) -> None:
        """Tombstones: remove (office, entity, id) rows."""
        if keys:
            conn.execute(text("DELETE FROM row_data WHERE office_code = :o AND entity = :e "
                              "AND id = :i"),
                         [{"o": o, "e": e, "i": i} for o, e, i in keys])

    def people_in_union(self, conn: Connection) -> tuple[int, int]:
        """(member rows in the union, distinct people by ID number) over all offices."""
        if self.is_postgres:
            sql = ("SELECT count(*), count(DISTINCT (body::json)->>'id_number') FROM row_data "
                   "WHERE entity = 'member' AND (body::json)->>'status' IN ('active', "
                   "'retained')")
        else:
            sql = ("SELECT count(*), count(DISTINCT json_extract(body, '$.id_number')) FROM "
                   "row_data WHERE entity = 'member' AND json_extract(body, '$.status') IN "
                   "('active', 'retained')")
        rows, people = conn.exec_driver_sql(sql).one()
        return rows, people


def store_path(district_dir: Path) -> Path:
    """The SQLite file of a district store kept in a folder."""
    return district_dir / "district.db"


def open_store(target: Path | str | DistrictStore) -> DistrictStore:
    """A store from a district folder (SQLite inside it), a database URL, or a store."""
    if isinstance(target, DistrictStore):
        return target
    if isinstance(target, str) and "://" in target:
        return DistrictStore(target)
    folder = Path(target)
    folder.mkdir(parents=True, exist_ok=True)
    return DistrictStore(f"sqlite:///{store_path(folder)}")


def dump_json(value: Any) -> str:
    """Canonical JSON for the store (sorted keys, UTF-8 text)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


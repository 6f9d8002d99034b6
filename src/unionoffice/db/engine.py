"""Engine and sessions: SQLite in WAL mode, foreign keys on, explicit transactions.

pysqlite's own transaction handling is switched off and SQLAlchemy's ``begin`` event emits
``BEGIN`` (reads) or ``BEGIN IMMEDIATE`` (writes), so a write never fails half-way with
"database is locked" when it upgrades from a read lock (SQLAlchemy's documented recipe).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from unionoffice.db.models import LedgerMeta, LedgerRow
from unionoffice.errors import LedgerError

log = logging.getLogger(__name__)
BUSY_TIMEOUT_MS = 5000
_WRITE = "uo_write"


def make_engine(path: Path) -> Engine:
    """An engine for the ledger file at ``path`` with the ledger's pragmas on every connection."""
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get(_WRITE):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


def writer(engine: Engine) -> Engine:
    """The same engine, marked so that its transactions start with BEGIN IMMEDIATE."""
    return engine.execution_options(**{_WRITE: True})


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """One write transaction: commit at the end, roll back on any error (nothing half-written)."""
    with Session(writer(engine), expire_on_commit=False) as session, _committing(session):
        yield session


@contextmanager
def bulk_write_session(engine: Engine, cache_mebibytes: int = 128) -> Iterator[Session]:
    """One write transaction for a bulk load (a roster import, demo data).

    Foreign keys are not enforced in it: the caller writes rows whose references it has made
    itself in this same transaction (new ids, organizations looked up inside it), and checking
    600,000 references one by one costs a tenth of a 100,000-row import. A bigger page cache
    keeps the dozen indexes such a load touches in memory. Its COMMIT does not copy the
    write-ahead log into the ledger file (SQLite's automatic checkpoint, 0.6 s after a
    100,000-row import): the load is committed, and durable, once it is in the log, and
    :func:`checkpoint_later` copies it in a helper thread while the clerk reads the result.

    These settings are per connection and only take effect outside a transaction, so they are
    set before BEGIN and put back after.
    """
    with writer(engine).connect() as conn:
        raw = conn.connection.driver_connection
        cache = raw.execute("PRAGMA cache_size").fetchone()[0]
        autocheckpoint = raw.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute(f"PRAGMA cache_size={-1024 * cache_mebibytes}")
        raw.execute("PRAGMA wal_autocheckpoint=0")
        try:
            with Session(bind=conn, expire_on_commit=False) as session, _committing(session):
                yield session
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
            raw.execute(f"PRAGMA cache_size={int(cache)}")
            raw.execute(f"PRAGMA wal_autocheckpoint={int(autocheckpoint)}")
    checkpoint_later(engine)


_checkpoints: dict[str, threading.Thread] = {}


def checkpoint_later(engine: Engine) -> None:
    """Copy the write-ahead log into the ledger file in a helper thread.

    A PASSIVE checkpoint waits for no one: readers and writers go on meanwhile, and whatever
    it could not copy is copied by a later checkpoint. :func:`wait_for_checkpoint` (called when
    the ledger closes) waits for it.
    """
    path = engine.url.database

    def run() -> None:
        try:
            con = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                con.execute("PRAGMA wal_checkpoint(PASSIVE)")
            finally:
                con.close()
        except sqlite3.Error as exc:  # the next checkpoint copies it; nothing is lost
            log.warning("background checkpoint of %s failed: %s", path, exc)

    wait_for_checkpoint(engine)
    thread = threading.Thread(target=run, name="wal-checkpoint", daemon=True)
    _checkpoints[path] = thread
    thread.start()


def wait_for_checkpoint(engine: Engine) -> None:
    """Wait until a checkpoint started by :func:`checkpoint_later` has finished."""
    thread = _checkpoints.pop(engine.url.database, None)
    if thread is not None:
        thread.join()


@contextmanager
def _committing(session: Session) -> Iterator[None]:
    try:
        yield
        session.commit()
    except OperationalError as exc:
        session.rollback()
        raise translate_operational_error(exc) from exc
    except BaseException:
        session.rollback()
        raise


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    """A read-only session; nothing is committed, and rows read stay usable after it closes."""
    with Session(engine, expire_on_commit=False) as session:
        yield session


def translate_operational_error(exc: OperationalError) -> Exception:
    """Turn SQLite's disk-full / locked errors into messages a clerk can act on."""
    msg = str(exc.orig).lower() if exc.orig else str(exc).lower()
    if "disk is full" in msg or "database or disk is full" in msg:
        return LedgerError("ledger.disk_full")
    return exc


def reserve_change_seqs(session: Session, count: int) -> int:
    """Reserve ``count`` consecutive change numbers; returns the first."""
    row = session.execute(
        text(
            "UPDATE ledger_meta SET value = CAST(value AS INTEGER) + :n "
            "WHERE key = 'change_seq' RETURNING CAST(value AS INTEGER)"
        ),
        {"n": count},
    ).scalar_one()
    return row - count + 1


def current_change_seq(session: Session) -> int:
    """The ledger-wide change counter."""
    meta = session.get(LedgerMeta, "change_seq")
    return int(meta.value) if meta else 0


@event.listens_for(Session, "before_flush")
def _stamp_change_seq(session: Session, _ctx: object, _instances: object) -> None:
    """Give every new or changed ledger row the next change numbers (design.md §2)."""
    from unionoffice.db.models import utcnow

    created = [o for o in session.new if isinstance(o, LedgerRow)]
    changed = [o for o in session.dirty if isinstance(o, LedgerRow) and session.is_modified(o)]
    if not created and not changed:
        return
    first = reserve_change_seqs(session, len(created) + len(changed))
    now = utcnow()
    for offset, obj in enumerate(created + changed):
        obj.change_seq = first + offset
    for obj in changed:
        obj.updated_at = now

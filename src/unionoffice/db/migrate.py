"""Open a ledger: single-instance lock, refuse newer schemas, back up, migrate (Alembic)."""

from __future__ import annotations

import json
import logging
import os
import socket
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from filelock import FileLock, Timeout
from sqlalchemy import Engine

from unionoffice.backup.copies import backup_ledger
from unionoffice.db.engine import make_engine, wait_for_checkpoint
from unionoffice.db.models import SCHEMA_REVISION, SCHEMA_VERSION
from unionoffice.errors import LedgerUnavailable
from unionoffice.i18n import t
from unionoffice.paths import DataPaths

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")


# Alembic is imported only when a ledger is created or migrated: opening an up-to-date ledger
# (every start of the app) does not need it, and importing it costs 0.4 s.


def alembic_config() -> Config:
    """Alembic's configuration for the ledger's migrations."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The newest migration."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    """Every migration this program knows."""
    from alembic.script import ScriptDirectory

    return {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


@dataclass
class Ledger:
    """An open ledger: its paths, engine and the lock that keeps other copies out."""

    paths: DataPaths
    engine: Engine
    _lock: FileLock | None = field(default=None, repr=False)
    backups_made: list[Path] = field(default_factory=list)

    def close(self) -> None:
        """Release the ledger: the log copied in, connections closed, the lock freed."""
        wait_for_checkpoint(self.engine)
        self.engine.dispose()
        if self._lock is not None:
            self.paths.lock_info.unlink(missing_ok=True)
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _acquire_lock(paths: DataPaths) -> FileLock:
    lock = FileLock(paths.lock, timeout=0)
    try:
        lock.acquire()
    except Timeout:
        holder = ""
        try:
            info = json.loads(paths.lock_info.read_text("utf-8"))
            holder = t("ledger.lock_holder", host=info["host"], pid=info["pid"])
        except (OSError, ValueError, KeyError):
            pass
        raise LedgerUnavailable(
            "ledger.locked", path=str(paths.ledger), holder=holder) from None
    paths.lock_info.write_text(
        json.dumps({"pid": os.getpid(), "host": socket.gethostname()}), "utf-8"
    )
    return lock


def _check_writable(paths: DataPaths) -> None:
    """Fail early, before any lock or migration, when the folder or the file cannot be written
    (a read-only share, a write-protected USB stick, a full disk)."""
    probe = paths.root / ".write-test"
    with open(probe, "wb") as f:
        f.write(b"ok")
    probe.unlink()
    if paths.ledger.exists():
        with open(paths.ledger, "r+b"):
            pass


def inspect_ledger(path: Path) -> tuple[int, str | None]:
    """(PRAGMA user_version, alembic revision) of an existing file; refuses non-ledgers."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            version = con.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise LedgerUnavailable(
            "ledger.not_a_ledger", path=str(path), detail=str(exc)
        ) from exc
    if tables and "alembic_version" not in tables:
        raise LedgerUnavailable(
            "ledger.not_a_ledger", path=str(path),
            detail=t("ledger.no_schema_version"),
        )
    return version, revision


def open_ledger(paths: DataPaths, *, backup_on_start: bool = False) -> Ledger:
    """Open (creating if missing) and migrate the ledger in ``paths``.

    Args:
        paths: The data directory.
        backup_on_start: Copy the ledger to backups/ even when no migration is due (GUI start).

    Raises:
        LedgerUnavailable: another copy holds the ledger, it is newer than this program, or the
            file is not a ledger. In each case the file is left untouched.
    """
    try:
        paths.ensure()
        _check_writable(paths)
    except OSError as exc:
        raise LedgerUnavailable("ledger.read_only", path=str(paths.root),
                                reason=exc.strerror or str(exc)) from exc
    lock = _acquire_lock(paths)
    try:
        exists = paths.ledger.exists() and paths.ledger.stat().st_size > 0
        backups = []
        needs_migration = not exists
        if exists:
            version, revision = inspect_ledger(paths.ledger)
            if (version, revision) != (SCHEMA_VERSION, SCHEMA_REVISION):
                if version > SCHEMA_VERSION or (revision and revision not in known_revisions()):
                    raise LedgerUnavailable(
                        "ledger.too_new", path=str(paths.ledger),
                        found=version, supported=SCHEMA_VERSION,
                    )
                needs_migration = revision != head_revision()
            if needs_migration:
                backups.append(backup_ledger(paths, "pre-migrate"))
            elif backup_on_start:
                backups.append(backup_ledger(paths, "start"))
        engine = make_engine(paths.ledger)
        if needs_migration:
            migrate(engine)
        return Ledger(paths, engine, lock, backups)
    except BaseException:
        paths.lock_info.unlink(missing_ok=True)
        lock.release()
        raise


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision."""
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()

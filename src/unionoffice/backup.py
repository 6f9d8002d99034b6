"""Copies of the ledger file: before migrating, at start-up, and on request."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from unionoffice.paths import DataPaths

KEEP_BACKUPS = 20
START_BACKUP_EVERY = dt.timedelta(hours=20)


def backup_ledger(paths: DataPaths, reason: str) -> Path:
    """Copy the ledger with SQLite's online backup (consistent even in WAL mode).

    The copy is written to a temporary name and renamed, so a crash never leaves a half copy
    under a backup's name. Old copies beyond ``KEEP_BACKUPS`` are removed.
    """
    paths.backups.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = paths.backups / f"ledger-{stamp}-{reason}.db"
    partial = target.with_suffix(".db.partial")
    src = sqlite3.connect(paths.ledger)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)
    rotate(paths)
    return target


def rotate(paths: DataPaths, keep: int = KEEP_BACKUPS) -> None:
    """Remove the oldest backups beyond ``keep``."""
    copies = sorted(paths.backups.glob("ledger-*.db"))
    for old in copies[:-keep] if keep else copies:
        old.unlink(missing_ok=True)


def backup_on_start_if_due(paths: DataPaths, now: dt.datetime | None = None) -> Path | None:
    """The desktop app's start-up copy: at most one a day, so big ledgers do not fill the disk."""
    now = now or dt.datetime.now()
    latest = max(paths.backups.glob("ledger-*-start.db"), default=None,
                 key=lambda p: p.stat().st_mtime)
    if latest and now - dt.datetime.fromtimestamp(latest.stat().st_mtime) < START_BACKUP_EVERY:
        return None
    return backup_ledger(paths, "start")

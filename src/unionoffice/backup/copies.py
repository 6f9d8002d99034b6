"""Copies of the ledger: daily, before migrations, imports and restores, and on request.

Copies are made with SQLite's online backup API (consistent even while the app writes, in WAL
mode), under a temporary name renamed when complete, so a crash never leaves a half copy under
a backup's name. Rotation keeps the newest copy of each of the last 7 days, 4 weeks and 12
months, and always the last few copies whatever their age (a copy made before an import must
survive that day's other copies).

A restore copies a checked backup back over the live ledger in one SQLite transaction, after a
copy of the ledger as it was. The restored ledger then refuses to make bundles until the office
confirms which bundle the district last acknowledged (see ``bundle.ack``), so the chain of
bundles never forks.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from unionoffice.errors import LedgerError
from unionoffice.paths import DataPaths

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY, KEEP_LATEST = 7, 4, 12, 5
DAILY_EVERY = dt.timedelta(hours=20)
# Why a copy was taken (labels backup.reason.*).
REASONS = ("start", "daily", "pre-migrate", "pre-import", "pre-restore", "manual")
_NAME = re.compile(r"^ledger-(\d{8}-\d{6}-\d{6})-([a-z-]+)\.db$")


@dataclass(frozen=True)
class BackupInfo:
    """One copy in the backups folder."""

    path: Path
    taken_at: dt.datetime  # local time, from the file name
    reason: str
    size: int

    @property
    def reason_label(self) -> str:
        """Why the copy was taken, in the chosen language."""
        from unionoffice.i18n import t

        return t(f"backup.reason.{self.reason}") if self.reason in REASONS else self.reason


def backup_ledger(paths: DataPaths, reason: str, *, now: dt.datetime | None = None) -> Path:
    """Copy the ledger now; returns the copy's path. Older copies are then rotated.

    Raises:
        LedgerError: ``backup.failed`` when the copy cannot be written (full disk …).
    """
    paths.backups.mkdir(parents=True, exist_ok=True)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    target = paths.backups / f"ledger-{stamp}-{reason}.db"
    partial = target.with_suffix(".db.partial")
    try:
        _online_copy(paths.ledger, partial)
        partial.replace(target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise LedgerError("backup.failed", reason=str(exc)) from exc
    rotate(paths)
    return target


def list_backups(paths: DataPaths) -> list[BackupInfo]:
    """The copies, newest first."""
    found = []
    for path in paths.backups.glob("ledger-*.db") if paths.backups.exists() else []:
        m = _NAME.match(path.name)
        if not m:
            continue
        taken = dt.datetime.strptime(m[1], "%Y%m%d-%H%M%S-%f")
        found.append(BackupInfo(path, taken, m[2], path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def choose_keepers(taken: list[dt.datetime]) -> set[dt.datetime]:
    """Which copies rotation keeps: the newest of each of the last 7 days, 4 ISO weeks and 12
    months that have copies, and the newest ``KEEP_LATEST`` whatever their age."""
    newest_first = sorted(taken, reverse=True)
    keep = set(newest_first[:KEEP_LATEST])
    for bucket, count in ((lambda t: t.date(), KEEP_DAILY),
                          (lambda t: t.isocalendar()[:2], KEEP_WEEKLY),
                          (lambda t: (t.year, t.month), KEEP_MONTHLY)):
        seen: list = []
        for t in newest_first:
            key = bucket(t)
            if key not in seen:
                seen.append(key)
                if len(seen) > count:
                    break
                keep.add(t)
    return keep


def rotate(paths: DataPaths) -> list[Path]:
    """Remove the copies rotation does not keep; returns what was removed."""
    copies = list_backups(paths)
    keep = choose_keepers([c.taken_at for c in copies])
    removed = [c.path for c in copies if c.taken_at not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def backup_if_due(paths: DataPaths, now: dt.datetime | None = None) -> Path | None:
    """The daily copy (at start-up and while the app runs): at most one in ``DAILY_EVERY``."""
    now = now or dt.datetime.now()
    latest = next((c for c in list_backups(paths) if c.reason in ("start", "daily")), None)
    if latest and now - latest.taken_at < DAILY_EVERY:
        return None
    return backup_ledger(paths, "daily", now=now)


def check_backup(path: Path) -> int:
    """Refuse a file that is not a sound UnionOffice ledger; returns its schema version."""
    if not path.is_file():
        raise LedgerError("backup.not_found", file=str(path))
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if con.execute("PRAGMA integrity_check").fetchone() != ("ok",):
                raise LedgerError("backup.damaged", file=path.name)
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
            if not {"ledger_meta", "member", "audit_entry"} <= tables:
                raise LedgerError("backup.not_a_ledger", file=path.name)
            return con.execute("PRAGMA user_version").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise LedgerError("backup.damaged", file=path.name) from exc


def copy_into(source: Path, target: Path) -> None:
    """Replace the database at ``target`` by ``source``'s content in one transaction.

    The online backup API writes all pages inside one write transaction on the target: a
    crash half-way leaves the target as it was (its WAL rolls the partial copy back).
    """
    _online_copy(source, target, read_only=True)


def _online_copy(source: Path, target: Path, *, read_only: bool = False) -> None:
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True) if read_only else \
        sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target, timeout=5)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()

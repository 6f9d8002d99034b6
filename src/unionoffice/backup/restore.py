"""Restore the ledger from a backup, and re-anchor the bundle chain afterwards.

After a restore the ledger may lack bundles it had already sent: making the next bundle from
the restored state could repeat a seq the district already holds, with different content — a
fork. So bundle creation stays blocked until the office confirms the last seq the district
acknowledged (``bundle/chain.py``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select

from unionoffice.accounts import permissions
from unionoffice.audit import trail
from unionoffice.backup.copies import backup_ledger, check_backup, copy_into
from unionoffice.bundle.chain import ACK_REQUIRED
from unionoffice.db.engine import write_session
from unionoffice.db.migrate import Ledger, migrate
from unionoffice.db.models import SCHEMA_VERSION, BundleRecord, LedgerMeta
from unionoffice.errors import LedgerError


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: from which copy, the safety copy, the last local bundle."""
    restored_from: Path
    safety_copy: Path  # the ledger as it was just before the restore
    last_local_bundle: int  # highest bundle seq the restored ledger knows (0: none)


@permissions.guarded("backup.restore", engine=lambda ledger: ledger.engine)
def restore_ledger(ledger: Ledger, backup: Path, *, operator: str = "") -> RestoreResult:
    """Replace the live ledger by ``backup`` (checked first; the current state is copied).

    Raises:
        LedgerError: the backup is missing, damaged, not a ledger, or newer than this program.
    """
    backup = Path(backup)
    version = check_backup(backup)
    if version > SCHEMA_VERSION:
        raise LedgerError("ledger.too_new", path=str(backup), found=version,
                          supported=SCHEMA_VERSION)
    digest = hashlib.sha256(backup.read_bytes()).hexdigest()
    safety = backup_ledger(ledger.paths, "pre-restore")
    ledger.engine.dispose()  # no pooled connection keeps pages of the old file
    copy_into(backup, ledger.paths.ledger)
    migrate(ledger.engine)
    permissions.refresh_mode(ledger.engine)  # the copy may have other accounts
    with write_session(ledger.engine) as session:
        session.merge(LedgerMeta(key=ACK_REQUIRED, value="1"))
        last = session.exec(select(BundleRecord.seq).order_by(BundleRecord.seq.desc())).first()
        trail.record(session, operator=operator, action="ledger.restore", entity="ledger",
                     after={"backup": backup.name, "sha256": digest,
                            "safety_copy": safety.name, "last_local_bundle": last or 0})
    return RestoreResult(backup, safety, last or 0)

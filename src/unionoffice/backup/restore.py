"""Restore the ledger from a backup, and re-anchor the bundle chain afterwards.

After a restore the ledger may lack bundles it had already sent: making the next bundle from
the restored state could repeat a seq the district already holds, with different content — a
fork. So bundle creation stays blocked until the office confirms the last seq the district
acknowledged (its receipt, or the 月度上报 list on the district side).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, text
from sqlmodel import select

from unionoffice.accounts import permissions
from unionoffice.audit import trail
from unionoffice.backup.copies import backup_ledger, check_backup, copy_into
from unionoffice.db.engine import read_session, write_session
from unionoffice.db.migrate import Ledger, migrate
from unionoffice.db.models import SCHEMA_VERSION, BundleRecord, LedgerMeta
from unionoffice.errors import LedgerError, Problem, RuleViolation, ValidationFailed

ACK_REQUIRED = "bundle_ack_required"


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path  # the ledger as it was just before the restore
    last_local_bundle: int  # highest bundle seq the restored ledger knows (0: none)


def restore_ledger(ledger: Ledger, backup: Path, *, operator: str = "") -> RestoreResult:
    """Replace the live ledger by ``backup`` (checked first; the current state is copied).

    Raises:
        LedgerError: the backup is missing, damaged, not a ledger, or newer than this program.
    """
    permissions.require(ledger.engine, "backup.restore")
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
    permissions.forget_mode(ledger.engine)  # the copy may have other accounts
    with write_session(ledger.engine) as session:
        session.merge(LedgerMeta(key=ACK_REQUIRED, value="1"))
        last = session.exec(select(BundleRecord.seq).order_by(BundleRecord.seq.desc())).first()
        trail.record(session, operator=operator, action="ledger.restore", entity="ledger",
                     after={"backup": backup.name, "sha256": digest,
                            "safety_copy": safety.name, "last_local_bundle": last or 0})
    return RestoreResult(backup, safety, last or 0)


def ack_required(engine) -> bool:
    """True while a restored ledger waits for the district's last acknowledged seq."""
    with read_session(engine) as session:
        row = session.get(LedgerMeta, ACK_REQUIRED)
    return bool(row and row.value == "1")


@permissions.guarded("bundle.create")
def confirm_district_ack(engine, acked_seq: int, manifest_sha256: str | None = None, *,
                         operator: str = "") -> int:
    """Record the last bundle seq the district acknowledged; returns the next seq to be made.

    Bundles this ledger holds after that seq were never accepted and are forgotten (their seqs
    will be made again). If the district holds a seq this ledger never saw (the backup is older
    than that bundle), the district's receipt gives its manifest SHA-256 so the next bundle
    chains to it; that next bundle then carries every row (nothing is assumed sent).
    """
    if acked_seq < 0:
        raise ValidationFailed([Problem("number.range", "seq",
                                        {"value": acked_seq, "min": 0, "max": 999999})])
    digest = (manifest_sha256 or "").strip().lower()
    with write_session(engine) as session:
        known = session.get(BundleRecord, acked_seq) if acked_seq else None
        if acked_seq and known is None:
            if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
                raise RuleViolation("bundle.ack_needs_receipt", "seq", seq=acked_seq)
        if known is not None and digest and digest != known.manifest_sha256:
            raise RuleViolation("bundle.ack_mismatch", "seq", seq=acked_seq)
        forgotten = list(session.exec(
            select(BundleRecord.seq).where(BundleRecord.seq > acked_seq)))
        session.execute(delete(BundleRecord).where(BundleRecord.seq > acked_seq))
        if acked_seq and known is None:
            session.add(BundleRecord(seq=acked_seq, period="", kind="ack",
                                     since_seq=0, until_seq=0, manifest_sha256=digest,
                                     file=""))
        session.execute(text("DELETE FROM ledger_meta WHERE key = :k"), {"k": ACK_REQUIRED})
        trail.record(session, operator=operator, action="bundle.ack_confirmed", entity="bundle",
                     entity_id=str(acked_seq),
                     after={"acked_seq": acked_seq, "manifest_sha256": digest or None,
                            "forgotten": forgotten})
    return acked_seq + 1

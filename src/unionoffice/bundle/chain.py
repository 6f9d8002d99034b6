"""The bundle chain: each bundle's seq, the hash of the one before, and the district's ack.

Every bundle an office makes carries the next seq and the SHA-256 of the previous bundle's
manifest (``prev_manifest_sha256``), so the district can tell a missing, repeated or forked
bundle. After a restore from a backup the chain is re-anchored to the last seq the district
acknowledged before another bundle may be made.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import Engine, delete, text
from sqlmodel import select

from unionoffice.accounts import permissions
from unionoffice.audit import trail
from unionoffice.db.engine import read_session, write_session
from unionoffice.db.models import BundleRecord, LedgerMeta
from unionoffice.errors import Problem, RuleViolation, ValidationFailed

ACK_REQUIRED = "bundle_ack_required"
_BUNDLE_FILE = re.compile(r"^(?P<office>\d+)_(?P<period>\d{4}-\d{2})_(?P<seq>\d{4,})\.uob(\.age)?"
                          r"(\.partial)?$")


def remove_unrecorded(folder: Path, office_code: str, next_seq: int) -> list[Path]:
    """Delete the bundle files of seqs the ledger has no record of (seq >= ``next_seq``).

    A bundle's file is renamed into place just before its record commits; a program stopped
    between the two (a crash, a power cut) leaves a file the chain does not know. Its seq is
    made again by the next bundle, so the leftover is removed first: what the folder holds
    is what the ledger recorded.
    """
    removed = []
    for path in folder.iterdir() if folder.is_dir() else ():
        m = _BUNDLE_FILE.match(path.name)
        if m and m["office"] == office_code and int(m["seq"]) >= next_seq:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def bundle_history(engine: Engine) -> list[BundleRecord]:
    """The made bundles, newest first."""
    with read_session(engine) as session:
        return list(session.exec(select(BundleRecord).order_by(BundleRecord.seq.desc())))


def ack_required(engine: Engine) -> bool:
    """True while a restored ledger waits for the district's last acknowledged seq."""
    with read_session(engine) as session:
        row = session.get(LedgerMeta, ACK_REQUIRED)
    return bool(row and row.value == "1")


@permissions.guarded("bundle.create")
def confirm_district_ack(engine: Engine, acked_seq: int, manifest_sha256: str | None = None, *,
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

"""Make the month's bundle: rows changed since the last one, the month's totals, signed and
(when it carries personal data) encrypted to the district."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text
from sqlmodel import Session, select

from unionoffice import __version__
from unionoffice.accounts import permissions
from unionoffice.audit import trail
from unionoffice.bundle import crypt, keys, sign
from unionoffice.bundle import format as fmt
from unionoffice.bundle.chain import ack_required, remove_unrecorded
from unionoffice.bundle.rotation import clear_pending, pending_rotation_files
from unionoffice.db.engine import read_session, write_session
from unionoffice.db.models import DERIVED_COLUMNS, SCHEMA_VERSION, BundleRecord, Office
from unionoffice.errors import LedgerError
from unionoffice.reports.monthly import monthly_report


def _rows(session: Session, table: str, since: int) -> list[bytes]:
    conn = session.connection()
    columns = "*"
    if table in DERIVED_COLUMNS:  # search keys made from the name: not sent
        columns = ", ".join(r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")
                            if r[1] not in DERIVED_COLUMNS[table])
    cursor = conn.exec_driver_sql(
        f"SELECT {columns} FROM {table} WHERE change_seq > ? ORDER BY change_seq", (since,))
    names = [d[0] for d in cursor.cursor.description]
    return [fmt.canonical_json(dict(zip(names, row, strict=True))) for row in cursor]


@permissions.guarded("bundle.create")
def create_bundle(
    engine: Engine,
    period: str,
    out_dir: Path,
    *,
    full: bool = False,
    aggregates_only: bool = False,
    operator: str = "",
) -> Iterator[tuple[int, int]]:
    """Build, sign, encrypt and record one bundle; yields progress, returns its path.

    Use as ``path = yield from create_bundle(...)`` or run it with ``run_to_end``.
    """
    if ack_required(engine):
        raise LedgerError("bundle.ack_required")
    report = monthly_report(engine, period)  # refuses a malformed period first
    with read_session(engine) as session:
        office = session.exec(select(Office)).first()
        if office is None:
            raise LedgerError("office.missing")
        last = session.exec(select(BundleRecord).order_by(BundleRecord.seq.desc())).first()
        until = int(session.execute(text(
            "SELECT value FROM ledger_meta WHERE key = 'change_seq'")).scalar_one())
    if not aggregates_only and not office.district_recipient:
        raise LedgerError("bundle.no_recipient")
    private = keys.load_signing_key(office.code)
    seq = (last.seq + 1) if last else 1
    kind = "aggregates" if aggregates_only else ("full" if full or last is None else "delta")
    since = 0 if kind != "delta" else last.until_seq
    files: list[tuple[str, bytes, int]] = []
    tables = [] if aggregates_only else fmt.TABLES + ["tombstone"]
    total = len(tables) + 2
    yield 0, total
    with read_session(engine) as session:
        for n, table in enumerate(tables, start=1):
            rows = _rows(session, table, since)
            files.append((f"data/{table}.jsonl", b"".join(r + b"\n" for r in rows), len(rows)))
            yield n, total
    totals = {k: v for k, v in report.to_json().items() if k != "definitions"}
    files.append(("report/monthly.json", fmt.canonical_json(report.to_json()), 1))
    with read_session(engine) as session:  # a key rotation travels with the next bundle
        files.extend((path, data, 1) for path, data in pending_rotation_files(session))
        audit_head = trail.chain_head(session)
    public = sign.raw_public(private)
    manifest = {
        "format": fmt.FORMAT,
        "office": {"code": office.code, "name": office.name,
                   "district_code": office.district_code, "district_name": office.district_name},
        "period": period, "seq": seq, "kind": kind,
        "prev_manifest_sha256": last.manifest_sha256 if last else "",
        "since_seq": since, "until_seq": until,
        "created_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "app_version": __version__, "schema_version": SCHEMA_VERSION,
        "key_id": sign.key_id_text(sign.key_id_bytes(public)),
        "encrypted": not aggregates_only,
        "files": [{"path": path, "sha256": fmt.sha256(data), "bytes": len(data), "rows": rows}
                  for path, data, rows in files],
        "totals": totals,
        # The audit log's newest entry: the district can later tell whether this office's
        # log was rewritten behind it (each bundle pins the chain as it stood).
        "audit_head": audit_head,
    }
    manifest_bytes = fmt.canonical_json(manifest)
    manifest_hash = fmt.sha256(manifest_bytes)
    signature = sign.sign_file(private, manifest_bytes,
                               f"office={office.code} period={period} seq={seq} "
                               f"sha256={manifest_hash}")
    archive = fmt.write_zip([(fmt.MANIFEST, manifest_bytes), (fmt.SIGNATURE, signature)]
                            + [(path, data) for path, data, _ in files])
    if not aggregates_only:
        archive = crypt.encrypt(archive, office.district_recipient)
    out_dir.mkdir(parents=True, exist_ok=True)
    remove_unrecorded(out_dir, office.code, seq)
    target = out_dir / fmt.bundle_name(office.code, period, seq, not aggregates_only)
    partial = target.with_name(target.name + ".partial")
    with open(partial, "wb") as f:
        f.write(archive)
        f.flush()
        os.fsync(f.fileno())
    with write_session(engine) as session:
        if session.get(BundleRecord, seq) is not None:  # another bundle was made meanwhile
            partial.unlink(missing_ok=True)
            raise LedgerError("bundle.seq_taken", seq=seq)
        partial.replace(target)
        record = BundleRecord(seq=seq, period=period, kind=kind, since_seq=since,
                              until_seq=until, manifest_sha256=manifest_hash, file=str(target))
        session.add(record)
        clear_pending(session)
        session.flush()
        trail.record(session, operator=operator, action="bundle.create", entity="bundle",
                     entity_id=str(seq), after=trail.snapshot(record))
    yield total, total
    return target


def run_to_end(job: Iterator[tuple[int, int]]) -> Any:
    """Drive a generator job and return its result (the CLI's way; the UI shows progress)."""
    while True:
        try:
            next(job)
        except StopIteration as stop:
            return stop.value

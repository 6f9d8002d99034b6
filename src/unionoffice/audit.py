"""Append-only, hash-chained audit log: who changed what, when, before and after."""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from typing import Any

from sqlmodel import Session, SQLModel, select

from unionoffice.db.models import AuditEntry, utcnow

GENESIS = "0" * 64
ENV_OPERATOR = "UNIONOFFICE_OPERATOR"


def current_operator() -> str:
    """The person working: UNIONOFFICE_OPERATOR, else the OS account name."""
    name = os.environ.get(ENV_OPERATOR)
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def canonical_json(value: Any) -> str:
    """Sorted keys, no spaces, UTF-8 text: the same value always gives the same string."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def snapshot(row: SQLModel | None) -> dict[str, Any] | None:
    """A JSON-ready copy of a row for before/after."""
    return None if row is None else row.model_dump(mode="json")


def entry_hash(fields: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(fields).encode("utf-8")).hexdigest()


def _hashed_fields(e: AuditEntry) -> dict[str, Any]:
    return {
        "at": e.at.isoformat(),
        "operator": e.operator,
        "action": e.action,
        "entity": e.entity,
        "entity_id": e.entity_id,
        "before": e.before,
        "after": e.after,
        "prev_hash": e.prev_hash,
    }


def record(
    session: Session,
    *,
    operator: str,
    action: str,
    entity: str,
    entity_id: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry in the caller's transaction (so it commits or rolls back with the write)."""
    last = session.exec(select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
    entry = AuditEntry(
        at=utcnow(),
        operator=operator or current_operator(),
        action=action,
        entity=entity,
        entity_id=entity_id,
        before=None if before is None else canonical_json(before),
        after=None if after is None else canonical_json(after),
        prev_hash=last or GENESIS,
        hash="",
    )
    entry.hash = entry_hash(_hashed_fields(entry))
    session.add(entry)
    return entry


def record_many(
    session: Session, entries: list[dict[str, Any]], *, operator: str = ""
) -> None:
    """Append many entries at once (a roster import), chained exactly as :func:`record` does.

    Each entry is a dict with ``action``, ``entity``, ``entity_id`` and optional ``before`` /
    ``after`` (a dict, or its canonical JSON text when the caller has it already). One
    executemany instead of an ORM object and a query per entry.
    """
    if entries:
        session.connection().exec_driver_sql(
            *chained_insert(last_hash(session), entries, operator=operator))


def last_hash(session: Session) -> str:
    """The hash the next entry chains to."""
    prev = session.exec(select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
    return prev or GENESIS


def chained_insert(
    prev: str, entries: list[dict[str, Any]], *, operator: str = ""
) -> tuple[str, list[tuple]]:
    """The INSERT and parameters for ``entries`` chained after ``prev`` (see record_many)."""
    from unionoffice.db.bulk import TIMESTAMP_FORMAT

    who = operator or current_operator()
    at = utcnow()
    at_iso, at_stored = at.isoformat(), at.strftime(TIMESTAMP_FORMAT)
    params = []
    for e in entries:
        before = None if e.get("before") is None else canonical_json(e["before"])
        after = e.get("after")
        if after is not None and not isinstance(after, str):
            after = canonical_json(after)
        fields = {"at": at_iso, "operator": who, "action": e["action"], "entity": e["entity"],
                  "entity_id": e.get("entity_id", ""), "before": before, "after": after,
                  "prev_hash": prev}
        digest = entry_hash(fields)
        params.append((at_stored, who, e["action"], e["entity"], fields["entity_id"], before,
                       after, prev, digest))
        prev = digest
    return ("INSERT INTO audit_entry (at, operator, action, entity, entity_id, before, after, "
            "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", params)


def verify_chain(session: Session) -> int | None:
    """Check every entry's hash and link; returns the seq of the first bad entry, or None."""
    prev = GENESIS
    for e in session.exec(select(AuditEntry).order_by(AuditEntry.seq)):
        if e.prev_hash != prev or e.hash != entry_hash(_hashed_fields(e)):
            return e.seq
        prev = e.hash
    return None

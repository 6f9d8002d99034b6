"""Write a reconciled roster into the ledger: one transaction, bulk statements, audited.

New members get their 入会 event and search keys; updated members get the changed fields and
fresh search keys; organizations the clerk allowed are created. Every member written has its own
audit entry, and the import as a whole one more (file name, its SHA-256, the counts).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator

from sqlmodel import Session

from unionoffice import audit, membership
from unionoffice.db.bulk import (
    OverlappedWriter,
    drop_secondary_indexes,
    insert_rows,
    insert_statement,
    now_text,
)
from unionoffice.db.engine import reserve_change_seqs
from unionoffice.db.models import Member, MemberEvent, Organization
from unionoffice.members import member_keys
from unionoffice.pinyin import search_keys
from unionoffice.roster.plan import Decisions

CHUNK = 5000
# Importing at least this many rows, and more than the ledger holds, rebuilds the indexes.
BULK_MIN = 5000


def new_ids(count: int) -> list[str]:
    """``count`` random version-4 UUIDs as hex, sorted (uuid.uuid4() per row is slow)."""
    data = os.urandom(16 * count)
    out = []
    for offset in range(0, 16 * count, 16):
        n = int.from_bytes(data[offset:offset + 16])
        n = (n & ~(0xF << 76)) | (0x4 << 76)  # version 4
        n = (n & ~(0xC << 60)) | (0x8 << 60)  # RFC 4122 variant
        out.append(f"{n:032x}")
    out.sort()
    return out


def _json_ready(values: dict) -> dict:
    return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in values.items()
            if v is not None and v is not False}


def apply_decisions(session: Session, decisions: Decisions, *, operator: str,
                    source: dict) -> Iterator[tuple[int, int]]:
    """Write what ``decisions`` says in the caller's transaction; yields progress.

    Args:
        session: The write transaction (the caller commits, or rolls back on any error).
        decisions: From :func:`reconcile`, run in this same transaction.
        operator: Who imports.
        source: File facts for the import's own audit entry (name, sha256, sheet, counts).
    """
    operator = operator or audit.current_operator()
    now = now_text()
    total = len(decisions.new) + len(decisions.updates)
    seq = reserve_change_seqs(session, len(decisions.new_orgs) + 2 * len(decisions.new)
                              + len(decisions.updates))
    entries: list[dict] = []
    orgs = []
    for planned in decisions.new_orgs.values():
        orgs.append(dict(
            id=planned.id, name=planned.name, uscc=planned.uscc,
            uscc_missing_reason=None if planned.uscc else "花名册导入，未提供统一社会信用代码",
            kind="single", unit_category="enterprise", employees=0, female_employees=0,
            status="active", search_key=" ".join(search_keys(planned.name))))
        entries.append({"action": "organization.create", "entity": "organization",
                        "entity_id": planned.id, "after": _json_ready(orgs[-1])})
    seq = insert_rows(session, Organization.__table__, orgs, seq, now)
    done = 0
    yield done, total
    existing = session.connection().exec_driver_sql("SELECT count(*) FROM member").scalar_one()
    rebuild = (drop_secondary_indexes(session, ("member", "member_event", "member_key"))
               if len(decisions.new) >= max(BULK_MIN, existing) else [])
    # Ids are made up front and rows written in id order: B-tree inserts in key order are
    # several times faster than random ones (uuid4 order) once the tables are large.
    ids = new_ids(len(decisions.new))
    event_ids = new_ids(len(decisions.new))
    conn = session.connection()
    for start in range(0, len(decisions.new), CHUNK):
        statements, seq = _new_members_batch(decisions.new[start:start + CHUNK], ids[start:],
                                             event_ids[start:], entries, operator, seq, now)
        # (Writing in a helper thread while the next batch is built was measured slower:
        # executemany takes the GIL back for every row it binds.)
        for sql, params in statements:
            conn.exec_driver_sql(sql, params)
        yield min(start + CHUNK, len(decisions.new)), total
    for start in range(0, len(decisions.updates), CHUNK):
        for item, member_id, before, after in decisions.updates[start:start + CHUNK]:
            columns = sorted(after)
            session.connection().exec_driver_sql(
                f"UPDATE member SET {', '.join(f'{c} = ?' for c in columns)}, "
                "change_seq = ?, updated_at = ? WHERE id = ?",
                (*[after[c] for c in columns], seq, now, member_id))
            seq += 1
            if "phone" in after:
                session.connection().exec_driver_sql(
                    "DELETE FROM member_key WHERE member_id = ?", (member_id,))
                session.connection().exec_driver_sql(
                    "INSERT INTO member_key (key, member_id) VALUES (?, ?)",
                    [(k, member_id) for k in member_keys(item.values["name"],
                                                         item.values["id_number"],
                                                         after["phone"])])
            entries.append({"action": "member.update", "entity": "member",
                            "entity_id": member_id, "before": before, "after": after})
        done = len(decisions.new) + min(start + CHUNK, len(decisions.updates))
        yield done, total
    entries.append({"action": "roster.import", "entity": "ledger", "after": source})
    prev = audit.last_hash(session)
    with OverlappedWriter(session) as writer:
        # CREATE INDEX is one long SQLite call without the GIL: the log is hashed meanwhile.
        writer.submit([(sql, ()) for sql in rebuild])
        audit_insert = audit.chained_insert(prev, entries, operator=operator)
    session.connection().exec_driver_sql(*audit_insert)
    yield total, total


def _new_members_batch(batch, ids: list[str], event_ids: list[str], entries: list[dict],
                       operator: str, seq: int, now: str) -> tuple[list, int]:
    """INSERTs for new members, their 入会 events and search keys; audit entries appended."""
    members, events, keys = [], [], []
    for offset, (item, org_id, join_date) in enumerate(batch):
        member_id = ids[offset]
        row = dict(item.values, id=member_id, organization_id=org_id,
                   status=membership.ACTIVE, join_date=join_date)
        members.append(row)
        events.append(dict(
            id=event_ids[offset], member_id=member_id, kind=membership.JOIN,
            event_date=join_date, to_organization_id=org_id,
            note=f"花名册导入（第{item.row}行）", operator=operator))
        keys.extend((k, member_id) for k in member_keys(row["name"], row["id_number"],
                                                        row["phone"]))
        # The member's values are the file's row (its SHA-256 is in the import's own entry)
        # as the ledger's rules cleaned it; the entry names the row.
        entries.append({"action": "member.import", "entity": "member",
                        "entity_id": member_id, "after": f'{{"row":{item.row}}}'})
    member_sql, member_params, seq = insert_statement(Member.__table__, members, seq, now)
    event_sql, event_params, seq = insert_statement(MemberEvent.__table__, events, seq, now)
    keys.sort()
    return [(member_sql, member_params), (event_sql, event_params),
            ("INSERT INTO member_key (key, member_id) VALUES (?, ?)", keys)], seq

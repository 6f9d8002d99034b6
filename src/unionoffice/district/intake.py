"""Register office keys and ingest bundles: every check before anything is written."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import keyring

from unionoffice import key_rotation, keys
from unionoffice.bundle import crypt, sign
from unionoffice.bundle import format as fmt
from unionoffice.bundle.verify import open_bundle
from unionoffice.district import store
from unionoffice.errors import LedgerError

IDENTITY_ENTRY = "district-identity"


def init_district(district_dir: Path, district_code: str) -> str:
    """Create the store and the district's age identity (kept in the keyring); the recipient."""
    keys.check_backend()
    con = store.connect(district_dir)
    existing = con.execute("SELECT value FROM meta WHERE key = 'recipient'").fetchone()
    if existing:
        return existing[0]
    identity, recipient = crypt.new_identity()
    keyring.set_password(keys.SERVICE, f"{IDENTITY_ENTRY}:{district_code}", identity)
    with store.transaction(con):
        con.execute("INSERT INTO meta (key, value) VALUES ('recipient', ?), ('district', ?)",
                    (recipient, district_code))
    return recipient


def district_identity(district_dir: Path) -> str:
    con = store.connect(district_dir)
    row = con.execute("SELECT value FROM meta WHERE key = 'district'").fetchone()
    if row is None:
        raise LedgerError("district.not_initialised", path=str(district_dir))
    identity = keyring.get_password(keys.SERVICE, f"{IDENTITY_ENTRY}:{row[0]}")
    if not identity:
        raise LedgerError("keyring.key_missing", office=row[0])
    return identity


def register_office(district_dir: Path, office_code: str, pubkey_text: str,
                    valid_from: dt.date | None = None) -> str:
    """Record an office's public key (minisign .pub); returns its key id."""
    public = sign.read_public_key(pubkey_text)
    con = store.connect(district_dir)
    with store.transaction(con):
        con.execute("INSERT OR IGNORE INTO office (code) VALUES (?)", (office_code,))
        con.execute("INSERT OR REPLACE INTO office_key (office_code, key_id, public_key, "
                    "valid_from) VALUES (?, ?, ?, ?)",
                    (office_code, public.key_id_text, pubkey_text.strip(),
                     (valid_from or dt.date(2000, 1, 1)).isoformat()))
    return public.key_id_text


@dataclass(frozen=True)
class IngestResult:
    office: str
    period: str
    seq: int
    rows: int
    already: bool = False


def _key_for(con: sqlite3.Connection, office_code: str, key_id: str, on: dt.date
             ) -> sign.PublicKey:
    row = con.execute("SELECT public_key, valid_from, valid_until FROM office_key WHERE "
                      "office_code = ? AND key_id = ?", (office_code, key_id)).fetchone()
    if row is None:
        raise LedgerError("district.unknown_key", office=office_code, key=key_id)
    if on.isoformat() < row[1] or (row[2] and on.isoformat() > row[2]):
        raise LedgerError("district.key_not_valid", office=office_code, key=key_id)
    return sign.read_public_key(row[0])


def ingest(district_dir: Path, data: bytes, identity: str | None = None) -> IngestResult:
    """Check a bundle completely, then apply it in one transaction (or refuse, writing nothing)."""
    con = store.connect(district_dir)
    identity = identity or district_identity(district_dir)
    archive = crypt.decrypt(data, identity) if data.startswith(fmt.AGE_MAGIC) else data
    members = fmt.read_zip_safely(archive)
    try:
        manifest = json.loads(members[fmt.MANIFEST])
        office_code, key_id = manifest["office"]["code"], manifest["key_id"]
        created = dt.date.fromisoformat(manifest["created_at"][:10])
    except (KeyError, ValueError):
        raise LedgerError("bundle.not_a_bundle") from None
    rotation = None
    try:
        public = _key_for(con, office_code, key_id, created)
    except LedgerError as exc:
        if exc.code != "district.unknown_key" or key_rotation.STATEMENT not in members:
            raise
        # A new key, announced in this bundle and signed by the registered old one.
        try:
            old_id = json.loads(members[key_rotation.STATEMENT])["old_key_id"]
        except (ValueError, KeyError, TypeError):
            raise LedgerError("bundle.bad_rotation") from None
        old = _key_for(con, office_code, old_id, created)
        public, rotation = key_rotation.accept_rotation(members, old)
    bundle = open_bundle(data, public, identity)
    m = bundle.manifest
    file_hash = fmt.sha256(data)
    same = con.execute("SELECT file_sha256 FROM bundle WHERE office_code = ? AND seq = ?",
                       (office_code, m["seq"])).fetchone()
    if same:
        if same[0] == file_hash:
            return IngestResult(office_code, m["period"], m["seq"], 0, already=True)
        raise LedgerError("district.seq_conflict", office=office_code, seq=m["seq"])
    last_seq, last_hash = con.execute(
        "SELECT last_seq, last_manifest_sha256 FROM office WHERE code = ?",
        (office_code,)).fetchone()
    if m["seq"] <= last_seq:
        raise LedgerError("district.old_seq", office=office_code, seq=m["seq"], last=last_seq)
    if m["seq"] != last_seq + 1:
        raise LedgerError("district.missing_seq", office=office_code, missing=last_seq + 1,
                          seq=m["seq"])
    if m["prev_manifest_sha256"] != last_hash:
        raise LedgerError("district.broken_chain", office=office_code, seq=m["seq"])
    rows = 0
    with store.transaction(con):
        if rotation:
            con.execute("UPDATE office_key SET valid_until = ? WHERE office_code = ? AND "
                        "key_id = ?", (rotation["rotated_on"], office_code,
                                       rotation["old_key_id"]))
            con.execute("INSERT INTO office_key (office_code, key_id, public_key, valid_from) "
                        "VALUES (?, ?, ?, ?)", (office_code, public.key_id_text,
                                                rotation["new_public_key"],
                                                rotation["rotated_on"]))
        for entry in m["files"]:
            path = entry["path"]
            if not path.startswith("data/"):
                continue
            table = path[len("data/"):-len(".jsonl")]
            for line in bundle.files[path].splitlines():
                row = json.loads(line)
                if table == "tombstone":
                    con.execute("DELETE FROM row_data WHERE office_code = ? AND entity = ? "
                                "AND id = ?", (office_code, row["entity"], row["entity_id"]))
                else:
                    con.execute("INSERT OR REPLACE INTO row_data (office_code, entity, id, body)"
                                " VALUES (?, ?, ?, ?)", (office_code, table, row["id"],
                                                          line.decode("utf-8")))
                rows += 1
        con.execute("INSERT INTO bundle (office_code, seq, period, kind, manifest_sha256, "
                    "file_sha256, ingested_at, totals) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (office_code, m["seq"], m["period"], m["kind"], bundle.manifest_sha256,
                     file_hash, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                     json.dumps(m["totals"], ensure_ascii=False, sort_keys=True)))
        con.execute("UPDATE office SET name = ?, district_code = ?, last_seq = ?, "
                    "last_manifest_sha256 = ? WHERE code = ?",
                    (m["office"]["name"], m["office"]["district_code"], m["seq"],
                     bundle.manifest_sha256, office_code))
    return IngestResult(office_code, m["period"], m["seq"], rows)


def period_status(district_dir: Path, period: str) -> list[dict]:
    """Which offices reported for ``period``: their latest bundle of it, or none."""
    con = store.connect(district_dir)
    offices = con.execute("SELECT code, coalesce(name, '') FROM office ORDER BY code").fetchall()
    out = []
    for code, name in offices:
        row = con.execute("SELECT seq, kind, ingested_at FROM bundle WHERE office_code = ? "
                          "AND period = ? ORDER BY seq DESC LIMIT 1", (code, period)).fetchone()
        out.append({"office": code, "name": name, "reported": row is not None,
                    "seq": row[0] if row else None, "kind": row[1] if row else None,
                    "ingested_at": row[2] if row else None})
    return out


def _add(total: dict, part: dict) -> None:
    for key, value in part.items():
        if isinstance(value, dict):
            _add(total.setdefault(key, {}), value)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            total[key] = total.get(key, 0) + value


def district_report(district_dir: Path, period: str) -> dict:
    """All offices' totals for ``period`` summed, and people counted once across offices."""
    con = store.connect(district_dir)
    summed: dict = {}
    reported = []
    for code, totals in con.execute(
            "SELECT b.office_code, b.totals FROM bundle b WHERE b.period = ? AND b.seq = ("
            "SELECT max(seq) FROM bundle x WHERE x.office_code = b.office_code AND "
            "x.period = b.period)", (period,)):
        data = json.loads(totals)
        _add(summed, {k: v for k, v in data.items() if k in (
            "organizations", "members", "contracts", "disputes")})
        reported.append(code)
    summed.get("contracts", {}).pop("signing_rate", None)  # a ratio is not summed
    people = con.execute(
        "SELECT count(DISTINCT json_extract(body, '$.id_number')) FROM row_data WHERE "
        "entity = 'member' AND json_extract(body, '$.status') IN ('active', 'retained')"
    ).fetchone()[0]
    rows = con.execute(
        "SELECT count(*) FROM row_data WHERE entity = 'member' AND "
        "json_extract(body, '$.status') IN ('active', 'retained')").fetchone()[0]
    return {"period": period, "offices_reported": reported, "totals": summed,
            "members_in_union_rows": rows, "members_in_union_people": people}

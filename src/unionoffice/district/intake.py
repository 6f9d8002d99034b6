"""Register office keys and ingest bundles: every check before anything is written.

The same functions serve ``unionoffice district …`` on a folder (SQLite) and the intake service
on PostgreSQL: ``target`` is a district folder, a database URL, or an open DistrictStore.
Each accepted bundle gets a receipt signed with the district's own key.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import keyring
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Connection, text

from unionoffice.bundle import crypt, keys, sign
from unionoffice.bundle import format as fmt
from unionoffice.bundle import rotation as key_rotation
from unionoffice.bundle.verify import VerifiedBundle, open_bundle
from unionoffice.district.store import DistrictStore, dump_json, open_store
from unionoffice.errors import LedgerError

IDENTITY_ENTRY = "district-identity"
RECEIPT_ENTRY = "district-receipt"
RECEIPT_FORMAT = "unionoffice-receipt/1"
Target = Path | str | DistrictStore


def init_district(target: Target, district_code: str) -> str:
    """Create the store, the district's age identity and its receipt-signing key (both in the
    keyring); returns the age recipient to give the offices."""
    keys.check_backend()
    store = open_store(target)
    existing = store.get_meta("recipient")
    if existing:
        return existing
    identity, recipient = crypt.new_identity()
    keyring.set_password(keys.SERVICE, f"{IDENTITY_ENTRY}:{district_code}", identity)
    receipt_key = Ed25519PrivateKey.generate()
    keyring.set_password(keys.SERVICE, f"{RECEIPT_ENTRY}:{district_code}",
                         base64.b64encode(receipt_key.private_bytes_raw()).decode())
    public = sign.public_key_file(sign.raw_public(receipt_key))
    with store.transaction() as conn:
        conn.execute(text("INSERT INTO meta (key, value) VALUES (:k, :v)"),
                     [{"k": "recipient", "v": recipient}, {"k": "district", "v": district_code},
                      {"k": "receipt_public_key", "v": public}])
    return recipient


def _district_code(store: DistrictStore) -> str:
    code = store.get_meta("district")
    if code is None:
        raise LedgerError("district.not_initialised", path=store.url)
    return code


def district_identity(target: Target) -> str:
    """The district's age identity from the keyring."""
    code = _district_code(open_store(target))
    identity = keyring.get_password(keys.SERVICE, f"{IDENTITY_ENTRY}:{code}")
    if not identity:
        raise LedgerError("keyring.key_missing", office=code)
    return identity


def receipt_key(target: Target) -> Ed25519PrivateKey:
    """The district's receipt-signing key from the keyring."""
    code = _district_code(open_store(target))
    stored = keyring.get_password(keys.SERVICE, f"{RECEIPT_ENTRY}:{code}")
    if not stored:
        raise LedgerError("keyring.key_missing", office=code)
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(stored))


def receipt_public_key(target: Target) -> str:
    """The district's receipt key as a minisign .pub file (offices check receipts with it)."""
    store = open_store(target)
    _district_code(store)
    return store.get_meta("receipt_public_key") or ""


def register_office(target: Target, office_code: str, pubkey_text: str,
                    valid_from: dt.date | None = None) -> str:
    """Record an office's public key (minisign .pub); returns its key id."""
    public = sign.read_public_key(pubkey_text)
    store = open_store(target)
    with store.transaction() as conn:
        if conn.execute(text("SELECT 1 FROM office WHERE code = :c"),
                        {"c": office_code}).first() is None:
            conn.execute(text("INSERT INTO office (code, last_seq, last_manifest_sha256) "
                              "VALUES (:c, 0, '')"), {"c": office_code})
        conn.execute(text("DELETE FROM office_key WHERE office_code = :c AND key_id = :k"),
                     {"c": office_code, "k": public.key_id_text})
        conn.execute(text("INSERT INTO office_key (office_code, key_id, public_key, valid_from) "
                          "VALUES (:c, :k, :p, :f)"),
                     {"c": office_code, "k": public.key_id_text, "p": pubkey_text.strip(),
                      "f": (valid_from or dt.date(2000, 1, 1)).isoformat()})
    return public.key_id_text


@dataclass(frozen=True)
class IngestResult:
    """What accepting one bundle did (or that it was accepted before)."""
    office: str
    period: str
    seq: int
    rows: int
    already: bool = False
    receipt: str = ""  # canonical JSON
    receipt_signature: str = ""  # minisign signature of ``receipt``


def _key_for(conn: Connection, office_code: str, key_id: str, on: dt.date) -> sign.PublicKey:
    row = conn.execute(text("SELECT public_key, valid_from, valid_until FROM office_key WHERE "
                            "office_code = :c AND key_id = :k"),
                       {"c": office_code, "k": key_id}).first()
    if row is None:
        raise LedgerError("district.unknown_key", office=office_code, key=key_id)
    if on.isoformat() < row[1] or (row[2] and on.isoformat() > row[2]):
        raise LedgerError("district.key_not_valid", office=office_code, key=key_id)
    return sign.read_public_key(row[0])


def make_receipt(target: Target, office_code: str, period: str, seq: int,
                 manifest_sha256: str, file_sha256: str, received_at: str) -> tuple[str, str]:
    """The signed receipt for an accepted bundle: (canonical JSON, minisign signature)."""
    store = open_store(target)
    body = {"format": RECEIPT_FORMAT, "district": _district_code(store), "office": office_code,
            "period": period, "seq": seq, "manifest_sha256": manifest_sha256,
            "file_sha256": file_sha256, "received_at": received_at}
    data = fmt.canonical_json(body)
    signature = sign.sign_file(receipt_key(store), data,
                               f"receipt office={office_code} period={period} seq={seq}")
    return data.decode("utf-8"), signature.decode("utf-8")


def ingest(target: Target, data: bytes, identity: str | None = None) -> IngestResult:
    """Check a bundle completely, then apply it in one transaction (or refuse, writing nothing).

    A byte-identical re-send of an accepted bundle returns its receipt again (``already``).
    """
    store = open_store(target)
    identity = identity or district_identity(store)
    archive = crypt.decrypt(data, identity) if data.startswith(fmt.AGE_MAGIC) else data
    members = fmt.read_zip_safely(archive)
    try:
        manifest = json.loads(members[fmt.MANIFEST])
        office_code, key_id = manifest["office"]["code"], manifest["key_id"]
        created = dt.date.fromisoformat(manifest["created_at"][:10])
    except (KeyError, ValueError, TypeError):
        raise LedgerError("bundle.not_a_bundle") from None
    file_hash = fmt.sha256(data)
    with store.transaction() as conn:
        rotation = None
        try:
            public = _key_for(conn, office_code, key_id, created)
        except LedgerError as exc:
            if exc.code != "district.unknown_key" or key_rotation.STATEMENT not in members:
                raise
            # A new key, announced in this bundle and signed by the registered old one.
            try:
                old_id = json.loads(members[key_rotation.STATEMENT])["old_key_id"]
            except (ValueError, KeyError, TypeError):
                raise LedgerError("bundle.bad_rotation") from None
            old = _key_for(conn, office_code, old_id, created)
            public, rotation = key_rotation.accept_rotation(members, old)
        bundle = open_bundle(data, public, identity)
        m = bundle.manifest
        same = conn.execute(text("SELECT file_sha256, receipt, receipt_signature FROM bundle "
                                 "WHERE office_code = :c AND seq = :s"),
                            {"c": office_code, "s": m["seq"]}).first()
        if same:
            if same[0] == file_hash:
                return IngestResult(office_code, m["period"], m["seq"], 0, already=True,
                                    receipt=same[1] or "", receipt_signature=same[2] or "")
            raise LedgerError("district.seq_conflict", office=office_code, seq=m["seq"])
        last_seq, last_hash = conn.execute(
            text("SELECT last_seq, last_manifest_sha256 FROM office WHERE code = :c"),
            {"c": office_code}).one()
        if m["seq"] <= last_seq:
            raise LedgerError("district.old_seq", office=office_code, seq=m["seq"],
                              last=last_seq)
        if m["seq"] != last_seq + 1:
            raise LedgerError("district.missing_seq", office=office_code,
                              missing=last_seq + 1, seq=m["seq"])
        if m["prev_manifest_sha256"] != last_hash:
            raise LedgerError("district.broken_chain", office=office_code, seq=m["seq"])
        if rotation:
            conn.execute(text("UPDATE office_key SET valid_until = :u WHERE office_code = :c "
                              "AND key_id = :k"), {"u": rotation["rotated_on"], "c": office_code,
                                                   "k": rotation["old_key_id"]})
            conn.execute(text("INSERT INTO office_key (office_code, key_id, public_key, "
                              "valid_from) VALUES (:c, :k, :p, :f)"),
                         {"c": office_code, "k": public.key_id_text,
                          "p": rotation["new_public_key"], "f": rotation["rotated_on"]})
        upserts, deletes = _rows_of(bundle, office_code)
        store.load_rows(conn, upserts)
        store.delete_rows(conn, deletes)
        received = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        receipt, signature = make_receipt(store, office_code, m["period"], m["seq"],
                                          bundle.manifest_sha256, file_hash, received)
        conn.execute(text(
            "INSERT INTO bundle (office_code, seq, period, kind, manifest_sha256, file_sha256, "
            "ingested_at, totals, receipt, receipt_signature) VALUES (:c, :s, :p, :k, :m, :f, "
            ":t, :tot, :r, :rs)"),
            {"c": office_code, "s": m["seq"], "p": m["period"], "k": m["kind"],
             "m": bundle.manifest_sha256, "f": file_hash, "t": received,
             "tot": dump_json(m["totals"]), "r": receipt, "rs": signature})
        conn.execute(text("UPDATE office SET name = :n, district_code = :d, last_seq = :s, "
                          "last_manifest_sha256 = :m WHERE code = :c"),
                     {"n": m["office"]["name"], "d": m["office"].get("district_code", ""),
                      "s": m["seq"], "m": bundle.manifest_sha256, "c": office_code})
    return IngestResult(office_code, m["period"], m["seq"], len(upserts) + len(deletes),
                        receipt=receipt, receipt_signature=signature)


def _rows_of(bundle: VerifiedBundle, office_code: str) -> tuple[list[tuple], list[tuple]]:
    upserts, deletes = [], []
    for entry in bundle.manifest["files"]:
        path = entry["path"]
        if not path.startswith("data/") or not path.endswith(".jsonl"):
            continue
        table = path[len("data/"):-len(".jsonl")]
        for line in bundle.files[path].splitlines():
            try:
                row = json.loads(line)
                if table == "tombstone":
                    deletes.append((office_code, str(row["entity"]), str(row["entity_id"])))
                else:
                    upserts.append((office_code, table, str(row["id"]), line.decode("utf-8")))
            except (ValueError, KeyError, TypeError):
                raise LedgerError("bundle.bad_manifest", detail=f"row in {path}") from None
    return upserts, deletes


def find_upload(target: Target, file_sha256: str) -> dict | None:
    """The state of an upload by the SHA-256 of its file: accepted (with receipt) or unknown."""
    with open_store(target).reading() as conn:
        row = conn.execute(text("SELECT office_code, seq, period, ingested_at, receipt, "
                                "receipt_signature FROM bundle WHERE file_sha256 = :f"),
                           {"f": file_sha256}).first()
    if row is None:
        return None
    return {"state": "accepted", "office": row[0], "seq": row[1], "period": row[2],
            "received_at": row[3], "receipt": row[4], "receipt_signature": row[5]}


def period_status(target: Target, period: str, deadline: dt.date | None = None) -> list[dict]:
    """Which offices reported for ``period``: their latest bundle of it, on time or late, or
    missing. ``deadline`` defaults to the 10th of the following month (configurable: meta)."""
    store = open_store(target)
    year, month = int(period[:4]), int(period[5:7])
    default = dt.date(year + month // 12, month % 12 + 1, 10)
    configured = store.get_meta("deadline_day")
    due = deadline or (default.replace(day=int(configured)) if configured else default)
    with store.reading() as conn:
        offices = conn.execute(text("SELECT code, coalesce(name, ''), last_seq FROM office "
                                    "ORDER BY code")).all()
        latest: dict[str, tuple] = {}
        first: dict[str, str] = {}
        for code, seq, kind, at in conn.execute(text(
                "SELECT office_code, seq, kind, ingested_at FROM bundle WHERE period = :p "
                "ORDER BY office_code, seq"), {"p": period}):
            latest[code] = (seq, kind, at)  # seq order: the last one stays
            first.setdefault(code, at)
    out = []
    for code, name, last_seq in offices:
        row = latest.get(code)
        on_time = code in first and dt.date.fromisoformat(first[code][:10]) <= due
        out.append({"office": code, "name": name, "reported": row is not None,
                    "state": "missing" if row is None else ("on_time" if on_time else "late"),
                    "seq": row[0] if row else None, "kind": row[1] if row else None,
                    "ingested_at": row[2] if row else None, "last_seq": last_seq,
                    "deadline": due.isoformat()})
    return out


def _add(total: dict, part: dict) -> None:
    for key, value in part.items():
        if isinstance(value, dict):
            _add(total.setdefault(key, {}), value)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            total[key] = total.get(key, 0) + value


def district_report(target: Target, period: str) -> dict:
    """All offices' totals for ``period`` summed, and people counted once across offices."""
    store = open_store(target)
    summed: dict = {}
    reported = []
    with store.reading() as conn:
        for code, totals in conn.execute(text(
                "SELECT b.office_code, b.totals FROM bundle b WHERE b.period = :p AND b.seq = ("
                "SELECT max(seq) FROM bundle x WHERE x.office_code = b.office_code AND "
                "x.period = b.period)"), {"p": period}):
            data = json.loads(totals)
            _add(summed, {k: v for k, v in data.items() if k in (
                "organizations", "members", "contracts", "disputes")})
            reported.append(code)
        rows, people = store.people_in_union(conn)
    summed.get("contracts", {}).pop("signing_rate", None)  # a ratio is not summed
    return {"period": period, "offices_reported": reported, "totals": summed,
            "members_in_union_rows": rows, "members_in_union_people": people}

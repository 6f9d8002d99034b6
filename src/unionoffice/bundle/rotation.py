"""Key rotation: a new office key, announced by a statement signed by the old and the new key.

The statement travels in the next bundle (keys/rotation.json with two minisign signatures); the
district accepts the new key only if the old, registered key signed it.
"""

from __future__ import annotations

import base64
import datetime as dt
import json

import keyring
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine
from sqlmodel import Session, select

from unionoffice.accounts import permissions
from unionoffice.audit import trail
from unionoffice.bundle import format as fmt
from unionoffice.bundle import keys, sign
from unionoffice.db.engine import write_session
from unionoffice.db.models import LedgerMeta, Office
from unionoffice.errors import LedgerError

PENDING = "pending_key_rotation"
STATEMENT, OLD_SIG, NEW_SIG = ("keys/rotation.json", "keys/rotation.json.old.minisig",
                               "keys/rotation.json.new.minisig")
FORMAT = "unionoffice-key-rotation/1"


def rotation_comment(code: str, old_id: str, new_id: str) -> str:
    """The trusted comment of a key hand-over."""
    return f"office={code} rotation old={old_id} new={new_id}"


@permissions.guarded("keys.manage")
def rotate_signing_key(engine: Engine, *, operator: str = "",
                       today: dt.date | None = None) -> tuple[str, str]:
    """Make a new key; returns (old key id, new key id). The old one signs the hand-over."""
    with write_session(engine) as session:
        office = session.exec(select(Office)).first()
        if office is None:
            raise LedgerError("office.missing")
        code = office.code
    old = keys.load_signing_key(code)
    new = Ed25519PrivateKey.generate()
    old_pub, new_pub = sign.raw_public(old), sign.raw_public(new)
    old_id = sign.key_id_text(sign.key_id_bytes(old_pub))
    new_id = sign.key_id_text(sign.key_id_bytes(new_pub))
    statement = fmt.canonical_json({
        "format": FORMAT, "office": code, "old_key_id": old_id, "new_key_id": new_id,
        "new_public_key": sign.public_key_file(new_pub).splitlines()[1],
        "rotated_on": (today or dt.date.today()).isoformat()})
    comment = rotation_comment(code, old_id, new_id)
    pending = {"statement": statement.decode("utf-8"),
               "old_sig": sign.sign_file(old, statement, comment).decode("utf-8"),
               "new_sig": sign.sign_file(new, statement, comment).decode("utf-8")}
    seed = base64.b64encode(new.private_bytes_raw()).decode("ascii")
    staging = f"{code}:next"
    keyring.set_password(keys.SERVICE, staging, seed)  # nothing in the ledger changes yet
    with write_session(engine) as session:
        office = session.exec(select(Office)).first()
        before = trail.snapshot(office)
        office.signing_key_id, office.signing_public_key = new_id, base64.b64encode(
            new_pub).decode("ascii")
        meta = session.get(LedgerMeta, PENDING) or LedgerMeta(key=PENDING)
        meta.value = json.dumps(pending, ensure_ascii=False)
        session.add(meta)
        session.flush()
        trail.record(session, operator=operator, action="office.rotate_key", entity="office",
                     entity_id=office.id, before=before, after=trail.snapshot(office))
    keyring.set_password(keys.SERVICE, code, seed)
    keyring.delete_password(keys.SERVICE, staging)
    return old_id, new_id


def pending_rotation_files(session: Session) -> list[tuple[str, bytes]]:
    """The rotation statement and its signatures, if a rotation awaits its bundle."""
    meta = session.get(LedgerMeta, PENDING)
    if meta is None or not meta.value:
        return []
    pending = json.loads(meta.value)
    return [(STATEMENT, pending["statement"].encode("utf-8")),
            (OLD_SIG, pending["old_sig"].encode("utf-8")),
            (NEW_SIG, pending["new_sig"].encode("utf-8"))]


def clear_pending(session: Session) -> None:
    """Forget the pending hand-over (its bundle was made)."""
    meta = session.get(LedgerMeta, PENDING)
    if meta is not None:
        meta.value = ""
        session.add(meta)


def accept_rotation(members: dict[str, bytes], old_key: sign.PublicKey
                    ) -> tuple[sign.PublicKey, dict]:
    """Check a rotation statement against the registered old key; returns the new key."""
    try:
        statement = members[STATEMENT]
        data = json.loads(statement)
        if data.get("format") != FORMAT:
            raise ValueError
        new_key = sign.read_public_key(data["new_public_key"])
    except (KeyError, ValueError):
        raise LedgerError("bundle.bad_rotation") from None
    comment = rotation_comment(data["office"], data["old_key_id"], data["new_key_id"])
    if (sign.verify_file(old_key, statement, members[OLD_SIG]) != comment
            or sign.verify_file(new_key, statement, members[NEW_SIG]) != comment
            or new_key.key_id_text != data["new_key_id"]):
        raise LedgerError("bundle.bad_rotation")
    return new_key, data

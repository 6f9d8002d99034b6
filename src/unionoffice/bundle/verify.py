"""Check a bundle the way the district does: decrypt, safe ZIP, signature, every file's hash."""

from __future__ import annotations

import json
from dataclasses import dataclass

from unionoffice.bundle import crypt, sign
from unionoffice.bundle import format as fmt
from unionoffice.errors import LedgerError


@dataclass(frozen=True)
class VerifiedBundle:
    """A bundle that passed every check, with its manifest and files."""
    manifest: dict
    manifest_bytes: bytes
    manifest_sha256: str
    files: dict[str, bytes]
    trusted_comment: str

    def summary(self) -> str:
        """One line about the bundle: office, period, seq, rows."""
        m = self.manifest
        rows = sum(f["rows"] for f in m["files"] if f["path"].startswith("data/"))
        return (f"{m['office']['name']}（{m['office']['code']}） {m['period']} 第 {m['seq']} 号"
                f"（{m['kind']}），{len(m['files'])} 个文件，{rows} 行数据，"
                f"签名密钥 {m['key_id']}，manifest sha256 {self.manifest_sha256}")


_HEX = set("0123456789abcdef")
_SHAPE: dict[str, type | tuple[type, ...]] = {
    "format": str, "office": dict, "period": str, "seq": int, "kind": str,
    "prev_manifest_sha256": str, "since_seq": int, "until_seq": int, "encrypted": bool,
    "files": list, "totals": dict,
}


def _bad(detail: str) -> LedgerError:
    return LedgerError("bundle.bad_manifest", detail=detail)


def check_manifest_shape(manifest: object) -> None:
    """Refuse a manifest whose fields are missing or of the wrong kind, before any is used.

    Only an office's own (buggy or hostile) program can sign such a manifest, but the reader
    must still answer with a message, never a crash (tests/db/test_fuzz.py).
    """
    if not isinstance(manifest, dict):
        raise _bad("not an object")
    if manifest.get("format") != fmt.FORMAT:
        raise _bad(f"format {str(manifest.get('format'))[:40]!r}")
    for key, kind in _SHAPE.items():
        value = manifest.get(key)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise _bad(f"field {key!r}")
    office = manifest["office"]
    if not all(isinstance(office.get(k), str) for k in ("code", "name")):
        raise _bad("field 'office'")
    if manifest["seq"] < 1 or manifest["kind"] not in ("full", "delta", "aggregates"):
        raise _bad("field 'seq' or 'kind'")
    for entry in manifest["files"]:
        if not (isinstance(entry, dict) and isinstance(entry.get("path"), str)
                and isinstance(entry.get("sha256"), str) and len(entry["sha256"]) == 64
                and set(entry["sha256"]) <= _HEX
                and all(isinstance(entry.get(k), int) and not isinstance(entry.get(k), bool)
                        and entry[k] >= 0 for k in ("bytes", "rows"))):
            raise _bad("field 'files'")


def open_bundle(data: bytes, public_key: sign.PublicKey, identity: str | None = None
                ) -> VerifiedBundle:
    """Every check of design.md §5 that needs only the file and the office's key."""
    encrypted = data.startswith(fmt.AGE_MAGIC)
    if encrypted:
        if identity is None:
            raise LedgerError("bundle.identity_needed")
        data = crypt.decrypt(data, identity)
    members = fmt.read_zip_safely(data)
    if fmt.MANIFEST not in members or fmt.SIGNATURE not in members:
        raise LedgerError("bundle.not_a_bundle")
    manifest_bytes = members[fmt.MANIFEST]
    trusted = sign.verify_file(public_key, manifest_bytes, members[fmt.SIGNATURE])
    try:
        manifest = json.loads(manifest_bytes)
    except ValueError:
        raise LedgerError("bundle.bad_manifest", detail="JSON") from None
    check_manifest_shape(manifest)
    expected = f"office={manifest['office']['code']} period={manifest['period']} " \
               f"seq={manifest['seq']} sha256={fmt.sha256(manifest_bytes)}"
    if trusted != expected:
        raise LedgerError("bundle.bad_manifest", detail="trusted comment")
    if manifest.get("encrypted") and not encrypted:
        raise LedgerError("bundle.bad_manifest", detail="should be encrypted")
    listed = {f["path"]: f for f in manifest["files"]}
    extra = set(members) - set(listed) - {fmt.MANIFEST, fmt.SIGNATURE}
    if extra:
        raise LedgerError("bundle.unlisted_file", path=sorted(extra)[0])
    for path, entry in listed.items():
        content = members.get(path)
        if content is None:
            raise LedgerError("bundle.missing_file", path=path)
        if len(content) != entry["bytes"] or fmt.sha256(content) != entry["sha256"]:
            raise LedgerError("bundle.hash_mismatch", path=path)
    return VerifiedBundle(manifest, manifest_bytes, fmt.sha256(manifest_bytes), members, trusted)

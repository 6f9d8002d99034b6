"""Check a bundle the way the district does: decrypt, safe ZIP, signature, every file's hash."""

from __future__ import annotations

import json
from dataclasses import dataclass

from unionoffice.bundle import crypt, sign
from unionoffice.bundle import format as fmt
from unionoffice.errors import LedgerError


@dataclass(frozen=True)
class VerifiedBundle:
    manifest: dict
    manifest_bytes: bytes
    manifest_sha256: str
    files: dict[str, bytes]
    trusted_comment: str

    def summary(self) -> str:
        m = self.manifest
        rows = sum(f["rows"] for f in m["files"] if f["path"].startswith("data/"))
        return (f"{m['office']['name']}（{m['office']['code']}） {m['period']} 第 {m['seq']} 号"
                f"（{m['kind']}），{len(m['files'])} 个文件，{rows} 行数据，"
                f"签名密钥 {m['key_id']}，manifest sha256 {self.manifest_sha256}")


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
    if manifest.get("format") != fmt.FORMAT:
        raise LedgerError("bundle.bad_manifest", detail=f"format {manifest.get('format')!r}")
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

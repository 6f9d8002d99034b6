"""Bundle format (docs/bundle-format.md): canonical JSON, file names, a safe ZIP reader."""

from __future__ import annotations

import hashlib
import io
import json
import stat
import zipfile
import zlib
from typing import Any

from unionoffice.errors import LedgerError

FORMAT = "unionoffice-bundle/1"
MANIFEST, SIGNATURE = "manifest.json", "manifest.json.minisig"
AGE_MAGIC = b"age-encryption.org/v1"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed: the same rows give the same bytes
MAX_MEMBERS = 200
MAX_TOTAL_BYTES = 4 * 1024**3
MAX_RATIO = 200  # uncompressed ÷ compressed, per member
# Tables carried by a bundle (derived and internal tables stay home).
TABLES = ["office", "organization", "member", "member_event", "collective_contract",
          "contract_coverage", "contract_event", "mediation_case", "case_applicant",
          "case_event", "mediation_session", "agreement_term"]
PERSONAL_TABLES = {"member", "member_event", "case_applicant", "mediation_case",
                   "mediation_session", "agreement_term"}


def canonical_json(value: Any) -> bytes:
    """UTF-8, sorted keys, no insignificant spaces: one value, one byte string."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      default=str).encode("utf-8")


def sha256(data: bytes) -> str:
    """The SHA-256 of ``data`` as hex."""
    return hashlib.sha256(data).hexdigest()


def bundle_name(office_code: str, period: str, seq: int, encrypted: bool) -> str:
    """A bundle's file name: office, period, seq, and .age when encrypted."""
    return f"{office_code}_{period}_{seq:04d}.uob" + (".age" if encrypted else "")


def write_zip(members: list[tuple[str, bytes]]) -> bytes:
    """A ZIP of ``members`` with fixed timestamps (the same rows give the same bytes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            z.writestr(info, data)
    return buffer.getvalue()


def read_zip_safely(data: bytes) -> dict[str, bytes]:
    """Every member of a bundle ZIP, after refusing anything unsafe (before extracting any)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError, UnicodeDecodeError):
        raise LedgerError("bundle.not_a_bundle") from None
    if len(infos) > MAX_MEMBERS:
        raise LedgerError("bundle.unsafe_zip", reason=f"{len(infos)} entries")
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        parts = name.replace("\\", "/").split("/")
        if (name.startswith(("/", "\\")) or ".." in parts or ":" in parts[0]
                or not name or name.endswith("/")):
            raise LedgerError("bundle.unsafe_zip", reason=f"path {name!r}")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise LedgerError("bundle.unsafe_zip", reason=f"link {name!r}")
        if name in seen:
            raise LedgerError("bundle.unsafe_zip", reason=f"duplicate {name!r}")
        seen.add(name)
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise LedgerError("bundle.unsafe_zip", reason="too large")
        if info.file_size > MAX_RATIO * max(info.compress_size, 1) and info.file_size > 1 << 20:
            raise LedgerError("bundle.unsafe_zip", reason=f"over-compressed {name!r}")
    out = {}
    for info in infos:
        try:
            with archive.open(info) as member:
                content = member.read(info.file_size + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError,
                RuntimeError, OSError):
            # Damaged data, a bad CRC, offsets out of range (ValueError: found by fuzzing),
            # an unknown compression method or an encrypted member.
            raise LedgerError("bundle.not_a_bundle") from None
        if len(content) != info.file_size:  # the header lied about the size
            raise LedgerError("bundle.unsafe_zip", reason=f"size of {info.filename!r}")
        out[info.filename] = content
    return out

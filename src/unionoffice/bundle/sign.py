"""minisign-compatible Ed25519 signatures (prehashed with BLAKE2b-512, algorithm "ED").

Files written here verify with the stock tool: ``minisign -Vm manifest.json -p office.pub``.
Format: https://jedisct1.github.io/minisign/ (public key "Ed" + key id + key; signature "ED" +
key id + Ed25519(BLAKE2b-512(file)); a trusted comment signed together with the signature).
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from unionoffice.errors import LedgerError

PK_ALG, SIG_ALG = b"Ed", b"ED"


def key_id_bytes(public_key: bytes) -> bytes:
    """8 bytes naming the key (derived from it, so only the 32-byte seed needs keeping)."""
    return hashlib.blake2b(public_key, digest_size=8).digest()


def key_id_text(key_id: bytes) -> str:
    """As minisign prints it: the little-endian number in upper-case hex."""
    return f"{int.from_bytes(key_id, 'little'):016X}"


def raw_public(private: Ed25519PrivateKey) -> bytes:
    """The 32 raw bytes of ``private``'s public key."""
    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def public_key_file(public_key: bytes) -> str:
    """The two lines of a minisign .pub file."""
    key_id = key_id_bytes(public_key)
    blob = base64.b64encode(PK_ALG + key_id + public_key).decode("ascii")
    return f"untrusted comment: minisign public key {key_id_text(key_id)}\n{blob}\n"


@dataclass(frozen=True)
class PublicKey:
    """A minisign public key: its key id and the Ed25519 key."""
    key_id: bytes
    key: bytes

    @property
    def key_id_text(self) -> str:
        """The key id as minisign prints it."""
        return key_id_text(self.key_id)


def read_public_key(text: str) -> PublicKey:
    """Parse a minisign .pub file (or its bare base64 line)."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    line = lines[-1] if lines else ""
    try:
        raw = base64.b64decode(line, validate=True)
    except ValueError:
        raw = b""
    if len(raw) != 42 or raw[:2] != PK_ALG:
        raise LedgerError("bundle.bad_pubkey")
    return PublicKey(raw[2:10], raw[10:])


def sign_file(private: Ed25519PrivateKey, data: bytes, trusted_comment: str,
              untrusted_comment: str = "signature from UnionOffice office key") -> bytes:
    """A minisign signature file for ``data``."""
    public = raw_public(private)
    key_id = key_id_bytes(public)
    signature = private.sign(hashlib.blake2b(data, digest_size=64).digest())
    trusted = trusted_comment.encode("utf-8")
    global_signature = private.sign(signature + trusted)
    return (f"untrusted comment: {untrusted_comment}\n"
            f"{base64.b64encode(SIG_ALG + key_id + signature).decode('ascii')}\n"
            f"trusted comment: {trusted_comment}\n"
            f"{base64.b64encode(global_signature).decode('ascii')}\n").encode()


def verify_file(public: PublicKey, data: bytes, signature_file: bytes) -> str:
    """Check a minisign signature; returns the trusted comment.

    Raises:
        LedgerError: malformed signature, another key, or a signature that does not match.
    """
    try:
        lines = signature_file.decode("utf-8").splitlines()
        blob = base64.b64decode(lines[1], validate=True)
        trusted_line = lines[2]
        global_signature = base64.b64decode(lines[3], validate=True)
    except (UnicodeDecodeError, IndexError, ValueError):
        raise LedgerError("bundle.bad_signature_file") from None
    if len(blob) != 74 or not trusted_line.startswith("trusted comment: "):
        raise LedgerError("bundle.bad_signature_file")
    algorithm, key_id, signature = blob[:2], blob[2:10], blob[10:]
    if key_id != public.key_id:
        raise LedgerError("bundle.wrong_key", found=key_id_text(key_id),
                          expected=public.key_id_text)
    verifier = Ed25519PublicKey.from_public_bytes(public.key)
    message = hashlib.blake2b(data, digest_size=64).digest() if algorithm == SIG_ALG else data
    trusted = trusted_line[len("trusted comment: "):]
    try:
        verifier.verify(signature, message)
        verifier.verify(global_signature, signature + trusted.encode("utf-8"))
    except InvalidSignature:
        raise LedgerError("bundle.bad_signature") from None
    return trusted

"""The office signing key: an Ed25519 key whose 32-byte seed lives only in the OS keyring.

No silent plaintext fallback: if keyring has no usable backend, or picked an insecure one on its
own, the caller gets a clear error saying how to configure one. A plaintext backend chosen
explicitly (PYTHON_KEYRING_BACKEND or keyringrc.cfg) works, with a visible warning.
"""

from __future__ import annotations

import base64
import logging
from dataclasses import dataclass

import keyring
import keyring.backend
import keyring.core
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from keyring.errors import KeyringError as BackendError

from unionoffice.errors import KeyringError
from unionoffice.i18n import t

SERVICE = "unionoffice"
log = logging.getLogger(__name__)


def _name(backend: keyring.backend.KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _leaves(backend: keyring.backend.KeyringBackend) -> list[keyring.backend.KeyringBackend]:
    inner = getattr(backend, "backends", None)
    return list(inner) if inner is not None else [backend]


def _is_unusable(backend: keyring.backend.KeyringBackend) -> bool:
    return all(_name(b).startswith(("keyring.backends.fail", "keyring.backends.null"))
               for b in _leaves(backend)) or not _leaves(backend)


def _is_insecure(backend: keyring.backend.KeyringBackend) -> bool:
    # keyrings.alt backends store secrets in files; PlaintextKeyring in the clear.
    return any(_name(b).startswith("keyrings.alt") for b in _leaves(backend))


def _explicitly_configured() -> bool:
    return keyring.core.load_env() is not None or keyring.core.load_config() is not None


@dataclass(frozen=True)
class BackendStatus:
    """The keyring backend in use and whether to warn about it."""

    name: str
    warning: str | None


def check_backend() -> BackendStatus:
    """The backend keyring will use, refused if unusable or implicitly insecure.

    Raises:
        KeyringError: no usable backend, or an insecure one chosen without being asked for.
    """
    backend = keyring.get_keyring()
    name = _name(backend)
    if _is_unusable(backend):
        raise KeyringError("keyring.unavailable", "keyring", backend=name)
    warning = None
    if _is_insecure(backend):
        if not _explicitly_configured():
            raise KeyringError("keyring.insecure_implicit", "keyring", backend=name)
        warning = t("keyring.insecure_warning", backend=name)
    log.info("keyring backend: %s", name)
    return BackendStatus(name, warning)


def key_id_of(public_key: bytes) -> str:
    """The key id as minisign prints it (8 bytes derived from the public key)."""
    from unionoffice.bundle.sign import key_id_bytes, key_id_text

    return key_id_text(key_id_bytes(public_key))


@dataclass(frozen=True)
class PublicKeyInfo:
    """The office's public key and its minisign key id."""
    key_id: str
    public_key: bytes

    @property
    def public_key_b64(self) -> str:
        """The public key in base64."""
        return base64.b64encode(self.public_key).decode("ascii")


def _public_of(private: Ed25519PrivateKey) -> PublicKeyInfo:
    raw = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return PublicKeyInfo(key_id_of(raw), raw)


def create_office_key(office_code: str) -> tuple[PublicKeyInfo, BackendStatus]:
    """Make a new Ed25519 key for the office and store its seed in the keyring."""
    status = check_backend()
    private = Ed25519PrivateKey.generate()
    seed = private.private_bytes_raw()
    try:
        keyring.set_password(SERVICE, office_code, base64.b64encode(seed).decode("ascii"))
        stored = keyring.get_password(SERVICE, office_code)
    except BackendError as exc:
        raise KeyringError("keyring.unavailable", "keyring",
                           backend=f"{status.name}: {exc}") from exc
    if stored is None or base64.b64decode(stored) != seed:
        raise KeyringError("keyring.unavailable", "keyring", backend=status.name)
    return _public_of(private), status


def load_signing_key(office_code: str) -> Ed25519PrivateKey:
    """The office's private key from the keyring."""
    check_backend()
    try:
        stored = keyring.get_password(SERVICE, office_code)
    except BackendError as exc:
        raise KeyringError("keyring.unavailable", "keyring", backend=str(exc)) from exc
    if not stored:
        raise KeyringError("keyring.key_missing", "keyring", office=office_code)
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(stored))


def office_public_key(office_code: str) -> PublicKeyInfo:
    """The public key of the office's signing key in the keyring."""
    return _public_of(load_signing_key(office_code))

"""age encryption to the district's recipient (decrypts with the stock ``age -d -i``)."""

from __future__ import annotations

import pyrage

from unionoffice.errors import LedgerError


def parse_recipient(text: str) -> pyrage.x25519.Recipient:
    """The age recipient in ``text``, or a refusal saying what is wrong with it."""
    try:
        return pyrage.x25519.Recipient.from_str(text.strip())
    except (pyrage.RecipientError, ValueError):
        raise LedgerError("bundle.bad_recipient", value=text.strip()[:80]) from None


def encrypt(data: bytes, recipient: str) -> bytes:
    """``data`` encrypted with age to ``recipient``."""
    return pyrage.encrypt(data, [parse_recipient(recipient)])


def parse_identity(text: str) -> pyrage.x25519.Identity:
    """The age identity (``AGE-SECRET-KEY-…``) in ``text``."""
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("AGE-SECRET-KEY-"):
            try:
                return pyrage.x25519.Identity.from_str(line)
            except (pyrage.IdentityError, ValueError):
                break
    raise LedgerError("bundle.bad_identity")


def decrypt(data: bytes, identity: str) -> bytes:
    """``data`` decrypted with ``identity``, or a refusal."""
    try:
        return pyrage.decrypt(data, [parse_identity(identity)])
    except pyrage.DecryptError:
        raise LedgerError("bundle.decrypt_failed") from None


def new_identity() -> tuple[str, str]:
    """(identity text, recipient) of a fresh X25519 age key."""
    identity = pyrage.x25519.Identity.generate()
    return str(identity), str(identity.to_public())

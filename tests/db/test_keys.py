"""The office signing key in the keyring, through configured backends."""

from __future__ import annotations

import keyring
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from keyring.backends import fail

from tests.helpers import dump_ledger
from unionoffice.bundle import keys
from unionoffice.errors import KeyringError
from unionoffice.office import OfficeInput, get_office, init_office

OFFICE = OfficeInput("110101004", "东城区龙潭街道总工会", "龙潭", "110101", "东城区总工会")


def test_key_seed_lives_only_in_the_keyring(engine, data_paths):
    office, public, status = init_office(engine, OFFICE, ledger_path="x")
    assert status.name == "keyrings.alt.file.PlaintextKeyring"
    assert status.warning and "不安全" in status.warning  # chosen explicitly: works, warns
    stored = keyring.get_password(keys.SERVICE, "110101004")
    assert stored and len(__import__("base64").b64decode(stored)) == 32
    assert office.signing_key_id == public.key_id
    private = keys.load_signing_key("110101004")
    sig = private.sign(b"manifest")
    Ed25519PublicKey.from_public_bytes(public.public_key).verify(sig, b"manifest")
    # The seed is nowhere in the ledger file.
    assert stored.encode() not in data_paths.ledger.read_bytes()


def test_init_twice_is_refused(engine):
    init_office(engine, OFFICE, ledger_path="x")
    with pytest.raises(Exception) as exc:
        init_office(engine, OFFICE, ledger_path="/data/ledger.db")
    assert getattr(exc.value, "code", None) == "ledger.exists"


def test_no_usable_backend_is_a_clear_error_and_writes_nothing(engine, data_paths, monkeypatch):
    keyring.set_keyring(fail.Keyring())
    before = dump_ledger(data_paths.ledger)
    with pytest.raises(KeyringError) as exc:
        init_office(engine, OFFICE, ledger_path="x")
    assert exc.value.code == "keyring.unavailable"
    assert "PYTHON_KEYRING_BACKEND" in str(exc.value)
    assert dump_ledger(data_paths.ledger) == before
    assert get_office(engine) is None


def test_plaintext_backend_picked_implicitly_is_refused(engine, monkeypatch):
    from keyrings.alt.file import PlaintextKeyring

    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent")  # no keyringrc either
    keyring.set_keyring(PlaintextKeyring())
    with pytest.raises(KeyringError) as exc:
        init_office(engine, OFFICE, ledger_path="x")
    assert exc.value.code == "keyring.insecure_implicit"


def test_missing_key_is_reported(engine):
    with pytest.raises(KeyringError) as exc:
        keys.load_signing_key("110101999")
    assert exc.value.code == "keyring.key_missing"


def test_office_codes_are_validated(engine):
    from unionoffice.errors import ValidationFailed

    with pytest.raises(ValidationFailed) as exc:
        init_office(engine, OfficeInput("11010100", "x", "x", "11010", "x"), ledger_path="x")
    assert {p.field for p in exc.value.problems} == {"office_code", "district_code"}

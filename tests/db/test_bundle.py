"""The monthly bundle: made, signed, encrypted, checked — and checked by the stock tools."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import dump_ledger, valid_id
from unionoffice.bundle import crypt, keys, sign
from unionoffice.bundle import format as fmt
from unionoffice.bundle.chain import bundle_history
from unionoffice.bundle.export import create_bundle, run_to_end
from unionoffice.bundle.verify import open_bundle
from unionoffice.demo.generate import generate_demo
from unionoffice.errors import LedgerError
from unionoffice.members.service import MemberInput, add_member, update_member
from unionoffice.office import OfficeInput, init_office, set_district_recipient

OFFICE = OfficeInput("110101004", "东城区龙潭街道总工会", "龙潭", "110101", "东城区总工会")


@pytest.fixture
def district():
    identity, recipient = crypt.new_identity()
    return identity, recipient


@pytest.fixture
def office(engine, district):
    init_office(engine, OFFICE, ledger_path="x")
    set_district_recipient(engine, district[1])
    for _ in generate_demo(engine, members=300, seed=4):
        pass
    return sign.read_public_key(sign.public_key_file(
        keys.office_public_key("110101004").public_key))


def make(engine, tmp_path, **kw) -> Path:
    return run_to_end(create_bundle(engine, "2026-10", tmp_path, **kw))


def test_round_trip_full_then_delta_chained(engine, office, district, tmp_path):
    first = make(engine, tmp_path / "out")
    assert first.name == "110101004_2026-10_0001.uob.age"
    b1 = open_bundle(first.read_bytes(), office, district[0])
    assert b1.manifest["kind"] == "full" and b1.manifest["prev_manifest_sha256"] == ""
    members = b1.files["data/member.jsonl"].decode("utf-8").splitlines()
    assert len(members) == 300 and "id_number" in json.loads(members[0])
    assert "name_pinyin" not in json.loads(members[0])  # search keys are not sent
    assert b1.manifest["totals"]["members"]["in_union"] > 0
    # Two changes, then a delta: only those rows, chained to the first.
    mid = add_member(engine, MemberInput(name="王喆", id_number=valid_id(seq=991)))
    update_member(engine, mid, MemberInput(name="王喆", id_number=valid_id(seq=991),
                                           phone="13812345678"))
    second = make(engine, tmp_path / "out")
    b2 = open_bundle(second.read_bytes(), office, district[0])
    m = b2.manifest
    assert (m["seq"], m["kind"], m["prev_manifest_sha256"]) == (2, "delta", b1.manifest_sha256)
    assert m["since_seq"] == b1.manifest["until_seq"]
    rows = {f["path"]: f["rows"] for f in m["files"]}
    assert rows["data/member.jsonl"] == 1 and rows["data/member_event.jsonl"] == 1
    assert rows["data/organization.jsonl"] == 0
    assert [r.seq for r in bundle_history(engine)] == [2, 1]


def test_no_recipient_refuses_unless_aggregates_only(engine, tmp_path, data_paths):
    init_office(engine, OFFICE, ledger_path="x")
    for _ in generate_demo(engine, members=50, seed=1):
        pass
    before = dump_ledger(data_paths.ledger)
    out = tmp_path / "out"
    with pytest.raises(LedgerError) as exc:
        make(engine, out)
    assert exc.value.code == "bundle.no_recipient" and not out.exists()
    assert dump_ledger(data_paths.ledger) == before
    path = make(engine, out, aggregates_only=True)
    assert path.suffix == ".uob"
    public = sign.read_public_key(sign.public_key_file(
        keys.office_public_key("110101004").public_key))
    bundle = open_bundle(path.read_bytes(), public)
    assert bundle.manifest["kind"] == "aggregates"
    assert not any(p.startswith("data/") for p in bundle.files)  # no personal data at all


def _rezip(data: bytes, change) -> bytes:
    members = fmt.read_zip_safely(data)
    change(members)
    return fmt.write_zip(list(members.items()))


def test_every_tamper_is_refused_with_its_reason(engine, office, district, tmp_path):
    path = make(engine, tmp_path / "out")
    sealed = path.read_bytes()
    archive = crypt.decrypt(sealed, district[0])

    def refused(data: bytes, identity=None) -> str:
        with pytest.raises(LedgerError) as exc:
            open_bundle(data, office, identity)
        return exc.value.code

    def resealed(change) -> bytes:  # what an attacker with the district's public key can do
        return crypt.encrypt(_rezip(archive, change), district[1])

    flipped = bytearray(sealed)
    flipped[len(flipped) // 2] ^= 0x01
    assert refused(bytes(flipped), district[0]) == "bundle.decrypt_failed"
    other_identity, _ = crypt.new_identity()
    assert refused(sealed, other_identity) == "bundle.decrypt_failed"
    assert refused(sealed) == "bundle.identity_needed"

    def swap(m):
        m["data/member.jsonl"] = m["data/organization.jsonl"]
    assert refused(resealed(swap), district[0]) == "bundle.hash_mismatch"

    def edit_manifest(m):
        m["manifest.json"] = m["manifest.json"].replace(b'"seq":1', b'"seq":7')
    assert refused(resealed(edit_manifest), district[0]) == "bundle.bad_signature"

    def extra(m):
        m["data/extra.jsonl"] = b"{}\n"
    assert refused(resealed(extra), district[0]) == "bundle.unlisted_file"

    other = Ed25519PrivateKey.generate()

    def resign(m):
        m["manifest.json.minisig"] = sign.sign_file(other, m["manifest.json"], "x")
    assert refused(resealed(resign), district[0]) == "bundle.wrong_key"
    # Encryption stripped off: refused even though everything else is intact.
    assert refused(archive) == "bundle.bad_manifest"
    # A byte flipped inside the ZIP, re-encrypted.
    raw = bytearray(archive)
    raw[200] ^= 0xFF
    assert refused(crypt.encrypt(bytes(raw), district[1]), district[0]) in {
        "bundle.not_a_bundle", "bundle.hash_mismatch", "bundle.bad_signature",
        "bundle.unsafe_zip"}


def _zip_with(name: str, data: bytes, *, link: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        if link:
            info.external_attr = (0o120777) << 16
        z.writestr(info, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "link", "reason"),
    [("../../etc/passwd", b"x", False, "path"), ("/etc/passwd", b"x", False, "path"),
     ("data/link", b"/etc/passwd", True, "link"),
     ("bomb.jsonl", b"\0" * (50 * 1024 * 1024), False, "over-compressed")],
)
def test_unsafe_archives_are_refused_before_anything_is_extracted(name, data, link, reason):
    with pytest.raises(LedgerError) as exc:
        fmt.read_zip_safely(_zip_with(name, data, link=link))
    assert exc.value.code == "bundle.unsafe_zip" and reason in str(exc.value)


def test_duplicate_names_are_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z, pytest.warns(UserWarning):
        z.writestr("manifest.json", b"1")
        z.writestr("manifest.json", b"2")
    with pytest.raises(LedgerError) as exc:
        fmt.read_zip_safely(buffer.getvalue())
    assert "duplicate" in str(exc.value)


@pytest.mark.skipif(not (shutil.which("age") and shutil.which("minisign")),
                    reason="needs the Debian packages age and minisign")
def test_stock_age_and_minisign_accept_our_bundle(engine, office, district, tmp_path):
    path = make(engine, tmp_path / "out")
    identity = tmp_path / "district.key"
    identity.write_text(district[0] + "\n", "utf-8")
    pub = tmp_path / "office.pub"
    pub.write_text(sign.public_key_file(keys.office_public_key("110101004").public_key),
                   "utf-8")
    archive = tmp_path / "bundle.zip"
    subprocess.run(["age", "-d", "-i", str(identity), "-o", str(archive), str(path)],
                   check=True)
    extracted = tmp_path / "x"
    with zipfile.ZipFile(archive) as z:
        z.extractall(extracted)
    out = subprocess.run(["minisign", "-Vm", str(extracted / "manifest.json"), "-p", str(pub)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "period=2026-10 seq=1" in out.stdout
    manifest = json.loads((extracted / "manifest.json").read_bytes())
    for entry in manifest["files"]:
        assert fmt.sha256((extracted / entry["path"]).read_bytes()) == entry["sha256"]
    # And a manifest changed by one byte fails the stock tool too.
    (extracted / "manifest.json").write_bytes(
        (extracted / "manifest.json").read_bytes().replace(b'"seq":1', b'"seq":2'))
    bad = subprocess.run(["minisign", "-Vm", str(extracted / "manifest.json"), "-p", str(pub)],
                         capture_output=True, text=True)
    assert bad.returncode != 0


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(payload=st.binary(max_size=4000), comment=st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=60))
def test_sign_and_verify_round_trip(payload, comment):
    key = Ed25519PrivateKey.generate()
    public = sign.read_public_key(sign.public_key_file(sign.raw_public(key)))
    assert sign.verify_file(public, payload, sign.sign_file(key, payload, comment)) == comment
    if payload:
        with pytest.raises(LedgerError):
            sign.verify_file(public, payload[:-1], sign.sign_file(key, payload, comment))


def test_bad_recipient_is_refused(engine):
    init_office(engine, OFFICE, ledger_path="x")
    with pytest.raises(LedgerError) as exc:
        set_district_recipient(engine, "age1notakey")
    assert exc.value.code == "bundle.bad_recipient"


def test_the_manifest_pins_the_audit_log_head(engine, office, district, tmp_path):
    from unionoffice.audit import queries as audit_queries
    from unionoffice.audit import trail
    from unionoffice.db.engine import read_session

    with read_session(engine) as session:
        head = trail.chain_head(session)
    bundle = open_bundle(make(engine, tmp_path / "out").read_bytes(), office, district[0])
    assert bundle.manifest["audit_head"] == head and head["seq"] > 0
    assert audit_queries.verify_log(engine).head_seq > head["seq"]  # bundle.create came after it


def test_a_file_left_by_an_interrupted_bundle_is_replaced_by_the_next(engine, office, district,
                                                                     tmp_path):
    """A program stopped between the file's rename and the record's commit leaves a file the
    ledger does not know; the next bundle of that seq removes it first."""
    out = tmp_path / "out"
    out.mkdir()
    leftover = out / "110101004_2026-10_0001.uob.age"
    leftover.write_bytes(b"half a bundle")
    stray_partial = out / "110101004_2026-10_0002.uob.age.partial"
    stray_partial.write_bytes(b"x")
    other_office = out / "110101005_2026-10_0001.uob.age"
    other_office.write_bytes(b"not ours")
    path = make(engine, out)
    assert path.name == leftover.name and path.read_bytes() != b"half a bundle"
    assert not stray_partial.exists() and other_office.exists()

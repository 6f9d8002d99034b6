"""The district's intake: every check before writing; a refused bundle changes nothing."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.helpers import valid_id
from unionoffice.bundle import crypt, keys, sign
from unionoffice.bundle import format as fmt
from unionoffice.bundle.export import create_bundle, run_to_end
from unionoffice.db.migrate import open_ledger
from unionoffice.demo.generate import generate_demo
from unionoffice.district import intake, store
from unionoffice.errors import LedgerError
from unionoffice.members.service import MemberInput, add_member
from unionoffice.office import OfficeInput, init_office, set_district_recipient
from unionoffice.paths import DataPaths


def store_dump(root) -> list:
    with store.open_store(root).reading() as conn:
        return [(t, sorted(map(repr, conn.exec_driver_sql(f"SELECT * FROM {t}"))))
                for t in ("office", "office_key", "bundle", "row_data", "meta")]


@pytest.fixture(params=["sqlite", "postgresql"])
def district(request, tmp_path):
    """The same tests on a district folder (SQLite) and on PostgreSQL."""
    root = tmp_path / "district" if request.param == "sqlite" else \
        request.getfixturevalue("pg_url")
    recipient = intake.init_district(root, "110101")
    return root, recipient


def make_office(tmp_path, code: str, recipient: str, members: int, seed: int):
    ledger = open_ledger(DataPaths(tmp_path / code))
    init_office(ledger.engine, OfficeInput(code, f"街道{code}", code[-3:], "110101",
                                           "东城区总工会"), ledger_path="x")
    set_district_recipient(ledger.engine, recipient)
    for _ in generate_demo(ledger.engine, members=members, seed=seed):
        pass
    pub = sign.public_key_file(keys.office_public_key(code).public_key)
    return ledger, pub


def bundle(ledger, tmp_path) -> bytes:
    return run_to_end(create_bundle(ledger.engine, "2026-10", tmp_path / "out")).read_bytes()


def test_round_trip_resend_and_chain(district, tmp_path):
    root, recipient = district
    ledger, pub = make_office(tmp_path, "110101004", recipient, 120, 1)
    intake.register_office(root, "110101004", pub)
    first = bundle(ledger, tmp_path)
    result = intake.ingest(root, first)
    assert (result.seq, result.already) == (1, False) and result.rows > 120
    assert intake.ingest(root, first).already  # byte-identical re-send: a no-op
    add_member(ledger.engine, MemberInput(name="王喆", id_number=valid_id(seq=991)))
    second = bundle(ledger, tmp_path)
    assert intake.ingest(root, second).seq == 2
    status = intake.period_status(root, "2026-10")
    assert status == [{"office": "110101004", "name": "街道110101004", "reported": True,
                       "seq": 2, "kind": "delta", "ingested_at": status[0]["ingested_at"],
                       "last_seq": 2, "deadline": "2026-11-10",
                       "state": "late" if status[0]["ingested_at"][:10] > "2026-11-10"
                       else "on_time"}]
    ledger.close()


def test_refusals_leave_the_store_unchanged(district, tmp_path):
    root, recipient = district
    ledger, pub = make_office(tmp_path, "110101004", recipient, 80, 2)
    first = bundle(ledger, tmp_path)
    before = store_dump(root)

    def refused(data: bytes) -> str:
        with pytest.raises(LedgerError) as exc:
            intake.ingest(root, data)
        assert store_dump(root) == store_dump_snapshot[0]
        return exc.value.code

    store_dump_snapshot = [before]
    assert refused(first) == "district.unknown_key"
    intake.register_office(root, "110101004", pub)
    store_dump_snapshot[0] = store_dump(root)
    second = bundle(ledger, tmp_path)
    third = bundle(ledger, tmp_path)
    assert refused(second) == "district.missing_seq"        # seq 1 never arrived
    intake.ingest(root, first)
    intake.ingest(root, second)
    store_dump_snapshot[0] = store_dump(root)
    assert intake.ingest(root, first).already               # an identical re-send: no-op
    assert store_dump(root) == store_dump_snapshot[0]
    # Seq 1 again but with other contents, properly signed by the office: refused.
    identity = intake.district_identity(root)
    parts = fmt.read_zip_safely(crypt.decrypt(first, identity))
    parts["manifest.json"] = parts["manifest.json"].replace(b'"app_version":"',
                                                            b'"app_version":"x')
    comment = f"office=110101004 period=2026-10 seq=1 sha256={fmt.sha256(parts['manifest.json'])}"
    parts["manifest.json.minisig"] = sign.sign_file(keys.load_signing_key("110101004"),
                                                    parts["manifest.json"], comment)
    replay = crypt.encrypt(fmt.write_zip(list(parts.items())), recipient)
    assert refused(replay) == "district.seq_conflict"
    flipped = bytearray(third)
    flipped[len(flipped) // 3] ^= 0x04
    assert refused(bytes(flipped)) == "bundle.decrypt_failed"
    identity = intake.district_identity(root)
    archive = crypt.decrypt(third, identity)
    parts = fmt.read_zip_safely(archive)
    parts["report/monthly.json"] = b'{"members":{"in_union":999999}}'
    swapped = crypt.encrypt(fmt.write_zip(list(parts.items())), recipient)
    assert refused(swapped) == "bundle.hash_mismatch"
    slip = crypt.encrypt(fmt.write_zip([("../../evil", b"x")] + list(
        fmt.read_zip_safely(archive).items())), recipient)
    assert refused(slip) == "bundle.unsafe_zip"
    intake.ingest(root, third)  # the genuine one still goes in
    ledger.close()


def test_a_bundle_signed_by_another_offices_key_is_refused(district, tmp_path):
    root, recipient = district
    mine, pub = make_office(tmp_path, "110101004", recipient, 50, 3)
    theirs, their_pub = make_office(tmp_path, "110101005", recipient, 50, 4)
    intake.register_office(root, "110101004", pub)
    intake.register_office(root, "110101005", their_pub)
    data = bundle(mine, tmp_path)
    identity = intake.district_identity(root)
    parts = fmt.read_zip_safely(crypt.decrypt(data, identity))
    other_key = keys.load_signing_key("110101005")
    parts["manifest.json.minisig"] = sign.sign_file(other_key, parts["manifest.json"], "x")
    with pytest.raises(LedgerError) as exc:
        intake.ingest(root, crypt.encrypt(fmt.write_zip(list(parts.items())), recipient))
    assert exc.value.code == "bundle.wrong_key"
    mine.close()
    theirs.close()


def test_district_report_sums_offices_and_counts_people_once(district, tmp_path):
    root, recipient = district
    a, pub_a = make_office(tmp_path, "110101004", recipient, 60, 5)
    b, pub_b = make_office(tmp_path, "110101005", recipient, 40, 6)
    shared = valid_id(seq=777)  # one person on both ledgers (moved jobs, not yet merged)
    add_member(a.engine, MemberInput(name="共同", id_number=shared))
    add_member(b.engine, MemberInput(name="共同", id_number=shared))
    for code, pub, ledger in (("110101004", pub_a, a), ("110101005", pub_b, b)):
        intake.register_office(root, code, pub)
        intake.ingest(root, bundle(ledger, tmp_path))
    report = intake.district_report(root, "2026-10")
    assert sorted(report["offices_reported"]) == ["110101004", "110101005"]
    assert report["members_in_union_people"] == report["members_in_union_rows"] - 1
    a.close()
    b.close()


def test_an_ingest_that_dies_half_way_leaves_the_store_as_it_was(district, tmp_path,
                                                                  monkeypatch):
    root, recipient = district
    ledger, pub = make_office(tmp_path, "110101004", recipient, 100, 7)
    intake.register_office(root, "110101004", pub)
    data = bundle(ledger, tmp_path)
    before = store_dump(root)
    real_loads = intake.json.loads
    calls = {"n": 0}

    def dying_loads(text):  # the process "dies" after a few hundred rows went in
        calls["n"] += 1
        if calls["n"] == 300:
            raise KeyboardInterrupt
        return real_loads(text)

    monkeypatch.setattr(intake.json, "loads", dying_loads)
    with pytest.raises(KeyboardInterrupt):
        intake.ingest(root, data)
    monkeypatch.setattr(intake.json, "loads", real_loads)
    assert store_dump(root) == before
    assert intake.ingest(root, data).seq == 1  # and it goes in whole the next time
    ledger.close()


def test_key_rotation_travels_with_the_next_bundle(district, tmp_path):
    from unionoffice.bundle.rotation import STATEMENT, rotate_signing_key

    root, recipient = district
    ledger, pub = make_office(tmp_path, "110101004", recipient, 60, 8)
    intake.register_office(root, "110101004", pub)
    intake.ingest(root, bundle(ledger, tmp_path))
    old_id, new_id = rotate_signing_key(ledger.engine)
    assert old_id != new_id
    second = bundle(ledger, tmp_path)
    identity = intake.district_identity(root)
    parts = fmt.read_zip_safely(crypt.decrypt(second, identity))
    assert STATEMENT in parts
    # A forged hand-over: the statement re-signed by a stranger as "old" key is refused.
    forged = dict(parts)
    stranger = sign.sign_file(Ed25519PrivateKey.generate(), parts[STATEMENT], "x")
    forged["keys/rotation.json.old.minisig"] = stranger
    before = store_dump(root)
    with pytest.raises(LedgerError):
        intake.ingest(root, crypt.encrypt(fmt.write_zip(list(forged.items())), recipient))
    assert store_dump(root) == before
    assert intake.ingest(root, second).seq == 2          # the genuine one: new key registered
    third = bundle(ledger, tmp_path)
    assert STATEMENT not in fmt.read_zip_safely(crypt.decrypt(third, identity))
    assert intake.ingest(root, third).seq == 3           # signed by the new key alone
    with store.open_store(root).reading() as conn:
        keys_now = dict(conn.exec_driver_sql("SELECT key_id, valid_until FROM office_key").all())
    assert keys_now[new_id] is None and keys_now[old_id] is not None
    ledger.close()

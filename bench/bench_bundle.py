"""Bundles of a 200,000-member ledger: full ≤ 10 s, delta of 1,000 changes ≤ 1 s, verify
≤ 3 s — beside `sha256sum` and `zip` of the same bytes as the floor (same run)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from bench.common import fresh_ledger, report, timed
from unionoffice.bundle import crypt, keys, sign
from unionoffice.bundle import format as fmt
from unionoffice.bundle.export import create_bundle, run_to_end
from unionoffice.bundle.verify import open_bundle
from unionoffice.db.engine import write_session
from unionoffice.demo.generate import generate_demo
from unionoffice.office import OfficeInput, init_office, set_district_recipient

MEMBERS = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000


def floor(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    import os

    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    with tempfile.TemporaryDirectory() as tmp, fresh_ledger() as ledger:
        os.environ["XDG_DATA_HOME"] = tmp  # a throwaway keyring file for the bench's key
        engine = ledger.engine
        init_office(engine, OfficeInput("110101004", "东城区龙潭街道总工会", "龙潭", "110101",
                                        "东城区总工会"), ledger_path="bench")
        identity, recipient = crypt.new_identity()
        set_district_recipient(engine, recipient)
        for _ in generate_demo(engine, members=MEMBERS, seed=1):
            pass
        out = Path(tmp) / "out"
        full_s, path = timed(lambda: run_to_end(create_bundle(engine, "2026-10", out)))
        archive = crypt.decrypt(path.read_bytes(), identity)
        payload = Path(tmp) / "payload.bin"
        payload.write_bytes(b"".join(fmt.read_zip_safely(archive).values()))
        zip_s = floor(["zip", "-q", "-6", str(Path(tmp) / "floor.zip"), str(payload)])
        sha_s = floor(["sha256sum", str(path)])
        report(f"full bundle ({MEMBERS:,} members, {path.stat().st_size / 1e6:.0f} MB)",
               f"{full_s:.1f} s", "<= 10 s", f"zip -6 of the same bytes {zip_s:.1f} s",
               full_s <= 10)
        with write_session(engine) as session:  # 1,000 changed members, as a month brings
            session.execute(text(
                "UPDATE member SET phone = '13900000000', change_seq = change_seq + 10000000 "
                "WHERE rowid IN (SELECT rowid FROM member LIMIT 1000)"))
            session.execute(text("UPDATE ledger_meta SET value = CAST(value AS INTEGER) + "
                                 "10000000 WHERE key = 'change_seq'"))
        delta_s, delta = timed(lambda: run_to_end(create_bundle(engine, "2026-10", out)))
        report("delta bundle, 1,000 changes", f"{delta_s * 1000:.0f} ms", "<= 1000 ms",
               f"sha256sum of the full bundle {sha_s * 1000:.0f} ms", delta_s <= 1)
        public = sign.read_public_key(sign.public_key_file(
            keys.office_public_key("110101004").public_key))
        verify_s, _ = timed(open_bundle, path.read_bytes(), public, identity)
        report("verify the full bundle", f"{verify_s:.1f} s", "<= 3 s",
               f"sha256sum {sha_s:.2f} s, zip {zip_s:.1f} s", verify_s <= 3)
        from unionoffice.district import intake

        root = Path(tmp) / "district"
        intake.init_district(root, "110101")  # the bench ingests with the identity made above
        intake.register_office(root, "110101004", sign.public_key_file(public.key))
        ingest_s, result = timed(intake.ingest, root, path.read_bytes(), identity)
        report(f"ingest the full bundle ({result.rows:,} rows)", f"{ingest_s:.1f} s",
               "<= 15 s", f"sha256sum {sha_s:.2f} s, zip {zip_s:.1f} s", ingest_s <= 15)


if __name__ == "__main__":
    main()

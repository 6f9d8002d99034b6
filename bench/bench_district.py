"""Ingest of a 200,000-member bundle into the district store on PostgreSQL: target ≤ 15 s.

Baselines in the same run: the same bundle into the SQLite store, and the verify step alone
(decrypt, hashes, signature) that every ingest pays before writing.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from tests.pg import Postgres

from bench.common import fresh_ledger, report, timed
from unionoffice.bundle import keys, sign
from unionoffice.bundle.export import create_bundle, run_to_end
from unionoffice.bundle.verify import open_bundle
from unionoffice.demo.generate import generate_demo
from unionoffice.district import intake
from unionoffice.office import OfficeInput, init_office, set_district_recipient

MEMBERS = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
TARGET_S = 15.0


def main() -> None:
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_DATA_HOME"] = str(Path(tmp) / "xdg")
        server = Postgres()
        server.start()
        try:
            pg = server.database()
            recipient = intake.init_district(pg, "110101")
            sqlite_dir = Path(tmp) / "district-sqlite"
            intake.init_district(sqlite_dir, "110102")  # its own keys: identity given below
            with fresh_ledger() as ledger:
                init_office(ledger.engine, OfficeInput("110101004", "东城区龙潭街道总工会", "龙潭",
                                                       "110101", "东城区总工会"), ledger_path="x")
                set_district_recipient(ledger.engine, recipient)
                for _ in generate_demo(ledger.engine, members=MEMBERS, seed=1):
                    pass
                path = run_to_end(create_bundle(ledger.engine, "2026-10", Path(tmp) / "out",
                                                full=True))
            data = path.read_bytes()
            pub = sign.public_key_file(keys.office_public_key("110101004").public_key)
            for target in (pg, sqlite_dir):
                intake.register_office(target, "110101004", pub)
            identity = intake.district_identity(pg)
            verify_s, _ = timed(open_bundle, data, sign.read_public_key(pub), identity)
            pg_s, result = timed(intake.ingest, pg, data, identity)
            sqlite_s, _ = timed(intake.ingest, sqlite_dir, data, identity)
        finally:
            server.stop()
    report(f"district ingest, {MEMBERS:,} members (PostgreSQL)", f"{pg_s:.1f} s",
           f"<= {TARGET_S:.0f} s", f"SQLite store {sqlite_s:.1f} s; verify alone {verify_s:.1f} s;"
           f" {result.rows:,} rows, {len(data) / 1e6:.0f} MB", pg_s <= TARGET_S)


if __name__ == "__main__":
    main()

"""``unionoffice --self-test``: prove an installed build works on this machine, then exit.

It opens a temporary ledger (running every migration), renders an agreement PDF with the fonts
it finds, makes a signing key in the keyring backend it finds, signs and verifies a bundle
with it, prints each step and which backend that was, and cleans up after itself (the
temporary ledger and the test key are removed; the office's own ledger and key are untouched).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

SELF_TEST_OFFICE = "999999999"


def run_self_test(out: TextIO = sys.stdout) -> int:
    """Run the checks; 0 when all pass, 1 (with the failing step and its error) otherwise."""
    from unionoffice import __version__

    build = "frozen" if getattr(sys, "frozen", False) else "source"
    print(f"UnionOffice {__version__} self-test (Python {sys.version.split()[0]}, {build})",
          file=out)
    with tempfile.TemporaryDirectory(prefix="unionoffice-selftest-") as tmp:
        state: dict = {"root": Path(tmp)}
        steps: list[tuple[str, Callable[[dict], str]]] = [
            ("ledger + migrations", _ledger), ("demo data", _demo), ("agreement PDF", _pdf),
            ("keyring", _keyring), ("bundle sign + verify", _bundle),
            ("Qt (widgets, PDF, charts)", _qt),
        ]
        try:
            for name, step in steps:
                try:
                    detail = step(state)
                except Exception as exc:  # noqa: BLE001 - report any failure and stop
                    print(f"FAIL  {name}: {type(exc).__name__}: {exc}", file=out)
                    traceback.print_exc(file=out)
                    return 1
                print(f"ok    {name}: {detail}", file=out)
        finally:
            _cleanup(state)
    print("self-test passed", file=out)
    return 0


def _ledger(state: dict) -> str:
    from unionoffice.db.migrate import open_ledger
    from unionoffice.db.models import SCHEMA_VERSION
    from unionoffice.paths import DataPaths

    ledger = open_ledger(DataPaths(state["root"] / "data"))
    state["ledger"] = ledger
    with ledger.engine.connect() as conn:
        version = conn.exec_driver_sql("PRAGMA user_version").scalar()
    assert version == SCHEMA_VERSION, f"schema {version} != {SCHEMA_VERSION}"
    return f"schema {version} at {ledger.paths.ledger}"


def _demo(state: dict) -> str:
    from unionoffice.db.engine import read_session
    from unionoffice.demo.generate import generate_demo
    from unionoffice.members.queries import search_member_ids

    engine = state["ledger"].engine
    for _ in generate_demo(engine, members=300, seed=1):
        pass
    with read_session(engine) as session:
        name, number = session.connection().exec_driver_sql(
            "SELECT name, id_number FROM member LIMIT 1").one()
        assert search_member_ids(session, name) and search_member_ids(session, number[-4:])
    return "300 members, cases and contracts; found by name and ID number"


def _pdf(state: dict) -> str:
    from unionoffice.mediation.documents import agreement_pdf
    from unionoffice.mediation.queries import case_detail, list_cases

    engine = state["ledger"].engine
    case = next(c for c in list_cases(engine) if c.state in ("effective", "performing",
                                                             "performed", "signed"))
    pdf = agreement_pdf(case_detail(engine, case.id))
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    path = state["root"] / "agreement.pdf"
    path.write_bytes(pdf)
    return f"{len(pdf):,} bytes, case {case.case_number}"


def _keyring(state: dict) -> str:
    from unionoffice.bundle import keys

    public, status = keys.create_office_key(SELF_TEST_OFFICE)
    state["key_made"] = True
    state["public"] = public
    return f"backend {status.name}" + (f" ({status.warning})" if status.warning else "")


def _bundle(state: dict) -> str:
    from sqlmodel import select

    from unionoffice.bundle import crypt, sign
    from unionoffice.bundle.export import create_bundle, run_to_end
    from unionoffice.bundle.verify import open_bundle
    from unionoffice.db.engine import write_session
    from unionoffice.db.models import Office
    from unionoffice.office import set_district_recipient

    engine = state["ledger"].engine
    identity, recipient = crypt.new_identity()
    with write_session(engine) as session:
        session.exec(select(Office)).one().code = SELF_TEST_OFFICE
    set_district_recipient(engine, recipient)
    period = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    path = run_to_end(create_bundle(engine, period, state["root"] / "bundles"))
    public = sign.read_public_key(sign.public_key_file(state["public"].public_key))
    bundle = open_bundle(path.read_bytes(), public, identity)
    return f"{path.name}, {len(bundle.files)} files, key {bundle.manifest['key_id']}"


def _qt(state: dict) -> str:
    from unionoffice.ui.self_check import check_qt  # the one step that needs Qt

    return check_qt(state["root"] / "agreement.pdf")


def _cleanup(state: dict) -> None:
    if state.get("key_made"):
        try:
            import keyring

            from unionoffice.bundle import keys

            keyring.delete_password(keys.SERVICE, SELF_TEST_OFFICE)
        except Exception:  # noqa: BLE001, S110 - best effort: the key is a throwaway
            pass
    ledger = state.get("ledger")
    if ledger is not None:
        ledger.engine.dispose()
        ledger.close()

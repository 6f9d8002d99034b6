"""``district``: the district federation's side — its store, intake service and figures.

These commands work on the district's store (a folder, or a PostgreSQL URL), never on an
office ledger.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from unionoffice.cli.output import err, print_json
from unionoffice.cli.registry import EXIT_OK, EXIT_REFUSED, arg, command, group
from unionoffice.errors import LedgerError
from unionoffice.i18n import t
from unionoffice.paths import resolve_data_dir

group("district", "the district federation's side",
      arg("--district-dir", help="the district store's folder (default: district/ in the data "
                                 "folder)"),
      arg("--db", help="the district store's database URL (postgresql://user@host/db); "
                       "instead of a folder"))


def store_of(args: argparse.Namespace) -> str | Path:
    """The district store the command works on."""
    return args.db or (Path(args.district_dir) if args.district_dir else
                       resolve_data_dir(args.data_dir).root / "district")


@command("district serve", "the intake service (offices upload bundles to it)",
         arg("--host", default="127.0.0.1"), arg("--port", type=int, default=8400),
         ledger=False)
def district_serve(args: argparse.Namespace) -> int:
    """Run the intake service until stopped."""
    from unionoffice.district.server import serve

    serve(store_of(args), args.host, args.port)
    return EXIT_OK


@command("district receipt-key", "the district's receipt key (.pub) for the offices",
         ledger=False)
def district_receipt_key(args: argparse.Namespace) -> int:
    """Print the public key the offices check receipts with."""
    from unionoffice.district import intake

    print(intake.receipt_public_key(store_of(args)))
    return EXIT_OK


@command("district init", "create the store and the age identity; prints the recipient to "
                          "give the offices",
         arg("--district-code", default="district"), ledger=False)
def district_init(args: argparse.Namespace) -> int:
    """Create the store and the district's keys."""
    from unionoffice.district import intake

    print(intake.init_district(store_of(args), args.district_code))
    return EXIT_OK


@command("district register", "register an office's public key",
         arg("office_code"), arg("pubfile"), ledger=False)
def district_register(args: argparse.Namespace) -> int:
    """Register an office's public key."""
    from unionoffice.district import intake

    key_id = intake.register_office(store_of(args), args.office_code,
                                    Path(args.pubfile).read_text("utf-8"))
    print(t("cli.district.registered", office=args.office_code, key_id=key_id))
    return EXIT_OK


@command("district ingest", "check and accept bundles",
         arg("files", nargs="+"),
         arg("--identity", help="age identity file (default: the one in the keyring)"),
         ledger=False)
def district_ingest(args: argparse.Namespace) -> int:
    """Check and accept each bundle; exit 1 if any was refused."""
    from unionoffice.district import intake

    root = store_of(args)
    identity = Path(args.identity).read_text("utf-8") if args.identity else None
    failed = 0
    for name in args.files:
        try:
            result = intake.ingest(root, Path(name).read_bytes(), identity)
        except LedgerError as exc:
            failed += 1
            err(t("cli.district.refused", file=name, reason=exc))
            continue
        if result.already:
            print(t("cli.district.already", file=name))
        else:
            print(t("cli.district.accepted", file=name, office=result.office,
                    period=result.period, seq=result.seq, rows=result.rows))
    return EXIT_REFUSED if failed else EXIT_OK


@command("district status", "which offices reported for a month",
         arg("--period", required=True), arg("--json", action="store_true"), ledger=False)
def district_status(args: argparse.Namespace) -> int:
    """Which offices reported for a month."""
    from unionoffice.district import intake

    rows = intake.period_status(store_of(args), args.period)
    if args.json:
        print_json(rows)
        return EXIT_OK
    for r in rows:
        state = (t("cli.district.reported", seq=r["seq"], at=r["ingested_at"]) if r["reported"]
                 else t("cli.district.not_reported"))
        print(f"{r['office']}\t{r['name']}\t{state}")
    return EXIT_OK


@command("district report", "all offices' totals for a month",
         arg("--period", required=True), arg("-o", "--output", help="write JSON to this file"),
         ledger=False)
def district_report(args: argparse.Namespace) -> int:
    """Every office's totals for a month, as JSON."""
    from unionoffice.district import intake

    text = json.dumps(intake.district_report(store_of(args), args.period), ensure_ascii=False,
                      indent=2)
    if args.output:
        Path(args.output).write_text(text, "utf-8")
        print(args.output)
    else:
        print(text)
    return EXIT_OK

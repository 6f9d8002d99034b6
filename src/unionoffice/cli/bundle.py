"""``bundle``: make the month's bundle, send it, the outbox, the chain after a restore, verify."""

from __future__ import annotations

import argparse
from pathlib import Path

from unionoffice.cli.output import err, print_json
from unionoffice.cli.registry import EXIT_OK, EXIT_REFUSED, arg, command, group
from unionoffice.db.migrate import Ledger
from unionoffice.errors import LedgerError
from unionoffice.i18n import t

group("bundle", "the monthly bundle")


@command("bundle create", "make the month's bundle; prints its path",
         arg("--period", required=True, help="YYYY-MM"),
         arg("-o", "--output", help="folder (default: bundles/ in the data folder)"),
         arg("--full", action="store_true", help="all rows, not only the changes"),
         arg("--aggregates-only", action="store_true",
             help="only the month's totals, no personal data (needs no recipient)"))
def bundle_create(ledger: Ledger, args: argparse.Namespace) -> int:
    """Make, sign and (with personal data) encrypt the month's bundle."""
    from unionoffice.bundle.export import create_bundle, run_to_end

    out = Path(args.output) if args.output else ledger.paths.root / "bundles"
    print(run_to_end(create_bundle(ledger.engine, args.period, out, full=args.full,
                                   aggregates_only=args.aggregates_only)))
    return EXIT_OK


@command("bundle upload", "send a made bundle to the district's intake service; prints the "
                          "receipt",
         arg("file", nargs="?", help="the bundle file (default: everything due)"),
         arg("--url", help="the service (default: config district-url)"))
def bundle_upload(ledger: Ledger, args: argparse.Namespace) -> int:
    """Send one bundle, or every one that is due; exit 1 unless all were accepted."""
    from unionoffice.bundle import outbox

    if args.file:
        results = [outbox.upload_bundle(ledger.engine,
                                        outbox.bundle_for_file(ledger.engine, Path(args.file)),
                                        args.url)]
    else:
        results = outbox.send_due(ledger.engine, args.url)
        if not results:
            print(t("cli.bundle.nothing_to_upload"))
    failed = False
    for r in results:
        line = t("cli.bundle.upload_state", seq=r.seq, state=outbox.state_label(r.state))
        if r.receipt:
            line += t("cli.bundle.receipt", received_at=r.receipt["received_at"])
        if r.message:
            line = t("cli.bundle.with_message", line=line, message=r.message)
        (print if r.state == "accepted" else err)(line)
        failed |= r.state != "accepted"
    return EXIT_REFUSED if failed else EXIT_OK


@command("bundle outbox", "made bundles and their upload state", arg("--json", action="store_true"))
def bundle_outbox(ledger: Ledger, args: argparse.Namespace) -> int:
    """The made bundles with their upload state and last error."""
    from unionoffice.bundle import outbox
    from unionoffice.bundle.chain import bundle_history

    rows = [{"seq": r.seq, "period": r.period, "state": r.upload_state,
             "attempts": r.upload_attempts,
             "next_try": r.next_upload_at.isoformat() if r.next_upload_at else None,
             "error": r.upload_error, "file": r.file} for r in bundle_history(ledger.engine)]
    if args.json:
        print_json(rows)
        return EXIT_OK
    for r in rows:
        print("\t".join([str(r["seq"]), r["period"], outbox.state_label(r["state"]),
                         r["error"] or ""]))
    return EXIT_OK


@command("bundle ack", "after a restore: the last bundle seq the district acknowledged "
                       "(unblocks bundle create)",
         arg("--seq", type=int, required=True),
         arg("--manifest-sha256", help="from the district's receipt, when this ledger has no "
                                       "record of that bundle"))
def bundle_ack(ledger: Ledger, args: argparse.Namespace) -> int:
    """Re-anchor the bundle chain after a restore."""
    from unionoffice.bundle.chain import confirm_district_ack

    following = confirm_district_ack(ledger.engine, args.seq, args.manifest_sha256)
    print(t("cli.bundle.acked", seq=args.seq, next=following))
    return EXIT_OK


@command("bundle verify", "check a bundle; exit 0 when valid",
         arg("file"), arg("--pubkey", required=True, help="the office's minisign .pub file"),
         arg("--identity", help="age identity file to decrypt with"), ledger=False)
def bundle_verify(args: argparse.Namespace) -> int:
    """Needs no ledger: the district (or anyone) checks a file with the office's public key."""
    from unionoffice.bundle.sign import read_public_key
    from unionoffice.bundle.verify import open_bundle

    try:
        public = read_public_key(Path(args.pubkey).read_text("utf-8"))
        identity = Path(args.identity).read_text("utf-8") if args.identity else None
        bundle = open_bundle(Path(args.file).read_bytes(), public, identity)
    except LedgerError as exc:
        err(t("cli.bundle.invalid", reason=exc))
        return EXIT_REFUSED
    except OSError as exc:
        err(t("cli.bundle.unreadable", error=exc))
        return EXIT_REFUSED
    print(t("cli.bundle.valid", summary=bundle.summary()))
    return EXIT_OK

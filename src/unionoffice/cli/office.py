"""Commands about the office itself: set it up, fill a demo ledger, its signing key."""

from __future__ import annotations

import argparse
import sys

from unionoffice.cli.output import err, run_with_bar
from unionoffice.cli.registry import EXIT_OK, arg, command, group
from unionoffice.db.migrate import Ledger
from unionoffice.errors import LedgerError, Problem, ValidationFailed
from unionoffice.i18n import t


@command("init", "create the ledger and the office signing key",
         arg("--office-code", required=True, help="9-digit subdistrict code"),
         arg("--office-name", required=True),
         arg("--short-name", required=True, help="short name used in case numbers"),
         arg("--district-code", required=True, help="6-digit district code"),
         arg("--district-name", required=True))
def init(ledger: Ledger, args: argparse.Namespace) -> int:
    """Set up the office and make its signing key."""
    from unionoffice.office import OfficeInput, init_office

    office, public, status = init_office(
        ledger.engine,
        OfficeInput(args.office_code, args.office_name, args.short_name, args.district_code,
                    args.district_name),
        ledger_path=str(ledger.paths.ledger),
    )
    if status.warning:
        err(status.warning)
    print(t("cli.init.ledger_created", path=ledger.paths.ledger))
    print(t("cli.init.office", name=office.name, code=office.code))
    print(t("cli.init.signing_key", key_id=public.key_id, backend=status.name))
    return EXIT_OK


@command("demo", "fill an empty ledger with realistic synthetic data",
         arg("--members", type=int, default=2000), arg("--seed", type=int, default=1))
def demo(ledger: Ledger, args: argparse.Namespace) -> int:
    """Fill an empty ledger with synthetic people, unions, cases and contracts."""
    from unionoffice.demo.generate import generate_demo

    if args.members < 0:
        raise ValidationFailed([Problem("number.range", "members", {
            "value": args.members, "min": 0, "max": 10_000_000})])
    run_with_bar(generate_demo(ledger.engine, members=args.members, seed=args.seed),
                 t("cli.demo.progress"))
    print(t("cli.demo.done", members=args.members, seed=args.seed))
    return EXIT_OK


group("keys", "the office signing key")


@command("keys show", "the public key, as minisign writes a .pub file")
def keys_show(ledger: Ledger, args: argparse.Namespace) -> int:
    """Print the office's public key."""
    from unionoffice.bundle import keys
    from unionoffice.bundle.sign import public_key_file
    from unionoffice.office import get_office

    office = get_office(ledger.engine)
    if office is None:
        raise LedgerError("office.missing")
    sys.stdout.write(public_key_file(keys.office_public_key(office.code).public_key))
    return EXIT_OK


@command("keys rotate", "a new key; the next bundle carries the hand-over signed by the old "
                        "and the new key")
def keys_rotate(ledger: Ledger, args: argparse.Namespace) -> int:
    """Make a new signing key; the next bundle announces it."""
    from unionoffice.bundle.rotation import rotate_signing_key

    old_id, new_id = rotate_signing_key(ledger.engine)
    print(t("cli.keys.rotated", old=old_id, new=new_id))
    return EXIT_OK

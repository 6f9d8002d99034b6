"""``audit``: check the hash chain, list the entries."""

from __future__ import annotations

import argparse

from unionoffice.cli.output import err, print_json
from unionoffice.cli.registry import EXIT_OK, EXIT_REFUSED, arg, command, group
from unionoffice.db.migrate import Ledger
from unionoffice.i18n import t

group("audit", "the audit log")


@command("audit verify", "check the hash chain; exit 1 naming the first broken entry")
def audit_verify(ledger: Ledger, args: argparse.Namespace) -> int:
    """Walk the chain; exit 1 naming the first entry that was altered."""
    from unionoffice.audit.queries import verify_log

    result = verify_log(ledger.engine)
    if result.first_bad is not None:
        err(t("cli.audit.broken", seq=result.first_bad, checked=result.checked))
        return EXIT_REFUSED
    print(t("cli.audit.intact", checked=result.checked, head=result.head_hash[:16]))
    return EXIT_OK


@command("audit list", "entries, newest first",
         arg("--operator-name", help="only this operator's entries"),
         arg("--action", help="only actions starting with this (e.g. member.)"),
         arg("--limit", type=int, default=50), arg("--json", action="store_true"))
def audit_list(ledger: Ledger, args: argparse.Namespace) -> int:
    """The newest entries, filtered by operator or action."""
    from unionoffice.audit.queries import list_entries

    entries = list_entries(ledger.engine, operator=args.operator_name, action=args.action,
                           limit=args.limit)
    if args.json:
        print_json([e.to_json() for e in entries])
        return EXIT_OK
    for e in entries:
        print("\t".join([str(e.seq), e.at_local, e.operator, e.action, e.entity,
                         e.entity_id, e.summary]))
    return EXIT_OK

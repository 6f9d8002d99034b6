"""``contracts list``: the collective contracts with their state and next clock."""

from __future__ import annotations

import argparse
import datetime as dt

from unionoffice.cli.output import print_items
from unionoffice.cli.registry import EXIT_OK, arg, command, group
from unionoffice.contracts.rules import CONTRACTS
from unionoffice.db.migrate import Ledger
from unionoffice.i18n import t

group("contracts", "collective contracts")


@command("contracts list", "contracts with their state and next clock",
         arg("--json", action="store_true"),
         arg("--expiring", type=int, metavar="DAYS",
             help="only contracts in force that expire within DAYS days"),
         arg("--state"))
def contracts_list(ledger: Ledger, args: argparse.Namespace) -> int:
    """Contracts with state, term end and the clock to watch."""
    from unionoffice.contracts.queries import list_contracts

    today = dt.date.today()
    rows = list_contracts(ledger.engine, state=args.state, expiring_within=args.expiring,
                          today=today)
    items = [{
        "id": r.id, "title": r.title, "type": r.contract_type,
        "type_label": t(f"contract.type.{r.contract_type}"), "scope": r.scope,
        "state": r.state, "state_label": CONTRACTS.state_label(r.state),
        "organization": r.organization,
        "signed_on": r.signed_on.isoformat() if r.signed_on else None,
        "term_end": r.term_end.isoformat() if r.term_end else None,
        "days_to_expiry": (r.term_end - today).days if r.term_end else None,
        "next_deadline": r.clock.effective_due.isoformat() if r.clock else None,
        "next_rule": r.clock.rule.id if r.clock else None,
        "covered_enterprises": r.covered_enterprises, "covered_workers": r.covered_workers,
    } for r in rows]
    print_items(items, as_json=args.json, empty=t("cli.contracts.none"),
                columns=lambda it: [it["title"], it["state_label"], it["term_end"] or "-",
                                    str(it["covered_workers"])])
    return EXIT_OK

"""``config set``: the district's keys and address, the coverage counting rule."""

from __future__ import annotations

import argparse
from pathlib import Path

from unionoffice.cli.registry import EXIT_OK, arg, command, group
from unionoffice.db.migrate import Ledger
from unionoffice.i18n import t

group("config", "settings")


@command("config set", "set a setting",
         arg("name", choices=["district-recipient", "coverage-rule", "district-url",
                              "district-receipt-key"],
             help="district-recipient: the district's age key; coverage-rule: once (an "
                  "employer covered by two contracts counts once) or each"),
         arg("value"))
def config_set(ledger: Ledger, args: argparse.Namespace) -> int:
    """Set one setting; each is audited once."""
    engine = ledger.engine
    if args.name == "district-url":
        from unionoffice.bundle.outbox import set_district_url

        print(t("cli.config.district_url", url=set_district_url(engine, args.value)))
    elif args.name == "district-receipt-key":
        from unionoffice.bundle.outbox import set_receipt_key

        source = Path(args.value)
        text = source.read_text("utf-8") if source.is_file() else args.value
        print(t("cli.config.receipt_key", key_id=set_receipt_key(engine, text)))
    elif args.name == "coverage-rule":
        from unionoffice.contracts.coverage import set_coverage_rule

        set_coverage_rule(engine, args.value)
        print(t("cli.config.coverage_rule", rule=args.value))
    else:
        from unionoffice.office import set_district_recipient

        print(t("cli.config.recipient", recipient=set_district_recipient(engine, args.value)))
    return EXIT_OK

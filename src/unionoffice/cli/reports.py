"""``report monthly``: the month's figures as PDF, Excel or JSON."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from unionoffice.cli.output import write_atomically
from unionoffice.cli.registry import EXIT_OK, arg, command, group
from unionoffice.db.migrate import Ledger
from unionoffice.errors import LedgerError

group("report", "reports")


@command("report monthly", "the month's figures as .pdf, .xlsx or .json",
         arg("--period", required=True, help="YYYY-MM"),
         arg("-o", "--output", required=True,
             help="file to write; its extension (.pdf .xlsx .json) picks the format"))
def report_monthly(ledger: Ledger, args: argparse.Namespace) -> int:
    """The month's report in the format the file's extension names."""
    from unionoffice.office import get_office
    from unionoffice.reports.monthly import monthly_report, monthly_trend

    target = Path(args.output)
    suffix = target.suffix.lower()
    if suffix not in (".pdf", ".xlsx", ".json"):
        raise LedgerError("report.format", value=target.name)
    report = monthly_report(ledger.engine, args.period)
    office = get_office(ledger.engine)
    name = office.name if office else ""
    if suffix == ".json":
        payload = json.dumps(report.to_json(), ensure_ascii=False, indent=2).encode("utf-8")
    elif suffix == ".xlsx":
        from unionoffice.reports.xlsx import report_xlsx

        payload = report_xlsx(report, name)
    else:
        from unionoffice.reports.pdf import report_pdf

        payload = report_pdf(report, name, monthly_trend(ledger.engine, args.period))
    write_atomically(target, payload)
    print(target)
    return EXIT_OK

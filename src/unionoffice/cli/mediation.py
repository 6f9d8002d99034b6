"""``cases``: the mediation cases with their first clock, and a case's 调解协议书."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from unionoffice.cli.output import print_items, write_atomically
from unionoffice.cli.registry import EXIT_OK, arg, command, group
from unionoffice.common.money import yuan
from unionoffice.db.migrate import Ledger
from unionoffice.i18n import t
from unionoffice.mediation.queries import CaseRow
from unionoffice.mediation.rules import CASES

group("cases", "mediation cases")


def case_summary(row: CaseRow, today: dt.date) -> dict[str, Any]:
    """A case as the list prints it (and as --json gives it)."""
    clock = row.clock
    return {
        "id": row.id, "case_number": row.case_number, "state": row.state,
        "state_label": CASES.state_label(row.state),
        "received_on": row.received_on.isoformat(),
        "deadline": clock.effective_due.isoformat() if clock else None,
        "deadline_rule": clock.rule.id if clock else None,
        "days_left": clock.days_left(today) if clock else None,
        "applicants": row.applicants, "workers": row.workers, "respondent": row.respondent,
        "category": row.category, "claimed_fen": row.claimed_fen, "agreed_fen": row.agreed_fen,
        "paid_fen": row.paid_fen,
    }


@command("cases list", "cases, newest first, with the clock that runs out first",
         arg("--state", help="only cases in this state (e.g. mediating)"),
         arg("--open", action="store_true", help="only cases not yet closed"),
         arg("--json", action="store_true"))
def cases_list(ledger: Ledger, args: argparse.Namespace) -> int:
    """The cases, newest first, each with the clock that runs out first."""
    from unionoffice.mediation.queries import list_cases

    today = dt.date.today()
    items = [case_summary(r, today) for r in list_cases(ledger.engine, state=args.state,
                                                          open_only=args.open)]
    print_items(items, as_json=args.json, empty=t("cli.cases.none"), columns=_case_columns)
    return EXIT_OK


def _case_columns(it: dict[str, Any]) -> list[str]:
    left = "" if it["days_left"] is None else t("cli.cases.days_left", n=it["days_left"])
    return [it["case_number"] or t("cli.cases.not_accepted"), it["state_label"],
            it["received_on"], "、".join(it["applicants"]), it["respondent"],
            yuan(it["claimed_fen"]), left]


@command("cases agreement", "the 调解协议书 of a case as PDF",
         arg("case_number"), arg("-o", "--output", required=True, help="PDF file to write"))
def cases_agreement(ledger: Ledger, args: argparse.Namespace) -> int:
    """Write a case's 调解协议书 (refused while there is no agreement)."""
    from unionoffice.mediation.documents import agreement_pdf
    from unionoffice.mediation.queries import case_detail, find_case_id

    pdf = agreement_pdf(case_detail(ledger.engine, find_case_id(ledger.engine,
                                                                 args.case_number)))
    target = Path(args.output)
    write_atomically(target, pdf)  # never half a PDF under the asked-for name
    print(target)
    return EXIT_OK

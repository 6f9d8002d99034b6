"""The statutory clocks of a collective contract, and the one to watch in each state."""

from __future__ import annotations

import datetime as dt

from unionoffice.common import clocks
from unionoffice.common.clocks import ClockRule, Deadline
from unionoffice.contracts import rules as contract_rules
from unionoffice.db.models import CollectiveContract

FILING = ClockRule("contract.filing", "signed_on", 10, False, (3, 0))
REVIEW = ClockRule("contract.review", "filed_on", 15, False, (3, 0))
EXPIRY = ClockRule("contract.expiry", "term_end", 0, False, (90, 30, 0))
RULES = {r.id: r for r in (FILING, REVIEW, EXPIRY)}


def filing_deadline(signed_on: dt.date) -> Deadline:
    """Art. 42: file within 10 days of signing."""
    return clocks.deadline(FILING, signed_on)


def review_deadline(filed_on: dt.date) -> Deadline:
    """Art. 47: in effect unless the bureau objects within 15 days of receiving it."""
    return clocks.deadline(REVIEW, filed_on)


def current_clock(contract: CollectiveContract) -> Deadline | None:
    """What the office must watch now: filing, review, or expiry."""
    if contract.status == contract_rules.SIGNED and contract.signed_on:
        return filing_deadline(contract.signed_on)
    if contract.status == contract_rules.FILED and contract.filed_on:
        return review_deadline(contract.filed_on)
    if contract.status == contract_rules.EFFECTIVE and contract.term_end:
        return Deadline(EXPIRY, contract.term_end, contract.term_end)
    return None

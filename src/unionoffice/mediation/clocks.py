"""The statutory clocks of a mediation case, and which of them run in each state.

Each rule is data (what starts it, how long, calendar or working days, when to warn); its name
and the article behind it are in the message catalog (``clock.<id>.*``) and the engine in
``common/clocks.py`` computes and explains the dates.
"""

from __future__ import annotations

import datetime as dt

from unionoffice.common import clocks
from unionoffice.common.clocks import ClockRule, Deadline
from unionoffice.db.models import MediationCase
from unionoffice.mediation import rules as mediation

ACCEPTANCE = ClockRule("mediation.acceptance", "received_on", 3, True, (1, 0))
MEDIATION_LIMIT = ClockRule("mediation.limit", "received_on", 15, False, (5, 2, 0))
ARBITRATION_REVIEW = ClockRule("agreement.arbitration_review", "effective_on", 15, False, (5, 0))
JUDICIAL_CONFIRMATION = ClockRule("agreement.judicial_confirmation", "effective_on", 30, False,
                                  (5, 0))
PERFORMANCE = ClockRule("agreement.performance", "term_deadline", 0, False, (3, 0))
PAYMENT_ORDER = ClockRule("agreement.payment_order", "term_deadline", 0, False)
RULES = {r.id: r for r in (ACCEPTANCE, MEDIATION_LIMIT, ARBITRATION_REVIEW,
                           JUDICIAL_CONFIRMATION, PERFORMANCE, PAYMENT_ORDER)}
_WITH_AGREEMENT = frozenset({mediation.EFFECTIVE, mediation.PERFORMING, mediation.OVERDUE})


def mediation_limit(case: MediationCase) -> Deadline:
    """Art. 14: 15 days from receipt, or the date both parties agreed to extend it to."""
    return clocks.deadline(MEDIATION_LIMIT, case.received_on, extended_to=case.limit_extended_to)


def case_clocks(case: MediationCase, terms: list) -> list[Deadline]:
    """The clocks that matter for the case in its present state."""
    found = []
    if case.status == mediation.REGISTERED:
        found.append(clocks.deadline(ACCEPTANCE, case.received_on))
    if case.status in mediation.OPEN_STATES:
        found.append(mediation_limit(case))
    if case.effective_on and case.status in _WITH_AGREEMENT:
        found.append(clocks.deadline(ARBITRATION_REVIEW, case.effective_on))
        found.append(clocks.deadline(JUDICIAL_CONFIRMATION, case.effective_on))
    if case.status in _WITH_AGREEMENT | {mediation.SIGNED}:
        for term in terms:
            if term.deadline and term.amount:
                found.append(Deadline(PERFORMANCE, term.deadline, term.deadline))
    return found


def current_deadline(case: MediationCase, terms: list) -> Deadline | None:
    """The earliest clock still running — what the list's 'days left' shows."""
    running = case_clocks(case, terms)
    return min(running, key=lambda d: d.effective_due) if running else None


def payment_order_hint(case: MediationCase, terms: list, today: dt.date) -> bool:
    """Art. 16: an overdue agreement on pay, injury costs or compensation → 支付令 possible."""
    if case.status not in _WITH_AGREEMENT:
        return False
    late = mediation.overdue_terms(
        [mediation.Term(t.content, t.amount, t.deadline, t.method) for t in terms],
        case.paid_amount, today)
    return bool(late) and mediation.qualifies_for_payment_order(case.category, case.subcategory)

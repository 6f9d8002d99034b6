"""Mediation case rules: states, the steps the law allows, categories, case numbers.

Pure rules with no database access (domain.md §3). The services that store cases are in
``mediation/service.py``, the statutory clocks in ``mediation/clocks.py``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from unionoffice.db.models import CaseEvent, MediationCase
from unionoffice.lifecycle import Action, Lifecycle

# States (案件状态); labels are case.state.* in the message catalog.
REGISTERED, REJECTED, ACCEPTED, MEDIATING = "registered", "rejected", "accepted", "mediating"
SIGNED, EFFECTIVE, PERFORMING, PERFORMED, OVERDUE = (
    "signed", "effective", "performing", "performed", "overdue")
FAILED, WITHDRAWN, CLOSED = "failed", "withdrawn", "closed"
STATES = (REGISTERED, REJECTED, ACCEPTED, MEDIATING, SIGNED, EFFECTIVE, PERFORMING, PERFORMED,
          OVERDUE, FAILED, WITHDRAWN, CLOSED)
OPEN_STATES = frozenset({REGISTERED, ACCEPTED, MEDIATING})
AGREEMENT_STATES = frozenset({SIGNED, EFFECTIVE, PERFORMING, PERFORMED, OVERDUE})
MEDIATION_STATES = frozenset({ACCEPTED, MEDIATING})  # sessions, extensions
ENDED_STATES = frozenset({CLOSED, REJECTED, WITHDRAWN})  # not in the open-cases list

EDIT = "cases.edit"
CASES = Lifecycle(
    "case", model=MediationCase, event_model=CaseEvent, owner="case_id",
    entity="mediation_case", initial=REGISTERED, states=STATES, register_permission=EDIT,
    actions=[
        Action("accept", frozenset({REGISTERED}), ACCEPTED, EDIT),
        Action("reject", frozenset({REGISTERED}), REJECTED, EDIT, note="case.note.reason",
               confirm=True),
        Action("start", frozenset({ACCEPTED}), MEDIATING, EDIT),
        Action("sign", frozenset({MEDIATING}), SIGNED, EDIT),
        Action("take_effect", frozenset({SIGNED}), EFFECTIVE, EDIT),
        Action("pay", frozenset({EFFECTIVE, PERFORMING, OVERDUE}), PERFORMING, EDIT),
        Action("complete", frozenset({EFFECTIVE, PERFORMING, OVERDUE}), PERFORMED, EDIT),
        Action("mark_overdue", frozenset({EFFECTIVE, PERFORMING}), OVERDUE, EDIT),
        Action("fail", frozenset({ACCEPTED, MEDIATING}), FAILED, EDIT, note="case.note.reason",
               confirm=True),
        Action("withdraw", frozenset({REGISTERED, ACCEPTED, MEDIATING}), WITHDRAWN, EDIT,
               note="case.note.reason", confirm=True),
        Action("close", frozenset({REJECTED, PERFORMED, OVERDUE, FAILED, WITHDRAWN}), CLOSED,
               EDIT, confirm=True),
    ])

# Where a case may go next (labels case.referral.*), and from which states.
REFERRALS: dict[str, frozenset[str]] = {
    "arbitration": frozenset({REJECTED, FAILED, OVERDUE, ACCEPTED, MEDIATING}),
    "arbitration_review": frozenset({EFFECTIVE, PERFORMING}),
    "judicial_confirmation": frozenset({EFFECTIVE, PERFORMING}),
    "payment_order": frozenset({OVERDUE}),
}
REFERRAL_STATES = frozenset().union(*REFERRALS.values())
CHANNELS = ("walk_in", "oral", "written", "referred", "hotline")  # labels case.channel.*

# Two-level categories (domain.md §3): key (label case.category.*) -> the second level, which
# is stored and printed in Chinese as offices write it; it may be empty.
CATEGORIES: dict[str, list[str]] = {
    "pay": ["拖欠工资", "克扣工资", "加班费", "最低工资", "未签合同二倍工资"],
    "termination": ["经济补偿", "违法解除赔偿金"],
    "injury": ["工伤医疗费", "工伤待遇"],
    "social_insurance": [],
    "relationship": [],
    "hours": [],
    "welfare": [],
    "dismissal": [],
    "other": [],
}
# Subcategories whose unpaid agreements let the worker ask a court for a 支付令 (Art. 16).
PAYMENT_ORDER_SUBJECTS = {"拖欠工资", "克扣工资", "加班费", "最低工资", "未签合同二倍工资",
                          "工伤医疗费", "经济补偿", "违法解除赔偿金"}
PAYMENT_ORDER_CATEGORIES = {"pay", "injury", "termination"}
COLLECTIVE_THRESHOLD = 10  # Art. 7: 10 or more workers with a common claim

DEFAULT_CASE_NUMBER_PATTERN = "（{year}）{short}劳调字第{n}号"


def is_collective(workers: int) -> bool:
    """Art. 7: a dispute of 10 or more workers with a common claim is collective."""
    return workers >= COLLECTIVE_THRESHOLD


def format_case_number(pattern: str, *, year: int, short: str, n: int) -> str:
    """A case number from the office's pattern."""
    return pattern.format(year=year, short=short, n=n)


def qualifies_for_payment_order(category: str, subcategory: str | None) -> bool:
    """Whether an unperformed agreement on this subject supports a 支付令 (Art. 16)."""
    if subcategory:
        return subcategory in PAYMENT_ORDER_SUBJECTS
    return category in PAYMENT_ORDER_CATEGORIES


@dataclass(frozen=True)
class Term:
    """One term of an agreement, as the rules see it."""

    content: str
    amount: int  # fen
    deadline: dt.date | None
    method: str | None


def overdue_terms(terms: list[Term], paid: int, today: dt.date) -> list[Term]:
    """Terms whose deadline has passed while the amounts due by then are not all paid."""
    due_by_now = 0
    late = []
    for term in sorted((t for t in terms if t.deadline), key=lambda t: t.deadline):
        if term.deadline < today:
            due_by_now += term.amount
            if paid < due_by_now:
                late.append(term)
    return late


def compensation_months(years: int, extra_months: int) -> float:
    """经济补偿 months: one per full year; 6 months or more counts as a year, less as half."""
    return years + (1 if extra_months >= 6 else 0.5 if extra_months > 0 else 0)

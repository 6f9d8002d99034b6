"""Mediation case rules: states and the only allowed transitions, categories, case numbers.

Pure functions with no database (domain.md §3). Use cases that store cases are in cases.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from unionoffice.i18n import pick

# States (案件状态).
REGISTERED, REJECTED, ACCEPTED, MEDIATING = "registered", "rejected", "accepted", "mediating"
SIGNED, EFFECTIVE, PERFORMING, PERFORMED, OVERDUE = (
    "signed", "effective", "performing", "performed", "overdue")
FAILED, WITHDRAWN, CLOSED = "failed", "withdrawn", "closed"

STATE_LABELS = {
    REGISTERED: ("已登记", "registered"), REJECTED: ("不予受理", "not accepted"),
    ACCEPTED: ("已受理", "accepted"), MEDIATING: ("调解中", "mediating"),
    SIGNED: ("协议已签订", "agreement signed"), EFFECTIVE: ("协议已生效", "agreement in effect"),
    PERFORMING: ("履行中", "being performed"), PERFORMED: ("履行完毕", "performed"),
    OVERDUE: ("逾期未履行", "overdue"), FAILED: ("调解不成", "mediation failed"),
    WITHDRAWN: ("已撤回", "withdrawn"), CLOSED: ("已结案", "closed"),
}

# Actions: name -> (states it may follow, state it leads to, zh label, en label).
ACTIONS: dict[str, tuple[frozenset[str], str, str, str]] = {
    "reject": (frozenset({REGISTERED}), REJECTED, "不予受理", "do not accept"),
    "accept": (frozenset({REGISTERED}), ACCEPTED, "受理", "accept"),
    "start": (frozenset({ACCEPTED}), MEDIATING, "开始调解", "start mediation"),
    "sign": (frozenset({MEDIATING}), SIGNED, "签订调解协议", "sign the agreement"),
    "take_effect": (frozenset({SIGNED}), EFFECTIVE, "协议生效", "agreement takes effect"),
    "pay": (frozenset({EFFECTIVE, PERFORMING, OVERDUE}), PERFORMING, "登记履行", "record payment"),
    "complete": (frozenset({EFFECTIVE, PERFORMING, OVERDUE}), PERFORMED, "履行完毕",
                 "performed in full"),
    "mark_overdue": (frozenset({EFFECTIVE, PERFORMING}), OVERDUE, "逾期未履行", "mark overdue"),
    "fail": (frozenset({ACCEPTED, MEDIATING}), FAILED, "调解不成", "mediation failed"),
    "withdraw": (frozenset({REGISTERED, ACCEPTED, MEDIATING}), WITHDRAWN, "撤回申请",
                 "withdrawn"),
    "close": (frozenset({REJECTED, PERFORMED, OVERDUE, FAILED, WITHDRAWN}), CLOSED, "结案",
              "close"),
}
OPEN_STATES = frozenset({REGISTERED, ACCEPTED, MEDIATING})
AGREEMENT_STATES = frozenset({SIGNED, EFFECTIVE, PERFORMING, PERFORMED, OVERDUE})

REFERRALS = {
    "arbitration": ("申请仲裁", "arbitration"),
    "arbitration_review": ("仲裁审查", "arbitration review"),
    "judicial_confirmation": ("司法确认", "judicial confirmation"),
    "payment_order": ("支付令", "payment order"),
}

CHANNELS = {"walk_in": ("来访", "walk-in"), "oral": ("口头申请", "oral application"),
            "written": ("书面申请", "written application"), "referred": ("转办", "referred"),
            "hotline": ("热线", "hotline")}

# Two-level categories (domain.md §3); second level may be empty.
CATEGORIES: dict[str, tuple[str, list[str]]] = {
    "pay": ("劳动报酬", ["拖欠工资", "克扣工资", "加班费", "最低工资", "未签合同二倍工资"]),
    "termination": ("解除、终止劳动合同", ["经济补偿", "违法解除赔偿金"]),
    "injury": ("工伤", ["工伤医疗费", "工伤待遇"]),
    "social_insurance": ("社会保险", []),
    "relationship": ("确认劳动关系", []),
    "hours": ("工作时间、休息休假", []),
    "welfare": ("福利、培训、劳动保护", []),
    "dismissal": ("除名、辞退、辞职", []),
    "other": ("其他", []),
}
# Subcategories whose unpaid agreements let the worker ask a court for a 支付令 (Art. 16).
PAYMENT_ORDER_SUBJECTS = {"拖欠工资", "克扣工资", "加班费", "最低工资", "未签合同二倍工资",
                          "工伤医疗费", "经济补偿", "违法解除赔偿金"}
PAYMENT_ORDER_CATEGORIES = {"pay", "injury", "termination"}
COLLECTIVE_THRESHOLD = 10  # Art. 7: 10 or more workers with a common claim

DEFAULT_CASE_NUMBER_PATTERN = "（{year}）{short}劳调字第{n}号"


def state_label(state: str) -> str:
    return pick(*STATE_LABELS[state])


def action_label(action: str) -> str:
    _, _, zh, en = ACTIONS[action]
    return pick(zh, en)


def can(state: str, action: str) -> bool:
    return state in ACTIONS[action][0]


def allowed_actions(state: str) -> list[str]:
    return [a for a in ACTIONS if can(state, a)]


def next_state(state: str, action: str) -> str:
    return ACTIONS[action][1]


def is_collective(workers: int) -> bool:
    return workers >= COLLECTIVE_THRESHOLD


def format_case_number(pattern: str, *, year: int, short: str, n: int) -> str:
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

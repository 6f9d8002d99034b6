"""Statutory clocks as data: what starts them, how long they run, and the law behind them.

Working days follow the State Council's holiday arrangements through ``chinese-calendar``
(holidays off, 调休 weekend days on). For a year it does not know yet, Monday–Friday is used
and the result says so, so the office can see why a date was computed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import chinese_calendar

from unionoffice.i18n import pick


@dataclass(frozen=True)
class ClockRule:
    """One statutory time limit."""

    id: str
    name: tuple[str, str]          # (zh, en)
    basis: tuple[str, str]         # legal basis, (zh, en)
    start: str                     # the event that starts it
    length: int
    working_days: bool             # False = calendar days
    warn_at: tuple[int, ...] = ()  # days left at which to alarm

    @property
    def label(self) -> str:
        return pick(*self.name)

    @property
    def legal_basis(self) -> str:
        return pick(*self.basis)


ACCEPTANCE = ClockRule(
    "mediation.acceptance", ("受理期限", "acceptance"),
    ("《企业劳动争议协商调解规定》：收到调解申请之日起3个工作日内决定是否受理",
     "Rules on consultation and mediation of enterprise labour disputes (MOHRSS Order 17): "
     "decide within 3 working days of receiving the application"),
    "received_on", 3, True, (1, 0))
MEDIATION_LIMIT = ClockRule(
    "mediation.limit", ("调解期限", "mediation limit"),
    ("《劳动争议调解仲裁法》第十四条：自收到调解申请之日起15日内未达成调解协议的，当事人可以"
     "依法申请仲裁", "Labour Dispute Mediation and Arbitration Law, Art. 14: no agreement "
     "within 15 days of receiving the application → either party may apply for arbitration"),
    "received_on", 15, False, (5, 2, 0))
ARBITRATION_REVIEW = ClockRule(
    "agreement.arbitration_review", ("仲裁审查申请期限", "arbitration review window"),
    ("《企业劳动争议协商调解规定》：双方当事人可以自调解协议生效之日起15日内共同向仲裁委员会"
     "提出仲裁审查申请", "MOHRSS Order 17: both parties may jointly ask the arbitration "
     "commission for review within 15 days of the agreement taking effect"),
    "effective_on", 15, False, (5, 0))
JUDICIAL_CONFIRMATION = ClockRule(
    "agreement.judicial_confirmation", ("司法确认申请期限", "judicial confirmation window"),
    ("《人民调解法》第三十三条：双方当事人可以自调解协议生效之日起30日内共同向人民法院申请"
     "司法确认", "People's Mediation Law, Art. 33: the parties may jointly apply to a court "
     "for judicial confirmation within 30 days of the agreement taking effect"),
    "effective_on", 30, False, (5, 0))
PERFORMANCE = ClockRule(
    "agreement.performance", ("履行期限", "performance deadline"),
    ("《劳动争议调解仲裁法》第十五条：达成调解协议后，一方当事人在协议约定期限内不履行调解协议"
     "的，另一方当事人可以依法申请仲裁", "Labour Dispute Mediation and Arbitration Law, Art. 15: "
     "if a party does not perform within the agreed time, the other may apply for arbitration"),
    "term_deadline", 0, False, (3, 0))
PAYMENT_ORDER = ClockRule(
    "agreement.payment_order", ("支付令", "payment order"),
    ("《劳动争议调解仲裁法》第十六条：因支付拖欠劳动报酬、工伤医疗费、经济补偿或者赔偿金事项"
     "达成调解协议，用人单位在协议约定期限内不履行的，劳动者可以持调解协议书依法向人民法院申请"
     "支付令", "Labour Dispute Mediation and Arbitration Law, Art. 16: an employer that does not "
     "pay agreed wage arrears, injury medical costs, compensation or damages in time → the "
     "worker may ask a court for a payment order"),
    "term_deadline", 0, False)
CONTRACT_FILING = ClockRule(
    "contract.filing", ("集体合同报送期限", "contract filing"),
    ("《集体合同规定》第四十二条：集体合同签订后10日内报送劳动保障行政部门",
     "Collective Contract Provisions, Art. 42: file with the labour bureau within 10 days of "
     "signing"), "signed_on", 10, False, (3, 0))

RULES = {r.id: r for r in (ACCEPTANCE, MEDIATION_LIMIT, ARBITRATION_REVIEW,
                           JUDICIAL_CONFIRMATION, PERFORMANCE, PAYMENT_ORDER, CONTRACT_FILING)}


def is_working_day(day: dt.date) -> tuple[bool, bool]:
    """(is a working day, whether the holiday calendar knows that year)."""
    try:
        return chinese_calendar.is_workday(day), True
    except NotImplementedError:
        return day.weekday() < 5, False


def add_working_days(start: dt.date, days: int) -> tuple[dt.date, bool]:
    """The ``days``-th working day after ``start`` (the start day itself is not counted).

    Returns the date and whether every year crossed was in the holiday calendar.
    """
    day, counted, known = start, 0, True
    while counted < days:
        day += dt.timedelta(days=1)
        working, year_known = is_working_day(day)
        known = known and year_known
        if working:
            counted += 1
    return day, known


@dataclass(frozen=True)
class Deadline:
    """A computed due date with the reasoning a clerk may want to see."""

    rule: ClockRule
    start: dt.date
    due: dt.date
    calendar_known: bool = True
    extended_to: dt.date | None = None

    @property
    def effective_due(self) -> dt.date:
        return self.extended_to or self.due

    def days_left(self, today: dt.date) -> int:
        return (self.effective_due - today).days

    def explain(self) -> str:
        unit = pick("个工作日", " working days") if self.rule.working_days else pick("日", " days")
        start, due = self.start.isoformat(), self.due.isoformat()
        if self.rule.length == 0:  # a date the parties agreed on, not a span the law sets
            text = pick(f"协议约定于{due}前履行", f"the agreement sets {due}")
        else:
            text = pick(f"自{start}起{self.rule.length}{unit}，至{due}",
                        f"{self.rule.length}{unit} from {start}: {due}")
        if self.extended_to:
            text += pick(f"；经双方同意延长至{self.extended_to.isoformat()}",
                         f"; extended by both parties to {self.extended_to.isoformat()}")
        if not self.calendar_known:
            text += pick("（该年度节假日安排尚未收录，按周一至周五计算）",
                         " (that year's holidays are not known yet; Monday–Friday used)")
        return f"{text}{pick('。', '. ')}{self.rule.legal_basis}"


def deadline(rule: ClockRule, start: dt.date, *, extended_to: dt.date | None = None) -> Deadline:
    """When ``rule`` runs out for an event on ``start``."""
    if rule.working_days:
        due, known = add_working_days(start, rule.length)
    else:
        due, known = start + dt.timedelta(days=rule.length), True
    return Deadline(rule, start, due, known, extended_to)


def alarm_level(days_left: int, rule: ClockRule) -> str:
    """'overdue', 'due' (at or inside the rule's warning points) or 'ok'."""
    if days_left < 0:
        return "overdue"
    if rule.warn_at and days_left <= max(rule.warn_at):
        return "due"
    return "ok"

"""The month's indicators (design.md §6): flows by effective date, stocks at month-end.

Events count in the month of their date, not of their typing: a 入会 entered in November but
dated 31 October is an October join. 转入 moves an existing member and is not a new one.
The keys of ``MonthlyReport.to_json()`` are stable (docs/report-keys.md): bundles reuse them.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Engine, text

from unionoffice.contracts import rules as contract_rules
from unionoffice.contracts.coverage import Coverage, coverage_on, coverage_series
from unionoffice.db.engine import read_session
from unionoffice.errors import Problem, ValidationFailed
from unionoffice.mediation import rules as mediation
from unionoffice.members import rules as membership

NEW_FORM_GROUPS = ["货车司机", "网约车司机", "快递员", "外卖配送员"]
STATUS_AFTER = {membership.JOIN: membership.ACTIVE, membership.TRANSFER_IN: membership.ACTIVE,
                membership.RESTORE: membership.ACTIVE, membership.RETAIN: membership.RETAINED,
                membership.TRANSFER_OUT: membership.TRANSFERRED_OUT,
                membership.LEAVE: membership.LEFT, membership.EXPEL: membership.EXPELLED}

DEFINITIONS = {
    "members.in_union": "月末在会会员：月末最后一次会籍变动为入会、转入或恢复会籍的会员",
    "members.retained": "保留会籍：月末处于保留会籍状态的会员（多为退休人员）",
    "members.joined": "新发展会员：本月入会（不含转入）的人数，按入会日期计",
    "members.joined_under_35": "35岁以下：入会当日未满35周岁",
    "contracts.in_force": "月末有效合同：月末已生效、未到期且未解除、变更或续订的集体合同",
    "contracts.covered": "覆盖企业和职工：按覆盖计数规则去重（默认同一企业只计一次）",
    "contracts.signing_rate": Coverage.signing_rate_definition(),
    "disputes.accepted": "受理：本月受理的调解案件",
    "disputes.resolved": "调解成功：本月签订调解协议的案件",
    "disputes.pending": "月末未结：月末仍处于登记、受理或调解中的案件",
    "disputes.overdue": "逾期：月末未结且已超过15日调解期限（含双方同意延长）",
    "disputes.amounts": "涉及金额按受理月计；协议金额按签订月计；履行金额按支付月计（单位：分）",
}


def month_bounds(period: str) -> tuple[dt.date, dt.date]:
    """'2026-10' → (2026-10-01, 2026-10-31); refuses anything else."""
    try:
        year, month = (int(x) for x in period.split("-"))
        start = dt.date(year, month, 1)
    except (ValueError, TypeError):
        raise ValidationFailed([Problem("period.format", "period", {"value": period})]) from None
    return start, start.replace(day=calendar.monthrange(year, month)[1])


@dataclass
class MonthlyReport:
    """The month's indicators by section (design.md §6)."""
    period: str
    start: dt.date
    end: dt.date
    organizations: dict = field(default_factory=dict)
    members: dict = field(default_factory=dict)
    contracts: dict = field(default_factory=dict)
    disputes: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        """The report as JSON (the keys of docs/report-keys.md)."""
        return {"period": self.period, "start": self.start.isoformat(),
                "end": self.end.isoformat(), "organizations": self.organizations,
                "members": self.members, "contracts": self.contracts,
                "disputes": self.disputes, "definitions": DEFINITIONS}


def monthly_report(engine: Engine, period: str) -> MonthlyReport:
    """Every indicator of the month ``period`` (YYYY-MM)."""
    start, end = month_bounds(period)
    report = MonthlyReport(period, start, end)
    p = {"start": start.isoformat(), "end": end.isoformat()}
    with read_session(engine) as s:
        q = lambda sql: s.execute(text(sql), p)  # noqa: E731
        report.organizations = {"new_unions": q(
            "SELECT count(*) FROM organization WHERE kind != 'employer' "
            "AND founded_on BETWEEN :start AND :end").scalar_one()}
        stocks = dict(q(
            "SELECT kind, count(*) FROM (SELECT kind, row_number() OVER (PARTITION BY member_id "
            "ORDER BY event_date DESC, change_seq DESC) AS rn FROM member_event "
            "WHERE event_date <= :end) WHERE rn = 1 GROUP BY kind").all())
        by_status: dict[str, int] = {}
        for kind, n in stocks.items():
            status = STATUS_AFTER[kind]
            by_status[status] = by_status.get(status, 0) + n
        flows = dict(q("SELECT kind, count(*) FROM member_event "
                       "WHERE event_date BETWEEN :start AND :end GROUP BY kind").all())
        joined = q(
            "SELECT m.gender, m.migrant_worker, m.new_form_group, m.birth_date, e.event_date "
            "FROM member_event e JOIN member m ON m.id = e.member_id "
            "WHERE e.kind = 'join' AND e.event_date BETWEEN :start AND :end").all()
        groups = {g: 0 for g in NEW_FORM_GROUPS}
        under_35 = 0
        for _gender, _migrant, group, birth, on in joined:
            if group in groups:
                groups[group] += 1
            if birth and membership_age(birth, on) < 35:
                under_35 += 1
        report.members = {
            "in_union": by_status.get(membership.ACTIVE, 0),
            "retained": by_status.get(membership.RETAINED, 0),
            "joined": len(joined),
            "joined_female": sum(1 for j in joined if j[0] == "2"),
            "joined_migrant": sum(1 for j in joined if j[1]),
            "joined_new_forms": groups,
            "joined_new_forms_total": sum(groups.values()),
            "joined_under_35": under_35,
            "transferred_in": flows.get(membership.TRANSFER_IN, 0),
            "transferred_out": flows.get(membership.TRANSFER_OUT, 0),
            "left": flows.get(membership.LEAVE, 0),
            "expelled": flows.get(membership.EXPEL, 0),
        }
        took_effect = q("SELECT contract_type, renewed_from_id IS NOT NULL FROM "
                        "collective_contract WHERE effective_on BETWEEN :start AND :end").all()
        case_steps = q("SELECT e.action, count(*), sum(e.amount) FROM case_event e "
                       "WHERE e.on_date BETWEEN :start AND :end GROUP BY e.action").all()
        accepted = q(
            "SELECT c.id, c.claimed_amount, c.workers_count FROM mediation_case c "
            "WHERE c.accepted_on BETWEEN :start AND :end").all()
        new_form_cases = q(
            "SELECT count(DISTINCT c.id) FROM mediation_case c JOIN case_applicant a "
            "ON a.case_id = c.id JOIN member m ON m.id = a.member_id "
            "WHERE c.accepted_on BETWEEN :start AND :end AND m.new_form_group IS NOT NULL"
        ).scalar_one()
        agreed = q("SELECT coalesce(sum(agreed_amount), 0) FROM mediation_case "
                   "WHERE signed_on BETWEEN :start AND :end").scalar_one()
        open_at_end = q(
            "SELECT c.received_on, c.limit_extended_to FROM mediation_case c JOIN ("
            " SELECT case_id, to_state, row_number() OVER (PARTITION BY case_id "
            " ORDER BY on_date DESC, change_seq DESC) AS rn FROM case_event "
            " WHERE on_date <= :end) last ON last.case_id = c.id AND last.rn = 1 "
            "WHERE last.to_state IN ('registered', 'accepted', 'mediating')").all()
    cover = coverage_on(engine, end)
    report.contracts = {
        "in_force": cover.contracts,
        "new_by_type": {kind: sum(1 for k, r in took_effect if k == kind and not r)
                        for kind in contract_rules.TYPES},
        "renewed_by_type": {kind: sum(1 for k, r in took_effect if k == kind and r)
                            for kind in contract_rules.TYPES},
        "covered_enterprises": cover.enterprises, "covered_workers": cover.workers,
        "covered_female_workers": cover.female_workers, "wage_contracts": cover.wage_contracts,
        "wage_covered_enterprises": cover.wage_enterprises,
        "wage_covered_workers": cover.wage_workers,
        "unionised_employers": cover.unionised_employers,
        "signed_employers": cover.signed_employers,
        "signing_rate": round(cover.signing_rate, 4), "coverage_rule": cover.rule,
    }
    steps = {action: (n, amount or 0) for action, n, amount in case_steps}
    overdue = 0
    for received, extended in open_at_end:
        received = _date(received)
        limit = _date(extended) if extended else received + dt.timedelta(days=15)
        if limit < end:
            overdue += 1
    report.disputes = {
        "accepted": len(accepted),
        "resolved": steps.get("sign", (0, 0))[0],
        "failed": steps.get("fail", (0, 0))[0],
        "pending": len(open_at_end),
        "overdue": overdue,
        "claimed_fen": sum(a[1] for a in accepted),
        "agreed_fen": agreed,
        "paid_fen": steps.get("pay", (0, 0))[1] + steps.get("complete", (0, 0))[1],
        "collective": sum(1 for a in accepted if mediation.is_collective(a[2])),
        "new_forms": new_form_cases,
    }
    return report


def _date(value: dt.date | str) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def membership_age(birth: dt.date | str, on: dt.date | str) -> int:
    """Full years of age on ``on``."""
    birth, on = _date(birth), _date(on)
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def last_months(period: str, count: int = 12) -> list[str]:
    """The ``count`` periods ending with ``period``, oldest first."""
    start, _ = month_bounds(period)
    out = []
    year, month = start.year, start.month
    for _ in range(count):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return out[::-1]


def monthly_trend(engine: Engine, period: str, months: int = 12) -> list[tuple[str, int, int]]:
    """(period, new members, cases accepted) for the ``months`` months ending with ``period``."""
    periods = last_months(period, months)
    first, _ = month_bounds(periods[0])
    _, last = month_bounds(periods[-1])
    p = {"start": first.isoformat(), "end": last.isoformat()}
    with read_session(engine) as s:
        joined = dict(s.execute(text(
            "SELECT substr(event_date, 1, 7), count(*) FROM member_event WHERE kind = 'join' "
            "AND event_date BETWEEN :start AND :end GROUP BY 1"), p).all())
        accepted = dict(s.execute(text(
            "SELECT substr(accepted_on, 1, 7), count(*) FROM mediation_case "
            "WHERE accepted_on BETWEEN :start AND :end GROUP BY 1"), p).all())
    return [(m, joined.get(m, 0), accepted.get(m, 0)) for m in periods]


@dataclass(frozen=True)
class MonthPoint:
    """One month's figures for the home page's charts."""
    period: str
    joined: int
    joined_new_forms: int
    received: int
    resolved: int
    covered_workers: int


def dashboard_trend(engine: Engine, today: dt.date | None = None,
                    months: int = 12) -> list[MonthPoint]:
    """Twelve months up to this one, cheap enough for every refresh of the home page."""
    today = today or dt.date.today()
    periods = last_months(today.strftime("%Y-%m"), months)
    first, _ = month_bounds(periods[0])
    p = {"start": first.isoformat(), "end": today.isoformat()}
    with read_session(engine) as s:
        joined = {(m, bool(g)): n for m, g, n in s.execute(text(
            "SELECT substr(e.event_date, 1, 7), m.new_form_group IS NOT NULL, count(*) "
            "FROM member_event e JOIN member m ON m.id = e.member_id WHERE e.kind = 'join' "
            "AND e.event_date BETWEEN :start AND :end GROUP BY 1, 2"), p)}
        received = dict(s.execute(text(
            "SELECT substr(received_on, 1, 7), count(*) FROM mediation_case "
            "WHERE received_on BETWEEN :start AND :end GROUP BY 1"), p).all())
        resolved = dict(s.execute(text(
            "SELECT substr(on_date, 1, 7), count(*) FROM case_event WHERE action = 'sign' "
            "AND on_date BETWEEN :start AND :end GROUP BY 1"), p).all())
    ends = [min(month_bounds(m)[1], today) for m in periods]
    coverage = coverage_series(engine, ends)
    return [MonthPoint(m, joined.get((m, False), 0) + joined.get((m, True), 0),
                       joined.get((m, True), 0), received.get(m, 0), resolved.get(m, 0),
                       cover.workers) for m, cover in zip(periods, coverage, strict=True)]

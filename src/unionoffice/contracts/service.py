"""Collective contracts (集体合同): lifecycle, the rules of 集体合同规定, clocks and coverage.

Rules and the articles behind them (劳动和社会保障部令第22号《集体合同规定》, 北京市集体合同条例):
- the draft passes the 职代会 (or all workers) only with at least 2/3 present and more than
  half of *all* representatives in favour (Art. 36);
- a term is 1–3 years (Art. 38); renewal may be asked for in the 3 months before expiry;
- filed with the labour bureau within 10 days of signing (Art. 42);
- effective if the bureau raises no objection within 15 days of receiving it (Art. 47).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Engine, text
from sqlmodel import Session, select

from unionoffice.accounts import permissions
from unionoffice.audit import trail
from unionoffice.common import clocks
from unionoffice.common.validation import Collector, clean_text, parse_date
from unionoffice.db.engine import read_session, write_session
from unionoffice.db.models import (
    CollectiveContract,
    ContractCoverage,
    ContractEvent,
    LedgerMeta,
)
from unionoffice.errors import NotFound, Problem, RuleViolation, ValidationFailed
from unionoffice.i18n import pick

SHORT_TYPES = {"comprehensive": ("综合", "comprehensive"), "wage": ("工资专项", "wage"),
               "women": ("女职工专项", "women workers"), "safety": ("安全卫生专项", "safety")}
TYPES = {"comprehensive": ("综合性集体合同", "comprehensive"),
         "wage": ("工资专项集体合同", "wage"),
         "women": ("女职工权益保护专项集体合同", "women workers' rights"),
         "safety": ("劳动安全卫生专项集体合同", "occupational safety and health")}
SCOPES = {"single": ("单一企业", "single employer"), "regional": ("区域性", "regional"),
          "industry": ("行业性", "industry")}

NEGOTIATING, APPROVED, SIGNED, FILED, EFFECTIVE, OBJECTED = (
    "negotiating", "approved", "signed", "filed", "effective", "objected")
EXPIRED, RENEWED, AMENDED, TERMINATED = "expired", "renewed", "amended", "terminated"
STATE_LABELS = {
    NEGOTIATING: ("协商中", "negotiating"), APPROVED: ("职代会通过", "approved by congress"),
    SIGNED: ("已签订", "signed"), FILED: ("已报送", "filed"), EFFECTIVE: ("生效", "in effect"),
    OBJECTED: ("审查意见", "objection raised"), EXPIRED: ("到期", "expired"),
    RENEWED: ("已续订", "renewed"), AMENDED: ("已变更", "amended"),
    TERMINATED: ("已解除", "terminated"),
}
ACTIONS: dict[str, tuple[frozenset[str], str, str, str]] = {
    "approve": (frozenset({NEGOTIATING}), APPROVED, "职代会通过", "congress approves"),
    "sign": (frozenset({APPROVED}), SIGNED, "签订", "sign"),
    "file": (frozenset({SIGNED}), FILED, "报送审查", "file for review"),
    "take_effect": (frozenset({FILED}), EFFECTIVE, "生效", "takes effect"),
    "object": (frozenset({FILED}), OBJECTED, "收到审查意见", "objection received"),
    "renegotiate": (frozenset({OBJECTED}), NEGOTIATING, "重新协商", "renegotiate"),
    "expire": (frozenset({EFFECTIVE}), EXPIRED, "到期", "expire"),
    "renew": (frozenset({EFFECTIVE, EXPIRED}), RENEWED, "续订", "renew"),
    "amend": (frozenset({EFFECTIVE}), AMENDED, "变更", "amend"),
    "terminate": (frozenset({EFFECTIVE}), TERMINATED, "解除", "terminate"),
}
IN_FORCE = frozenset({EFFECTIVE})

REVIEW = clocks.ClockRule(
    "contract.review", ("审查期限", "review"),
    ("《集体合同规定》第四十七条：劳动保障行政部门自收到文本之日起15日内未提出异议的，集体合同"
     "即行生效", "Collective Contract Provisions, Art. 47: effective if the labour bureau raises "
     "no objection within 15 days of receipt"), "filed_on", 15, False, (3, 0))
EXPIRY = clocks.ClockRule(
    "contract.expiry", ("合同期满", "expiry"),
    ("《集体合同规定》第三十八条：集体合同期限一般为1至3年，期满或双方约定的终止条件出现即行终止；"
     "期满前3个月内任何一方均可向对方提出重新签订或续订的要求", "Art. 38: a term of 1–3 years; "
     "in the 3 months before expiry either side may ask to renew"), "term_end", 0, False,
    (90, 30, 0))
RENEWAL_WINDOW_DAYS = 91  # "3 months before expiry"
COVERAGE_RULES = {"once": ("每家企业只计一次", "each employer once"),
                  "each": ("按合同分别计数", "counted per contract")}


def state_label(state: str) -> str:
    return pick(*STATE_LABELS[state])


def action_label(action: str) -> str:
    return pick(*ACTIONS[action][2:])


def can(state: str, action: str) -> bool:
    return state in ACTIONS[action][0]


def allowed_actions(state: str) -> list[str]:
    return [a for a in ACTIONS if can(state, a)]


def vote_passes(total: int, present: int, yes: int) -> bool:
    """Art. 36: at least 2/3 of all present, and more than half of *all* in favour."""
    return total > 0 and 3 * present >= 2 * total and 2 * yes > total and yes <= present <= total


def term_years(start: dt.date, end: dt.date) -> float:
    return (end - start).days / 365.25


def term_is_usual(start: dt.date, end: dt.date) -> bool:
    """Art. 38: 1 to 3 years (a few days' slack for calendar ends)."""
    return 360 <= (end - start).days <= 3 * 366


def renewal_window_opens(term_end: dt.date) -> dt.date:
    return term_end - dt.timedelta(days=RENEWAL_WINDOW_DAYS)


def filing_deadline(signed_on: dt.date) -> clocks.Deadline:
    return clocks.deadline(clocks.CONTRACT_FILING, signed_on)


def review_deadline(filed_on: dt.date) -> clocks.Deadline:
    return clocks.deadline(REVIEW, filed_on)


# --- storing -----------------------------------------------------------------------------------


@dataclass
class CoverageInput:
    organization_id: str
    workers: int = 0
    female_workers: int = 0


@dataclass
class ContractInput:
    title: str
    contract_type: str = "comprehensive"
    scope: str = "single"
    organization_id: str | None = None
    worker_chief: str | None = None
    employer_chief: str | None = None
    negotiators_per_side: int | None = None
    covered_workers: int = 0
    covered_female_workers: int = 0
    wage_increase_pct: object = None  # "3.5" for 3.5 %
    coverage: list[CoverageInput] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list, compare=False)


def validate_contract(data: ContractInput) -> dict:
    c = Collector()
    values = {"title": c.check(clean_text, data.title, field="title", max_len=200,
                               required=True)}
    if data.contract_type not in TYPES:
        c.add(Problem("choice", "contract_type", {"value": data.contract_type,
                                                  "choices": ", ".join(TYPES)}))
    if data.scope not in SCOPES:
        c.add(Problem("choice", "scope", {"value": data.scope, "choices": ", ".join(SCOPES)}))
    if data.scope == "single" and not data.organization_id:
        c.add(Problem("contract.organization_required", "organization"))
    if data.scope != "single" and not data.coverage:
        c.add(Problem("contract.coverage_required", "coverage"))
    if len({x.organization_id for x in data.coverage}) < len(data.coverage):
        c.add(Problem("contract.coverage_duplicate", "coverage"))
    if data.negotiators_per_side is not None and data.negotiators_per_side < 3:
        data.warnings.append(Problem("contract.negotiators", "negotiators_per_side",
                                     {"n": data.negotiators_per_side}, "warning"))
    bp = None
    if data.wage_increase_pct not in (None, ""):
        try:
            bp = round(float(str(data.wage_increase_pct).rstrip("%")) * 100)
        except ValueError:
            c.add(Problem("number.format", "wage_increase_pct",
                          {"value": data.wage_increase_pct}))
    c.raise_if_errors()
    workers = data.covered_workers
    female = data.covered_female_workers
    if data.coverage:
        workers = sum(x.workers for x in data.coverage)
        female = sum(x.female_workers for x in data.coverage)
    values.update(contract_type=data.contract_type, scope=data.scope,
                  organization_id=data.organization_id, worker_chief=data.worker_chief,
                  employer_chief=data.employer_chief,
                  negotiators_per_side=data.negotiators_per_side, wage_increase_bp=bp,
                  covered_enterprises=len(data.coverage) if data.coverage else 1,
                  covered_workers=workers, covered_female_workers=female)
    return values


def _get(session: Session, contract_id: str) -> CollectiveContract:
    contract = session.get(CollectiveContract, contract_id)
    if contract is None:
        raise NotFound("contract.not_found", value=contract_id)
    return contract


@permissions.guarded("contracts.edit")
def register_contract(engine: Engine, data: ContractInput, *, on: object = None,
                      operator: str = "", renewed_from_id: str | None = None) -> str:
    """Start a contract in 协商中 (negotiating); returns its id."""
    values = validate_contract(data)
    when = parse_date(on or dt.date.today(), field="on_date")
    with write_session(engine) as session:
        contract = CollectiveContract(**values, status=NEGOTIATING,
                                      renewed_from_id=renewed_from_id)
        session.add(contract)
        session.flush()
        for cover in data.coverage:
            session.add(ContractCoverage(contract_id=contract.id,
                                         organization_id=cover.organization_id,
                                         workers=cover.workers,
                                         female_workers=cover.female_workers))
        session.add(ContractEvent(contract_id=contract.id, action="register", from_state="",
                                  to_state=NEGOTIATING, on_date=when,
                                  operator=operator or trail.current_operator()))
        session.flush()
        trail.record(session, operator=operator, action="contract.register",
                     entity="collective_contract", entity_id=contract.id,
                     after=trail.snapshot(contract))
        return contract.id


def _step(session: Session, contract: CollectiveContract, action: str, on: object, *,
          note: str | None = None, operator: str = "", today: dt.date | None = None) -> dt.date:
    if not can(contract.status, action):
        raise RuleViolation("contract.action_not_allowed", "contract",
                            state=state_label(contract.status), action=action_label(action))
    when = parse_date(on, field="on_date", not_after=today or dt.date.today())
    last = session.execute(text("SELECT max(on_date) FROM contract_event WHERE contract_id = :c"),
                           {"c": contract.id}).scalar()
    last = dt.date.fromisoformat(last) if isinstance(last, str) else last
    if last and when < last:
        raise RuleViolation("case.date_order", "on_date", value=when.isoformat(),
                            last=last.isoformat())
    before = trail.snapshot(contract)
    new_state = ACTIONS[action][1]
    session.add(ContractEvent(contract_id=contract.id, action=action,
                              from_state=contract.status, to_state=new_state, on_date=when,
                              note=note, operator=operator or trail.current_operator()))
    contract.status = new_state
    session.flush()
    trail.record(session, operator=operator, action=f"contract.{action}",
                 entity="collective_contract", entity_id=contract.id, before=before,
                 after=trail.snapshot(contract))
    return when


@permissions.guarded("contracts.edit")
def approve_contract(engine: Engine, contract_id: str, on: object, *, total: int, present: int,
                     yes: int, operator: str = "", today: dt.date | None = None) -> None:
    """职代会通过: refused unless the vote is valid (Art. 36)."""
    if not vote_passes(total, present, yes):
        raise RuleViolation("contract.vote_invalid", "votes", total=total, present=present,
                            yes=yes)
    with write_session(engine) as session:
        contract = _get(session, contract_id)
        contract.congress_on = _step(session, contract, "approve", on, operator=operator,
                                     note=f"{yes}/{present}/{total}", today=today)
        contract.votes_total, contract.votes_present, contract.votes_yes = total, present, yes


@permissions.guarded("contracts.edit")
def sign_contract(engine: Engine, contract_id: str, on: object, *, term_start: object,
                  term_end: object, operator: str = "",
                  today: dt.date | None = None) -> list[Problem]:
    """签订, with the term. Returns warnings (a term outside 1–3 years is allowed but flagged)."""
    start = parse_date(term_start, field="term_start")
    end = parse_date(term_end, field="term_end")
    if end <= start:
        raise ValidationFailed([Problem("date.before", "term_end", {
            "value": end.isoformat(), "other": pick("起始日期", "the start"),
            "other_value": start.isoformat()})])
    warnings = [] if term_is_usual(start, end) else [Problem(
        "contract.term_unusual", "term_end", {"years": f"{term_years(start, end):.1f}"},
        "warning")]
    with write_session(engine) as session:
        contract = _get(session, contract_id)
        contract.signed_on = _step(session, contract, "sign", on, operator=operator, today=today,
                                   note=warnings[0].message if warnings else None)
        contract.term_start, contract.term_end = start, end
    return warnings


@permissions.guarded("contracts.edit")
def file_contract(engine: Engine, contract_id: str, on: object, *, operator: str = "",
                  today: dt.date | None = None) -> None:
    """报送 to the labour bureau (due within 10 days of signing, Art. 42)."""
    with write_session(engine) as session:
        contract = _get(session, contract_id)
        contract.filed_on = _step(session, contract, "file", on, operator=operator, today=today)


@permissions.guarded("contracts.edit")
def contract_takes_effect(engine: Engine, contract_id: str, on: object, *, operator: str = "",
                          today: dt.date | None = None) -> None:
    """生效: no objection within 15 days of filing (Art. 47); not before then."""
    with write_session(engine) as session:
        contract = _get(session, contract_id)
        when = parse_date(on, field="on_date")
        earliest = review_deadline(contract.filed_on).due if contract.filed_on else when
        if when < earliest:
            raise RuleViolation("contract.too_early", "on_date", value=when.isoformat(),
                                earliest=earliest.isoformat())
        contract.effective_on = _step(session, contract, "take_effect", when, operator=operator,
                                      today=today)


def _simple(action: str):
    @permissions.guarded("contracts.edit")
    def run(engine: Engine, contract_id: str, on: object, *, note: str | None = None,
            operator: str = "", today: dt.date | None = None) -> None:
        with write_session(engine) as session:
            contract = _get(session, contract_id)
            when = _step(session, contract, action, on, note=note, operator=operator,
                         today=today)
            if action == "object":
                contract.objection = note
            if action in ("expire", "amend", "terminate", "renew"):
                contract.ended_on, contract.end_note = when, note
    run.__name__ = f"{action}_contract"
    return run


object_to_contract = _simple("object")
renegotiate_contract = _simple("renegotiate")
expire_contract = _simple("expire")
amend_contract = _simple("amend")
terminate_contract = _simple("terminate")


@permissions.guarded("contracts.edit")
def renew_contract(engine: Engine, contract_id: str, on: object, *, operator: str = "",
                   today: dt.date | None = None) -> str:
    """续订: the old contract is marked renewed; a new one starts negotiating. Returns its id."""
    with read_session(engine) as session:
        old = _get(session, contract_id)
        coverage = [CoverageInput(c.organization_id, c.workers, c.female_workers)
                    for c in session.exec(select(ContractCoverage).where(
                        ContractCoverage.contract_id == contract_id))]
        data = ContractInput(title=old.title, contract_type=old.contract_type, scope=old.scope,
                             organization_id=old.organization_id, worker_chief=old.worker_chief,
                             employer_chief=old.employer_chief,
                             negotiators_per_side=old.negotiators_per_side,
                             covered_workers=old.covered_workers,
                             covered_female_workers=old.covered_female_workers,
                             coverage=coverage)
    _simple("renew")(engine, contract_id, on, operator=operator, today=today)
    return register_contract(engine, data, on=on, operator=operator, renewed_from_id=contract_id)


# --- reading, clocks, coverage -----------------------------------------------------------------


@dataclass(frozen=True)
class ContractRow:
    id: str
    title: str
    contract_type: str
    scope: str
    state: str
    organization: str | None
    signed_on: dt.date | None
    term_end: dt.date | None
    due: dt.date | None
    due_rule: str | None
    covered_enterprises: int
    covered_workers: int


def current_clock(contract: CollectiveContract) -> clocks.Deadline | None:
    """What the office must watch now: filing, review, or expiry."""
    if contract.status == SIGNED and contract.signed_on:
        return filing_deadline(contract.signed_on)
    if contract.status == FILED and contract.filed_on:
        return review_deadline(contract.filed_on)
    if contract.status == EFFECTIVE and contract.term_end:
        return clocks.Deadline(EXPIRY, contract.term_end, contract.term_end)
    return None


def list_contracts(engine: Engine, *, state: str | None = None,
                   expiring_within: int | None = None,
                   today: dt.date | None = None) -> list[ContractRow]:
    today = today or dt.date.today()
    with read_session(engine) as session:
        stmt = select(CollectiveContract).order_by(CollectiveContract.signed_on.desc(),
                                                   CollectiveContract.change_seq.desc())
        if state:
            stmt = stmt.where(CollectiveContract.status == state)
        found = list(session.exec(stmt))
        names = dict(session.execute(text("SELECT id, name FROM organization")).all())
    rows = []
    for c in found:
        due = current_clock(c)
        if expiring_within is not None and not (
                c.status == EFFECTIVE and c.term_end
                and (c.term_end - today).days <= expiring_within):
            continue
        rows.append(ContractRow(c.id, c.title, c.contract_type, c.scope, c.status,
                                names.get(c.organization_id or ""), c.signed_on, c.term_end,
                                due.effective_due if due else None, due.rule.id if due else None,
                                c.covered_enterprises, c.covered_workers))
    return rows


def contract_detail(engine: Engine, contract_id: str):
    with read_session(engine) as session:
        contract = _get(session, contract_id)
        coverage = list(session.exec(select(ContractCoverage).where(
            ContractCoverage.contract_id == contract_id)))
        events = list(session.exec(select(ContractEvent).where(
            ContractEvent.contract_id == contract_id).order_by(ContractEvent.change_seq)))
        return contract, coverage, events


def in_force_on(contract, day: dt.date) -> bool:
    """In force on ``day``: took effect by then, not yet ended, within its term.

    Judged by dates rather than the present state, so a past month's figures stay right after
    a contract has since expired, been renewed or ended.
    """
    return (contract.effective_on is not None and contract.effective_on <= day
            and (contract.ended_on is None or contract.ended_on > day)
            and (contract.term_end is None or contract.term_end >= day))


def coverage_rule(engine: Engine) -> str:
    with read_session(engine) as session:
        meta = session.get(LedgerMeta, "coverage_rule")
    return meta.value if meta and meta.value in COVERAGE_RULES else "once"


@permissions.guarded("settings.edit")
def set_coverage_rule(engine: Engine, rule: str, *, operator: str = "") -> None:
    if rule not in COVERAGE_RULES:
        raise ValidationFailed([Problem("choice", "coverage_rule", {
            "value": rule, "choices": ", ".join(COVERAGE_RULES)})])
    with write_session(engine) as session:
        meta = session.get(LedgerMeta, "coverage_rule") or LedgerMeta(key="coverage_rule")
        before = meta.value
        meta.value = rule
        session.add(meta)
        trail.record(session, operator=operator, action="settings.coverage_rule",
                     entity="ledger_meta", entity_id="coverage_rule",
                     before={"value": before}, after={"value": rule})


@dataclass(frozen=True)
class Coverage:
    """Contract coverage on a day (design.md §6)."""

    rule: str
    contracts: int
    enterprises: int
    workers: int
    female_workers: int
    wage_contracts: int
    wage_enterprises: int
    wage_workers: int
    unionised_employers: int
    signed_employers: int

    @property
    def signing_rate(self) -> float:
        return self.signed_employers / self.unionised_employers if self.unionised_employers \
            else 0.0

    @staticmethod
    def signing_rate_definition() -> str:
        return pick("签订率＝有生效集体合同（本企业或区域性、行业性合同覆盖）的单独建会企业数"
                    "÷单独建会企业数",
                    "signing rate = employers with their own union covered by a contract in "
                    "force (their own, regional or industry) ÷ employers with their own union")


def coverage_on(engine: Engine, day: dt.date | None = None, *, rule: str | None = None
                ) -> Coverage:
    """Enterprises and workers covered by contracts in force on ``day``.

    With the rule "once" an employer covered by its own and a regional or industry contract
    counts once, with the larger worker count; "each" counts every contract's coverage.
    """
    day = day or dt.date.today()
    return coverage_series(engine, [day], rule=rule)[0]


def coverage_series(engine: Engine, days: list[dt.date], *, rule: str | None = None
                    ) -> list[Coverage]:
    """Coverage on each of ``days``, reading the ledger once (the dashboard's trend)."""
    rule = rule or coverage_rule(engine)
    t = CollectiveContract
    with read_session(engine) as session:
        # Plain rows, not ORM objects: the home page asks for this on every refresh.
        every = list(session.execute(select(
            t.id, t.scope, t.contract_type, t.organization_id, t.effective_on, t.ended_on,
            t.term_end, t.covered_workers, t.covered_female_workers).where(
            t.effective_on.is_not(None))))
        covers = list(session.execute(select(
            ContractCoverage.contract_id, ContractCoverage.organization_id,
            ContractCoverage.workers, ContractCoverage.female_workers)))
        unionised = [org_id for org_id, in session.execute(text(
            "SELECT id FROM organization WHERE kind = 'single' AND status = 'active'"))]
    return [_coverage(day, [c for c in every if in_force_on(c, day)], covers, unionised, rule)
            for day in days]


def _coverage(day: dt.date, contracts: list, all_covers: list, unionised: list[str],
              rule: str) -> Coverage:
    ids = {c.id for c in contracts}
    covers = [cov for cov in all_covers if cov.contract_id in ids]
    per_contract: dict[str, list[tuple[str, int, int]]] = {}
    for c in contracts:
        if c.scope == "single" and c.organization_id:
            per_contract[c.id] = [(c.organization_id, c.covered_workers,
                                   c.covered_female_workers)]
    for cov in covers:
        per_contract.setdefault(cov.contract_id, []).append(
            (cov.organization_id, cov.workers, cov.female_workers))

    def tally(selected: list) -> tuple[int, int, int]:
        if rule == "each":
            entries = [e for c in selected for e in per_contract.get(c.id, [])]
            return len(entries), sum(e[1] for e in entries), sum(e[2] for e in entries)
        best: dict[str, tuple[int, int]] = {}
        for c in selected:
            for org_id, workers, female in per_contract.get(c.id, []):
                old = best.get(org_id, (0, 0))
                best[org_id] = max(old, (workers, female))
        return (len(best), sum(w for w, _ in best.values()), sum(f for _, f in best.values()))

    enterprises, workers, female = tally(contracts)
    wage = [c for c in contracts if c.contract_type == "wage"]
    wage_enterprises, wage_workers, _ = tally(wage)
    covered_orgs = {org_id for entries in per_contract.values() for org_id, _, _ in entries}
    signed = sum(1 for org_id in unionised if org_id in covered_orgs)
    return Coverage(rule, len(contracts), enterprises, workers, female, len(wage),
                    wage_enterprises, wage_workers, len(unionised), signed)


def contract_reminders(engine: Engine, today: dt.date | None = None
                       ) -> list[tuple[ContractRow, str, str]]:
    """(row, kind, level): filings due, reviews ending, expiring within 90 days, renewal open."""
    today = today or dt.date.today()
    found = []
    for row in list_contracts(engine, today=today):
        if row.due is None:
            continue
        left = (row.due - today).days
        if row.state == SIGNED:
            found.append((row, "filing", clocks.alarm_level(left, clocks.CONTRACT_FILING)))
        elif row.state == EFFECTIVE and left <= 90:
            kind = "renewal" if today >= renewal_window_opens(row.term_end) else "expiring"
            found.append((row, kind, "overdue" if left < 0 else "due"))
    return sorted(found, key=lambda item: item[0].due)

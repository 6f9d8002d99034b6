"""Collective contract services: register, the congress vote, sign, file, take effect, end.

Every service is one transaction; steps go through the contract lifecycle
(``contracts.rules.CONTRACTS``), which also checks the permission. Reading contracts is in
``contracts/queries.py``, coverage in ``contracts/coverage.py``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlmodel import select

from unionoffice.accounts import permissions
from unionoffice.common.validation import Collector, clean_text, parse_date
from unionoffice.contracts.clocks import review_deadline
from unionoffice.contracts.rules import (
    CONTRACTS,
    EDIT,
    SCOPES,
    TYPES,
    term_is_usual,
    term_years,
    vote_passes,
)
from unionoffice.db.engine import read_session, write_session
from unionoffice.db.models import CollectiveContract, ContractCoverage
from unionoffice.errors import Problem, RuleViolation, ValidationFailed
from unionoffice.i18n import t


@dataclass
class CoverageInput:
    """One employer a regional or industry contract covers, with its workers."""
    organization_id: str
    workers: int = 0
    female_workers: int = 0


@dataclass
class ContractInput:
    """A contract as typed in the form (validated by ``validate_contract``)."""
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
    """Column values of the contract, or ValidationFailed with every problem."""
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


@permissions.guarded(EDIT)
def register_contract(engine: Engine, data: ContractInput, *, on: object = None,
                      operator: str = "", renewed_from_id: str | None = None) -> str:
    """Start a contract in 协商中 (negotiating); returns its id."""
    values = validate_contract(data)
    when = parse_date(on or dt.date.today(), field="on_date")
    with write_session(engine) as session:
        contract = CollectiveContract(**values, renewed_from_id=renewed_from_id)
        session.add(contract)
        session.flush()
        for cover in data.coverage:
            session.add(ContractCoverage(contract_id=contract.id,
                                         organization_id=cover.organization_id,
                                         workers=cover.workers,
                                         female_workers=cover.female_workers))
        CONTRACTS.register(session, contract, when, operator=operator)
        return contract.id


@permissions.guarded(EDIT)
def approve_contract(engine: Engine, contract_id: str, on: object, *, total: int, present: int,
                     yes: int, operator: str = "", today: dt.date | None = None) -> None:
    """职代会通过: refused unless the vote is valid (Art. 36)."""
    if not vote_passes(total, present, yes):
        raise RuleViolation("contract.vote_invalid", "votes", total=total, present=present,
                            yes=yes)
    with write_session(engine) as session:
        contract = CONTRACTS.get(session, contract_id)
        contract.congress_on = CONTRACTS.step(session, contract, "approve", on,
                                              operator=operator, note=f"{yes}/{present}/{total}",
                                              today=today)
        contract.votes_total, contract.votes_present, contract.votes_yes = total, present, yes


@permissions.guarded(EDIT)
def sign_contract(engine: Engine, contract_id: str, on: object, *, term_start: object,
                  term_end: object, operator: str = "",
                  today: dt.date | None = None) -> list[Problem]:
    """签订, with the term. Returns warnings (a term outside 1–3 years is allowed but flagged)."""
    start = parse_date(term_start, field="term_start")
    end = parse_date(term_end, field="term_end")
    if end <= start:
        raise ValidationFailed([Problem("date.before", "term_end", {
            "value": end.isoformat(), "other": t("field.term_start"),
            "other_value": start.isoformat()})])
    warnings = [] if term_is_usual(start, end) else [Problem(
        "contract.term_unusual", "term_end", {"years": f"{term_years(start, end):.1f}"},
        "warning")]
    with write_session(engine) as session:
        contract = CONTRACTS.get(session, contract_id)
        contract.signed_on = CONTRACTS.step(session, contract, "sign", on, operator=operator,
                                            today=today,
                                            note=warnings[0].message if warnings else None)
        contract.term_start, contract.term_end = start, end
    return warnings


file_contract = CONTRACTS.step_service(
    "file", date_field="filed_on",
    doc="报送 to the labour bureau (due within 10 days of signing, Art. 42).")


@permissions.guarded(EDIT)
def contract_takes_effect(engine: Engine, contract_id: str, on: object, *, operator: str = "",
                          today: dt.date | None = None) -> None:
    """生效: no objection within 15 days of filing (Art. 47); not before then."""
    with write_session(engine) as session:
        contract = CONTRACTS.get(session, contract_id)
        when = parse_date(on, field="on_date")
        earliest = review_deadline(contract.filed_on).due if contract.filed_on else when
        if when < earliest:
            raise RuleViolation("contract.too_early", "on_date", value=when.isoformat(),
                                earliest=earliest.isoformat())
        contract.effective_on = CONTRACTS.step(session, contract, "take_effect", when,
                                               operator=operator, today=today)


def _objection(contract: CollectiveContract, _when: dt.date, note: str | None) -> None:
    contract.objection = note


def _ended(contract: CollectiveContract, when: dt.date, note: str | None) -> None:
    contract.ended_on, contract.end_note = when, note


object_to_contract = CONTRACTS.step_service("object", apply=_objection,
                                            doc="收到审查意见: the bureau objects.")
renegotiate_contract = CONTRACTS.step_service("renegotiate",
                                              doc="重新协商: back to the table after an objection.")
expire_contract = CONTRACTS.step_service("expire", apply=_ended, doc="到期: the term ended.")
amend_contract = CONTRACTS.step_service("amend", apply=_ended, doc="变更: the contract changed.")
terminate_contract = CONTRACTS.step_service("terminate", apply=_ended,
                                            doc="解除: the contract ended early.")
_mark_renewed = CONTRACTS.step_service("renew", apply=_ended)


@permissions.guarded(EDIT)
def renew_contract(engine: Engine, contract_id: str, on: object, *, operator: str = "",
                   today: dt.date | None = None) -> str:
    """续订: the old contract is marked renewed; a new one starts negotiating. Returns its id."""
    with read_session(engine) as session:
        old = CONTRACTS.get(session, contract_id)
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
    _mark_renewed(engine, contract_id, on, operator=operator, today=today)
    return register_contract(engine, data, on=on, operator=operator, renewed_from_id=contract_id)

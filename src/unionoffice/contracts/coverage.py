"""Contract coverage (design.md §6): which contracts are in force on a day, and whom they cover.

Judged by dates rather than the present state, so a past month's figures stay right after a
contract has since expired, been renewed or ended.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, text
from sqlmodel import select

from unionoffice.accounts import permissions
from unionoffice.audit import trail
from unionoffice.contracts.rules import COVERAGE_RULES
from unionoffice.db.engine import read_session, write_session
from unionoffice.db.models import CollectiveContract, ContractCoverage, LedgerMeta
from unionoffice.errors import Problem, ValidationFailed
from unionoffice.i18n import t


def in_force_on(contract: Any, day: dt.date) -> bool:
    """In force on ``day``: took effect by then, not yet ended, within its term.

    Judged by dates rather than the present state, so a past month's figures stay right after
    a contract has since expired, been renewed or ended.
    """
    return (contract.effective_on is not None and contract.effective_on <= day
            and (contract.ended_on is None or contract.ended_on > day)
            and (contract.term_end is None or contract.term_end >= day))


def coverage_rule(engine: Engine) -> str:
    """How an employer covered by more than one contract is counted (once, each)."""
    with read_session(engine) as session:
        meta = session.get(LedgerMeta, "coverage_rule")
    return meta.value if meta and meta.value in COVERAGE_RULES else "once"


@permissions.guarded("settings.edit")
def set_coverage_rule(engine: Engine, rule: str, *, operator: str = "") -> None:
    """Choose the coverage counting rule (audited)."""
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
        """Employers with their own union covered, as a share of those employers."""
        return self.signed_employers / self.unionised_employers if self.unionised_employers \
            else 0.0

    @staticmethod
    def signing_rate_definition() -> str:
        """How the signing rate is defined, in words."""
        return t("contract.signing_rate_definition")


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
    table = CollectiveContract
    with read_session(engine) as session:
        # Plain rows, not ORM objects: the home page asks for this on every refresh.
        every = list(session.execute(select(
            table.id, table.scope, table.contract_type, table.organization_id,
            table.effective_on, table.ended_on, table.term_end, table.covered_workers,
            table.covered_female_workers).where(
            table.effective_on.is_not(None))))
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

"""Collective contracts against a real ledger: lifecycle, refusals, coverage counted once."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import dump_ledger
from unionoffice.common.validation import make_uscc
from unionoffice.contracts.coverage import Coverage, coverage_on, set_coverage_rule
from unionoffice.contracts.queries import contract_detail, contract_reminders, list_contracts
from unionoffice.contracts.rules import CONTRACTS, EFFECTIVE, NEGOTIATING, RENEWED
from unionoffice.contracts.service import (
    ContractInput,
    CoverageInput,
    approve_contract,
    contract_takes_effect,
    file_contract,
    object_to_contract,
    register_contract,
    renegotiate_contract,
    renew_contract,
    sign_contract,
)
from unionoffice.errors import RuleViolation, ValidationFailed
from unionoffice.organizations.service import OrganizationInput, add_organization

D = dt.date


@pytest.fixture
def orgs(engine):
    made = {}
    for i, (name, kind, staff) in enumerate([("甲公司", "single", 100), ("乙公司", "single", 50),
                                             ("丙小店", "employer", 8), ("丁小店", "employer", 6),
                                             ("戊公司", "single", 30)]):
        made[name] = add_organization(engine, OrganizationInput(
            name=name, kind=kind, employees=staff, female_employees=staff // 2,
            uscc=make_uscc(f"91110101000000{i}00")))
    return made


def single(engine, org_id, kind="comprehensive", workers=100) -> str:
    return register_contract(engine, ContractInput(
        title="综合性集体合同", contract_type=kind, organization_id=org_id,
        covered_workers=workers, covered_female_workers=workers // 2, negotiators_per_side=3),
        on="2026-01-05")


def to_effective(engine, contract_id, term_start="2026-03-01", term_end="2029-02-28"):
    approve_contract(engine, contract_id, "2026-01-20", total=60, present=45, yes=40)
    sign_contract(engine, contract_id, "2026-01-25", term_start=term_start,
                     term_end=term_end)
    file_contract(engine, contract_id, "2026-02-01")
    contract_takes_effect(engine, contract_id, "2026-02-16")


def test_lifecycle_dated_and_audited(engine, orgs):
    contract_id = single(engine, orgs["甲公司"])
    to_effective(engine, contract_id)
    contract, _, events = contract_detail(engine, contract_id)
    assert contract.status == EFFECTIVE and contract.effective_on == D(2026, 2, 16)
    assert [e.action for e in events] == ["register", "approve", "sign", "file", "take_effect"]
    assert (contract.votes_total, contract.votes_present, contract.votes_yes) == (60, 45, 40)


def test_a_step_dated_before_the_last_one_is_refused_naming_the_contract(engine, orgs):
    contract_id = single(engine, orgs["甲公司"])
    approve_contract(engine, contract_id, "2026-01-20", total=60, present=45, yes=40)
    with pytest.raises(RuleViolation) as caught:
        sign_contract(engine, contract_id, "2026-01-10", term_start="2026-03-01",
                      term_end="2029-02-28")
    assert caught.value.code == "lifecycle.date_order"
    assert "集体合同" in str(caught.value) and "案件" not in str(caught.value)


def test_invalid_vote_is_refused_and_writes_nothing(engine, orgs, data_paths):
    contract_id = single(engine, orgs["甲公司"])
    before = dump_ledger(data_paths.ledger)
    with pytest.raises(RuleViolation) as exc:
        approve_contract(engine, contract_id, "2026-01-20", total=60, present=45, yes=30)
    assert exc.value.code == "contract.vote_invalid" and "三分之二" in str(exc.value)
    assert dump_ledger(data_paths.ledger) == before


def test_unusual_term_is_a_warning_not_a_refusal(engine, orgs):
    contract_id = single(engine, orgs["甲公司"])
    approve_contract(engine, contract_id, "2026-01-20", total=60, present=45, yes=40)
    warnings = sign_contract(engine, contract_id, "2026-01-25", term_start="2026-02-01",
                                term_end="2026-07-31")
    assert [w.code for w in warnings] == ["contract.term_unusual"]


def test_cannot_take_effect_before_the_review_period_ends(engine, orgs):
    contract_id = single(engine, orgs["甲公司"])
    approve_contract(engine, contract_id, "2026-01-20", total=60, present=45, yes=40)
    sign_contract(engine, contract_id, "2026-01-25", term_start="2026-03-01",
                     term_end="2029-02-28")
    file_contract(engine, contract_id, "2026-02-01")
    with pytest.raises(RuleViolation) as exc:
        contract_takes_effect(engine, contract_id, "2026-02-10")
    assert exc.value.code == "contract.too_early"


def test_objection_then_renegotiation(engine, orgs):
    contract_id = single(engine, orgs["甲公司"])
    approve_contract(engine, contract_id, "2026-01-20", total=60, present=45, yes=40)
    sign_contract(engine, contract_id, "2026-01-25", term_start="2026-03-01",
                     term_end="2029-02-28")
    file_contract(engine, contract_id, "2026-02-01")
    object_to_contract(engine, contract_id, "2026-02-10", note="条款不明确")
    renegotiate_contract(engine, contract_id, "2026-02-12")
    contract, _, _ = contract_detail(engine, contract_id)
    assert contract.status == NEGOTIATING and contract.objection == "条款不明确"


def test_renewal_starts_a_new_contract(engine, orgs):
    contract_id = single(engine, orgs["甲公司"])
    to_effective(engine, contract_id, "2026-03-01", "2026-12-31")
    new_id = renew_contract(engine, contract_id, "2026-11-20")
    old, _, _ = contract_detail(engine, contract_id)
    new, _, _ = contract_detail(engine, new_id)
    assert old.status == RENEWED and new.status == NEGOTIATING
    assert new.renewed_from_id == contract_id


def test_regional_contract_needs_its_employers(engine, orgs):
    with pytest.raises(ValidationFailed) as exc:
        register_contract(engine, ContractInput(title="区域性集体合同", scope="regional"))
    assert exc.value.problems[0].code == "contract.coverage_required"


def test_coverage_counts_an_employer_once_by_default(engine, orgs):
    own = single(engine, orgs["甲公司"], workers=100)
    to_effective(engine, own)
    regional = register_contract(engine, ContractInput(
        title="区域性工资专项集体合同", contract_type="wage", scope="regional", coverage=[
            CoverageInput(orgs["甲公司"], 90, 40), CoverageInput(orgs["丙小店"], 8, 4),
            CoverageInput(orgs["丁小店"], 6, 3)]), on="2026-01-05")
    to_effective(engine, regional)
    day = D(2026, 6, 1)
    once = coverage_on(engine, day)
    assert (once.contracts, once.enterprises, once.workers, once.female_workers) == (
        2, 3, 100 + 8 + 6, 50 + 4 + 3)
    assert (once.wage_contracts, once.wage_enterprises, once.wage_workers) == (1, 3, 104)
    each = coverage_on(engine, day, rule="each")
    assert (each.enterprises, each.workers) == (4, 100 + 90 + 8 + 6)
    # 签订率: single-union employers 甲, 乙, 戊; only 甲 is covered.
    assert (once.unionised_employers, once.signed_employers) == (3, 1)
    assert once.signing_rate == pytest.approx(1 / 3)
    assert "÷" in Coverage.signing_rate_definition()
    # The default can be changed for the district's rule.
    set_coverage_rule(engine, "each")
    assert coverage_on(engine, day).workers == 204
    # Before they took effect nothing was covered.
    assert coverage_on(engine, D(2026, 1, 10)).contracts == 0


def test_reminders_filing_and_expiry(engine, orgs):
    signed = single(engine, orgs["乙公司"])
    approve_contract(engine, signed, "2026-11-10", total=60, present=45, yes=40)
    sign_contract(engine, signed, "2026-11-15", term_start="2026-12-01",
                     term_end="2029-11-30")
    expiring = single(engine, orgs["甲公司"])
    to_effective(engine, expiring, "2026-03-01", "2027-01-31")
    found = {(row.id, kind) for row, kind, _ in contract_reminders(engine, D(2026, 11, 21))}
    assert (signed, "filing") in found and (expiring, "renewal") in found
    expiring_rows = list_contracts(engine, expiring_within=90, today=D(2026, 11, 21))
    assert [r.id for r in expiring_rows] == [expiring]


def test_demo_contracts_every_state(engine):
    from unionoffice.demo.generate import generate_demo

    for _ in generate_demo(engine, members=3000, seed=9):
        pass
    rows = list_contracts(engine)
    assert {r.state for r in rows} == set(CONTRACTS.states)
    today = dt.date.today()
    for r in rows:
        assert r.signed_on is None or r.signed_on <= today
    cover = coverage_on(engine)
    assert cover.enterprises > 0 and cover.workers > 0
    assert coverage_on(engine, rule="each").workers >= cover.workers


def test_an_employer_listed_twice_is_refused(engine, orgs):
    with pytest.raises(ValidationFailed) as exc:
        register_contract(engine, ContractInput(
            title="区域性集体合同", scope="regional",
            coverage=[CoverageInput(orgs["丙小店"], 8), CoverageInput(orgs["丙小店"], 8)]))
    assert exc.value.problems[0].code == "contract.coverage_duplicate"

"""Mediation cases against a real ledger: numbering, transitions, clocks, audit."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from tests.helpers import dump_ledger, valid_id
from unionoffice.db.engine import read_session, write_session
from unionoffice.db.models import AuditEntry, CaseEvent
from unionoffice.demo.generate import ensure_office
from unionoffice.errors import RuleViolation, ValidationFailed
from unionoffice.mediation import rules as mediation
from unionoffice.mediation.clocks import payment_order_hint
from unionoffice.mediation.queries import case_detail, case_input_of, list_cases
from unionoffice.mediation.rules import CASES
from unionoffice.mediation.service import (
    ApplicantInput,
    CaseInput,
    TermInput,
    accept_case,
    agreement_takes_effect,
    close_case,
    extend_limit,
    fail_mediation,
    mark_overdue,
    record_agreement,
    record_payment,
    record_session,
    refer_case,
    register_case,
    update_case,
    withdraw_case,
)

D = dt.date


@pytest.fixture
def office(engine):
    with write_session(engine) as session:
        ensure_office(session)


def application(**changes) -> CaseInput:
    data = CaseInput(
        received_on="2026-11-02",
        applicants=[ApplicantInput(name="王喆", id_number=valid_id(), phone="13812345678")],
        respondent_name="北京华信餐饮管理有限公司", respondent_uscc="91110000600037341L",
        category="pay", subcategory="拖欠工资", claims="支付拖欠工资", claimed_amount="12000",
        mediators="刘玥")
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def to_mediating(engine, received="2026-11-02") -> str:
    case_id = register_case(engine, application(received_on=received))
    accept_case(engine, case_id, received)
    record_session(engine, case_id, received, "双方到场")
    return case_id


def agree(engine, case_id, on="2026-11-05"):
    return record_agreement(engine, case_id, [
        TermInput("支付工资", "8000", "2026-11-20", "银行转账"),
        TermInput("支付经济补偿", "4000", "2026-11-30", "银行转账")], on)


def state(engine, case_id):
    return case_detail(engine, case_id).case.status


def test_register_derives_applicant_details(engine, office):
    case_id = register_case(engine, application())
    detail = case_detail(engine, case_id)
    (a,) = detail.applicants
    assert (a.gender, a.birth_date) == ("1", D(1990, 5, 17))
    assert detail.case.claimed_amount == 1200000 and detail.case.case_number is None
    assert [e.action for e in detail.events] == ["register"]


def test_bad_application_is_refused_with_every_problem(engine, office, data_paths):
    before = dump_ledger(data_paths.ledger)
    with pytest.raises(ValidationFailed) as exc:
        register_case(engine, application(
            applicants=[ApplicantInput(name="", id_number="110105194912310021")],
            respondent_uscc="91110000600037341A", claimed_amount="一万", respondent_name=""))
    fields = {p.field for p in exc.value.problems}
    assert fields == {"applicants", "respondent_uscc", "claimed_amount", "respondent_name"}
    assert dump_ledger(data_paths.ledger) == before


def test_collective_case_needs_representatives(engine, office):
    workers = [ApplicantInput(name=f"工人{i}") for i in range(10)]
    with pytest.raises(ValidationFailed) as exc:
        register_case(engine, application(applicants=workers))
    assert exc.value.problems[0].code == "case.representatives_required"
    workers[0].representative = True
    case_id = register_case(engine, application(applicants=workers))
    assert case_detail(engine, case_id).case.workers_count == 10


def test_numbers_per_year_never_reused(engine, office):
    first = register_case(engine, application(received_on="2025-12-30"))
    assert accept_case(engine, first, "2025-12-31") == "（2025）龙潭劳调字第1号"
    a = register_case(engine, application(received_on="2026-01-05"))
    assert accept_case(engine, a, "2026-01-05") == "（2026）龙潭劳调字第1号"
    withdraw_case(engine, a, "2026-01-06", note="自行和解")
    b = register_case(engine, application(received_on="2026-01-07"))
    assert accept_case(engine, b, "2026-01-07") == "（2026）龙潭劳调字第2号"


def test_refused_transition_changes_nothing(engine, office, data_paths):
    case_id = register_case(engine, application())
    before = dump_ledger(data_paths.ledger)
    with pytest.raises(RuleViolation) as exc:
        agree(engine, case_id)
    assert exc.value.code == "lifecycle.not_allowed" and "已登记" in str(exc.value)
    with pytest.raises(RuleViolation):
        close_case(engine, case_id, "2026-11-03")
    assert dump_ledger(data_paths.ledger) == before


def test_steps_cannot_go_back_in_time(engine, office):
    case_id = register_case(engine, application())
    with pytest.raises(RuleViolation) as exc:
        accept_case(engine, case_id, "2026-11-01")
    assert exc.value.code == "lifecycle.date_order" and "案件" in str(exc.value)


def test_full_lifecycle_with_dated_audited_steps(engine, office):
    case_id = to_mediating(engine)
    assert agree(engine, case_id) == 1200000
    agreement_takes_effect(engine, case_id, "2026-11-05")
    assert record_payment(engine, case_id, "8000", "2026-11-18") == mediation.PERFORMING
    assert record_payment(engine, case_id, "4000", "2026-11-20") == mediation.PERFORMED
    close_case(engine, case_id, "2026-11-21")
    detail = case_detail(engine, case_id)
    assert detail.case.status == mediation.CLOSED and detail.case.paid_amount == 1200000
    assert [e.action for e in detail.events] == [
        "register", "accept", "start", "sign", "take_effect", "pay", "complete", "close"]
    assert all(e.operator == "测试员" for e in detail.events)
    with read_session(engine) as s:
        actions = [a.action for a in s.exec(select(AuditEntry).where(
            AuditEntry.entity_id == case_id).order_by(AuditEntry.seq))]
    assert actions[0] == "case.register" and "case.complete" in actions


def test_agreement_terms_need_deadline_and_method(engine, office):
    case_id = to_mediating(engine)
    with pytest.raises(ValidationFailed) as exc:
        record_agreement(engine, case_id, [TermInput("支付工资", "8000")],
                               "2026-11-05")
    assert exc.value.problems[0].code == "case.term_deadline_required"
    with pytest.raises(ValidationFailed):
        record_agreement(engine, case_id, [], "2026-11-05")
    assert state(engine, case_id) == mediation.MEDIATING


def test_clocks_follow_the_state(engine, office):
    case_id = register_case(engine, application(received_on="2026-09-30"))
    (acceptance, limit) = case_detail(engine, case_id).clocks
    assert acceptance.due == D(2026, 10, 10) and limit.due == D(2026, 10, 15)
    accept_case(engine, case_id, "2026-10-09")
    (limit,) = case_detail(engine, case_id).clocks
    assert limit.rule.id == "mediation.limit"


def test_extension_needs_both_parties_and_a_later_date(engine, office):
    case_id = to_mediating(engine)
    with pytest.raises(RuleViolation):
        extend_limit(engine, case_id, "2026-11-10", "双方同意")  # not later than the 17th
    with pytest.raises(RuleViolation):
        extend_limit(engine, case_id, "2026-11-30", "")
    extend_limit(engine, case_id, "2026-11-30", "双方书面同意延长调解")
    (limit,) = case_detail(engine, case_id).clocks
    assert limit.effective_due == D(2026, 11, 30)


def test_failed_mediation_and_referral_to_arbitration(engine, office):
    case_id = to_mediating(engine)
    fail_mediation(engine, case_id, "2026-11-17", note="十五日内未达成协议")
    refer_case(engine, case_id, "arbitration", "2026-11-18")
    detail = case_detail(engine, case_id)
    assert detail.case.status == mediation.FAILED and detail.case.referral == "arbitration"
    assert detail.case.outcome_note == "十五日内未达成协议"


def test_payment_order_only_for_qualifying_overdue_agreements(engine, office):
    case_id = to_mediating(engine)
    agree(engine, case_id)
    agreement_takes_effect(engine, case_id, "2026-11-05")
    detail = case_detail(engine, case_id)
    assert payment_order_hint(detail.case, detail.terms, D(2026, 11, 21))
    with pytest.raises(RuleViolation):
        refer_case(engine, case_id, "payment_order", "2026-11-21")  # not marked overdue
    mark_overdue(engine, case_id, "2026-11-21")
    refer_case(engine, case_id, "payment_order", "2026-11-21")
    other = register_case(engine, application(category="social_insurance",
                                                    subcategory=None))
    accept_case(engine, other, "2026-11-02")
    record_session(engine, other, "2026-11-03", "")
    agree(engine, other)
    agreement_takes_effect(engine, other, "2026-11-05")
    mark_overdue(engine, other, "2026-11-21")
    with pytest.raises(RuleViolation) as exc:
        refer_case(engine, other, "payment_order", "2026-11-21")
    assert exc.value.code == "case.payment_order_not_eligible"


def test_list_shows_the_earliest_running_clock(engine, office):
    case_id = register_case(engine, application(received_on="2026-11-20"))
    (row,) = list_cases(engine)
    assert row.id == case_id and row.clock.effective_due == D(2026, 11, 25)
    assert row.clock.rule.id == "mediation.acceptance" and row.applicants == ["王喆"]
    assert list_cases(engine, text_query="华信") and not list_cases(
        engine, text_query="没有")


def test_demo_cases_reach_every_state_by_allowed_steps(engine):
    from unionoffice.demo.generate import generate_demo

    for _ in generate_demo(engine, members=1500, seed=4):
        pass
    rows = list_cases(engine)
    assert {r.state for r in rows} == set(CASES.states)
    with read_session(engine) as s:
        events = s.exec(select(CaseEvent).order_by(CaseEvent.change_seq)).all()
    by_case: dict[str, list[CaseEvent]] = {}
    for e in events:
        by_case.setdefault(e.case_id, []).append(e)
    for row in rows:
        walk = by_case[row.id]
        current = mediation.REGISTERED
        for e in walk[1:]:
            assert CASES.can(current, e.action), (row.case_number, current, e.action)
            current = e.to_state
        assert current == row.state
    numbers = [r.case_number for r in rows if r.case_number]
    assert len(numbers) == len(set(numbers))
    signed = [r for r in rows if r.state in mediation.AGREEMENT_STATES]
    assert signed and all(r.agreed_fen > 0 for r in signed)


def test_case_number_pattern_is_configurable_for_new_numbers(engine, office):
    from unionoffice.office import set_case_number_pattern

    first = register_case(engine, application())
    assert accept_case(engine, first, "2026-11-02") == "（2026）龙潭劳调字第1号"
    assert set_case_number_pattern(engine, "{short}调〔{year}〕{n}号") == "龙潭调〔2026〕1号"
    second = register_case(engine, application())
    assert accept_case(engine, second, "2026-11-02") == "龙潭调〔2026〕2号"
    assert case_detail(engine, first).case.case_number == "（2026）龙潭劳调字第1号"
    for bad in ("第号", "{year}{x}号{n}", ""):
        with pytest.raises(ValidationFailed):
            set_case_number_pattern(engine, bad)


def test_registered_details_can_be_corrected_while_open(engine, office):
    case_id = register_case(engine, application())
    data = case_input_of(case_detail(engine, case_id))
    data.applicants.append(ApplicantInput(name="李堃"))
    data.claimed_amount = "15000"
    update_case(engine, case_id, data)
    detail = case_detail(engine, case_id)
    assert [a.name for a in detail.applicants] == ["王喆", "李堃"]
    assert detail.case.claimed_amount == 1500000
    accept_case(engine, case_id, "2026-11-02")
    record_session(engine, case_id, "2026-11-03", "")
    agree(engine, case_id)
    with pytest.raises(RuleViolation):
        update_case(engine, case_id, data)

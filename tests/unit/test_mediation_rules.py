"""The case state machine and the other pure rules of mediation."""

from __future__ import annotations

import datetime as dt

import pytest

from unionoffice.common.money import capitals, parse_yuan, yuan
from unionoffice.errors import ValidationFailed
from unionoffice.mediation import rules as m


def test_happy_path():
    state = m.REGISTERED
    for action in ["accept", "start", "sign", "take_effect", "pay", "complete", "close"]:
        assert m.CASES.can(state, action), (state, action)
        state = m.CASES.actions[action].to
    assert state == m.CLOSED


@pytest.mark.parametrize(
    ("state", "action"),
    [(m.REGISTERED, "sign"), (m.REGISTERED, "start"), (m.ACCEPTED, "sign"),
     (m.MEDIATING, "complete"), (m.SIGNED, "pay"), (m.FAILED, "sign"), (m.CLOSED, "accept"),
     (m.WITHDRAWN, "accept"), (m.PERFORMED, "fail"), (m.REJECTED, "accept"),
     (m.MEDIATING, "close"), (m.EFFECTIVE, "withdraw")],
)
def test_refused_transitions(state, action):
    assert not m.CASES.can(state, action)


def test_closed_is_final_and_every_state_has_labels():
    assert m.CASES.allowed_actions(m.CLOSED) == []
    for state in m.CASES.states:
        assert m.CASES.state_label(state) != f"case.state.{state}"
    for name, action in m.CASES.actions.items():
        assert action.to in m.CASES.states and m.CASES.action_label(name)


def test_collective_threshold():
    assert not m.is_collective(9) and m.is_collective(10)


def test_case_number_pattern():
    assert m.format_case_number(m.DEFAULT_CASE_NUMBER_PATTERN, year=2026, short="龙潭",
                                n=7) == "（2026）龙潭劳调字第7号"


def test_payment_order_subjects():
    assert m.qualifies_for_payment_order("pay", "拖欠工资")
    assert m.qualifies_for_payment_order("termination", "经济补偿")
    assert not m.qualifies_for_payment_order("social_insurance", None)
    assert not m.qualifies_for_payment_order("pay", "其他")


def test_overdue_terms():
    terms = [m.Term("一期", 500_00, dt.date(2026, 11, 1), "转账"),
             m.Term("二期", 500_00, dt.date(2026, 12, 1), "转账")]
    assert m.overdue_terms(terms, 0, dt.date(2026, 11, 2)) == [terms[0]]
    assert m.overdue_terms(terms, 500_00, dt.date(2026, 11, 2)) == []
    assert m.overdue_terms(terms, 500_00, dt.date(2026, 12, 2)) == [terms[1]]


def test_compensation_months():
    assert m.compensation_months(3, 0) == 3
    assert m.compensation_months(3, 6) == 4
    assert m.compensation_months(3, 2) == 3.5


@pytest.mark.parametrize(
    ("fen", "text"),
    [(1200000, "人民币壹万贰仟元整"), (1234567, "人民币壹万贰仟叁佰肆拾伍元陆角柒分"),
     (100500, "人民币壹仟零伍元整"), (0, "人民币零元整"), (10000000000, "人民币壹亿元整")],
)
def test_amounts_in_capitals(fen, text):
    assert capitals(fen) == text


def test_parse_and_show_yuan():
    assert parse_yuan("12,000.50元") == 1200050
    assert parse_yuan("￥8000") == 800000
    assert yuan(1200050) == "12,000.50"
    for bad in ("-1", "1.234", "十元"):
        with pytest.raises(ValidationFailed) as exc:
            parse_yuan(bad)
        assert exc.value.problems[0].code == "money.format"

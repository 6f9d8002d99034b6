"""Statutory clocks: working days across holidays and 调休, calendar days, unknown years."""

from __future__ import annotations

import datetime as dt

import pytest

from unionoffice.common import clocks
from unionoffice.mediation.clocks import (
    ACCEPTANCE,
    ARBITRATION_REVIEW,
    JUDICIAL_CONFIRMATION,
    MEDIATION_LIMIT,
)

D = dt.date


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (D(2026, 9, 30), D(2026, 10, 10)),  # National Day 1–7 off; Sat 10 Oct is a 调休 workday
        (D(2025, 9, 26), D(2025, 9, 30)),   # Sun 28 Sep 2025 is a 调休 workday
        (D(2026, 2, 13), D(2026, 2, 25)),   # Sat 14 Feb works (调休), 15–23 Feb off
        (D(2026, 11, 20), D(2026, 11, 25)),  # an ordinary week: Fri → Wed
    ],
)
def test_acceptance_counts_working_days(received, due):
    d = clocks.deadline(ACCEPTANCE, received)
    assert d.due == due and d.calendar_known


def test_mediation_limit_is_fifteen_calendar_days_even_over_holidays():
    d = clocks.deadline(MEDIATION_LIMIT, D(2026, 9, 30))
    assert d.due == D(2026, 10, 15)
    assert "第十四条" in d.explain()


def test_extension_moves_the_effective_due_date():
    d = clocks.deadline(MEDIATION_LIMIT, D(2026, 11, 1), extended_to=D(2026, 11, 30))
    assert d.effective_due == D(2026, 11, 30) and d.days_left(D(2026, 11, 21)) == 9
    assert "延长" in d.explain()


def test_a_year_without_holiday_data_falls_back_to_weekdays_and_says_so():
    d = clocks.deadline(ACCEPTANCE, D(2027, 3, 5))  # Friday
    assert d.due == D(2027, 3, 10) and not d.calendar_known
    assert "尚未收录" in d.explain()


def test_windows_after_the_agreement_takes_effect():
    assert clocks.deadline(ARBITRATION_REVIEW, D(2026, 11, 10)).due == D(2026, 11, 25)
    assert clocks.deadline(JUDICIAL_CONFIRMATION, D(2026, 11, 10)).due == D(2026, 12, 10)


def test_alarm_levels():
    rule = MEDIATION_LIMIT
    assert clocks.alarm_level(6, rule) == "ok"
    assert clocks.alarm_level(5, rule) == "due"
    assert clocks.alarm_level(0, rule) == "due"
    assert clocks.alarm_level(-1, rule) == "overdue"


def test_every_rule_names_its_legal_basis():
    from unionoffice import i18n
    from unionoffice.contracts.clocks import RULES as CONTRACT_RULES
    from unionoffice.mediation.clocks import RULES as CASE_RULES

    for rule in [*CASE_RULES.values(), *CONTRACT_RULES.values()]:
        assert "《" in rule.legal_basis, rule.id
        i18n.set_language("en")
        assert "Art" in rule.legal_basis or "Order" in rule.legal_basis, rule.id
        i18n.set_language("zh")

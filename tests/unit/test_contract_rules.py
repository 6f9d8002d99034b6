"""Collective contract rules: the vote, the term, the clocks, the transitions."""

from __future__ import annotations

import datetime as dt

import pytest

from unionoffice.contracts.clocks import EXPIRY, filing_deadline, review_deadline
from unionoffice.contracts.rules import (
    APPROVED,
    CONTRACTS,
    EXPIRED,
    FILED,
    NEGOTIATING,
    OBJECTED,
    RENEWED,
    SIGNED,
    TERMINATED,
    renewal_window_opens,
    term_is_usual,
    vote_passes,
)

D = dt.date


@pytest.mark.parametrize(
    ("total", "present", "yes", "ok"),
    [(60, 40, 31, True),    # 2/3 present, more than half of all in favour
     (60, 39, 31, False),   # fewer than 2/3 present
     (60, 60, 30, False),   # exactly half of all is not more than half
     (60, 45, 31, True),
     (61, 41, 31, True),    # 41 ≥ 2/3 × 61 (40.67)
     (61, 40, 31, False),
     (0, 0, 0, False),
     (60, 40, 41, False)],  # more yes than present: not a real vote
)
def test_congress_vote(total, present, yes, ok):
    assert vote_passes(total, present, yes) is ok


def test_term_of_one_to_three_years():
    assert term_is_usual(D(2026, 1, 1), D(2026, 12, 31))
    assert term_is_usual(D(2026, 1, 1), D(2028, 12, 31))
    assert not term_is_usual(D(2026, 1, 1), D(2026, 6, 30))
    assert not term_is_usual(D(2026, 1, 1), D(2030, 1, 1))


def test_filing_and_review_clocks_cite_their_articles():
    filing = filing_deadline(D(2026, 11, 10))
    assert filing.due == D(2026, 11, 20) and "第四十二条" in filing.explain()
    review = review_deadline(D(2026, 11, 20))
    assert review.due == D(2026, 12, 5) and "第四十七条" in review.explain()
    assert "第三十八条" in EXPIRY.legal_basis


def test_renewal_window_opens_three_months_before_expiry():
    assert renewal_window_opens(D(2027, 3, 31)) == D(2026, 12, 30)


def test_transitions():
    state = NEGOTIATING
    for action in ["approve", "sign", "file", "take_effect", "renew"]:
        assert CONTRACTS.can(state, action)
        state = CONTRACTS.actions[action].to
    assert state == RENEWED
    assert CONTRACTS.can(FILED, "object") and CONTRACTS.can(OBJECTED, "renegotiate")
    for state, action in [(NEGOTIATING, "sign"), (APPROVED, "file"),
                          (SIGNED, "take_effect"), (EXPIRED, "amend"),
                          (TERMINATED, "renew"), (OBJECTED, "take_effect")]:
        assert not CONTRACTS.can(state, action)

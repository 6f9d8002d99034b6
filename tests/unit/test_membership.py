"""Membership rules: transitions and status derived from events."""

from __future__ import annotations

import datetime as dt

import pytest

from unionoffice.members import rules as m

D = dt.date


def replay(*events):
    return m.derive_state(m.EventFact(*e) for e in events)


def test_no_events_means_not_a_member():
    assert replay().status == m.NONE


def test_join_sets_status_and_join_date():
    state = replay((m.JOIN, D(2024, 3, 1)))
    assert state.status == m.ACTIVE and state.join_date == D(2024, 3, 1)


def test_transfer_in_keeps_the_original_join_date():
    state = replay((m.TRANSFER_IN, D(2025, 6, 1), D(2012, 4, 9)))
    assert state.status == m.ACTIVE
    assert state.join_date == D(2012, 4, 9)


def test_only_join_counts_as_a_new_member():
    assert m.counts_as_new_member(m.JOIN)
    assert not m.counts_as_new_member(m.TRANSFER_IN)


def test_retain_and_restore():
    state = replay((m.JOIN, D(2010, 1, 1)), (m.RETAIN, D(2025, 1, 1)))
    assert state.status == m.RETAINED and state.join_date == D(2010, 1, 1)
    state = m.apply_event(state, m.EventFact(m.RESTORE, D(2025, 6, 1)))
    assert state.status == m.ACTIVE


def test_rejoining_after_leaving_is_a_new_join_date():
    state = replay((m.JOIN, D(2010, 1, 1)), (m.LEAVE, D(2015, 1, 1)), (m.JOIN, D(2020, 2, 2)))
    assert state.status == m.ACTIVE and state.join_date == D(2020, 2, 2)


@pytest.mark.parametrize(
    ("status", "allowed"),
    [
        (m.NONE, [m.JOIN, m.TRANSFER_IN]),
        (m.ACTIVE, [m.RETAIN, m.TRANSFER_OUT, m.LEAVE, m.EXPEL]),
        (m.RETAINED, [m.RESTORE, m.TRANSFER_OUT, m.LEAVE, m.EXPEL]),
        (m.TRANSFERRED_OUT, [m.TRANSFER_IN]),
        (m.LEFT, [m.JOIN]),
        (m.EXPELLED, []),
    ],
)
def test_allowed_events(status, allowed):
    assert m.allowed_events(status) == allowed


def test_one_active_membership_only():
    assert not m.can_follow(m.ACTIVE, m.JOIN)
    assert not m.can_follow(m.ACTIVE, m.TRANSFER_IN)


def test_expulsion_needs_the_criminal_reason_and_leaving_a_personal_one():
    assert m.REASONS_FOR[m.EXPEL] == {"6"}
    assert "6" not in m.REASONS_FOR[m.LEAVE]


def test_every_kind_and_status_has_labels_in_both_languages():
    for kind in m.TRANSITIONS:
        assert m.event_label(kind)
    for _, target in m.TRANSITIONS.values():
        assert m.status_label(target)

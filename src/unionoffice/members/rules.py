"""Membership rules (会籍): event kinds, allowed transitions, and status derived from events.

Pure functions with no database: a member's status and join date are always the result of
replaying the event log, never typed in (domain.md §1).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from unionoffice.i18n import pick

# Event kinds with the national change-type code (会籍变化类型) where one exists.
JOIN, TRANSFER_IN, RETAIN, TRANSFER_OUT, EXPEL, LEAVE, RESTORE = (
    "join", "transfer_in", "retain", "transfer_out", "expel", "leave", "restore",
)
EVENT_CODES = {JOIN: "1", TRANSFER_IN: "2", RETAIN: "3", TRANSFER_OUT: "4", EXPEL: "5", LEAVE: "6"}
EVENT_LABELS = {
    JOIN: ("入会", "join"), TRANSFER_IN: ("转入", "transfer in"), RETAIN: ("保留会籍", "retain"),
    TRANSFER_OUT: ("转出", "transfer out"), EXPEL: ("除名", "expulsion"),
    LEAVE: ("退会", "leaving"),
    RESTORE: ("恢复会籍", "restoration"),
}

# Statuses (derived).
NONE, ACTIVE, RETAINED, TRANSFERRED_OUT, LEFT, EXPELLED = (
    "none", "active", "retained", "transferred_out", "left", "expelled",
)
STATUS_LABELS = {
    NONE: ("未入会", "not a member"), ACTIVE: ("在会", "active"),
    RETAINED: ("保留会籍", "retained"),
    TRANSFERRED_OUT: ("已转出", "transferred out"), LEFT: ("已退会", "left"),
    EXPELLED: ("已除名", "expelled"),
}

# Reason codes (会籍变动原因).
REASONS = {
    "1": ("劳动关系变化", "change of employment"),
    "2": ("下岗待岗", "laid off / awaiting post"),
    "3": ("失业", "unemployed"),
    "4": ("企业破产", "employer bankrupt"),
    "5": ("个人要求退会", "own request"),
    "6": ("因犯罪被开除会籍", "criminal conviction"),
}

# kind -> (statuses it may follow, status it leads to)
TRANSITIONS: dict[str, tuple[frozenset[str], str]] = {
    JOIN: (frozenset({NONE, LEFT}), ACTIVE),
    TRANSFER_IN: (frozenset({NONE, TRANSFERRED_OUT}), ACTIVE),
    RETAIN: (frozenset({ACTIVE}), RETAINED),
    RESTORE: (frozenset({RETAINED}), ACTIVE),
    TRANSFER_OUT: (frozenset({ACTIVE, RETAINED}), TRANSFERRED_OUT),
    LEAVE: (frozenset({ACTIVE, RETAINED}), LEFT),
    EXPEL: (frozenset({ACTIVE, RETAINED}), EXPELLED),
}
# Kinds that need a reason, and the reasons each accepts.
REASONS_FOR = {LEAVE: {"1", "2", "3", "4", "5"}, EXPEL: {"6"}}
IN_UNION = frozenset({ACTIVE, RETAINED})


def event_label(kind: str) -> str:
    return pick(*EVENT_LABELS[kind])


def status_label(status: str) -> str:
    return pick(*STATUS_LABELS[status])


def reason_label(code: str) -> str:
    return pick(*REASONS[code])


@dataclass(frozen=True)
class EventFact:
    """The parts of a membership event the rules look at."""

    kind: str
    event_date: dt.date
    original_join_date: dt.date | None = None


@dataclass(frozen=True)
class MembershipState:
    status: str
    join_date: dt.date | None
    last_event_date: dt.date | None


def can_follow(status: str, kind: str) -> bool:
    """Whether an event of ``kind`` is allowed for a member in ``status``."""
    return status in TRANSITIONS[kind][0]


def allowed_events(status: str) -> list[str]:
    """The events a member in ``status`` may have next, in display order."""
    return [k for k in TRANSITIONS if can_follow(status, k)]


def apply_event(state: MembershipState, event: EventFact) -> MembershipState:
    """The state after one event. A transfer in keeps the original join date (not a new member)."""
    new_status = TRANSITIONS[event.kind][1]
    join_date = state.join_date
    if event.kind == JOIN:
        join_date = event.event_date
    elif event.kind == TRANSFER_IN:
        join_date = event.original_join_date or state.join_date
    return MembershipState(new_status, join_date, event.event_date)


def derive_state(events: Iterable[EventFact]) -> MembershipState:
    """Replay events in order (by date, then as recorded)."""
    state = MembershipState(NONE, None, None)
    for event in events:
        state = apply_event(state, event)
    return state


def counts_as_new_member(kind: str) -> bool:
    """Only 入会 develops a new member; 转入 moves an existing one."""
    return kind == JOIN

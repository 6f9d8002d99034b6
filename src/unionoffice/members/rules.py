"""Membership rules (会籍): event kinds, allowed transitions, and status derived from events.

Pure functions with no database: a member's status and join date are always the result of
replaying the event log, never typed in (domain.md §1).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from unionoffice.i18n import t

# Event kinds with the national change-type code (会籍变化类型) where one exists.
JOIN, TRANSFER_IN, RETAIN, TRANSFER_OUT, EXPEL, LEAVE, RESTORE = (
    "join", "transfer_in", "retain", "transfer_out", "expel", "leave", "restore",
)
EVENT_CODES = {JOIN: "1", TRANSFER_IN: "2", RETAIN: "3", TRANSFER_OUT: "4", EXPEL: "5", LEAVE: "6"}
EVENT_KINDS = (JOIN, TRANSFER_IN, RETAIN, TRANSFER_OUT, EXPEL, LEAVE, RESTORE)  # member.event.*

# Statuses (derived).
NONE, ACTIVE, RETAINED, TRANSFERRED_OUT, LEFT, EXPELLED = (
    "none", "active", "retained", "transferred_out", "left", "expelled",
)
STATUSES = (NONE, ACTIVE, RETAINED, TRANSFERRED_OUT, LEFT, EXPELLED)  # member.status.*

# Reason codes (会籍变动原因); labels member.reason.*.
REASONS = ("1", "2", "3", "4", "5", "6")

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
    """A membership event's name in the chosen language."""
    return t(f"member.event.{kind}")


def status_label(status: str) -> str:
    """A membership status in the chosen language."""
    return t(f"member.status.{status}")


def reason_label(code: str) -> str:
    """A reason code's text in the chosen language."""
    return t(f"member.reason.{code}")


@dataclass(frozen=True)
class EventFact:
    """The parts of a membership event the rules look at."""

    kind: str
    event_date: dt.date
    original_join_date: dt.date | None = None


@dataclass(frozen=True)
class MembershipState:
    """A member's status derived from their events."""
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

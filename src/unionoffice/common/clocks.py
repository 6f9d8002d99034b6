"""The clock engine: working days, deadlines, and the explanation of each date.

The rules (what starts a clock, how long it runs, the law behind it) are data kept beside the
area they govern; this module computes and explains them.

Working days follow the State Council's holiday arrangements through ``chinese-calendar``
(holidays off, 调休 weekend days on). For a year it does not know yet, Monday–Friday is used
and the result says so, so the office can see why a date was computed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import chinese_calendar

from unionoffice.i18n import t


@dataclass(frozen=True)
class ClockRule:
    """One statutory time limit, as data: what starts it, how long it runs, in which days.

    Its name and legal basis are ``clock.<id>.name`` and ``clock.<id>.basis`` in the message
    catalog. The rules themselves live beside the area they govern (``mediation/clocks.py``,
    ``contracts/clocks.py``).
    """

    id: str
    start: str                     # the event that starts it
    length: int
    working_days: bool             # False = calendar days
    warn_at: tuple[int, ...] = ()  # days left at which to alarm

    @property
    def label(self) -> str:
        """The clock's name in the chosen language."""
        return t(f"clock.{self.id}.name")

    @property
    def legal_basis(self) -> str:
        """The article behind it, quoted, in the chosen language."""
        return t(f"clock.{self.id}.basis")


def is_working_day(day: dt.date) -> tuple[bool, bool]:
    """(is a working day, whether the holiday calendar knows that year)."""
    try:
        return chinese_calendar.is_workday(day), True
    except NotImplementedError:
        return day.weekday() < 5, False


def add_working_days(start: dt.date, days: int) -> tuple[dt.date, bool]:
    """The ``days``-th working day after ``start`` (the start day itself is not counted).

    Returns the date and whether every year crossed was in the holiday calendar.
    """
    day, counted, known = start, 0, True
    while counted < days:
        day += dt.timedelta(days=1)
        working, year_known = is_working_day(day)
        known = known and year_known
        if working:
            counted += 1
    return day, known


@dataclass(frozen=True)
class Deadline:
    """A computed due date with the reasoning a clerk may want to see."""

    rule: ClockRule
    start: dt.date
    due: dt.date
    calendar_known: bool = True
    extended_to: dt.date | None = None

    @property
    def effective_due(self) -> dt.date:
        """The due date, or the date both parties extended it to."""
        return self.extended_to or self.due

    def days_left(self, today: dt.date) -> int:
        """Days from ``today`` to the due date (negative: overdue)."""
        return (self.effective_due - today).days

    def explain(self) -> str:
        """How the date was reached and the article behind it, in the chosen language."""
        due = self.due.isoformat()
        if self.rule.length == 0:  # a date the parties agreed on, not a span the law sets
            text = t("clock.explain.agreed", due=due)
        else:
            unit = t("clock.unit.working_days" if self.rule.working_days else "clock.unit.days")
            text = t("clock.explain.span", start=self.start.isoformat(),
                     length=self.rule.length, unit=unit, due=due)
        if self.extended_to:
            text += t("clock.explain.extended", until=self.extended_to.isoformat())
        if not self.calendar_known:
            text += t("clock.explain.calendar_unknown")
        return t("clock.explain.with_basis", text=text, basis=self.rule.legal_basis)


def deadline(rule: ClockRule, start: dt.date, *, extended_to: dt.date | None = None) -> Deadline:
    """When ``rule`` runs out for an event on ``start``."""
    if rule.working_days:
        due, known = add_working_days(start, rule.length)
    else:
        due, known = start + dt.timedelta(days=rule.length), True
    return Deadline(rule, start, due, known, extended_to)


def alarm_level(days_left: int, rule: ClockRule) -> str:
    """'overdue', 'due' (at or inside the rule's warning points) or 'ok'."""
    if days_left < 0:
        return "overdue"
    if rule.warn_at and days_left <= max(rule.warn_at):
        return "due"
    return "ok"

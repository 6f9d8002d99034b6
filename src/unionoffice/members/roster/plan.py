"""From roster rows to a plan: each row checked, matched with the ledger, and decided.

This module holds what the steps share (the options, a prepared row, the decisions, the issue
list). Two steps, so the expensive one runs once when a dry run is followed by the import:

* ``roster/prepare.py`` cleans and validates every row with the ledger's own rules and finds
  repeats inside the file. It needs no database.
* ``roster/reconcile.py`` matches the prepared rows with the ledger (same ID number → update
  when the row agrees with the record, else flag; organization by credit code or name, or a
  new one when allowed) and decides new / updated / unchanged / rejected. The import runs it
  again inside its write transaction, so what it writes is decided on the ledger as it is at
  that moment.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from unionoffice.errors import Problem
from unionoffice.members.roster import normalize as N
from unionoffice.members.roster.columns import ColumnMapping

PROGRESS_EVERY = 2000
# Member columns an import may set (status and join date come from membership events).
MEMBER_FIELDS = ("name", "phone", "ethnicity", "education", "political_status", "household_type",
                 "migrant_worker", "employment_status", "employment_form", "new_form_group",
                 "platform", "card_number", "model_worker_level", "hardship")
CHOICE_KEYS = ("education", "household_type", "employment_status", "employment_form",
               "new_form_group", "model_worker_level", "political_status")
_BRACKETS = str.maketrans("()（）", "（）（）")


@functools.lru_cache(maxsize=4096)  # a roster names its few organizations again and again
def org_name_key(name: str) -> str:
    """Organization names as compared: brackets unified, spaces dropped (北京某某(分公司) = …）)."""
    return re.sub(r"\s+", "", name.translate(_BRACKETS))


@dataclass
class ImportOptions:
    """Choices the clerk makes for one import.

    Attributes:
        default_join_date: 入会日期 for rows that have none (else such rows are refused).
        default_organization_id: organization for rows that name none.
        create_organizations: add organizations the ledger does not know (else refuse the row).
        today: reference day for date checks.
    """

    default_join_date: dt.date | None = None
    default_organization_id: str | None = None
    create_organizations: bool = False
    today: dt.date | None = None

    @property
    def day(self) -> dt.date:
        """The import's today (fixed in tests)."""
        return self.today or dt.date.today()


@dataclass
class PreparedRow:
    """One data row after clean-up and validation (``values`` is None when it is refused)."""

    row: int
    cells: list[object]
    values: dict | None
    present: frozenset[str]
    join_date: dt.date | None
    org_name: str
    org_uscc: str | None
    problems: list[Problem]
    repeat_of: int | None = None  # an identical earlier row: nothing to do

    @property
    def ok(self) -> bool:
        """Valid and not refused (every refusal also clears ``values``)."""
        return self.values is not None


@dataclass
class Issue:
    """One line of the error workbook: where, what value, what is wrong."""

    row: int
    field: str
    column: str
    value: str
    problem: Problem


@dataclass
class Summary:
    """The counts of a dry run or an import."""
    rows: int = 0
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    warnings: int = 0

    def to_json(self) -> dict[str, int]:
        """The counts as ``members import --json`` prints them."""
        return {"rows": self.rows, "imported": self.imported, "updated": self.updated,
                "unchanged": self.unchanged, "rejected": self.rejected,
                "warnings": self.warnings}


@dataclass
class NewOrganization:
    """An organization the import will create (when allowed)."""
    id: str
    name: str
    uscc: str | None
    rows: list[int] = field(default_factory=list)


@dataclass
class Decisions:
    """What the import will do, decided against the ledger."""

    new: list[tuple[PreparedRow, str | None, dt.date]] = field(default_factory=list)
    updates: list[tuple[PreparedRow, str, dict, dict]] = field(default_factory=list)
    unchanged: list[PreparedRow] = field(default_factory=list)
    rejected: list[PreparedRow] = field(default_factory=list)
    new_orgs: dict[str, NewOrganization] = field(default_factory=dict)
    # Problems found while matching, by row (the prepared rows are not changed).
    problems: dict[int, list[Problem]] = field(default_factory=dict)
    # The ledger's change counter when these were decided (-1: unknown).
    ledger_seq: int = -1

    def add(self, row: int, problem: Problem) -> None:
        """A problem found for a row while deciding."""
        self.problems.setdefault(row, []).append(problem)

    def summary(self, prepared: list[PreparedRow]) -> Summary:
        """The counts of these decisions."""
        warnings = sum(1 for r in prepared for p in r.problems if p.severity == "warning")
        warnings += sum(1 for ps in self.problems.values() for p in ps if p.severity == "warning")
        return Summary(rows=len(prepared), imported=len(self.new), updated=len(self.updates),
                       unchanged=len(self.unchanged), rejected=len(self.rejected),
                       warnings=warnings)


def issues_of(prepared: list[PreparedRow], decisions: Decisions,
              mapping: ColumnMapping) -> list[Issue]:
    """Every problem and warning, in row order, for the summary and the error workbook."""
    issues = []
    found_later = decisions.problems
    places: dict[str, tuple[int | None, str]] = {}  # field -> (its column, its header)
    for item in prepared:
        problems = item.problems
        later = found_later.get(item.row)
        if later:
            problems = problems + later
        for problem in problems:
            place = places.get(problem.field)
            if place is None:
                key = problem.field
                if key == "organization" and mapping.column_of(key) is None and \
                        mapping.column_of("organization_uscc") is not None:
                    key = "organization_uscc"  # the row named its organization by code only
                place = places[problem.field] = (mapping.column_of(key), mapping.header_of(key))
            column, header = place
            value = "" if column is None or column >= len(item.cells) else \
                N.cell_text(item.cells[column])
            issues.append(Issue(item.row, problem.field, header, value, problem))
    return issues

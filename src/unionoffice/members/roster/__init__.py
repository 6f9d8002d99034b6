"""Rosters in and out of Excel: read, clean, check, dry-run, import; export; the template.

The flow the wizard and the CLI share::

    table = read_roster(path)                        # file → header + raw rows
    mapping = ColumnMapping.detect(table.headers)    # the clerk may change it
    result = yield from dry_run(engine, table, mapping, options)
    result = yield from commit_import(engine, result, operator=...)

Long steps are generators yielding ``(done, total)`` and returning their result.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import Engine

from unionoffice.accounts import permissions
from unionoffice.backup.copies import backup_ledger
from unionoffice.common.memory import gc_paused
from unionoffice.db.engine import bulk_write_session, current_change_seq, read_session
from unionoffice.db.models import new_id
from unionoffice.members.roster.columns import FIELD_BY_KEY, FIELDS, ColumnMapping
from unionoffice.members.roster.commit import apply_decisions
from unionoffice.members.roster.plan import (
    Decisions,
    ImportOptions,
    Issue,
    PreparedRow,
    Summary,
    issues_of,
)
from unionoffice.members.roster.prepare import prepare_rows
from unionoffice.members.roster.read import RosterTable, RosterUnreadable, read_roster
from unionoffice.members.roster.reconcile import reconcile
from unionoffice.paths import DataPaths

__all__ = ["FIELDS", "ColumnMapping", "ImportOptions", "ImportResult", "RosterTable",
           "RosterUnreadable", "commit_import", "dry_run", "read_roster", "run_import"]


@dataclass
class ImportResult:
    """A dry run's or an import's outcome: the counts and every problem by row."""

    table: RosterTable
    mapping: ColumnMapping
    options: ImportOptions
    prepared: list[PreparedRow]
    decisions: Decisions
    summary: Summary
    issues: list[Issue] = field(default_factory=list)
    committed: bool = False

    @property
    def rejected_rows(self) -> list[PreparedRow]:
        """The rows the import leaves out."""
        return self.decisions.rejected


def _result(table: RosterTable, mapping: ColumnMapping, options: ImportOptions,
            prepared: list[PreparedRow], decisions: Decisions, committed: bool) -> ImportResult:
    return ImportResult(table, mapping, options, prepared, decisions,
                        decisions.summary(prepared), issues_of(prepared, decisions, mapping),
                        committed)


@permissions.guarded("members.edit")
def dry_run(engine: Engine, table: RosterTable, mapping: ColumnMapping,
            options: ImportOptions) -> Iterator[tuple[int, int]]:
    """Check every row and decide it against the ledger without writing; returns the result."""
    if mapping.missing_required():
        raise RosterUnreadable("roster.missing_columns", file=table.path.name,
                               columns="、".join(FIELD_BY_KEY[k].zh
                                                for k in mapping.missing_required()))
    with gc_paused():
        prepared = yield from prepare_rows(table, mapping, options)
        with read_session(engine) as session:
            decisions = reconcile(session, prepared, options, new_id)
            decisions.ledger_seq = current_change_seq(session)
        return _result(table, mapping, options, prepared, decisions, False)


@permissions.guarded("members.edit")
def commit_import(engine: Engine, checked: ImportResult, *,
                  operator: str = "") -> Iterator[tuple[int, int]]:
    """Import every valid row of a dry run in one transaction; returns the new result.

    The ledger is backed up first (``pre-import``) when the dry run found rows to write.

    The rows are decided again inside the write transaction (the ledger may have changed since
    the dry run) unless nothing was written since (the ledger's change counter is the same),
    so the counts returned are those of what was written. Closing the generator
    early (Cancel) or any error rolls everything back.
    """
    if checked.summary.imported or checked.summary.updated:
        backup_ledger(DataPaths.of_ledger(Path(engine.url.database)), "pre-import")
    with gc_paused(), bulk_write_session(engine) as session:
        decisions = checked.decisions
        if current_change_seq(session) != decisions.ledger_seq:
            decisions = reconcile(session, checked.prepared, checked.options, new_id)
        if decisions.new or decisions.updates:
            summary = decisions.summary(checked.prepared)
            source = {"file": checked.table.path.name, "sha256": checked.table.sha256,
                      "sheet": checked.table.sheet, "header_row": checked.table.header_row,
                      **summary.to_json()}
            yield from apply_decisions(session, decisions, operator=operator, source=source)
    committed = bool(decisions.new or decisions.updates)
    if decisions is checked.decisions:  # decided as in the dry run: its counts and issues hold
        return replace(checked, committed=committed)
    return _result(checked.table, checked.mapping, checked.options, checked.prepared, decisions,
                   committed)


@permissions.guarded("members.edit")
def run_import(engine: Engine, path: Path, options: ImportOptions, *, dry: bool = False,
               operator: str = "") -> Iterator[tuple[int, int]]:
    """Read, check and (unless ``dry``) import a file with the detected column mapping."""
    table = read_roster(path)
    mapping = ColumnMapping.detect(table.headers)
    result = yield from dry_run(engine, table, mapping, options)
    if dry:
        return result
    return (yield from commit_import(engine, result, operator=operator))


"""Reading collective contracts: the list with the clock to watch, one contract, reminders."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlmodel import select

from unionoffice.common import clocks
from unionoffice.common.clocks import Deadline
from unionoffice.contracts.clocks import current_clock
from unionoffice.contracts.rules import CONTRACTS, EFFECTIVE, SIGNED, renewal_window_opens
from unionoffice.db.engine import read_session
from unionoffice.db.models import CollectiveContract, ContractCoverage, ContractEvent


@dataclass(frozen=True)
class ContractRow:
    """A contract as the list shows it, with the clock to watch now."""
    id: str
    title: str
    contract_type: str
    scope: str
    state: str
    organization: str | None
    signed_on: dt.date | None
    term_end: dt.date | None
    clock: Deadline | None  # the clock to watch now
    covered_enterprises: int
    covered_workers: int


def list_contracts(engine: Engine, *, state: str | None = None,
                   expiring_within: int | None = None,
                   today: dt.date | None = None) -> list[ContractRow]:
    """Contracts, newest signed first, each with the clock to watch now."""
    today = today or dt.date.today()
    with read_session(engine) as session:
        stmt = select(CollectiveContract).order_by(CollectiveContract.signed_on.desc(),
                                                   CollectiveContract.change_seq.desc())
        if state:
            stmt = stmt.where(CollectiveContract.status == state)
        found = list(session.exec(stmt))
        names = dict(session.execute(text("SELECT id, name FROM organization")).all())
    rows = []
    for c in found:
        due = current_clock(c)
        if expiring_within is not None and not (
                c.status == EFFECTIVE and c.term_end
                and (c.term_end - today).days <= expiring_within):
            continue
        rows.append(ContractRow(c.id, c.title, c.contract_type, c.scope, c.status,
                                names.get(c.organization_id or ""), c.signed_on, c.term_end,
                                due,
                                c.covered_enterprises, c.covered_workers))
    return rows


def contract_detail(engine: Engine, contract_id: str
                    ) -> tuple[CollectiveContract, list[ContractCoverage], list[ContractEvent]]:
    """(contract, its coverage rows, its events)."""
    with read_session(engine) as session:
        contract = CONTRACTS.get(session, contract_id)
        coverage = list(session.exec(select(ContractCoverage).where(
            ContractCoverage.contract_id == contract_id)))
        events = list(session.exec(select(ContractEvent).where(
            ContractEvent.contract_id == contract_id).order_by(ContractEvent.change_seq)))
        return contract, coverage, events


def contract_reminders(engine: Engine, today: dt.date | None = None
                       ) -> list[tuple[ContractRow, str, str]]:
    """(row, kind, level): filings due, reviews ending, expiring within 90 days, renewal open."""
    today = today or dt.date.today()
    found = []
    for row in list_contracts(engine, today=today):
        if row.clock is None:
            continue
        left = row.clock.days_left(today)
        if row.state == SIGNED:
            found.append((row, "filing", clocks.alarm_level(left, row.clock.rule)))
        elif row.state == EFFECTIVE and left <= 90:
            kind = "renewal" if today >= renewal_window_opens(row.term_end) else "expiring"
            found.append((row, kind, "overdue" if left < 0 else "due"))
    return sorted(found, key=lambda item: item[0].clock.effective_due)

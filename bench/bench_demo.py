"""`demo --members 200000` against its 30-second target.

Baseline: the ORM path (one Member object per row) for the same kind of rows, timed on a
20,000-member slice in the same run and scaled to 200,000.
"""

from __future__ import annotations

import datetime as dt
import itertools
import sys

from bench.common import fresh_ledger, report, timed
from unionoffice.db.engine import write_session
from unionoffice.db.models import Member, MemberEvent
from unionoffice.demo.generate import DemoBuilder, generate_demo

MEMBERS = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
TARGET_S = 30.0
SLICE = 20_000


def run_demo() -> float:
    with fresh_ledger() as ledger:
        seconds, _ = timed(lambda: list(generate_demo(ledger.engine, members=MEMBERS, seed=1)))
    return seconds


def run_orm_slice() -> float:
    builder = DemoBuilder(1, dt.date.today())
    with fresh_ledger() as ledger:
        orgs = [builder.organization(i) for i in range(SLICE // 40)]
        ids = [o["id"] for o in orgs]
        cum = list(itertools.accumulate(o["employees"] for o in orgs))

        def orm_insert() -> None:
            with write_session(ledger.engine) as session:
                for _ in range(SLICE):
                    row, events = builder.member(ids, cum)
                    row["organization_id"] = None
                    row["birth_date"] = dt.date.fromisoformat(row["birth_date"])
                    row["join_date"] = row["join_date"] and dt.date.fromisoformat(row["join_date"])
                    session.add(Member(**row))
                    for e in events:
                        e.update(event_date=dt.date.fromisoformat(e["event_date"]),
                                 original_join_date=e["original_join_date"]
                                 and dt.date.fromisoformat(e["original_join_date"]),
                                 from_organization_id=None, to_organization_id=None)
                        session.add(MemberEvent(**e))

        seconds, _ = timed(orm_insert)
    return seconds * MEMBERS / SLICE


def main() -> None:
    demo = run_demo()
    orm = run_orm_slice()
    report(f"demo --members {MEMBERS}", f"{demo:.1f} s", f"<= {TARGET_S:.0f} s",
           f"ORM per-row insert ≈ {orm:.1f} s (20k slice, scaled)", demo <= TARGET_S)


if __name__ == "__main__":
    main()

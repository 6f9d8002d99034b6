"""The monthly report of a 200,000-member ledger ≤ 1 s; the home page's refresh ≤ 300 ms.

Baselines, same run: month-end stocks by replaying every member's events in Python (the
obvious way), and a twelve-month trend made of twelve full monthly reports.
"""

from __future__ import annotations

import datetime as dt
import sys
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import text

from bench.common import fresh_ledger, report, timed
from unionoffice.contracts.queries import contract_reminders
from unionoffice.db.engine import read_session
from unionoffice.demo.generate import generate_demo
from unionoffice.mediation.queries import due_cases
from unionoffice.members import rules as membership
from unionoffice.office import ledger_summary
from unionoffice.reports.monthly import dashboard_trend, last_months, monthly_report

MEMBERS = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000


def replay_stocks(engine, end: dt.date) -> int:
    with read_session(engine) as s:
        rows = s.execute(text("SELECT member_id, kind, event_date, original_join_date FROM "
                              "member_event WHERE event_date <= :end ORDER BY member_id, "
                              "event_date, change_seq"), {"end": end.isoformat()}).all()
    by_member: dict[str, list] = {}
    for member_id, kind, on, original in rows:
        by_member.setdefault(member_id, []).append(membership.EventFact(
            kind, dt.date.fromisoformat(on), original and dt.date.fromisoformat(original)))
    return sum(1 for events in by_member.values()
               if membership.derive_state(events).status == membership.ACTIVE)


def refresh(engine) -> None:
    """What the home page asks for, run as the app runs it: side by side on a thread pool."""
    with ThreadPoolExecutor(max_workers=4) as pool:
        jobs = [pool.submit(fn, engine) for fn in (ledger_summary, due_cases,
                                                   contract_reminders, dashboard_trend)]
        for job in jobs:
            job.result()


def main() -> None:
    with fresh_ledger() as ledger:
        for _ in generate_demo(ledger.engine, members=MEMBERS, seed=1):
            pass
        today = dt.date.today()
        last = (today.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
        monthly_report(ledger.engine, last)  # warm the page cache
        ours, made = timed(monthly_report, ledger.engine, last)
        base, in_union = timed(replay_stocks, ledger.engine,
                               dt.date.fromisoformat(made.end.isoformat()))
        assert in_union == made.members["in_union"], (in_union, made.members["in_union"])
        report(f"monthly report {last} ({MEMBERS:,} members)", f"{ours * 1000:.0f} ms",
               "<= 1000 ms", f"replaying events in Python for the stocks alone "
               f"{base * 1000:.0f} ms", ours <= 1.0)
        refresh(ledger.engine)
        dash, _ = timed(refresh, ledger.engine)
        naive, _ = timed(lambda: [monthly_report(ledger.engine, p)
                                  for p in last_months(today.strftime("%Y-%m"), 12)])
        report("home page refresh (figures, deadlines, trend)", f"{dash * 1000:.0f} ms",
               "<= 300 ms", f"trend from 12 monthly reports {naive * 1000:.0f} ms",
               dash <= 0.3)


if __name__ == "__main__":
    main()

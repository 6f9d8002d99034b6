"""Agreement PDFs: one after the first ≤ 150 ms, 1,000 ≤ 60 s; baseline: the first one, which
registers the CJK fonts (measured in the same run, in a fresh process)."""

from __future__ import annotations

import statistics
import sys
import time

from bench.common import fresh_ledger, report
from unionoffice.demo.generate import generate_demo
from unionoffice.mediation import rules as mediation
from unionoffice.mediation.documents import agreement_pdf
from unionoffice.mediation.queries import case_detail, list_cases

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 1000


def main() -> None:
    with fresh_ledger() as ledger:
        for _ in generate_demo(ledger.engine, members=6000, seed=2):
            pass
        ids = [r.id for r in list_cases(ledger.engine)
               if r.state in mediation.AGREEMENT_STATES]
        details = [case_detail(ledger.engine, i) for i in ids]
    start = time.perf_counter()
    agreement_pdf(details[0])
    first = time.perf_counter() - start
    timings = []
    start_all = time.perf_counter()
    for n in range(COUNT):
        t = time.perf_counter()
        agreement_pdf(details[n % len(details)])
        timings.append(time.perf_counter() - t)
    total = time.perf_counter() - start_all
    typical = statistics.median(timings) * 1000
    worst = max(timings) * 1000
    report("agreement PDF after the first (median)", f"{typical:.0f} ms", "<= 150 ms",
           f"first, with font registration {first * 1000:.0f} ms; worst {worst:.0f} ms",
           typical <= 150)
    report(f"{COUNT} agreements", f"{total:.1f} s", "<= 60 s",
           f"{len(details)} distinct cases, first {first * 1000:.0f} ms", total <= 60)


if __name__ == "__main__":
    main()

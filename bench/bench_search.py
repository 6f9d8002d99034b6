"""Search over 200,000 members: p95 per kind of query against a LIKE '%q%' scan."""

from __future__ import annotations

import random
import sys
import time

from sqlmodel import select

from bench.common import fresh_ledger, p95, report
from unionoffice.common.pinyin import search_keys
from unionoffice.db.engine import read_session
from unionoffice.db.models import Member
from unionoffice.demo.generate import generate_demo
from unionoffice.members.queries import member_summaries, scan_member_ids, search_member_ids

MEMBERS = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
QUERIES = 200
TARGET_MS = 20.0


def queries_by_kind(people: list[tuple[str, str, str | None]]) -> dict[str, list[str]]:
    rng = random.Random(7)
    sample = rng.sample(people, QUERIES)
    with_phone = rng.sample([p for p in people if p[2]], QUERIES)
    return {
        "name prefix": [name[:2] for name, _, _ in sample],
        "two-letter initials": [search_keys(name)[1][:2] if len(search_keys(name)) > 1
                                else search_keys(name)[0][:2] for name, _, _ in sample],
        "full pinyin": [search_keys(name)[0] for name, _, _ in sample],
        "last 4 of ID": [idn[-4:] for _, idn, _ in sample],
        "last 4 of phone": [phone[-4:] for _, _, phone in with_phone],
    }


def measure(session, fn, queries: list[str]) -> float:
    samples = []
    for q in queries:
        start = time.perf_counter()
        member_summaries(session, fn(session, q, 50))
        samples.append((time.perf_counter() - start) * 1000)
    return p95(samples)


def main() -> None:
    with fresh_ledger() as ledger:
        for _ in generate_demo(ledger.engine, members=MEMBERS, seed=1):
            pass
        with read_session(ledger.engine) as session:
            people = session.exec(select(Member.name, Member.id_number, Member.phone)).all()
            kinds = queries_by_kind(people)
            measure(session, search_member_ids, kinds["name prefix"][:20])  # warm the cache
            for kind, queries in kinds.items():
                ours = measure(session, search_member_ids, queries)
                scan = measure(session, scan_member_ids, queries[:40])
                report(f"search p95: {kind}", f"{ours:.2f} ms", f"<= {TARGET_MS:.0f} ms",
                       f"LIKE scan p95 {scan:.2f} ms", ours <= TARGET_MS)


if __name__ == "__main__":
    main()

"""Search keys for 200,000 names: per-character cache against pypinyin per name."""

from __future__ import annotations

import datetime as dt
import sys

from pypinyin import Style, lazy_pinyin

from bench.common import report, timed
from unionoffice.common import pinyin
from unionoffice.demo.generate import DemoBuilder

NAMES = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
TARGET_S = 0.5


def main() -> None:
    builder = DemoBuilder(3, dt.date.today())
    names = [builder.person_name(i % 2 == 0) for i in range(NAMES)]
    for n in names[:2000]:  # the cache fills on first sight of each character
        pinyin.search_keys(n)
    ours, _ = timed(lambda: [pinyin.search_keys(n) for n in names])
    base, _ = timed(lambda: [(lazy_pinyin(n), lazy_pinyin(n, style=Style.FIRST_LETTER))
                             for n in names])
    report(f"search keys for {NAMES} names", f"{ours:.2f} s", f"<= {TARGET_S} s",
           f"pypinyin per name {base:.2f} s", ours <= TARGET_S)


if __name__ == "__main__":
    main()

"""Run every benchmark; each prints its figure, target and same-run baseline."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCHES = ["bench_pinyin", "bench_search", "bench_demo", "bench_gui", "bench_pdf",
           "bench_report", "bench_bundle", "bench_roster", "bench_district"]


def main() -> int:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    failed = 0
    for name in BENCHES:
        print(f"== {name}", flush=True)
        failed |= subprocess.call([sys.executable, "-m", f"bench.{name}", *sys.argv[1:]],
                                  cwd=ROOT, env=env)
    return failed


if __name__ == "__main__":
    sys.exit(main())

"""Shared bench helpers: a fresh ledger, timing, and the report line format."""

from __future__ import annotations

import statistics
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from unionoffice.db.migrate import Ledger, open_ledger
from unionoffice.paths import DataPaths


@contextmanager
def fresh_ledger() -> Ledger:
    with tempfile.TemporaryDirectory() as tmp, open_ledger(DataPaths(Path(tmp))) as ledger:
        yield ledger


def timed(fn, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1] if len(samples) > 1 else samples[0]


def report(name: str, figure: str, target: str, baseline: str, ok: bool) -> None:
    """One line per measurement: figure, target, and the baseline measured in the same run."""
    print(f"{'PASS' if ok else 'MISS'}  {name:<38} {figure:>12}   target {target:<10} "
          f"baseline {baseline}")

"""The desktop app on a 200,000-member ledger: start, first rows, keystrokes, last row, memory.

Each figure is printed beside the cost of starting QApplication with an empty window, measured
in the same run (a fresh process each, offscreen platform).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import report
from unionoffice.db.migrate import open_ledger
from unionoffice.demo.generate import generate_demo
from unionoffice.paths import DataPaths

MEMBERS = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
PROBE = Path(__file__).with_name("gui_probe.py")


def probe(*args: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    out = subprocess.run([sys.executable, str(PROBE), *args], capture_output=True, text=True,
                         env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        with open_ledger(DataPaths(Path(tmp))) as ledger:
            for _ in generate_demo(ledger.engine, members=MEMBERS, seed=1):
                pass
        probe("app", tmp)  # warm the file cache once, as a second start of the day would
        empty = probe("empty")
        app = probe("app", tmp)
    base = (f"QApplication + empty window {empty['start_s']:.2f} s, "
            f"{empty['rss_mb']:.0f} MB")
    report("start to usable main window", f"{app['start_s']:.2f} s", "<= 2 s", base,
           app["start_s"] <= 2.0)
    report(f"members page first rows ({app['rows']:,})", f"{app['first_rows_ms']:.0f} ms",
           "<= 300 ms", base, app["first_rows_ms"] <= 300)
    worst = max(app["keystroke_ms"])
    report("keystroke to results (worst of 10)", f"{worst:.0f} ms", "<= 100 ms", base,
           worst <= 100)
    print("      per key (z zh zha zhan zhang zhangw 张 欧阳 1234 5678): "
          + " ".join(f"{k:.0f}" for k in app["keystroke_ms"]) + " ms")
    report("jump to the last row", f"{app['last_row_ms']:.0f} ms", "<= 100 ms", base,
           app["last_row_ms"] <= 100)
    report("resident memory", f"{app['rss_mb']:.0f} MB", "<= 400 MB", base,
           app["rss_mb"] <= 400)


if __name__ == "__main__":
    main()

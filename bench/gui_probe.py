"""Child process of bench_gui: starts the app (or an empty window) and times what a user sees.

Prints one JSON line of figures. Not a test; run through bench/bench_gui.py.
"""

from __future__ import annotations

import json
import os
import sys
import time

T0 = time.perf_counter()


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def empty_window() -> dict:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1200, 760)
    window.show()
    app.processEvents()
    return {"start_s": time.perf_counter() - T0, "rss_mb": rss_mb()}


def full_app(data_dir: str) -> dict:
    from pathlib import Path

    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QApplication

    from unionoffice.db.migrate import open_ledger
    from unionoffice.paths import DataPaths
    from unionoffice.ui.main_window import MainWindow
    from unionoffice.ui.settings import UiSettings
    from unionoffice.ui.tasks import TaskManager
    from unionoffice.ui.translations import install_translators

    app = QApplication(sys.argv)
    install_translators(app, "zh")
    paths = DataPaths(Path(data_dir))
    ledger = open_ledger(paths)
    tasks = TaskManager()
    settings = UiSettings(paths)
    settings.last_page = "home"
    window = MainWindow(ledger, tasks, settings)
    window.show()

    def wait_for(signal) -> None:
        """Sleep in an event loop until ``signal`` fires, as the app itself would (a busy
        processEvents() loop here would steal the worker thread's interpreter time)."""
        loop = QEventLoop()
        signal.connect(loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    tasks.wait_idle()  # the home page's figures
    app.processEvents()
    out = {"start_s": time.perf_counter() - T0}

    page = window.members
    t = time.perf_counter()
    window.show_page("members")
    wait_for(page.listChanged)
    page.model.data(page.model.index(0, 0))
    out["first_rows_ms"] = (time.perf_counter() - t) * 1000
    out["rows"] = page.model.rowCount()
    tasks.wait_idle()  # the organization filter
    app.processEvents()

    keystrokes = []
    # Typed one key at a time, as a clerk does; each time from the key to the first row drawn.
    for text in [*("zhangw"[:i] for i in range(1, 7)), "张", "欧阳", "1234", "5678"]:
        t = time.perf_counter()
        page.search.setText(text)
        wait_for(page.listChanged)
        page.model.data(page.model.index(0, 0))
        keystrokes.append((time.perf_counter() - t) * 1000)
    out["keystroke_ms"] = keystrokes

    page.search.setText("")
    wait_for(page.listChanged)
    t = time.perf_counter()
    page.table.scrollToBottom()
    app.processEvents()
    last = page.model.rowCount() - 1
    page.model.data(page.model.index(last, 0), Qt.ItemDataRole.DisplayRole)
    app.processEvents()
    out["last_row_ms"] = (time.perf_counter() - t) * 1000
    out["rss_mb"] = rss_mb()
    window.close()
    tasks.wait_idle()
    ledger.close()
    return out


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = empty_window() if sys.argv[1] == "empty" else full_app(sys.argv[2])
    print(json.dumps(result))
